//! State contribution to one département in one year ≥ that year's envelope: « l'Etat
//! apportera 1 million d'euros par an, soit 500 000 euros par département ». A warning by
//! default: the State may under-spend, but the convention says it will bring its envelope.

use super::super::report::{Bound, Finding, Location};
use super::super::rule::RuleId;
use super::super::scenario::{Funder, Scenario};
use super::super::totals::Totals;
use super::{envelope_basis, raise_fix};

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
            if let Some(f) = Finding::check(id, state, Bound::AtLeast, expected, actual, location) {
                // The shortfall goes where the State lags its Département partner most.
                let lag = |k: &_| {
                    let c = s.cell(k);
                    c.departement.as_decimal() - c.state.as_decimal()
                };
                let cells = s.dept_year_keys(&dept.id, year.year);
                let fix = raise_fix(s, cells, Funder::State, f.gap, lag);
                findings.push(
                    f.with_fix(fix)
                        .with_basis(envelope_basis(&year.state_envelope)),
                );
            }
        }
    }
    (checked, findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::provenance::SourceKind;
    use crate::domain::scenario::Funder::*;
    use crate::domain::testing::{summary, with, Change, NORD, PDC};

    #[test]
    fn table() {
        let cases: &[(&[Change], &[&str])] = &[
            (&[], &[]),
            // The example: Pas-de-Calais 2021 Prévention État at 0.
            (
                &[(PDC, 2021, "prevention", State, 0)],
                &["62/2021/- gap 310000 fix 2021 prevention state 310000"],
            ),
            (
                &[(NORD, 2019, "insertion", State, 100_000)],
                &["59/2019/- gap 25000 fix 2019 insertion state 125000"],
            ),
            // The Département's money does not make up for the State's.
            (
                &[
                    (PDC, 2020, "insertion", State, 90_000),
                    (PDC, 2020, "insertion", Departement, 900_000),
                ],
                &["62/2020/- gap 100000 fix 2020 insertion state 190000"],
            ),
            // Above the envelope is the ceiling's business, not this rule's.
            (&[(PDC, 2020, "insertion", State, 900_000)], &[]),
        ];
        for (changes, expected) in cases {
            let (checked, findings) = {
                let s = with(changes);
                check(RuleId::StateCommitment, &s, &Totals::new(&s))
            };
            assert_eq!(checked, 6, "2 départements × 3 years");
            assert_eq!(summary(&findings), *expected, "changes {changes:?}");
        }
    }

    #[test]
    fn a_partial_year_finding_says_it_rests_on_the_prorata_hypothesis() {
        let s = with(&[(NORD, 2019, "insertion", State, 0)]);
        let (_, findings) = check(RuleId::StateCommitment, &s, &Totals::new(&s));
        let basis = findings[0]
            .basis
            .as_ref()
            .expect("2019 rests on a hypothesis");
        assert_eq!(basis.kind, SourceKind::Hypothesis);
        let s = with(&[(NORD, 2020, "insertion", State, 0)]);
        let (_, findings) = check(RuleId::StateCommitment, &s, &Totals::new(&s));
        assert_eq!(
            findings[0].basis, None,
            "2020 is the convention's own figure"
        );
    }
}
