//! The default scenario, "Convention signée (10 juillet 2019)", as the domain brief sets it
//! out from the préfecture's press release. Each figure carries its provenance.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::money::Money;
use super::provenance::{Provenance, SourceKind, Sourced, Text};
use super::rules::{MatchingBase, Rule, RuleParams, Severity};
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
            "Communiqué de presse de la préfecture du Pas-de-Calais, Arras, 10 juillet 2019",
            "Press release of the Pas-de-Calais préfecture, Arras, 10 July 2019",
        ),
        Some(quote),
    )
}

fn hypothesis(fr: &str, en: &str) -> Provenance {
    Provenance::new(SourceKind::Hypothesis, Text::new(fr, en), None)
}

fn secondary(fr: &str, en: &str) -> Provenance {
    Provenance::new(SourceKind::Secondary, Text::new(fr, en), None)
}

const QUOTE_FULL_YEAR: &str = "En année pleine, dès 2020, l'Etat apportera 1 million d'euros par an, soit 500 000 euros par département";
const QUOTE_MATCHING: &str =
    "les conseils départementaux s'engagent sur un montant minimal équivalent de 500 000 euros";
const QUOTE_AXES: &str = "sur deux thématiques prioritaires que sont : l'insertion et l'accès à l'emploi ; la prévention";
const QUOTE_PDC_PLAN: &str = "cette enveloppe de 500 000 euros par an vient compléter les 10 millions d'euros que l'État et le Conseil départemental mobiliseront chacun, sur les 3 prochaines années";

fn prorata_2019() -> Provenance {
    hypothesis(
        "Hypothèse du simulateur : 2019 est une année partielle (signature en juillet, « en année pleine, dès 2020 ») ; montant non publié, prorata de 6 mois sur 12 retenu",
        "Simulator's hypothesis: 2019 is a partial year (signed in July, \"en année pleine, dès 2020\"); amount not published, 6/12 prorata assumed",
    )
}

fn year(year: Year, full: bool) -> YearParams {
    let (state, territory, amounts) = if full {
        let p = press_release(QUOTE_FULL_YEAR);
        (FULL_YEAR_ENVELOPE, Money::euros(1_000_000), p)
    } else {
        (Money::euros(250_000), Money::euros(500_000), prorata_2019())
    };
    YearParams {
        year,
        full_year: Sourced::new(full, press_release("En année pleine, dès 2020")),
        state_envelope: Sourced::new(state, amounts.clone()),
        territory_envelope: Sourced::new(territory, amounts),
    }
}

fn departements() -> Vec<Departement> {
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
                provenance: secondary(
                    "Presse régionale, décembre 2018 : plan départemental de 50 M€ sur 2019–2021 financé à parité, soit environ 25 M€ État et 25 M€ Département",
                    "Regional press, December 2018: a 50 M€ département plan over 2019–2021 financed at parity, about 25 M€ State and 25 M€ Département",
                ),
            },
            split: hypothesis(
                "Répartition indicative 250 k€ / 250 k€ : seule l'équipe mobile ASE (240 k€, prévention) est connue ; la part insertion n'a pas été trouvée",
                "Indicative 250 k€ / 250 k€ split: only the mobile child-welfare team (240 k€, prevention) is known; the insertion part was not found",
            ),
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
            },
            split: secondary(
                "Actions relevées dans la presse : clauses d'insertion dans les cités minières ≈ 190 k€ (insertion) ; sortants de l'ASE ≈ 280 k€ et crèche AVIP de Liévin ≈ 30 k€ (prévention)",
                "Actions reported in the press: clauses d'insertion in the cités minières ≈ 190 k€ (insertion); young people leaving care ≈ 280 k€ and the AVIP crèche in Liévin ≈ 30 k€ (prevention)",
            ),
        },
    ]
}

fn axes() -> Vec<Axis> {
    vec![
        Axis {
            id: AxisId(INSERTION.into()),
            name: Text::new(
                "Insertion et accès à l'emploi",
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
            press_release("l'Etat apportera 1 million d'euros par an"),
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
        departements,
        years,
        axes: axes(),
        cells,
        rules: rules(),
    }
}
