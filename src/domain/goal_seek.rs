//! Goal-seek for one cell: the lowest Département amount, or the highest State amount, at
//! which no enabled rule is violated at a place that includes the cell (warnings, such as
//! the State's commitment, advise but do not bound it; gaps elsewhere are not this cell's to
//! close).

use super::money::Money;
use super::rule::{Rule, RuleId, Severity};
use super::rules::Effect;
use super::scenario::{CellKey, Funder, Scenario};
use super::totals::Totals;

/// Why no amount in that cell satisfies every rule: this rule stays broken whatever the
/// cell holds (something outside the cell breaks it, or it pulls against another rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoSolution {
    pub rule: RuleId,
}

/// Searches whole cents from 0 to [`Money::MAX`]. Every rule is monotone in each funder
/// ([`Rule::effect_of_raising`]), so the amounts that satisfy the rules helped by raising
/// form `[lo, MAX]`, those that satisfy the rules hurt by it form `[0, hi]`, and the answer
/// is `lo` for the Département (it should pay no more than it must) or `hi` for the State
/// (it may give up to its limits).
pub fn goal_seek(s: &Scenario, cell: &CellKey, funder: Funder) -> Result<Money, NoSolution> {
    // Warnings advise; only the rules a scenario must not break bound the search.
    let rules: Vec<&Rule> = s
        .rules
        .iter()
        .filter(|r| r.enabled && r.severity == Severity::Violation)
        .collect();
    let with = |effect: Effect| -> Vec<&Rule> {
        rules
            .iter()
            .copied()
            .filter(|r| r.effect_of_raising(funder) == effect)
            .collect()
    };
    let (helped, hurt, neutral) = (
        with(Effect::Helps),
        with(Effect::Hurts),
        with(Effect::Neutral),
    );
    let mut trial = s.clone();
    // The first of `rules` broken with `cents` in the cell, if any.
    let mut broken = |rules: &[&Rule], cents: u64| -> Option<RuleId> {
        trial.set_amount(cell, funder, Money::from_cents(cents));
        let totals = Totals::new(&trial);
        rules
            .iter()
            .find(|r| {
                r.check(&trial, &totals)
                    .1
                    .iter()
                    .any(|f| f.location.covers(cell))
            })
            .map(|r| r.id())
    };
    let max = Money::MAX.cents();
    let unfixable = broken(&neutral, 0)
        .or_else(|| broken(&hurt, 0))
        .or_else(|| broken(&helped, max));
    if let Some(rule) = unfixable {
        return Err(NoSolution { rule });
    }
    let mut holds = |rules: &[&Rule], cents: u64| broken(rules, cents).is_none();
    // Smallest amount at which the helped rules hold.
    let (mut low, mut high) = (0, max);
    while low < high {
        let mid = low + (high - low) / 2;
        if holds(&helped, mid) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    let lo = low;
    // Largest amount at which the hurt rules hold.
    let (mut low, mut high) = (0, max);
    while low < high {
        let mid = low + (high - low).div_ceil(2);
        if holds(&hurt, mid) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    let hi = low;
    if lo > hi {
        // The rules helped by raising need more than those it hurts allow: at `hi` the first
        // of them still fails.
        if let Some(rule) = broken(&helped, hi) {
            return Err(NoSolution { rule });
        }
    }
    Ok(Money::from_cents(match funder {
        Funder::Departement => lo,
        Funder::State => hi,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scenario::Funder::*;
    use crate::domain::testing::{key, with, Change, NORD, PDC};

    #[test]
    fn table() {
        type Case<'a> = (
            &'a [Change<'a>],
            (&'a str, u16, &'a str),
            Funder,
            Result<Money, NoSolution>,
        );
        let cases: &[Case] = &[
            // The Département must match the State's 310 000 € on its own: 500 000 − 190 000.
            (
                &[],
                (PDC, 2021, "prevention"),
                Departement,
                Ok(Money::euros(310_000)),
            ),
            // The State may give up to the envelope: 500 000 − 190 000.
            (
                &[],
                (PDC, 2021, "prevention"),
                State,
                Ok(Money::euros(310_000)),
            ),
            // 2019 has no floor: matching the State's 125 000 € is enough.
            (
                &[],
                (NORD, 2019, "insertion"),
                Departement,
                Ok(Money::euros(125_000)),
            ),
            // Raising the other axis lowers what this one needs, down to zero.
            (
                &[(PDC, 2020, "insertion", Departement, 800_000)],
                (PDC, 2020, "prevention"),
                Departement,
                Ok(Money::ZERO),
            ),
            // The State's limit is the Département's money when that binds first.
            (
                &[(PDC, 2020, "prevention", Departement, 100_000)],
                (PDC, 2020, "prevention"),
                State,
                Err(NoSolution {
                    rule: RuleId::DeptFloor,
                }),
            ),
            (
                &[(PDC, 2020, "prevention", Departement, 400_000)],
                (PDC, 2020, "prevention"),
                State,
                Ok(Money::euros(310_000)),
            ),
            // In 2019 (no floor) parity binds before the envelope: 150 000 − 125 000.
            (
                &[(NORD, 2019, "insertion", Departement, 25_000)],
                (NORD, 2019, "insertion"),
                State,
                Ok(Money::euros(25_000)),
            ),
            // A gap elsewhere is not this cell's to close: it does not stand in the way.
            (
                &[(NORD, 2021, "insertion", State, 900_000)],
                (PDC, 2020, "prevention"),
                Departement,
                Ok(Money::euros(310_000)),
            ),
            (
                &[
                    (NORD, 2020, "insertion", Departement, 0),
                    (PDC, 2021, "prevention", Departement, 100_000),
                ],
                (PDC, 2021, "prevention"),
                Departement,
                Ok(Money::euros(310_000)),
            ),
            // The territory's envelope is this cell's business too: the excess is in its year.
            (
                &[
                    (NORD, 2020, "insertion", State, 900_000),
                    (NORD, 2020, "insertion", Departement, 900_000),
                ],
                (PDC, 2020, "prevention"),
                State,
                Err(NoSolution {
                    rule: RuleId::StateTotal,
                }),
            ),
        ];
        for (changes, (d, y, a), funder, expected) in cases {
            let s = with(changes);
            assert_eq!(
                goal_seek(&s, &key(d, *y, a), *funder),
                *expected,
                "{changes:?} {d} {y} {a} {funder:?}"
            );
        }
    }
}
