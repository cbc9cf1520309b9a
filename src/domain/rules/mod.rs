//! The convention's rules, kept as data: each can be switched off or re-parameterised
//! ("what if matching were 2:1?") and cites its source. Each kind is checked by one small
//! function in the file named after it.

mod both_axes;
mod dept_floor;
mod matching;
mod state_ceiling;
mod state_commitment;
mod state_total;

use rust_decimal::Decimal;

use super::money::Money;
use super::provenance::{Provenance, SourceKind, Sourced};
use super::report::{Finding, Fix, Report, RuleResult, Status};
use super::rule::{Rule, RuleParams, Severity};
use super::scenario::{CellKey, Funder, Scenario};
use super::totals::Totals;

/// How raising one funder's amount in a cell moves a rule: the goal-seek relies on every
/// rule being monotone in each funder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Helps,
    Hurts,
    Neutral,
}

impl Rule {
    pub fn effect_of_raising(&self, funder: Funder) -> Effect {
        use Funder::*;
        match (&self.params, funder) {
            (RuleParams::StateCeiling | RuleParams::StateTotal, State) => Effect::Hurts,
            (RuleParams::StateCeiling | RuleParams::StateTotal, Departement) => Effect::Neutral,
            (RuleParams::Matching { .. }, State) => Effect::Hurts,
            (RuleParams::Matching { .. }, Departement) => Effect::Helps,
            (RuleParams::DeptFloor { .. }, State) => Effect::Neutral,
            (RuleParams::DeptFloor { .. }, Departement) => Effect::Helps,
            (RuleParams::StateCommitment, State) => Effect::Helps,
            (RuleParams::StateCommitment, Departement) => Effect::Neutral,
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
            RuleParams::StateCommitment => state_commitment::check(id, s, t),
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

/// The cells a finding is about, with the funder whose amount counts: the place it names
/// (every axis of a département-year, every year of a period…), for its funder or both.
pub fn finding_cells(f: &Finding, s: &Scenario) -> Vec<(CellKey, Funder)> {
    let l = &f.location;
    let funders: &[Funder] = match f.funder {
        Some(Funder::State) => &[Funder::State],
        Some(Funder::Departement) => &[Funder::Departement],
        None => &Funder::ALL,
    };
    let mut cells = Vec::new();
    for d in s
        .departements
        .iter()
        .filter(|d| l.dept.as_ref().is_none_or(|x| *x == d.id))
    {
        for y in s
            .years
            .iter()
            .filter(|y| l.year.is_none_or(|x| x == y.year))
        {
            for a in s
                .axes
                .iter()
                .filter(|a| l.axis.as_ref().is_none_or(|x| *x == a.id))
            {
                let key = CellKey::new(&d.id, y.year, &a.id);
                cells.extend(funders.iter().map(|f| (key.clone(), *f)));
            }
        }
    }
    cells
}

/// Moves each fix that could land on `cell` there: after a user changes an amount, the fix
/// of the finding it caused should change that amount back, not another one. A fix moves
/// only to a cell the finding covers, for the same funder, and only when that cell can take
/// the whole change.
pub fn prefer_cell(report: &mut Report, s: &Scenario, cell: &CellKey, funder: Funder) {
    for finding in report.rules.iter_mut().flat_map(|r| r.findings.iter_mut()) {
        let Some(fix) = &finding.fix else { continue };
        if fix.funder != funder || fix.cell == *cell || !finding.location.covers(cell) {
            continue;
        }
        let from = s.amount(cell, funder);
        let to = if fix.to > fix.from {
            from.checked_add(finding.gap).filter(|to| *to <= Money::MAX)
        } else {
            from.checked_sub(finding.gap)
        };
        if let Some(to) = to {
            finding.fix = Some(Fix {
                cell: cell.clone(),
                funder,
                from,
                to,
            });
        }
    }
}

/// What a limit taken from a year's envelope rests on, when that is not the convention
/// itself (the 2019 prorata, a copied year): its findings say so.
fn envelope_basis(envelope: &Sourced<Money>) -> Option<Provenance> {
    (envelope.provenance.kind != SourceKind::Convention).then(|| envelope.provenance.clone())
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
    // A fix past the largest amount that can be typed is no fix.
    let to = from.checked_add(gap).filter(|to| *to <= Money::MAX)?;
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
mod tests {
    use super::*;
    use crate::domain::rule::RuleId;
    use crate::domain::scenario::Funder::*;
    use crate::domain::testing::{key, summary, with, NORD, PDC};

    #[test]
    fn a_finding_is_about_the_cells_of_its_place_and_funder() {
        let s = with(&[(PDC, 2021, "prevention", Departement, 200_000)]);
        let report = evaluate(&s);
        let f = &report.rule(RuleId::Matching).unwrap().findings[0];
        let cells = finding_cells(f, &s);
        assert_eq!(
            cells,
            [
                (key(PDC, 2021, "insertion"), Departement),
                (key(PDC, 2021, "prevention"), Departement)
            ]
        );
        let s = with(&[(NORD, 2020, "insertion", State, 900_000)]);
        let report = evaluate(&s);
        let total = &report.rule(RuleId::StateTotal).unwrap().findings[0];
        assert_eq!(
            finding_cells(total, &s).len(),
            4,
            "2 départements × 2 axes, State"
        );
    }

    #[test]
    fn a_fix_lands_on_the_cell_just_changed_when_it_can() {
        // Nord 2020: insertion State raised, prevention Département lowered; the matching
        // shortfall would go to prevention, where the need is largest.
        let s = with(&[
            (NORD, 2020, "insertion", State, 250_000),
            (NORD, 2020, "prevention", Departement, 100_000),
        ]);
        let mut report = evaluate(&s);
        let matching = |r: &Report| summary(&r.rule(RuleId::Matching).unwrap().findings);
        assert_eq!(
            matching(&report),
            ["59/2020/- gap 150000 fix 2020 prevention dept 250000"]
        );
        prefer_cell(&mut report, &s, &key(NORD, 2020, "insertion"), Departement);
        assert_eq!(
            matching(&report),
            ["59/2020/- gap 150000 fix 2020 insertion dept 400000"]
        );
        // Another funder, another year or another département leaves the fix alone.
        let mut report = evaluate(&s);
        prefer_cell(&mut report, &s, &key(NORD, 2020, "insertion"), State);
        prefer_cell(&mut report, &s, &key(NORD, 2021, "insertion"), Departement);
        prefer_cell(&mut report, &s, &key(PDC, 2020, "insertion"), Departement);
        assert_eq!(
            matching(&report),
            ["59/2020/- gap 150000 fix 2020 prevention dept 250000"]
        );
    }

    #[test]
    fn a_lowering_fix_moves_only_where_the_cell_can_absorb_it() {
        let s = with(&[(PDC, 2021, "prevention", State, 320_000)]);
        let ceiling = |r: &Report| summary(&r.rule(RuleId::StateCeiling).unwrap().findings);
        let mut report = evaluate(&s);
        prefer_cell(&mut report, &s, &key(PDC, 2021, "insertion"), State);
        assert_eq!(
            ceiling(&report),
            ["62/2021/- gap 10000 fix 2021 insertion state 180000"]
        );
        // 5 000 € cannot absorb a 105 000 € excess: the fix stays where it was.
        let s = with(&[
            (PDC, 2021, "prevention", State, 600_000),
            (PDC, 2021, "insertion", State, 5_000),
        ]);
        let mut report = evaluate(&s);
        prefer_cell(&mut report, &s, &key(PDC, 2021, "insertion"), State);
        assert_eq!(
            ceiling(&report),
            ["62/2021/- gap 105000 fix 2021 prevention state 495000"]
        );
    }
}
