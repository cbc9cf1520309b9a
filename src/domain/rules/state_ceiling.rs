//! State contribution to one département in one year ≤ that year's envelope.

use super::super::report::{Bound, Finding, Location};
use super::super::rule::RuleId;
use super::super::scenario::{Funder, Scenario};
use super::super::totals::Totals;
use super::lower_state_fix;

pub fn check(id: RuleId, s: &Scenario, t: &Totals) -> (usize, Vec<Finding>) {
    let mut checked = 0;
    let mut findings = Vec::new();
    for dept in s.departements.iter() {
        for year in &s.years {
            checked += 1;
            let actual = t.get(Some(&dept.id), Some(year.year), None).state;
            let expected = year.state_envelope.value;
            let location = || Location {
                dept: Some(dept.id.clone()),
                year: Some(year.year),
                axis: None,
            };
            let state = Some(Funder::State);
            if let Some(f) = Finding::check(id, state, Bound::AtMost, expected, actual, location) {
                let fix = lower_state_fix(s, s.dept_year_keys(&dept.id, year.year), f.gap);
                findings.push(f.with_fix(fix));
            }
        }
    }
    (checked, findings)
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
                &[(PDC, 2021, "prevention", State, 320_000)],
                &["62/2021/- gap 10000 fix 2021 prevention state 310000"],
            ),
            (
                &[(NORD, 2019, "insertion", State, 126_000)],
                &["59/2019/- gap 1000 fix 2019 insertion state 125000"],
            ),
            // The Département's money never counts against the State's envelope.
            (&[(PDC, 2020, "insertion", Departement, 9_000_000)], &[]),
            // Exactly at the envelope holds.
            (&[(PDC, 2020, "insertion", State, 190_000)], &[]),
            // An excess larger than any one cell has no single-cell fix.
            (
                &[
                    (PDC, 2020, "insertion", State, 600_000),
                    (PDC, 2020, "prevention", State, 600_000),
                ],
                &["62/2020/- gap 700000 fix none"],
            ),
        ];
        for (changes, expected) in cases {
            let (checked, findings) = {
                let s = with(changes);
                check(RuleId::StateCeiling, &s, &Totals::new(&s))
            };
            assert_eq!(checked, 6, "2 départements × 3 years");
            assert_eq!(summary(&findings), *expected, "changes {changes:?}");
        }
    }
}
