//! Each priority axis receives some funding each year, in each département ("deux
//! thématiques prioritaires"). A warning by default: the convention sets no amount per axis.

use super::super::money::Money;
use super::super::report::{Bound, Finding, Fix, Location};
use super::super::rule::RuleId;
use super::super::scenario::{CellKey, Funder, Scenario};
use super::super::totals::Totals;

pub fn check(id: RuleId, s: &Scenario, t: &Totals, minimum: Money) -> (usize, Vec<Finding>) {
    let mut checked = 0;
    let mut findings = Vec::new();
    for dept in s.departements.iter() {
        for year in &s.years {
            for axis in &s.axes {
                checked += 1;
                let cell = t.get(Some(&dept.id), Some(year.year), Some(&axis.id));
                let location = || Location {
                    dept: Some(dept.id.clone()),
                    year: Some(year.year),
                    axis: Some(axis.id.clone()),
                };
                let total = cell.total();
                if let Some(f) = Finding::check(id, None, Bound::AtLeast, minimum, total, location)
                {
                    let from = cell.departement;
                    let fix = from.checked_add(f.gap).map(|to| Fix {
                        cell: CellKey::new(&dept.id, year.year, &axis.id),
                        funder: Funder::Departement,
                        from,
                        to,
                    });
                    findings.push(f.with_fix(fix));
                }
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
        let cases: &[(&[Change], u32, &[&str])] = &[
            (&[], 1, &[]),
            // Either funder is enough to keep an axis alive.
            (&[(PDC, 2020, "insertion", State, 0)], 1, &[]),
            (
                &[
                    (PDC, 2020, "insertion", State, 0),
                    (PDC, 2020, "insertion", Departement, 0),
                ],
                1,
                &["62/2020/insertion gap 1 fix 2020 insertion dept 1"],
            ),
            (
                &[
                    (NORD, 2021, "prevention", State, 0),
                    (NORD, 2021, "prevention", Departement, 40),
                ],
                100,
                &["59/2021/prevention gap 60 fix 2021 prevention dept 100"],
            ),
        ];
        for (changes, minimum, expected) in cases {
            let (checked, findings) = {
                let s = with(changes);
                check(
                    RuleId::BothAxes,
                    &s,
                    &Totals::new(&s),
                    Money::euros(*minimum),
                )
            };
            assert_eq!(checked, 12, "2 départements × 3 years × 2 axes");
            assert_eq!(summary(&findings), *expected, "changes {changes:?}");
        }
    }
}
