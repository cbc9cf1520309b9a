//! The Yew front end: components render the core's report and dispatch actions to one
//! reducer. Browser glue (the address, keyboard shortcuts) lives in its own small modules.

mod app;
mod components;
mod draft;
mod flags;
mod focus;
mod shortcuts;
mod state;
mod url;

pub use app::App;
