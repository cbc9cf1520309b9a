//! Euro amounts: exact decimals, never floating point.

use std::fmt;
use std::str::FromStr;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A non-negative amount of euros, always held to the cent.
///
/// The field is private so that every value has passed through a constructor that enforces
/// the invariants (non-negative, cents, at most [`Money::MAX`] when it comes from outside).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

/// Why a text or a number is not an acceptable amount. The UI phrases each in French and
/// English (`i18n::money_error`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    Negative,
    NotANumber,
    TooManyDecimals,
    TooLarge,
    /// `500,000` in French (or `500.000` in English): thousands or decimals?
    Ambiguous,
    /// Longer than any amount is written ([`MAX_INPUT_CHARS`]).
    TooLong,
}

/// The most characters read as one amount or ratio: `1 000 000 000 000,00 €` takes 22, so
/// anything past this is a paste gone wrong, refused before any work proportional to it.
pub const MAX_INPUT_CHARS: usize = 100;

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);
    /// The largest amount accepted from a user or a file: 1 000 000 000 000 €. Totals may
    /// exceed it; they are computed, never typed.
    pub const MAX: Money = Money(Decimal::from_parts(3_567_587_328, 232, 0, false, 0));

    /// Whole euros, for defaults written in code.
    pub const fn euros(euros: u32) -> Money {
        Money(Decimal::from_parts(euros, 0, 0, false, 0))
    }

    /// An amount in cents. Cannot fail: any `u64` of cents is below the decimal's range.
    pub fn from_cents(cents: u64) -> Money {
        Money(Decimal::from(cents) / Decimal::ONE_HUNDRED)
    }

    /// Checks a decimal from outside (a file, a link): non-negative, at most two decimals,
    /// at most [`Money::MAX`].
    pub fn try_from_decimal(value: Decimal) -> Result<Money, MoneyError> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(MoneyError::Negative);
        }
        if value.normalize().scale() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        if value > Money::MAX.0 {
            return Err(MoneyError::TooLarge);
        }
        Ok(Money(value.abs()))
    }

    /// Rounds a computed decimal to the cent, half to even (banker's rounding), the rounding
    /// the simulator uses everywhere a product or a quotient is not whole cents.
    /// Negative values clamp to zero.
    pub fn rounded(value: Decimal) -> Money {
        let cents = value.round_dp_with_strategy(2, RoundingStrategy::MidpointNearestEven);
        if cents.is_sign_negative() {
            Money::ZERO
        } else {
            Money(cents)
        }
    }

    pub fn as_decimal(self) -> Decimal {
        self.0
    }

    /// The amount in cents, for searches over whole cents.
    pub fn cents(self) -> u64 {
        self.0
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|c| c.to_u64())
            .unwrap_or(u64::MAX)
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// Sums that cannot overflow in practice: a decimal holds 7.9 × 10²⁸, so even a million
    /// cells at [`Money::MAX`] stay far below. Saturating keeps the UI alive regardless.
    pub fn saturating_add(self, other: Money) -> Money {
        self.checked_add(other).unwrap_or(Money(Decimal::MAX))
    }

    /// `self − other`, or `None` when the result would be negative.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        (self >= other).then(|| Money(self.0 - other.0))
    }

    /// `self − other`, floored at zero: the size of a shortfall or an excess.
    pub fn saturating_sub(self, other: Money) -> Money {
        self.checked_sub(other).unwrap_or(Money::ZERO)
    }

    /// `self × ratio`, rounded half to even to the cent.
    pub fn times(self, ratio: Decimal) -> Option<Money> {
        self.0.checked_mul(ratio).map(Money::rounded)
    }

    /// `self ÷ other` as an exact decimal ratio, `None` when `other` is zero.
    pub fn ratio_to(self, other: Money) -> Option<Decimal> {
        self.0.checked_div(other.0)
    }

    /// Splits the amount into `parts` cent-exact shares that add up to the whole; the
    /// first shares take the leftover cents.
    pub fn split_evenly(self, parts: usize) -> Vec<Money> {
        if parts == 0 {
            return Vec::new();
        }
        let total = self.cents();
        let n = parts as u64;
        let (base, rest) = (total / n, total % n);
        (0..n)
            .map(|i| Money::from_cents(base + u64::from(i < rest)))
            .collect()
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Money::saturating_add)
    }
}

impl fmt::Display for Money {
    /// The plain decimal form used in files and links (`1250000.5`), not for people.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.normalize(), f)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        let text = String::deserialize(deserializer)?;
        let value = Decimal::from_str(&text).map_err(serde::de::Error::custom)?;
        Money::try_from_decimal(value).map_err(|e| {
            serde::de::Error::custom(match e {
                MoneyError::Negative => "a negative amount",
                MoneyError::TooManyDecimals => "an amount finer than a cent",
                MoneyError::TooLarge => "an amount above 1000000000000",
                _ => "not an amount",
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_is_one_trillion_euros() {
        assert_eq!(Money::MAX.as_decimal(), Decimal::from(1_000_000_000_000u64));
    }

    #[test]
    fn rounding_is_half_to_even() {
        let r = |s: &str| Money::rounded(Decimal::from_str(s).unwrap()).as_decimal();
        assert_eq!(r("0.125"), Decimal::from_str("0.12").unwrap());
        assert_eq!(r("0.135"), Decimal::from_str("0.14").unwrap());
        assert_eq!(r("0.1251"), Decimal::from_str("0.13").unwrap());
        assert_eq!(r("-3"), Decimal::ZERO);
    }

    #[test]
    fn outside_decimals_are_checked() {
        let d = |s: &str| Money::try_from_decimal(Decimal::from_str(s).unwrap());
        assert_eq!(d("-1"), Err(MoneyError::Negative));
        assert_eq!(d("1.005"), Err(MoneyError::TooManyDecimals));
        assert_eq!(d("1.500"), Ok(Money::from_cents(150)));
        assert_eq!(d("1000000000000.01"), Err(MoneyError::TooLarge));
        assert_eq!(d("1000000000000"), Ok(Money::MAX));
    }

    #[test]
    fn subtraction_never_goes_negative() {
        assert_eq!(Money::euros(5).checked_sub(Money::euros(6)), None);
        assert_eq!(Money::euros(5).saturating_sub(Money::euros(6)), Money::ZERO);
        assert_eq!(
            Money::euros(6).saturating_sub(Money::euros(5)),
            Money::euros(1)
        );
    }

    #[test]
    fn even_split_hands_leftover_cents_to_the_first_parts() {
        let parts = Money::euros(10_000_000).split_evenly(3);
        assert_eq!(
            parts,
            vec![
                Money::from_cents(333_333_334),
                Money::from_cents(333_333_333),
                Money::from_cents(333_333_333)
            ]
        );
    }

    #[test]
    fn serde_uses_exact_decimal_strings() {
        let json = serde_json::to_string(&Money::from_cents(50_000_050)).unwrap();
        assert_eq!(json, "\"500000.5\"");
        let back: Money = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Money::from_cents(50_000_050));
        assert!(serde_json::from_str::<Money>("\"-2\"").is_err());
        assert!(serde_json::from_str::<Money>("\"abc\"").is_err());
    }

    #[test]
    fn cents_round_trip() {
        for c in [0u64, 1, 99, 100, 12_345_678, 100_000_000_000_000] {
            assert_eq!(Money::from_cents(c).cents(), c);
        }
    }
}
