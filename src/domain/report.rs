//! What an evaluation finds: per rule, a status and every finding with its explanation.

use serde::{Deserialize, Serialize};

use super::money::Money;
use super::provenance::Provenance;
use super::rules::{RuleId, Severity};
use super::scenario::{AxisId, CellKey, DeptId, Funder, Year};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Holds,
    Violated,
    Warning,
    Off,
}

/// Where a finding applies; a rule on a whole year names no département, a rule on a
/// département-year names no axis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Location {
    pub dept: Option<DeptId>,
    pub year: Option<Year>,
    pub axis: Option<AxisId>,
}

/// Whether the rule caps the actual amount or asks for at least the expected one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    AtMost,
    AtLeast,
}

/// The smallest change to one cell that makes a finding hold.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fix {
    pub cell: CellKey,
    pub funder: Funder,
    pub from: Money,
    pub to: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Also the message key: `i18n` phrases a finding from its rule and its numbers.
    pub rule: RuleId,
    pub location: Location,
    pub bound: Bound,
    /// The limit the rule sets: the ceiling, or the minimum owed.
    pub expected: Money,
    pub actual: Money,
    /// How far `actual` is past `expected`.
    pub gap: Money,
    /// The funder whose amounts `actual` sums; `None` for both together.
    pub funder: Option<Funder>,
    pub fix: Option<Fix>,
}

impl Finding {
    /// Builds a finding only when the bound is broken; `location` is built only then, so
    /// checking the many places that hold allocates nothing.
    pub(crate) fn check(
        rule: RuleId,
        funder: Option<Funder>,
        bound: Bound,
        expected: Money,
        actual: Money,
        location: impl FnOnce() -> Location,
    ) -> Option<Finding> {
        let gap = match bound {
            Bound::AtMost => actual.saturating_sub(expected),
            Bound::AtLeast => expected.saturating_sub(actual),
        };
        (!gap.is_zero()).then(|| Finding {
            rule,
            location: location(),
            bound,
            expected,
            actual,
            gap,
            funder,
            fix: None,
        })
    }

    pub(crate) fn with_fix(mut self, fix: Option<Fix>) -> Finding {
        self.fix = fix;
        self
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleResult {
    pub rule: RuleId,
    pub severity: Severity,
    pub status: Status,
    /// How many places (département-years, years, cells…) the rule looked at.
    pub checked: usize,
    pub findings: Vec<Finding>,
    pub source: Provenance,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub rules: Vec<RuleResult>,
}

impl Report {
    /// True when no enabled rule is violated or warns.
    pub fn all_hold(&self) -> bool {
        self.rules
            .iter()
            .all(|r| matches!(r.status, Status::Holds | Status::Off))
    }

    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.rules.iter().flat_map(|r| r.findings.iter())
    }

    pub fn rule(&self, id: RuleId) -> Option<&RuleResult> {
        self.rules.iter().find(|r| r.rule == id)
    }

    pub fn count(&self, status: Status) -> usize {
        self.rules.iter().filter(|r| r.status == status).count()
    }
}
