//! The domain core: money, the scenario, rules as data and their evaluation.
//! Nothing here touches the browser, so it compiles and is tested natively.

pub mod defaults;
pub mod edit;
pub mod goal_seek;
pub mod i18n;
pub mod locale;
pub mod money;
pub mod parse;
pub mod plan;
pub mod provenance;
pub mod report;
pub mod rules;
pub mod scenario;
pub mod totals;
