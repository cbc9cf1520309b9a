//! Simulateur bassin minier: an exact model of the 2019 bassin minier poverty convention
//! (`domain`), pure codecs, and a Yew front end (`ui`, browser builds only).

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod ui;
