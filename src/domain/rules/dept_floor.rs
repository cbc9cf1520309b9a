//! Département contribution ≥ the floor in each full year ("un montant minimal équivalent
//! de 500 000 euros", "en année pleine, dès 2020").

use super::super::money::Money;
use super::super::report::{Bound, Finding, Location};
use super::super::rule::RuleId;
use super::super::scenario::{Funder, Scenario};
use super::super::totals::Totals;
use super::raise_fix;

pub fn check(id: RuleId, s: &Scenario, t: &Totals, floor: Money) -> (usize, Vec<Finding>) {
    let mut checked = 0;
    let mut findings = Vec::new();
    for dept in s.departements.iter() {
        for year in s.years.iter().filter(|y| y.full_year.value) {
            checked += 1;
            let actual = t.get(Some(&dept.id), Some(year.year), None).departement;
            let location = || Location {
                dept: Some(dept.id.clone()),
                year: Some(year.year),
                axis: None,
            };
            let funder = Some(Funder::Departement);
            if let Some(f) = Finding::check(id, funder, Bound::AtLeast, floor, actual, location) {
                // The missing money goes where the Département lags the State the most.
                let lag = |k: &_| {
                    let c = s.cell(k);
                    c.state.as_decimal() - c.departement.as_decimal()
                };
                let cells = s.dept_year_keys(&dept.id, year.year);
                let fix = raise_fix(s, cells, Funder::Departement, f.gap, lag);
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
    use crate::domain::testing::{summary, with, Change, PDC};

    const FLOOR: Money = Money::euros(500_000);

    #[test]
    fn table() {
        let cases: &[(&[Change], u32, &[&str])] = &[
            (&[], 500_000, &[]),
            (
                &[(PDC, 2021, "prevention", Departement, 200_000)],
                500_000,
                &["62/2021/- gap 110000 fix 2021 prevention dept 310000"],
            ),
            // 2019 is a partial year: its 250 000 € are not held to the floor.
            (&[(PDC, 2019, "prevention", Departement, 0)], 500_000, &[]),
            // The State's amount does not count toward the Département's floor.
            (
                &[
                    (PDC, 2020, "insertion", Departement, 0),
                    (PDC, 2020, "insertion", State, 9_000_000),
                ],
                500_000,
                &["62/2020/- gap 190000 fix 2020 insertion dept 190000"],
            ),
            // A higher floor, e.g. a trainer's "what if 600 000 €?".
            (
                &[],
                600_000,
                &[
                    "59/2020/- gap 100000 fix 2020 insertion dept 350000",
                    "59/2021/- gap 100000 fix 2021 insertion dept 350000",
                    "62/2020/- gap 100000 fix 2020 insertion dept 290000",
                    "62/2021/- gap 100000 fix 2021 insertion dept 290000",
                ],
            ),
        ];
        for (changes, floor, expected) in cases {
            let (checked, findings) = {
                let s = with(changes);
                check(
                    RuleId::DeptFloor,
                    &s,
                    &Totals::new(&s),
                    Money::euros(*floor),
                )
            };
            assert_eq!(checked, 4, "2 départements × 2 full years");
            assert_eq!(summary(&findings), *expected, "changes {changes:?}");
        }
    }

    #[test]
    fn a_year_marked_full_is_held_to_the_floor() {
        let mut s = with(&[]);
        s.years[0].full_year.value = true;
        let (checked, findings) = check(RuleId::DeptFloor, &s, &Totals::new(&s), FLOOR);
        assert_eq!(checked, 6);
        assert_eq!(
            summary(&findings),
            [
                "59/2019/- gap 250000 fix 2019 insertion dept 375000",
                "62/2019/- gap 250000 fix 2019 insertion dept 345000",
            ]
        );
    }
}
