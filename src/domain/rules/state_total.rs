//! State contribution to the whole territory in one year ≤ the territory's envelope.

use super::super::report::{Bound, Finding, Location};
use super::super::rule::RuleId;
use super::super::scenario::{Funder, Scenario};
use super::super::totals::Totals;
use super::lower_state_fix;

pub fn check(id: RuleId, s: &Scenario, t: &Totals) -> (usize, Vec<Finding>) {
    let mut findings = Vec::new();
    for year in &s.years {
        let actual = t.get(None, Some(year.year), None).state;
        let expected = year.territory_envelope.value;
        let location = || Location {
            year: Some(year.year),
            ..Location::default()
        };
        let state = Some(Funder::State);
        if let Some(f) = Finding::check(id, state, Bound::AtMost, expected, actual, location) {
            let cells = s
                .departements
                .iter()
                .flat_map(|d| s.dept_year_keys(&d.id, year.year));
            let fix = lower_state_fix(s, cells, f.gap);
            findings.push(f.with_fix(fix));
        }
    }
    (s.years.len(), findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scenario::Funder::*;
    use crate::domain::testing::{summary, with, Change, NORD, PDC};

    #[test]
    fn table() {
        let cases: &[(&[Change], &[&str])] = &[
            (&[], &[]),
            (
                &[(PDC, 2020, "prevention", State, 320_000)],
                &["-/2020/- gap 10000 fix 2020 prevention state 310000"],
            ),
            // Nord's excess is absorbed by its own largest cell.
            (
                &[(NORD, 2021, "insertion", State, 400_000)],
                &["-/2021/- gap 150000 fix 2021 insertion state 250000"],
            ),
            // One département under, the other over by as much: the territory holds.
            (
                &[
                    (PDC, 2020, "prevention", State, 260_000),
                    (NORD, 2020, "insertion", State, 300_000),
                ],
                &[],
            ),
            (&[(PDC, 2019, "insertion", Departement, 5_000_000)], &[]),
        ];
        for (changes, expected) in cases {
            let (checked, findings) = {
                let s = with(changes);
                check(RuleId::StateTotal, &s, &Totals::new(&s))
            };
            assert_eq!(checked, 3);
            assert_eq!(summary(&findings), *expected, "changes {changes:?}");
        }
    }
}
