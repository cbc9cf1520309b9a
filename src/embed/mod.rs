//! Embedding in other sites' pages: the options a host puts in the address, and the messages
//! it exchanges with the app (`docs/embed.md`). Pure like the core and the codecs: what is
//! parsed, validated and written is tested natively; the browser glue is `ui::embed`.

pub mod messages;
pub mod options;
