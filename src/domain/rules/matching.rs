//! Département contribution ≥ ratio × State contribution ("un montant minimal équivalent";
//! the national strategy co-finances at parity), over the chosen base.

use rust_decimal::Decimal;

use super::super::money::Money;
use super::super::report::{Bound, Finding, Location};
use super::super::rule::{MatchingBase, RuleId};
use super::super::scenario::{AxisId, CellKey, Funder, Scenario, Year};
use super::super::totals::Totals;
use super::raise_fix;

pub fn check(
    id: RuleId,
    s: &Scenario,
    t: &Totals,
    ratio: Decimal,
    base: MatchingBase,
) -> (usize, Vec<Finding>) {
    let mut checked = 0;
    let mut findings = Vec::new();
    for dept in s.departements.iter() {
        let scopes: Vec<(Option<Year>, Option<&AxisId>)> = match base {
            MatchingBase::DeptPeriod => vec![(None, None)],
            MatchingBase::DeptYear => s.years.iter().map(|y| (Some(y.year), None)).collect(),
            MatchingBase::DeptYearAxis => s
                .years
                .iter()
                .flat_map(|y| s.axes.iter().map(move |a| (Some(y.year), Some(&a.id))))
                .collect(),
        };
        for (year, axis) in scopes {
            checked += 1;
            let sums = t.get(Some(&dept.id), year, axis);
            let expected = sums.state.times(ratio).unwrap_or(Money::MAX);
            let location = || Location {
                dept: Some(dept.id.clone()),
                year,
                axis: axis.cloned(),
            };
            let funder = Some(Funder::Departement);
            let actual = sums.departement;
            if let Some(f) = Finding::check(id, funder, Bound::AtLeast, expected, actual, location)
            {
                let shortfall = |k: &CellKey| {
                    let c = s.cell(k);
                    // Checked: a ratio read from a file is not bounded by the editor's limits.
                    c.state
                        .as_decimal()
                        .checked_mul(ratio)
                        .unwrap_or(Decimal::MAX)
                        - c.departement.as_decimal()
                };
                let cells = s.dept_cell_keys(&dept.id).filter(|k| {
                    year.is_none_or(|y| k.year == y) && axis.is_none_or(|a| k.axis == *a)
                });
                let fix = raise_fix(s, cells, Funder::Departement, f.gap, shortfall);
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
    use MatchingBase::*;

    #[test]
    fn an_unbounded_ratio_from_a_file_does_not_overflow() {
        let s = with(&[(PDC, 2021, "prevention", State, 900_000)]);
        let (_, findings) = check(
            RuleId::Matching,
            &s,
            &Totals::new(&s),
            Decimal::MAX,
            DeptYear,
        );
        assert!(!findings.is_empty());
    }

    #[test]
    fn table() {
        type Case<'a> = (
            &'a [Change<'a>],
            &'a str,
            MatchingBase,
            usize,
            &'a [&'a str],
        );
        let cases: &[Case] = &[
            (&[], "1", DeptYear, 6, &[]),
            (&[], "1", DeptYearAxis, 12, &[]),
            (&[], "1", DeptPeriod, 2, &[]),
            (
                &[(PDC, 2021, "prevention", Departement, 200_000)],
                "1",
                DeptYear,
                6,
                &["62/2021/- gap 110000 fix 2021 prevention dept 310000"],
            ),
            // Moving money between axes keeps parity per year, not per axis.
            (
                &[
                    (NORD, 2020, "insertion", Departement, 200_000),
                    (NORD, 2020, "prevention", Departement, 300_000),
                ],
                "1",
                DeptYear,
                6,
                &[],
            ),
            (
                &[
                    (NORD, 2020, "insertion", Departement, 200_000),
                    (NORD, 2020, "prevention", Departement, 300_000),
                ],
                "1",
                DeptYearAxis,
                12,
                &["59/2020/insertion gap 50000 fix 2020 insertion dept 250000"],
            ),
            // Over the whole period, a lean year is made up by a rich one.
            (
                &[
                    (PDC, 2020, "insertion", Departement, 90_000),
                    (PDC, 2021, "insertion", Departement, 290_000),
                ],
                "1",
                DeptPeriod,
                2,
                &[],
            ),
            // What if matching were 2:1? Each département-year owes twice the State's amount.
            (
                &[],
                "2",
                DeptYear,
                6,
                &[
                    "59/2019/- gap 250000 fix 2019 insertion dept 375000",
                    "59/2020/- gap 500000 fix 2020 insertion dept 750000",
                    "59/2021/- gap 500000 fix 2021 insertion dept 750000",
                    "62/2019/- gap 250000 fix 2019 prevention dept 405000",
                    "62/2020/- gap 500000 fix 2020 prevention dept 810000",
                    "62/2021/- gap 500000 fix 2021 prevention dept 810000",
                ],
            ),
        ];
        for (changes, ratio, base, groups, expected) in cases {
            let ratio: Decimal = ratio.parse().unwrap();
            let (checked, findings) = {
                let s = with(changes);
                check(RuleId::Matching, &s, &Totals::new(&s), ratio, *base)
            };
            assert_eq!(checked, *groups, "{base:?}");
            assert_eq!(
                summary(&findings),
                *expected,
                "changes {changes:?} ratio {ratio} {base:?}"
            );
        }
    }

    #[test]
    fn expected_amount_is_rounded_half_to_even() {
        let mut s = with(&[
            (PDC, 2020, "prevention", State, 0),
            (PDC, 2020, "prevention", Departement, 0),
        ]);
        let k = crate::domain::testing::key(PDC, 2020, "insertion");
        s.set_amount(&k, State, Money::from_cents(25));
        s.set_amount(&k, Departement, Money::ZERO);
        let (_, findings) = check(
            RuleId::Matching,
            &s,
            &Totals::new(&s),
            "0.5".parse().unwrap(),
            DeptYear,
        );
        // 0,25 € × 0,5 = 0,125 € → 0,12 €.
        assert_eq!(findings[0].expected, Money::from_cents(12));
    }
}
