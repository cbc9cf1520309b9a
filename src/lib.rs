//! Simulateur bassin minier: an exact model of the 2019 bassin minier poverty convention
//! (`domain`), share links and files (`codec`), embedding options and messages (`embed`), an
//! undo history (`history`), the interface's words (`strings`), and a Yew front end (`ui`,
//! browser builds only).

pub mod codec;
pub mod domain;
pub mod embed;
pub mod history;
pub mod strings;

#[cfg(target_arch = "wasm32")]
pub mod ui;
