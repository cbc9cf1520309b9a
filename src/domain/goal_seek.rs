//! Goal-seek for one cell: the lowest Département amount, or the highest State amount, at
//! which every enabled rule holds.

use super::money::Money;
use super::rules::{Effect, Rule};
use super::scenario::{CellKey, Funder, Scenario};
use super::totals::Totals;

/// Why no amount in that cell satisfies every rule: something outside the cell breaks one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoSolution;

/// Searches whole cents from 0 to [`Money::MAX`]. Every rule is monotone in each funder
/// ([`Rule::effect_of_raising`]), so the amounts that satisfy the rules helped by raising
/// form `[lo, MAX]`, those that satisfy the rules hurt by it form `[0, hi]`, and the answer
/// is `lo` for the Département (it should pay no more than it must) or `hi` for the State
/// (it may give up to its limits).
pub fn goal_seek(s: &Scenario, cell: &CellKey, funder: Funder) -> Result<Money, NoSolution> {
    let rules: Vec<&Rule> = s.rules.iter().filter(|r| r.enabled).collect();
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
    let mut holds = |rules: &[&Rule], cents: u64| {
        trial.set_amount(cell, funder, Money::from_cents(cents));
        let totals = Totals::new(&trial);
        rules.iter().all(|r| r.check(&trial, &totals).1.is_empty())
    };
    let max = Money::MAX.cents();
    if !holds(&neutral, 0) || !holds(&hurt, 0) || !holds(&helped, max) {
        return Err(NoSolution);
    }
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
        return Err(NoSolution);
    }
    Ok(Money::from_cents(match funder {
        Funder::Departement => lo,
        Funder::State => hi,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::testing::{key, with, Change, NORD, PDC};
    use crate::domain::scenario::Funder::*;

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
                Err(NoSolution),
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
            // Another year's violation cannot be mended from this cell.
            (
                &[(NORD, 2021, "insertion", State, 900_000)],
                (PDC, 2020, "prevention"),
                Departement,
                Err(NoSolution),
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
