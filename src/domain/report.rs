//! What an evaluation finds: per rule, a status and every finding with its explanation.

use serde::{Deserialize, Serialize};

use super::money::Money;
use super::provenance::Provenance;
use super::rule::{RuleId, Severity};
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

impl Location {
    /// Whether the place includes `cell`: a département-year covers each of its axes, a
    /// year every département's, the whole period every year's.
    pub fn covers(&self, cell: &CellKey) -> bool {
        self.dept.as_ref().is_none_or(|d| *d == cell.dept)
            && self.year.is_none_or(|y| y == cell.year)
            && self.axis.as_ref().is_none_or(|a| *a == cell.axis)
    }
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
    /// The figure the limit rests on, when it is a hypothesis or an inference rather than
    /// the convention's own words (the 2019 prorata): the finding is only as firm as it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Provenance>,
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
            basis: None,
        })
    }

    pub(crate) fn with_fix(mut self, fix: Option<Fix>) -> Finding {
        self.fix = fix;
        self
    }

    pub(crate) fn with_basis(mut self, basis: Option<Provenance>) -> Finding {
        self.basis = basis;
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

    /// How many rules hold, are broken, warn and are switched off: the status in numbers.
    pub fn counts(&self) -> StatusCounts {
        StatusCounts {
            holds: self.count(Status::Holds),
            violated: self.count(Status::Violated),
            warnings: self.count(Status::Warning),
            off: self.count(Status::Off),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub holds: usize,
    pub violated: usize,
    pub warnings: usize,
    pub off: usize,
}

impl StatusCounts {
    /// The overall verdict: broken if any rule is violated, to watch if any warns or is
    /// switched off (nobody checks it), clear only when every rule is on and holds.
    pub fn overall(self) -> Status {
        if self.violated > 0 {
            Status::Violated
        } else if self.warnings > 0 || self.off > 0 {
            Status::Warning
        } else {
            Status::Holds
        }
    }
}
