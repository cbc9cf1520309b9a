//! Simulateur bassin minier: an exact model of the 2019 bassin minier poverty convention
//! (`domain`), an undo history (`history`), and a Yew front end (`ui`, browser builds only).

pub mod domain;
pub mod history;

#[cfg(target_arch = "wasm32")]
pub mod ui;
