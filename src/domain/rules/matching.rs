//! Département contribution ≥ ratio × State contribution ("un montant minimal équivalent";
//! the national strategy co-finances at parity), over the chosen base.

use rust_decimal::Decimal;

use super::super::money::Money;
use super::super::report::{Bound, Finding, Location};
use super::super::scenario::{CellKey, Funder, Scenario};
use super::{raise_fix, MatchingBase, RuleId};

pub fn check(
    id: RuleId,
    s: &Scenario,
    ratio: Decimal,
    base: MatchingBase,
) -> (usize, Vec<Finding>) {
    let groups = groups(s, base);
    let findings = groups
        .iter()
        .filter_map(|(location, cells)| {
            let state = s.sum(cells.iter().cloned(), Funder::State);
            let actual = s.sum(cells.iter().cloned(), Funder::Departement);
            let expected = state.times(ratio).unwrap_or(Money::MAX);
            let finding = Finding::check(
                id,
                location.clone(),
                Some(Funder::Departement),
                Bound::AtLeast,
                expected,
                actual,
            )?;
            let shortfall = |k: &CellKey| {
                let c = s.cell(k);
                c.state.as_decimal() * ratio - c.departement.as_decimal()
            };
            let fix = raise_fix(
                s,
                cells.iter().cloned(),
                Funder::Departement,
                finding.gap,
                shortfall,
            );
            Some(finding.with_fix(fix))
        })
        .collect();
    (groups.len(), findings)
}

/// The places matched as one: each with the cells whose amounts it sums.
fn groups(s: &Scenario, base: MatchingBase) -> Vec<(Location, Vec<CellKey>)> {
    let dept_location = |d: &super::super::scenario::Departement| Location {
        dept: Some(d.id.clone()),
        ..Location::default()
    };
    match base {
        MatchingBase::DeptPeriod => s
            .departements
            .iter()
            .map(|d| (dept_location(d), s.dept_cell_keys(&d.id).collect()))
            .collect(),
        MatchingBase::DeptYear => s
            .departements
            .iter()
            .flat_map(|d| {
                s.years.iter().map(move |y| {
                    let location = Location {
                        year: Some(y.year),
                        ..dept_location(d)
                    };
                    (location, s.dept_year_keys(&d.id, y.year).collect())
                })
            })
            .collect(),
        MatchingBase::DeptYearAxis => s
            .cell_keys()
            .map(|k| {
                let location = Location {
                    dept: Some(k.dept.clone()),
                    year: Some(k.year),
                    axis: Some(k.axis.clone()),
                };
                (location, vec![k])
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{summary, with, Change, NORD, PDC};
    use super::*;
    use crate::domain::scenario::Funder::*;
    use MatchingBase::*;

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
            let (checked, findings) = check(RuleId::Matching, &with(changes), ratio, *base);
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
        let k = super::super::testing::key(PDC, 2020, "insertion");
        s.set_amount(&k, State, Money::from_cents(25));
        s.set_amount(&k, Departement, Money::ZERO);
        let (_, findings) = check(RuleId::Matching, &s, "0.5".parse().unwrap(), DeptYear);
        // 0,25 € × 0,5 = 0,125 € → 0,12 €.
        assert_eq!(findings[0].expected, Money::from_cents(12));
    }
}
