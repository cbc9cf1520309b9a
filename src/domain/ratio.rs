//! The matching ratio: euros the Département brings for each State euro. Its limits live
//! here, beside the errors that name them, so that parsing, editing and files agree.

use rust_decimal::Decimal;

/// The largest matching ratio accepted: 10 € from the Département per State euro.
pub const MAX_RATIO: Decimal = Decimal::TEN;

/// Decimals a ratio may carry (`1,3333`).
pub const MAX_RATIO_DECIMALS: u32 = 4;

/// Why a matching ratio was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RatioError {
    Empty,
    NotANumber,
    Negative,
    TooLarge,
    TooManyDecimals,
    TooLong,
}

/// The longest ratio text read from a link or a file: `10.0000` takes 7 characters.
const MAX_RATIO_TEXT: usize = 40;

/// A ratio written as a plain decimal (`"1.5"`), as links and files carry it, checked.
pub fn from_text(text: &str) -> Result<Decimal, RatioError> {
    if text.len() > MAX_RATIO_TEXT {
        return Err(RatioError::TooLong);
    }
    let value = text
        .parse::<Decimal>()
        .map_err(|_| RatioError::NotANumber)?;
    checked(value)
}

/// Checks a ratio from any source: from 0 to [`MAX_RATIO`], at most
/// [`MAX_RATIO_DECIMALS`] decimals. Returns it normalised (`2.00` → `2`).
pub fn checked(ratio: Decimal) -> Result<Decimal, RatioError> {
    if ratio.is_sign_negative() && !ratio.is_zero() {
        return Err(RatioError::Negative);
    }
    if ratio > MAX_RATIO {
        return Err(RatioError::TooLarge);
    }
    let ratio = ratio.normalize();
    if ratio.scale() > MAX_RATIO_DECIMALS {
        return Err(RatioError::TooManyDecimals);
    }
    Ok(ratio.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(checked(d("2.00")), Ok(d("2")));
        assert_eq!(checked(d("10")), Ok(d("10")));
        assert_eq!(checked(d("0")), Ok(d("0")));
        assert_eq!(checked(d("10.0001")), Err(RatioError::TooLarge));
        assert_eq!(checked(d("-1")), Err(RatioError::Negative));
        assert_eq!(checked(d("1.00001")), Err(RatioError::TooManyDecimals));
    }
}
