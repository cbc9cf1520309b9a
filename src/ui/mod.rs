//! The Yew front end: components render the core's report and dispatch actions to one
//! reducer. Browser glue (the address, storage, clipboard, files, the embedding page,
//! keyboard shortcuts) lives in its own small modules.

mod app;
mod clipboard;
mod components;
mod draft;
mod embed;
mod files;
mod flags;
mod focus;
mod offline;
mod opening;
mod pause;
mod publish;
mod reveal;
mod shared;
mod shortcuts;
mod state;
mod storage;
mod typing;
mod url;

pub use app::App;
