//! The convention's rules as data: which rule, how severe, its parameters and its source.
//! Serialised with serde, so that files and links carry them; checked in `rules`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::Money;
use super::provenance::Provenance;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    StateCeiling,
    StateTotal,
    StateCommitment,
    Matching,
    DeptFloor,
    BothAxes,
}

impl RuleId {
    /// Every rule the simulator knows, in the order the convention's defaults list them.
    pub const ALL: [RuleId; 6] = [
        RuleId::StateCeiling,
        RuleId::StateTotal,
        RuleId::StateCommitment,
        RuleId::Matching,
        RuleId::DeptFloor,
        RuleId::BothAxes,
    ];

    /// The identifier used in files, links and test selectors.
    pub fn slug(self) -> &'static str {
        match self {
            RuleId::StateCeiling => "state-ceiling",
            RuleId::StateTotal => "state-total",
            RuleId::StateCommitment => "state-commitment",
            RuleId::Matching => "matching",
            RuleId::DeptFloor => "dept-floor",
            RuleId::BothAxes => "both-axes",
        }
    }
}

/// A broken rule either violates the convention or only deserves attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Violation,
    Warning,
}

/// What the Département's contribution is matched against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchingBase {
    /// One département in one year, both axes together (the default reading).
    DeptYear,
    /// One département, one year, one axis (stricter).
    DeptYearAxis,
    /// One département over every year of the scenario (looser).
    DeptPeriod,
}

impl MatchingBase {
    pub const ALL: [MatchingBase; 3] = [
        MatchingBase::DeptYear,
        MatchingBase::DeptYearAxis,
        MatchingBase::DeptPeriod,
    ];
}

/// Each rule's parameters; the per-year envelopes live in the scenario's years.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "id", rename_all = "kebab-case")]
pub enum RuleParams {
    /// State contribution to one département in one year ≤ that year's envelope.
    StateCeiling,
    /// State contribution to the whole territory in one year ≤ the territory's envelope.
    StateTotal,
    /// State contribution to one département in one year ≥ that year's envelope: the State
    /// said it would bring it.
    StateCommitment,
    /// Département contribution ≥ ratio × State contribution, over the chosen base.
    Matching {
        #[serde(with = "rust_decimal::serde::str")]
        ratio: Decimal,
        base: MatchingBase,
    },
    /// Département contribution ≥ floor in each full year.
    DeptFloor { floor: Money },
    /// Each axis receives at least `minimum` each year, from either funder.
    BothAxes { minimum: Money },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub enabled: bool,
    pub severity: Severity,
    #[serde(flatten)]
    pub params: RuleParams,
    pub source: Provenance,
}

impl Rule {
    pub fn id(&self) -> RuleId {
        match self.params {
            RuleParams::StateCeiling => RuleId::StateCeiling,
            RuleParams::StateTotal => RuleId::StateTotal,
            RuleParams::StateCommitment => RuleId::StateCommitment,
            RuleParams::Matching { .. } => RuleId::Matching,
            RuleParams::DeptFloor { .. } => RuleId::DeptFloor,
            RuleParams::BothAxes { .. } => RuleId::BothAxes,
        }
    }
}
