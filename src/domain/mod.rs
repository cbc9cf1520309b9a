//! The domain core: money, the scenario, rules as data and their evaluation.
//! Nothing here touches the browser, so it compiles and is tested natively.
//!
//! Layers, each file importing only from the layers before it (checked with an import
//! graph; no circle):
//! 1. `money`, `ratio`: amounts and the matching ratio, with their limits (nothing of ours);
//! 2. `locale`: formats for people;
//! 3. `parse`, `provenance`: reading what people type, where figures come from;
//! 4. `rule`: the rules as data;
//! 5. `scenario`: the model;
//! 6. `report`, `totals`, `defaults` (the signed convention);
//! 7. `rules` (the checks), `plan`, `edit`, `validate` (what comes from outside),
//!    `i18n` (the report phrased for people);
//! 8. `goal_seek`, `fix_all`, `exercise` (workshop exercises and their goals), `compare`.

pub mod compare;
pub mod defaults;
pub mod edit;
pub mod exercise;
pub mod fix_all;
pub mod goal_seek;
pub mod i18n;
pub mod locale;
pub mod money;
pub mod parse;
pub mod plan;
pub mod provenance;
pub mod ratio;
pub mod report;
pub mod rule;
pub mod rules;
pub mod scenario;
#[cfg(test)]
pub(crate) mod testing;
pub mod totals;
pub mod validate;
