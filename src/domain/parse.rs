//! Reading amounts the way French (and English) users type them: `500 000`, `500 000 €`,
//! `500 000,50`, `0,5 M€`, `1,2 M`, `500 k€`, `500k`, `€1,250,000.50`.
//!
//! Spaces of every kind (ordinary, no-break U+00A0, narrow no-break U+202F) group
//! thousands. The decimal separator is the language's own (`,` in French, `.` in English);
//! the other character is taken as a decimal separator only when it cannot be a thousands
//! separator, so `1.500` is 1 500 € in French and 1,50 € in English.

use rust_decimal::Decimal;

use super::locale::Lang;
use super::money::{Money, MoneyError, MAX_INPUT_CHARS};
use super::ratio::{self, RatioError, MAX_RATIO_DECIMALS};

/// Digits beyond which an integer part is certainly above [`Money::MAX`].
const MAX_INTEGER_DIGITS: usize = 16;

/// Reads an amount. Work is linear in the text and bounded: text longer than
/// [`MAX_INPUT_CHARS`] is refused before it is looked at further.
pub fn parse(text: &str, lang: Lang) -> Result<Money, MoneyError> {
    if too_long(text) {
        return Err(MoneyError::TooLong);
    }
    let text = text.trim();
    if text.is_empty() {
        return Err(MoneyError::Empty);
    }
    // One sign at most; "--5" is not an amount.
    let (negative, text) = match text.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if text.is_empty() || text.starts_with(['-', '\u{2212}', '+']) {
        return Err(MoneyError::NotANumber);
    }
    let (body, exponent) = split_unit(text);
    if exponent == 0 && thousands_or_decimals(body, lang) {
        return Err(MoneyError::Ambiguous);
    }
    let value = split_number(body, lang).and_then(|(i, f)| to_money(&i, &f, exponent));
    match (negative, value) {
        (true, Ok(m)) if m.is_zero() => Ok(m),
        (true, Ok(_) | Err(MoneyError::TooLarge | MoneyError::TooManyDecimals)) => {
            Err(MoneyError::Negative)
        }
        (_, result) => result,
    }
}

/// `500,000` in French, `500.000` in English: the language's decimal separator followed by
/// exactly three digits reads as thousands in the other language. Taken as decimals it would
/// silently lose 499 500 €, so it is refused with a word instead.
fn thousands_or_decimals(body: &str, lang: Lang) -> bool {
    let own = lang.decimal_separator();
    let body = body.trim();
    let separators = body.matches([',', '.']).count();
    let after = body.rsplit(own).next().unwrap_or("");
    separators == 1
        && !body.starts_with('0')
        && !body.contains(char::is_whitespace)
        && body.contains(own)
        && after.len() == 3
        && after.chars().all(|c| c.is_ascii_digit())
        && body.len() > 4
}

/// True when the text has more than [`MAX_INPUT_CHARS`] characters (counting stops there).
fn too_long(text: &str) -> bool {
    text.chars().nth(MAX_INPUT_CHARS).is_some()
}

/// Removes the currency sign and a multiplier suffix, returning the number's text and the
/// power of ten the multiplier stands for.
fn split_unit(text: &str) -> (&str, u32) {
    let text = text.strip_prefix('€').unwrap_or(text).trim_start();
    let text = strip_suffix_ci(text, &["euros", "euro", "eur", "€"]).trim_end();
    let multipliers: [(&[&str], u32); 3] =
        [(&["mds", "md", "mrd", "bn"], 9), (&["m"], 6), (&["k"], 3)];
    for (suffixes, exponent) in multipliers {
        let stripped = strip_suffix_ci(text, suffixes);
        if stripped.len() != text.len() {
            return (stripped.trim_end(), exponent);
        }
    }
    (text, 0)
}

fn strip_suffix_ci<'a>(text: &'a str, suffixes: &[&str]) -> &'a str {
    for suffix in suffixes {
        let cut = text.len().saturating_sub(suffix.len());
        if let (Some(head), Some(tail)) = (text.get(..cut), text.get(cut..)) {
            if tail.eq_ignore_ascii_case(suffix) {
                return head;
            }
        }
    }
    text
}

/// Splits `1 250 000,50` into its integer digits and fraction digits, checking that
/// thousands separators — spaces of any kind, or the separator that is not the decimal one —
/// sit every three digits: `1 2 3` or `50 0000` is not an amount.
fn split_number(body: &str, lang: Lang) -> Result<(String, String), MoneyError> {
    let mut compact = String::with_capacity(body.len());
    for c in body.trim().chars() {
        match c {
            c if c.is_whitespace() => {
                if !compact.ends_with(' ') {
                    compact.push(' ');
                }
            }
            c if c.is_ascii_digit() || c == ',' || c == '.' => compact.push(c),
            _ => return Err(MoneyError::NotANumber),
        }
    }
    if compact.is_empty() {
        return Err(MoneyError::NotANumber);
    }
    let decimal = decimal_separator(&compact, lang);
    let (int_text, fraction) = match decimal.and_then(|d| compact.rsplit_once(d)) {
        Some((int_text, fraction)) => (int_text, fraction),
        None => (compact.as_str(), ""),
    };
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return Err(MoneyError::NotANumber);
    }
    let groups: Vec<&str> = int_text.split([',', '.', ' ']).collect();
    let grouped_well = groups.len() == 1
        || (matches!(groups[0].len(), 1..=3) && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped_well || (int_text.is_empty() && fraction.is_empty()) {
        return Err(MoneyError::NotANumber);
    }
    Ok((groups.concat(), fraction.to_string()))
}

/// Which of `,` and `.` separates decimals in this text, if any.
fn decimal_separator(text: &str, lang: Lang) -> Option<char> {
    let own = lang.decimal_separator();
    let other = if own == ',' { '.' } else { ',' };
    let (own_count, other_count) = (text.matches(own).count(), text.matches(other).count());
    let last = text
        .rfind([',', '.'])
        .and_then(|i| text[i..].chars().next());
    match (own_count, other_count) {
        (0, 0) => None,
        // Both present: the last one is the decimal separator, the first groups thousands.
        (_, c) if c > 0 && own_count > 0 => last,
        (1, 0) => Some(own),
        (0, 1) => {
            let after = text.rsplit(other).next().unwrap_or("");
            (after.len() != 3).then_some(other)
        }
        _ => None,
    }
}

/// Reads a matching ratio: `1`, `1,5`, `2:1`, `1.5 : 1`, checked by [`ratio::checked`].
pub fn parse_ratio(text: &str, lang: Lang) -> Result<Decimal, RatioError> {
    if too_long(text) {
        return Err(RatioError::TooLong);
    }
    let text = text.trim();
    let text = match text.split_once(':') {
        Some((ratio, one)) if one.trim() == "1" => ratio.trim(),
        Some(_) => return Err(RatioError::NotANumber),
        None => text,
    };
    if text.is_empty() {
        return Err(RatioError::Empty);
    }
    if text.starts_with(['-', '\u{2212}']) {
        return Err(RatioError::Negative);
    }
    let (integer, fraction) = split_number(text, lang).map_err(|_| RatioError::NotANumber)?;
    let fraction = fraction.trim_end_matches('0');
    let integer = integer.trim_start_matches('0');
    if fraction.len() > MAX_RATIO_DECIMALS as usize {
        return Err(RatioError::TooManyDecimals);
    }
    if integer.len() > 3 {
        return Err(RatioError::TooLarge);
    }
    let digits = format!(
        "{}{}",
        if integer.is_empty() { "0" } else { integer },
        fraction
    );
    let mantissa: i64 = digits.parse().map_err(|_| RatioError::NotANumber)?;
    ratio::checked(Decimal::new(mantissa, fraction.len() as u32))
}

fn to_money(integer: &str, fraction: &str, exponent: u32) -> Result<Money, MoneyError> {
    let integer = integer.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    if integer.len() > MAX_INTEGER_DIGITS.saturating_sub(exponent as usize) {
        return Err(MoneyError::TooLarge);
    }
    if fraction.len() > 2 + exponent as usize {
        return Err(MoneyError::TooManyDecimals);
    }
    let digits = format!(
        "{}{}",
        if integer.is_empty() { "0" } else { integer },
        fraction
    );
    let mantissa: i64 = digits.parse().map_err(|_| MoneyError::NotANumber)?;
    let mut value = Decimal::new(mantissa, fraction.len() as u32);
    for _ in 0..exponent {
        value = value
            .checked_mul(Decimal::TEN)
            .ok_or(MoneyError::TooLarge)?;
    }
    Money::try_from_decimal(value.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn euros(s: &str) -> Money {
        Money::try_from_decimal(Decimal::from_str(s).unwrap()).unwrap()
    }

    #[test]
    fn french_inputs() {
        let cases = [
            ("500000", "500000"),
            ("500 000", "500000"),
            ("500\u{a0}000", "500000"),
            ("500\u{202f}000", "500000"),
            ("500 000 €", "500000"),
            ("500 000,50", "500000.50"),
            ("500 000,5 €", "500000.5"),
            ("0,5 M€", "500000"),
            ("0,5\u{a0}M€", "500000"),
            ("1,2 M", "1200000"),
            ("1,25 m", "1250000"),
            ("500 k€", "500000"),
            ("500k", "500000"),
            ("500 K", "500000"),
            ("2,5 Md€", "2500000000"),
            ("1.500", "1500"),
            ("1.250.000,50", "1250000.50"),
            ("1.5 M", "1500000"),
            ("1,250 M", "1250000"),
            (",5", "0.5"),
            ("12,", "12"),
            ("  +40 000  ", "40000"),
            ("0", "0"),
            ("-0", "0"),
            ("1 000 000 000 000", "1000000000000"),
            ("1 000 Md€", "1000000000000"),
            ("1,23456789 M", "1234567.89"),
            ("7,100000000000000000000000000000000000", "7.1"),
            ("500 000 euros", "500000"),
            ("500000 EUR", "500000"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                parse(input, Lang::Fr),
                Ok(euros(expected)),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn english_inputs() {
        let cases = [
            ("€1,250,000.50", "1250000.50"),
            ("1,500", "1500"),
            ("0.5M", "500000"),
            ("0,5 M€", "500000"),
            ("500k", "500000"),
            ("1.2 bn", "1200000000"),
            ("1.250M", "1250000"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                parse(input, Lang::En),
                Ok(euros(expected)),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn ratios() {
        let ok = |t: &str, lang, want: &str| {
            assert_eq!(parse_ratio(t, lang), Ok(want.parse().unwrap()), "{t}")
        };
        ok("1", Lang::Fr, "1");
        ok("1,5", Lang::Fr, "1.5");
        ok("2:1", Lang::Fr, "2");
        ok(" 1.25 : 1 ", Lang::En, "1.25");
        ok("0", Lang::Fr, "0");
        ok("10", Lang::Fr, "10");
        let err = |t: &str, want| assert_eq!(parse_ratio(t, Lang::Fr), Err(want), "{t}");
        err("", RatioError::Empty);
        err("deux", RatioError::NotANumber);
        err("1:2", RatioError::NotANumber);
        err("-1", RatioError::Negative);
        err("10,5", RatioError::TooLarge);
        err("1000", RatioError::TooLarge);
        err("1,00001", RatioError::TooManyDecimals);
    }

    #[test]
    fn three_digits_after_the_decimal_separator_are_asked_about() {
        assert_eq!(parse("1.500", Lang::En), Err(MoneyError::Ambiguous));
        assert_eq!(parse("500,000", Lang::Fr), Err(MoneyError::Ambiguous));
        // Grouped by spaces, or with two separators, or with a multiplier, it is clear.
        assert_eq!(parse("1.500", Lang::Fr), Ok(Money::euros(1_500)));
        assert_eq!(parse("500,000", Lang::En), Ok(Money::euros(500_000)));
        assert_eq!(parse("1.500,000", Lang::Fr), Ok(Money::euros(1_500)));
        assert_eq!(parse("0,500", Lang::Fr), Ok(Money::from_cents(50)));
        assert_eq!(parse("0,500 M", Lang::Fr), Ok(Money::euros(500_000)));
    }

    #[test]
    fn rejected_inputs() {
        use MoneyError::*;
        let cases = [
            ("", Empty),
            ("   ", Empty),
            ("\u{202f}", Empty),
            ("-5", Negative),
            ("\u{2212}500 000", Negative),
            ("-0,5 M€", Negative),
            ("abc", NotANumber),
            ("-abc", NotANumber),
            ("12a", NotANumber),
            ("€", NotANumber),
            ("k", NotANumber),
            ("M€", NotANumber),
            (",", NotANumber),
            ("1,2,3", NotANumber),
            ("1 2,3,4", NotANumber),
            ("12.34.5", NotANumber),
            ("1,000.5,3", NotANumber),
            ("5 000 000 %", NotANumber),
            ("1 2 3", NotANumber),
            ("12 34", NotANumber),
            ("50 0000", NotANumber),
            ("500 000 ,5", NotANumber),
            ("1,2 3", NotANumber),
            ("0x10", NotANumber),
            ("1e6", NotANumber),
            ("500 000,505", TooManyDecimals),
            ("500,000", Ambiguous),
            ("1,234", Ambiguous),
            ("0,001", TooManyDecimals),
            ("1,2345678912 M", TooManyDecimals),
            ("1 000 000 000 000,01", TooLarge),
            ("1 000 000 000 001", TooLarge),
            ("99999999999999999999999999999999999", TooLarge),
            ("1001 Md", TooLarge),
        ];
        for (input, expected) in cases {
            assert_eq!(parse(input, Lang::Fr), Err(expected), "input {input:?}");
        }
    }
}
