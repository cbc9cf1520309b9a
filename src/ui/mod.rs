//! The Yew front end: components render the core's report and dispatch actions to one
//! reducer. Browser glue (the address, storage, clipboard, files, keyboard shortcuts) lives
//! in its own small modules.

mod app;
mod clipboard;
mod components;
mod draft;
mod files;
mod flags;
mod focus;
mod opening;
mod shortcuts;
mod state;
mod storage;
mod url;

pub use app::App;
