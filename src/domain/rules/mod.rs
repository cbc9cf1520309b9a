//! The convention's rules, kept as data: each can be switched off or re-parameterised
//! ("what if matching were 2:1?") and cites its source. Each kind is checked by one small
//! function in the file named after it.

mod both_axes;
mod dept_floor;
mod matching;
mod state_ceiling;
mod state_total;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::Money;
use super::provenance::Provenance;
use super::report::{Finding, Fix, Report, RuleResult, Status};
use super::scenario::{CellKey, Funder, Scenario};
use super::totals::Totals;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    StateCeiling,
    StateTotal,
    Matching,
    DeptFloor,
    BothAxes,
}

impl RuleId {
    /// The identifier used in files, links and test selectors.
    pub fn slug(self) -> &'static str {
        match self {
            RuleId::StateCeiling => "state-ceiling",
            RuleId::StateTotal => "state-total",
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

/// How raising one funder's amount in a cell moves a rule: the goal-seek relies on every
/// rule being monotone in each funder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Helps,
    Hurts,
    Neutral,
}

impl Rule {
    pub fn id(&self) -> RuleId {
        match self.params {
            RuleParams::StateCeiling => RuleId::StateCeiling,
            RuleParams::StateTotal => RuleId::StateTotal,
            RuleParams::Matching { .. } => RuleId::Matching,
            RuleParams::DeptFloor { .. } => RuleId::DeptFloor,
            RuleParams::BothAxes { .. } => RuleId::BothAxes,
        }
    }

    pub fn effect_of_raising(&self, funder: Funder) -> Effect {
        use Funder::*;
        match (&self.params, funder) {
            (RuleParams::StateCeiling | RuleParams::StateTotal, State) => Effect::Hurts,
            (RuleParams::StateCeiling | RuleParams::StateTotal, Departement) => Effect::Neutral,
            (RuleParams::Matching { .. }, State) => Effect::Hurts,
            (RuleParams::Matching { .. }, Departement) => Effect::Helps,
            (RuleParams::DeptFloor { .. }, State) => Effect::Neutral,
            (RuleParams::DeptFloor { .. }, Departement) => Effect::Helps,
            (RuleParams::BothAxes { .. }, _) => Effect::Helps,
        }
    }

    /// Checks the rule against the scenario and its totals, returning the places it looked
    /// at and what it found there.
    pub fn check(&self, s: &Scenario, t: &Totals) -> (usize, Vec<Finding>) {
        let id = self.id();
        match &self.params {
            RuleParams::StateCeiling => state_ceiling::check(id, s, t),
            RuleParams::StateTotal => state_total::check(id, s, t),
            RuleParams::Matching { ratio, base } => matching::check(id, s, t, *ratio, *base),
            RuleParams::DeptFloor { floor } => dept_floor::check(id, s, t, *floor),
            RuleParams::BothAxes { minimum } => both_axes::check(id, s, t, *minimum),
        }
    }

    pub fn evaluate(&self, scenario: &Scenario, totals: &Totals) -> RuleResult {
        let (checked, findings) = if self.enabled {
            self.check(scenario, totals)
        } else {
            (0, Vec::new())
        };
        let status = match (self.enabled, findings.is_empty(), self.severity) {
            (false, _, _) => Status::Off,
            (true, true, _) => Status::Holds,
            (true, false, Severity::Violation) => Status::Violated,
            (true, false, Severity::Warning) => Status::Warning,
        };
        RuleResult {
            rule: self.id(),
            severity: self.severity,
            status,
            checked,
            findings,
            source: self.source.clone(),
        }
    }
}

/// Checks every rule of the scenario.
pub fn evaluate(scenario: &Scenario) -> Report {
    evaluate_with(scenario, &Totals::new(scenario))
}

/// Checks every rule, given the scenario's totals (the UI computes them once for both).
pub fn evaluate_with(scenario: &Scenario, totals: &Totals) -> Report {
    Report {
        rules: scenario
            .rules
            .iter()
            .map(|r| r.evaluate(scenario, totals))
            .collect(),
    }
}

/// The fix that raises one funder's amount in one of `cells` by `gap`: the cell chosen is
/// the one where `need` (how far the cell is from pulling its weight) is largest, the first
/// of equals, so that a fix lands where the shortfall is.
fn raise_fix(
    scenario: &Scenario,
    cells: impl IntoIterator<Item = CellKey>,
    funder: Funder,
    gap: Money,
    need: impl Fn(&CellKey) -> Decimal,
) -> Option<Fix> {
    let mut best: Option<(Decimal, CellKey)> = None;
    for key in cells {
        let score = need(&key);
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, key));
        }
    }
    let (_, cell) = best?;
    let from = scenario.amount(&cell, funder);
    let to = from.checked_add(gap)?;
    Some(Fix {
        cell,
        funder,
        from,
        to,
    })
}

/// The fix that lowers the State amount of the largest of `cells` by `gap`, if that one
/// cell can absorb the whole excess.
fn lower_state_fix(
    scenario: &Scenario,
    cells: impl IntoIterator<Item = CellKey>,
    gap: Money,
) -> Option<Fix> {
    let mut best: Option<(Money, CellKey)> = None;
    for key in cells {
        let amount = scenario.amount(&key, Funder::State);
        if best.as_ref().is_none_or(|(a, _)| amount > *a) {
            best = Some((amount, key));
        }
    }
    let (from, cell) = best?;
    let to = from.checked_sub(gap)?;
    Some(Fix {
        cell,
        funder: Funder::State,
        from,
        to,
    })
}

#[cfg(test)]
pub(crate) mod testing {
    //! A tiny scenario builder for the rules' table-driven tests.
    use super::super::defaults::signed_convention;
    use super::super::money::Money;
    use super::super::scenario::{AxisId, CellKey, DeptId, Funder, Scenario, Year};

    /// A change to one cell: `(dept, year, axis, funder, euros)`.
    pub type Change<'a> = (&'a str, Year, &'a str, Funder, u32);

    pub const PDC: &str = "62";
    pub const NORD: &str = "59";

    pub fn key(dept: &str, year: Year, axis: &str) -> CellKey {
        CellKey::new(&DeptId(dept.into()), year, &AxisId(axis.into()))
    }

    /// One line per finding, for tables: `62/2021/- gap 10000 fix prevention state 310000`.
    pub fn summary(findings: &[super::super::report::Finding]) -> Vec<String> {
        findings
            .iter()
            .map(|f| {
                let l = &f.location;
                let dept = l.dept.as_ref().map_or("-", |d| d.0.as_str());
                let year = l.year.map_or("-".to_string(), |y| y.to_string());
                let axis = l.axis.as_ref().map_or("-", |a| a.0.as_str());
                let fix = f.fix.as_ref().map_or("none".to_string(), |x| {
                    format!(
                        "{} {} {} {}",
                        x.cell.year,
                        x.cell.axis.0,
                        x.funder.slug(),
                        x.to
                    )
                });
                format!("{dept}/{year}/{axis} gap {} fix {fix}", f.gap)
            })
            .collect()
    }

    /// The signed convention with some cells changed: `(dept, year, axis, funder, euros)`.
    pub fn with(changes: &[Change]) -> Scenario {
        let mut s = signed_convention();
        for (dept, year, axis, funder, euros) in changes {
            s.set_amount(&key(dept, *year, axis), *funder, Money::euros(*euros));
        }
        s
    }
}
