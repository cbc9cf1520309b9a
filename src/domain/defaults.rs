//! The default scenario, "Convention signée (10 juillet 2019)", as the domain brief sets it
//! out from the préfecture's press release. Each figure carries its provenance.

use std::collections::BTreeMap;
use std::rc::Rc;

use rust_decimal::Decimal;

use super::locale::Lang;
use super::money::Money;
use super::provenance::{Provenance, SourceKind, Sourced, Text};
use super::rule::{MatchingBase, Rule, RuleParams, Severity};
use super::scenario::{
    Axis, AxisId, CellKey, Contribution, Departement, DeptId, Plan, Scenario, Year, YearParams,
};

pub const NORD: &str = "59";
pub const PAS_DE_CALAIS: &str = "62";
pub const INSERTION: &str = "insertion";
pub const PREVENTION: &str = "prevention";

/// The full-year State envelope per département, and the Département's floor.
const FULL_YEAR_ENVELOPE: Money = Money::euros(500_000);

fn press_release(quote: &str) -> Provenance {
    Provenance::new(
        SourceKind::Convention,
        Text::new(
            "Communiqué de presse de la préfecture du Pas-de-Calais, Arras, 10\u{a0}juillet 2019",
            "Press release of the Pas-de-Calais préfecture, Arras, 10 July 2019",
        ),
        Some(quote),
    )
}

/// A reading of the press release: the quote it rests on, and the reasoning.
fn inference(fr: &str, en: &str, quote: &str) -> Provenance {
    Provenance::new(SourceKind::Inference, Text::new(fr, en), Some(quote))
}

fn hypothesis(fr: &str, en: &str) -> Provenance {
    Provenance::new(SourceKind::Hypothesis, Text::new(fr, en), None)
}

fn secondary(fr: &str, en: &str) -> Provenance {
    Provenance::new(SourceKind::Secondary, Text::new(fr, en), None)
}

// Quotations of the press release, word for word (a test checks each against the text):
// typographic apostrophes and no-break spaces follow French typography, « […] » marks what
// is left out.
const QUOTE_FULL_YEAR: &str = "En année pleine, dès 2020, l’Etat apportera 1\u{a0}million d’euros par an, soit 500\u{202f}000\u{a0}euros par département";
const QUOTE_STATE_TOTAL: &str = "l’Etat apportera 1\u{a0}million d’euros par an";
const QUOTE_FULL_YEAR_START: &str = "En année pleine, dès 2020";
const QUOTE_MATCHING: &str =
    "les conseils départementaux s’engagent sur un montant minimal équivalent de 500\u{202f}000\u{a0}euros";
const QUOTE_AXES: &str = "sur deux thématiques prioritaires que sont\u{a0}: l’insertion et l’accès à l’emploi\u{a0}; […] la prévention";
const QUOTE_PDC_PLAN: &str = "cette enveloppe de 500\u{202f}000\u{a0}euros par an vient compléter les 10\u{a0}millions d’euros que l’État et le Conseil départemental mobiliseront chacun, sur les 3\u{a0}prochaines années";

/// Every quotation the app attributes to the press release, for the test that checks each
/// against its text.
pub const PRESS_RELEASE_QUOTES: [&str; 6] = [
    QUOTE_FULL_YEAR,
    QUOTE_STATE_TOTAL,
    QUOTE_FULL_YEAR_START,
    QUOTE_MATCHING,
    QUOTE_AXES,
    QUOTE_PDC_PLAN,
];

fn prorata_2019() -> Provenance {
    hypothesis(
        "Hypothèse du simulateur\u{a0}: 2019 est une année partielle (signature en juillet)\u{a0}; montant non publié, prorata de 6\u{a0}mois sur 12 retenu",
        "Simulator's hypothesis: 2019 is a partial year (signed in July); amount not published, 6/12 prorata assumed",
    )
}

/// Whether a year is full: 2020 on are, in the press release's words; 2019 being partial is
/// the simulator's reading of them.
fn full_year_source(full: bool) -> Provenance {
    if full {
        press_release(QUOTE_FULL_YEAR_START)
    } else {
        inference(
            "Déduction du simulateur\u{a0}: la convention, signée en juillet, ne s’applique «\u{a0}en année pleine\u{a0}» qu’à partir de 2020\u{a0}; 2019 est donc une année partielle",
            "Simulator's reading: signed in July, the convention applies \"en année pleine\" (in a full year) only from 2020; 2019 is therefore a partial year",
            QUOTE_FULL_YEAR_START,
        )
    }
}

fn year(year: Year, full: bool) -> YearParams {
    let (state, territory) = if full {
        (FULL_YEAR_ENVELOPE, Money::euros(1_000_000))
    } else {
        (Money::euros(250_000), Money::euros(500_000))
    };
    let amounts = prorata_or_press(full);
    YearParams {
        year,
        full_year: Sourced::new(full, full_year_source(full)),
        state_envelope: Sourced::new(state, amounts.clone()),
        territory_envelope: Sourced::new(territory, amounts),
        copied_from: None,
    }
}

fn departements() -> Vec<Departement> {
    let nord_press = || {
        secondary(
            "Presse régionale, décembre 2018\u{a0}: plan départemental de 50\u{a0}M€ sur 2019–2021 financé à parité, soit environ 25\u{a0}M€ État et 25\u{a0}M€ Département",
            "Regional press, December 2018: a €50M département plan over 2019–2021 financed at parity, about €25M from the State and €25M from the Département",
        )
    };
    let nord_split = || {
        hypothesis(
            "Répartition indicative 250\u{a0}k€ / 250\u{a0}k€\u{a0}: seule l’équipe mobile ASE (240\u{a0}k€, prévention) est connue\u{a0}; la part insertion n’a pas été trouvée",
            "Indicative €250k / €250k split: only the mobile child-welfare team (€240k, prevention) is known; the insertion part was not found",
        )
    };
    vec![
        Departement {
            id: DeptId(NORD.into()),
            name: "Nord".into(),
            plan: Plan {
                state: Money::euros(25_000_000),
                departement: Money::euros(25_000_000),
                first_year: 2019,
                last_year: 2021,
                per_year: BTreeMap::new(),
                provenance: nord_press(),
                period: nord_press(),
            },
            split_state: nord_split(),
            split_departement: nord_split(),
        },
        Departement {
            id: DeptId(PAS_DE_CALAIS.into()),
            name: "Pas-de-Calais".into(),
            plan: Plan {
                state: Money::euros(10_000_000),
                departement: Money::euros(10_000_000),
                first_year: 2019,
                last_year: 2021,
                per_year: BTreeMap::new(),
                provenance: press_release(QUOTE_PDC_PLAN),
                period: inference(
                    "Déduction du simulateur\u{a0}: «\u{a0}les 3\u{a0}prochaines années\u{a0}», au 10\u{a0}juillet 2019, lues comme 2019–2021, la période des conventions départementales",
                    "Simulator's reading: \"the next 3 years\", as of 10 July 2019, read as 2019–2021, the period of the département conventions",
                    QUOTE_PDC_PLAN,
                ),
            },
            split_state: secondary(
                "Actions de l’État relevées dans la presse\u{a0}: clauses d’insertion dans les cités minières ≈\u{a0}190\u{a0}k€ (insertion)\u{a0}; sortants de l’ASE ≈\u{a0}280\u{a0}k€ et crèche AVIP de Liévin ≈\u{a0}30\u{a0}k€ (prévention)",
                "State actions reported in the press: social clauses in the renovation of the miners' housing estates ≈ €190k (insertion); young people leaving care ≈ €280k and the AVIP crèche in Liévin ≈ €30k (prevention)",
            ),
            split_departement: hypothesis(
                "Hypothèse du simulateur\u{a0}: le Département répartit sa part comme l’État (190\u{a0}k€ / 310\u{a0}k€)\u{a0}; les sources ne documentent que les actions de l’État",
                "Simulator's hypothesis: the Département splits its share as the State does (€190k / €310k); the sources only document the State's actions",
            ),
        },
    ]
}

fn axes() -> Vec<Axis> {
    vec![
        Axis {
            id: AxisId(INSERTION.into()),
            name: Text::new(
                "Insertion et accès à l’emploi",
                "Insertion and access to employment",
            ),
        },
        Axis {
            id: AxisId(PREVENTION.into()),
            name: Text::new("Prévention", "Prevention"),
        },
    ]
}

/// Each funder's full-year amount per axis; 2019 takes half (the prorata hypothesis).
fn full_year_split(dept: &str) -> [(&'static str, u32); 2] {
    if dept == PAS_DE_CALAIS {
        [(INSERTION, 190_000), (PREVENTION, 310_000)]
    } else {
        [(INSERTION, 250_000), (PREVENTION, 250_000)]
    }
}

fn rules() -> Vec<Rule> {
    let rule = |severity, params, source| Rule {
        enabled: true,
        severity,
        params,
        source,
    };
    vec![
        rule(
            Severity::Violation,
            RuleParams::StateCeiling,
            press_release(QUOTE_FULL_YEAR),
        ),
        rule(
            Severity::Violation,
            RuleParams::StateTotal,
            press_release(QUOTE_STATE_TOTAL),
        ),
        rule(
            Severity::Warning,
            RuleParams::StateCommitment,
            press_release(QUOTE_FULL_YEAR),
        ),
        rule(
            Severity::Violation,
            RuleParams::Matching {
                ratio: Decimal::ONE,
                base: MatchingBase::DeptYear,
            },
            press_release(QUOTE_MATCHING),
        ),
        rule(
            Severity::Violation,
            RuleParams::DeptFloor {
                floor: FULL_YEAR_ENVELOPE,
            },
            press_release(QUOTE_MATCHING),
        ),
        rule(
            Severity::Warning,
            RuleParams::BothAxes {
                minimum: Money::from_cents(1),
            },
            press_release(QUOTE_AXES),
        ),
    ]
}

/// The scenario the app opens with.
pub fn signed_convention() -> Scenario {
    let years = vec![year(2019, false), year(2020, true), year(2021, true)];
    let departements = departements();
    let mut cells = BTreeMap::new();
    for d in &departements {
        for y in &years {
            for (axis, full) in full_year_split(&d.id.0) {
                let amount = if y.full_year.value {
                    Money::euros(full)
                } else {
                    Money::euros(full / 2)
                };
                let key = CellKey::new(&d.id, y.year, &AxisId(axis.into()));
                cells.insert(key, Contribution::new(amount, amount));
            }
        }
    }
    Scenario {
        name: Text::new(
            "Convention signée (10 juillet 2019)",
            "Signed convention (10 July 2019)",
        ),
        departements: Rc::new(departements),
        years,
        axes: axes(),
        cells,
        rules: rules(),
        title: String::new(),
        notes: String::new(),
    }
}

/// The largest generated scenario: every French département (101), enough years and axes for
/// workshops, small enough that a link cannot make the page unusable.
pub const MAX_GENERATED: (usize, usize, usize) = (101, 20, 8);

/// A larger scenario with the signed convention's rules and envelopes: `depts` départements
/// over `years` years from 2019, on `axes` axes, each funded at its envelope and matched
/// 1:1, so every rule holds. Used by the benchmark (`?bench=10x10x4`) and by trainers who
/// want a bigger grid. Sizes are clamped to [`MAX_GENERATED`].
pub fn generated(depts: usize, years: usize, axes: usize) -> Scenario {
    let depts = depts.clamp(1, MAX_GENERATED.0);
    let years = years.clamp(1, MAX_GENERATED.1);
    let axes = axes.clamp(1, MAX_GENERATED.2);
    let template = signed_convention();
    let year_list: Vec<YearParams> = (0..years).map(|i| year(2019 + i as Year, i > 0)).collect();
    let axis_list: Vec<Axis> = (0..axes)
        .map(|i| match template.axes.get(i) {
            Some(axis) => axis.clone(),
            None => Axis {
                id: AxisId(format!("axe-{}", i + 1).into()),
                name: Text::new(&format!("Axe {}", i + 1), &format!("Axis {}", i + 1)),
            },
        })
        .collect();
    let dept_list: Vec<Departement> = (0..depts)
        .map(|i| match template.departements.get(i) {
            Some(d) => d.clone(),
            None => Departement {
                id: DeptId(format!("D{:02}", i + 1).into()),
                name: format!("Département {}", i + 1),
                ..template.departements[1].clone()
            },
        })
        .collect();
    let mut cells = BTreeMap::new();
    for d in &dept_list {
        for y in &year_list {
            let shares = y.state_envelope.value.split_evenly(axes);
            for (a, share) in axis_list.iter().zip(shares) {
                cells.insert(
                    CellKey::new(&d.id, y.year, &a.id),
                    Contribution::new(share, share),
                );
            }
        }
    }
    let territory = |y: &YearParams| {
        let total: Money = std::iter::repeat_n(y.state_envelope.value, depts).sum();
        Sourced::new(total, prorata_or_press(y.full_year.value))
    };
    let year_list = year_list
        .into_iter()
        .map(|y| YearParams {
            territory_envelope: territory(&y),
            ..y
        })
        .collect();
    Scenario {
        name: Text::new(
            &format!(
                "Scénario généré\u{a0}: {depts}\u{a0}département{} × {years}\u{a0}année{} × {axes}\u{a0}axe{}",
                Lang::Fr.plural(depts),
                Lang::Fr.plural(years),
                Lang::Fr.plural(axes)
            ),
            &format!(
                "Generated scenario: {depts} département{} × {years} year{} × {axes} ax{}",
                Lang::En.plural(depts),
                Lang::En.plural(years),
                if axes == 1 { "is" } else { "es" }
            ),
        ),
        departements: Rc::new(dept_list),
        years: year_list,
        axes: axis_list,
        cells,
        rules: template.rules,
        title: String::new(),
        notes: String::new(),
    }
}

fn prorata_or_press(full: bool) -> Provenance {
    if full {
        press_release(QUOTE_FULL_YEAR)
    } else {
        prorata_2019()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::evaluate;

    #[test]
    fn generated_scenarios_hold_every_rule_and_are_bounded() {
        let s = generated(10, 10, 4);
        assert_eq!(
            (s.departements.len(), s.years.len(), s.axes.len()),
            (10, 10, 4)
        );
        assert_eq!(s.cell_keys().count(), 400);
        assert!(evaluate(&s).all_hold());
        let s = generated(0, 1000, 3);
        assert_eq!(
            (s.departements.len(), s.years.len(), s.axes.len()),
            (1, 20, 3)
        );
        assert!(evaluate(&s).all_hold());
    }
}
