//! « Tout corriger »: fixes applied a rule at a time until every enabled rule holds, or
//! until what is left has no fix of its own.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashSet};
use std::hash::{Hash, Hasher};

use super::edit::Edit;
use super::report::{Finding, Fix, Report};
use super::rules::evaluate;
use super::scenario::Scenario;

/// Rounds at most (a round: one evaluation, then the fixes of one rule): a few per rule
/// settle a scenario, and rounds that come back to amounts already seen stop at once; the
/// bound keeps any other surprise from looping.
const MAX_ROUNDS: usize = 1_000;

/// What « Tout corriger » did: the scenario after its fixes, how many it applied, and the
/// findings it could not fix (each without a one-cell fix).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixAll {
    pub scenario: Scenario,
    pub applied: usize,
    pub left: Vec<Finding>,
}

/// Applies the fixes of the first rule that has any, re-evaluates, and repeats, until what
/// is left has no fix of its own, or the fixes come back to amounts they already left
/// (rules pulling against each other: a State amount one lowers, another raises).
///
/// A rule's findings are about scopes of their own (a département, a year, an axis in a
/// year…) and each fix sets one cell of its finding's scope, so the fixes of one rule do not
/// touch one another and go in together: one evaluation per rule and round, not one per
/// finding. A national grid can have thousands of findings; one by one, with an evaluation
/// between each, « Tout corriger » took a minute there.
pub fn fix_all(s: &Scenario) -> FixAll {
    let mut scenario = s.clone();
    let mut applied = 0;
    let mut seen = HashSet::from([amounts_hash(&scenario)]);
    let mut rounds = 0;
    loop {
        let report = evaluate(&scenario);
        let fixes = first_rule_fixes(report.findings());
        if fixes.is_empty() || rounds >= MAX_ROUNDS {
            return finished(scenario, applied, &report);
        }
        let before = scenario.clone();
        let mut round = 0;
        for fix in fixes {
            // A fix only sets a cell the scenario has: it cannot be refused.
            if scenario.apply(Edit::ApplyFix(fix), s).is_ok() {
                round += 1;
            }
        }
        if round == 0 || !seen.insert(amounts_hash(&scenario)) {
            // Back where an earlier round was: stop before this round, whose fixes only
            // undo others.
            return finished(before, applied, &report);
        }
        applied += round;
        rounds += 1;
    }
}

/// The scenario as it stands, with what its report still finds.
fn finished(scenario: Scenario, applied: usize, report: &Report) -> FixAll {
    FixAll {
        scenario,
        applied,
        left: report.findings().cloned().collect(),
    }
}

/// The fixes of the first rule, in report order, that has one; a cell two of them would set
/// is left to the next round.
fn first_rule_fixes<'a>(findings: impl Iterator<Item = &'a Finding>) -> Vec<Fix> {
    let mut rule = None;
    let mut cells = BTreeSet::new();
    let mut fixes = Vec::new();
    for finding in findings {
        let Some(fix) = &finding.fix else { continue };
        if *rule.get_or_insert(finding.rule) != finding.rule {
            continue;
        }
        if cells.insert((&fix.cell, fix.funder)) {
            fixes.push(fix.clone());
        }
    }
    fixes
}

/// The grid's amounts, summed up: the same amounts give the same hash.
fn amounts_hash(s: &Scenario) -> u64 {
    let mut hasher = DefaultHasher::new();
    for (key, c) in &s.cells {
        (key, c.state, c.departement).hash(&mut hasher);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::edit::Edit;
    use crate::domain::money::Money;
    use crate::domain::scenario::Funder::*;
    use crate::domain::testing::{key, with, NORD, PDC};

    #[test]
    fn a_two_to_one_ratio_is_fixed_in_one_go() {
        let base = with(&[]);
        let mut s = base.clone();
        s.apply(Edit::SetRatio(2.into()), &base).unwrap();
        assert_eq!(evaluate(&s).findings().count(), 6);
        let done = fix_all(&s);
        assert!(done.left.is_empty(), "{:?}", done.left);
        assert!(evaluate(&done.scenario).all_hold());
        assert_eq!(done.applied, 6);
        // Only Département amounts rose; the State's stayed.
        for k in s.cell_keys() {
            assert_eq!(done.scenario.amount(&k, State), s.amount(&k, State));
            assert!(done.scenario.amount(&k, Departement) >= s.amount(&k, Departement));
        }
    }

    #[test]
    fn what_no_single_cell_can_fix_is_left_and_said() {
        let s = with(&[
            (PDC, 2020, "insertion", State, 600_000),
            (PDC, 2020, "prevention", State, 600_000),
        ]);
        let done = fix_all(&s);
        let left: Vec<_> = done.left.iter().map(|f| f.rule.slug()).collect();
        assert!(left.contains(&"state-ceiling"), "{left:?}");
        assert!(done.left.iter().all(|f| f.fix.is_none()));
        assert!(done.applied > 0, "the matching shortfall was fixed");
    }

    /// The largest grid the app opens, every amount short of a per-axis minimum: sixteen
    /// thousand findings, fixed a rule at a time (one by one, this took a minute natively,
    /// longer in the browser, with the page frozen).
    #[test]
    fn a_national_grid_is_fixed_a_rule_at_a_time() {
        let base = crate::domain::defaults::generated(101, 20, 8);
        let mut s = base.clone();
        s.apply(Edit::SetAxisMinimum(Money::euros(1_000_000)), &base)
            .unwrap();
        let findings = evaluate(&s).findings().count();
        assert!(findings > 10_000, "{findings}");
        let done = fix_all(&s);
        assert!(done.applied >= findings, "{} < {findings}", done.applied);
        assert_eq!(
            done.left,
            evaluate(&done.scenario)
                .findings()
                .cloned()
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn nothing_to_fix_changes_nothing() {
        let s = with(&[]);
        let done = fix_all(&s);
        assert_eq!((done.applied, done.left.len()), (0, 0));
        assert_eq!(done.scenario, s);
        let s = with(&[(NORD, 2021, "prevention", Departement, 0)]);
        let done = fix_all(&s);
        assert!(done.left.is_empty());
        assert_eq!(
            done.scenario
                .amount(&key(NORD, 2021, "prevention"), Departement),
            Money::euros(250_000)
        );
    }
}
