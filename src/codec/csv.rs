//! The scenario as a CSV file for French spreadsheets: UTF-8 with a byte-order mark,
//! semicolons between fields, a decimal comma, no thousands separator (so that every amount
//! reads as a number), CRLF line ends. One row per département × year × axis (State,
//! Département, total), then, after an empty line, each département's plan with what the
//! bassin minier adds. A header row names each column, in the interface's language.

use rust_decimal::Decimal;

use crate::domain::locale::Lang;
use crate::domain::money::Money;
use crate::domain::plan::plan_view;
use crate::domain::scenario::Scenario;
use crate::domain::totals::Totals;

const BOM: char = '\u{feff}';

/// A field as spreadsheets read it: quoted, quotes doubled, when it holds a separator, a
/// quote or a line break.
fn field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// An amount in euros to the cent with a decimal comma: `125000,00`.
fn amount(m: Money) -> String {
    let cents = m.cents();
    format!("{},{:02}", cents / 100, cents % 100)
}

fn line(fields: &[String]) -> String {
    let mut row = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(";");
    row.push_str("\r\n");
    row
}

pub fn to_csv(s: &Scenario, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    let pick = |a: &str, b: &str| if fr { a.to_string() } else { b.to_string() };
    let totals = Totals::new(s);
    let mut out = String::new();
    out.push(BOM);
    out.push_str(&line(&[
        pick("Département", "Département"),
        pick("Année", "Year"),
        pick("Axe", "Axis"),
        pick("État (€)", "State (€)"),
        pick("Département (€)", "Département (€)"),
        pick("Total (€)", "Total (€)"),
    ]));
    for d in s.departements.iter() {
        for key in s.dept_cell_keys(&d.id) {
            let c = s.cell(&key);
            let axis = s
                .axis(&key.axis)
                .map_or(key.axis.0.to_string(), |a| a.name.get(lang).to_string());
            out.push_str(&line(&[
                d.name.clone(),
                key.year.to_string(),
                axis,
                amount(c.state),
                amount(c.departement),
                amount(c.total()),
            ]));
        }
    }
    out.push_str("\r\n");
    out.push_str(&line(&[
        pick("Département", "Département"),
        pick("Période du plan", "Plan period"),
        pick("Plan départemental (€)", "Département plan (€)"),
        pick("Apport bassin minier, État (€)", "Bassin minier, State (€)"),
        pick(
            "Apport bassin minier, Département (€)",
            "Bassin minier, Département (€)",
        ),
        pick("Ensemble (€)", "Together (€)"),
        pick("Part ajoutée (%)", "Share added (%)"),
    ]));
    for d in s.departements.iter() {
        let Some(v) = plan_view(s, &totals, &d.id) else {
            continue;
        };
        // In percent, as the screen says it, and still a plain number for the spreadsheet.
        let share = v
            .total
            .share_added()
            .map(|r| {
                (r * Decimal::ONE_HUNDRED)
                    .normalize()
                    .to_string()
                    .replace('.', ",")
            })
            .unwrap_or_default();
        out.push_str(&line(&[
            d.name.clone(),
            format!("{}–{}", d.plan.first_year, d.plan.last_year),
            amount(v.total.plan.total()),
            amount(v.total.bassin.state),
            amount(v.total.bassin.departement),
            amount(v.total.total()),
            share,
        ]));
    }
    out
}

/// The file's name: `scenario-<title>.csv`, as the JSON file's.
pub fn csv_file_name(title: &str) -> String {
    super::file::file_name(title).replace(".json", ".csv")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::signed_convention;

    #[test]
    fn a_french_spreadsheet_reads_every_amount_as_a_number() {
        let csv = to_csv(&signed_convention(), Lang::Fr);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            lines[0],
            "Département;Année;Axe;État (€);Département (€);Total (€)"
        );
        assert_eq!(
            lines[1],
            "Nord;2019;Insertion et accès à l’emploi;125000,00;125000,00;250000,00"
        );
        assert_eq!(
            lines.len(),
            1 + 12 + 1 + 1 + 2 + 1,
            "12 cells, a blank, the summary, a last end"
        );
        assert_eq!(
            lines[16],
            "Pas-de-Calais;2019–2021;20000000,00;1250000,00;1250000,00;22500000,00;12,5"
        );
        // The cells add up to the bassin minier totals.
        let cells: u64 = lines[1..13]
            .iter()
            .map(|l| {
                l.split(';')
                    .nth(5)
                    .unwrap()
                    .replace(',', "")
                    .parse::<u64>()
                    .unwrap()
            })
            .sum();
        assert_eq!(cells, 500_000_000, "5 000 000 € in cents");
    }

    #[test]
    fn fields_with_separators_are_quoted() {
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("dit \"x\""), "\"dit \"\"x\"\"\"");
        assert_eq!(field("simple"), "simple");
        assert_eq!(amount(Money::from_cents(5)), "0,05");
    }
}
