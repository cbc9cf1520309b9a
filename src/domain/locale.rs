//! Number and money formats for people, as fr-FR and en-GB write them.
//!
//! Written here rather than borrowed from `Intl.NumberFormat` so that the core stays pure,
//! its output is tested natively, and French users get exactly the same text in every
//! browser: narrow no-break spaces (U+202F) between thousands, a no-break space (U+00A0)
//! before `€` and a narrow no-break space before `%`.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::money::Money;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

pub const NNBSP: char = '\u{202f}';
pub const NBSP: char = '\u{a0}';

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 tag for the page's `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The plural « s » for a count: French counts 0 and 1 as singular, English only 1.
    pub fn plural(self, n: usize) -> &'static str {
        let singular = match self {
            Lang::Fr => n <= 1,
            Lang::En => n == 1,
        };
        if singular {
            ""
        } else {
            "s"
        }
    }

    pub fn decimal_separator(self) -> char {
        match self {
            Lang::Fr => ',',
            Lang::En => '.',
        }
    }

    fn group_separator(self) -> char {
        match self {
            Lang::Fr => NNBSP,
            Lang::En => ',',
        }
    }

    /// `1 250 000 €`, `500 000,50 €`; `€1,250,000`, `€500,000.50`.
    pub fn money(self, amount: Money) -> String {
        self.with_euro(&self.amount(amount))
    }

    /// The amount without its currency sign, as put back into an input field.
    pub fn amount(self, amount: Money) -> String {
        let value = amount.as_decimal();
        let cents = value.fract();
        if cents.is_zero() {
            self.decimal(value.trunc(), 0)
        } else {
            self.decimal(value, 2)
        }
    }

    /// A short form for charts and summaries: `1,25 M€`, `500 k€`, `850 €`;
    /// `€1.25M`, `€500k`, `€850`. Rounded half to even to at most two decimals.
    pub fn money_compact(self, amount: Money) -> String {
        let value = amount.as_decimal();
        let units = [
            (Decimal::from(1_000_000_000u64), ["Md", "bn"]),
            (Decimal::from(1_000_000u64), ["M", "M"]),
            (Decimal::from(1_000u64), ["k", "k"]),
        ];
        for (size, [fr, en]) in units {
            if value >= size {
                let scaled = round_trim(value / size, 2);
                return match self {
                    Lang::Fr => format!("{}{NBSP}{fr}€", self.decimal(scaled, scaled.scale())),
                    Lang::En => format!("€{}{en}", self.decimal(scaled, scaled.scale())),
                };
            }
        }
        self.money(amount)
    }

    /// A ratio as a percentage with at most two decimals: `12,5 %`, or signed `+12,5 %`.
    pub fn percent(self, ratio: Decimal, signed: bool) -> String {
        let value = round_trim(ratio * Decimal::ONE_HUNDRED, 2);
        let sign = if signed && value > Decimal::ZERO {
            "+"
        } else {
            ""
        };
        let number = self.decimal(value.abs(), value.scale());
        let minus = if value < Decimal::ZERO {
            "\u{2212}"
        } else {
            ""
        };
        match self {
            Lang::Fr => format!("{sign}{minus}{number}{NNBSP}%"),
            Lang::En => format!("{sign}{minus}{number}%"),
        }
    }

    /// A count of things, grouped as amounts are: `16 160` corrections, `16,160` fixes.
    pub fn count(self, n: usize) -> String {
        self.decimal(Decimal::from(n), 0)
    }

    /// A plain decimal (a ratio such as `1,5`), at most four decimals.
    pub fn number(self, value: Decimal) -> String {
        let value = round_trim(value, 4);
        let minus = if value < Decimal::ZERO {
            "\u{2212}"
        } else {
            ""
        };
        format!("{minus}{}", self.decimal(value.abs(), value.scale()))
    }

    fn with_euro(self, digits: &str) -> String {
        match self {
            Lang::Fr => format!("{digits}{NBSP}€"),
            Lang::En => format!("€{digits}"),
        }
    }

    /// Groups the integer part by thousands and writes exactly `decimals` decimals.
    fn decimal(self, value: Decimal, decimals: u32) -> String {
        let value = value
            .abs()
            .round_dp_with_strategy(decimals, RoundingStrategy::MidpointNearestEven);
        let text = format!("{:.*}", decimals as usize, value);
        let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::with_capacity(text.len() + int_part.len() / 3 * 3);
        let len = int_part.len();
        for (i, c) in int_part.chars().enumerate() {
            if i > 0 && (len - i) % 3 == 0 {
                out.push(self.group_separator());
            }
            out.push(c);
        }
        if !frac_part.is_empty() {
            out.push(self.decimal_separator());
            out.push_str(frac_part);
        }
        out
    }
}

/// Rounds half to even to `decimals` and drops trailing zeros.
fn round_trim(value: Decimal, decimals: u32) -> Decimal {
    value
        .round_dp_with_strategy(decimals, RoundingStrategy::MidpointNearestEven)
        .normalize()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn counts_are_grouped_like_amounts() {
        for (n, fr, en) in [
            (0, "0", "0"),
            (999, "999", "999"),
            (2_020, "2\u{202f}020", "2,020"),
            (16_160, "16\u{202f}160", "16,160"),
        ] {
            assert_eq!(
                (Lang::Fr.count(n), Lang::En.count(n)),
                (fr.into(), en.into())
            );
        }
    }

    #[test]
    fn french_money() {
        let cases = [
            (0, "0\u{a0}€"),
            (85_000, "850\u{a0}€"),
            (125_000_000, "1\u{202f}250\u{202f}000\u{a0}€"),
            (50_000_050, "500\u{202f}000,50\u{a0}€"),
            (2_250_000_000, "22\u{202f}500\u{202f}000\u{a0}€"),
            (
                100_000_000_000_000,
                "1\u{202f}000\u{202f}000\u{202f}000\u{202f}000\u{a0}€",
            ),
            (5, "0,05\u{a0}€"),
        ];
        for (cents, text) in cases {
            assert_eq!(Lang::Fr.money(Money::from_cents(cents)), text);
        }
    }

    #[test]
    fn english_money() {
        assert_eq!(Lang::En.money(Money::from_cents(125_000_000)), "€1,250,000");
        assert_eq!(Lang::En.money(Money::from_cents(50_000_050)), "€500,000.50");
    }

    #[test]
    fn compact_money() {
        let cases = [
            (125_000_000, "1,25\u{a0}M€", "€1.25M"),
            (250_000_000, "2,5\u{a0}M€", "€2.5M"),
            (50_000_000, "500\u{a0}k€", "€500k"),
            (2_000_000_000, "20\u{a0}M€", "€20M"),
            (85_000, "850\u{a0}€", "€850"),
            (123_456_789_000, "1,23\u{a0}Md€", "€1.23bn"),
        ];
        for (cents, fr, en) in cases {
            assert_eq!(Lang::Fr.money_compact(Money::from_cents(cents)), fr);
            assert_eq!(Lang::En.money_compact(Money::from_cents(cents)), en);
        }
    }

    #[test]
    fn percentages() {
        assert_eq!(Lang::Fr.percent(d("0.125"), true), "+12,5\u{202f}%");
        assert_eq!(Lang::En.percent(d("0.125"), true), "+12.5%");
        assert_eq!(Lang::Fr.percent(d("0.05"), false), "5\u{202f}%");
        assert_eq!(Lang::Fr.percent(d("0"), true), "0\u{202f}%");
        assert_eq!(Lang::Fr.percent(d("-0.25"), true), "\u{2212}25\u{202f}%");
        assert_eq!(Lang::Fr.percent(d("0.33333"), false), "33,33\u{202f}%");
        assert_eq!(Lang::Fr.percent(d("0.1195"), true), "+11,95\u{202f}%");
        assert_eq!(Lang::Fr.percent(d("0.000125"), false), "0,01\u{202f}%");
    }

    #[test]
    fn plurals_follow_each_language() {
        let fr: Vec<_> = [0, 1, 2].iter().map(|n| Lang::Fr.plural(*n)).collect();
        let en: Vec<_> = [0, 1, 2].iter().map(|n| Lang::En.plural(*n)).collect();
        assert_eq!(fr, ["", "", "s"]);
        assert_eq!(en, ["s", "", "s"]);
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(Lang::Fr.number(d("1.5")), "1,5");
        assert_eq!(Lang::Fr.number(d("2")), "2");
        assert_eq!(Lang::En.number(d("1234.5")), "1,234.5");
    }
}
