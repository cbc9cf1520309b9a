//! « Tout corriger »: fixes applied one after another until every enabled rule holds, or
//! until what is left has no fix of its own.

use super::edit::Edit;
use super::report::Finding;
use super::rules::evaluate;
use super::scenario::Scenario;

/// Fixes applied at most: each fix closes one finding and the rules are monotone, so a
/// scenario settles long before; the bound keeps any surprise from looping.
const MAX_FIXES: usize = 10_000;

/// What « Tout corriger » did: the scenario after its fixes, how many it applied, and the
/// findings it could not fix (each without a one-cell fix).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixAll {
    pub scenario: Scenario,
    pub applied: usize,
    pub left: Vec<Finding>,
}

/// Applies the first available fix, re-evaluates, and repeats. Work grows with the number
/// of findings, each step one evaluation of the scenario.
pub fn fix_all(s: &Scenario) -> FixAll {
    let mut scenario = s.clone();
    let mut applied = 0;
    loop {
        let report = evaluate(&scenario);
        let fix = report.findings().find_map(|f| f.fix.clone());
        match fix {
            Some(fix) if applied < MAX_FIXES => {
                // A fix only sets a cell the scenario has: it cannot be refused.
                if scenario.apply(Edit::ApplyFix(fix), s).is_err() {
                    break;
                }
                applied += 1;
            }
            _ => {
                let left = report.findings().cloned().collect();
                return FixAll {
                    scenario,
                    applied,
                    left,
                };
            }
        }
    }
    let left = evaluate(&scenario).findings().cloned().collect();
    FixAll {
        scenario,
        applied,
        left,
    }
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
