//! Codecs: a scenario to and from a share link and a JSON file. Pure like the domain core
//! (nothing here touches the browser), and tested natively.
//!
//! Layers: `base` (what a scenario builds on) → `snapshot` (what it changes there) → `link`
//! (snapshot ⇄ text), `file` (scenario → the JSON document), `file_read` (back) → `messages` (errors phrased);
//! `qr` (a link as a QR code) and `csv` (the figures for a spreadsheet) stand apart.

pub mod base;
pub mod csv;
pub mod file;
pub mod file_read;
pub mod link;
pub mod messages;
pub mod qr;
pub mod snapshot;
