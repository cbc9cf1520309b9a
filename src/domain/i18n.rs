//! The report phrased for people, in French and English: rule names, statuses, findings,
//! fixes and input errors. Pure, so every sentence is tested natively.
//!
//! French follows the typography of an official text: a no-break space (U+00A0) before
//! `:` `;` `!` `?` and inside « », a narrow no-break space (U+202F) in thousands and before
//! `%`, typographic apostrophes (’).

use super::locale::Lang;
use super::money::{Money, MoneyError, MAX_INPUT_CHARS};
use super::provenance::SourceKind;
use super::ratio::RatioError;
use super::report::{Finding, Fix, Location, Status};
use super::rule::{MatchingBase, Rule, RuleId, RuleParams};
use super::scenario::{Funder, Scenario, ScenarioError};

fn pick(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

pub fn money_error(e: MoneyError, lang: Lang) -> String {
    match e {
        MoneyError::Empty => pick(lang, "Saisissez un montant, par exemple 500\u{202f}000 ou 0,5\u{a0}M€.", "Enter an amount, for example 500,000 or 0.5M.").into(),
        MoneyError::Negative => pick(lang, "Saisissez un montant positif ou nul.", "Enter an amount of zero or more.").into(),
        MoneyError::NotANumber => pick(lang, "Saisissez un montant en chiffres, par exemple 500\u{202f}000, 500\u{a0}k€ ou 0,5\u{a0}M€.", "Enter an amount in digits, for example 500,000, 500k or 0.5M.").into(),
        MoneyError::TooManyDecimals => pick(lang, "Saisissez deux décimales au plus (les centimes).", "Enter two decimals at most (cents).").into(),
        MoneyError::TooLarge => pick(lang, "Saisissez un montant d’au plus 1\u{a0}000\u{a0}milliards d’euros.", "Enter an amount of at most €1 trillion.").into(),
        MoneyError::Ambiguous => pick(lang, "Milliers ou décimales\u{a0}? En français la virgule sépare les centimes\u{a0}: écrivez 500\u{202f}000 pour cinq cent mille euros, ou 500,00 pour cinq cents.", "Thousands or decimals? In English the point separates cents: write 500,000 for five hundred thousand euros, or 500.00 for five hundred.").into(),
        MoneyError::TooLong => match lang {
            Lang::Fr => format!("Texte trop long\u{a0}: un montant s’écrit en {MAX_INPUT_CHARS}\u{a0}caractères au plus."),
            Lang::En => format!("Text too long: an amount takes at most {MAX_INPUT_CHARS} characters."),
        },
    }
}

pub fn ratio_error(e: RatioError, lang: Lang) -> String {
    match e {
        RatioError::Empty => pick(lang, "Saisissez un ratio, par exemple 1, 1,5 ou 2:1.", "Enter a ratio, for example 1, 1.5 or 2:1.").into(),
        RatioError::NotANumber => pick(lang, "Saisissez un ratio en chiffres, par exemple 1, 1,5 ou 2:1.", "Enter a ratio in digits, for example 1, 1.5 or 2:1.").into(),
        RatioError::Negative => pick(lang, "Saisissez un ratio positif ou nul.", "Enter a ratio of zero or more.").into(),
        RatioError::TooLarge => pick(lang, "Saisissez un ratio de 10 au plus.", "Enter a ratio of 10 at most.").into(),
        RatioError::TooManyDecimals => pick(lang, "Saisissez quatre décimales au plus.", "Enter four decimals at most.").into(),
        RatioError::TooLong => match lang {
            Lang::Fr => format!("Texte trop long\u{a0}: un ratio s’écrit en {MAX_INPUT_CHARS}\u{a0}caractères au plus."),
            Lang::En => format!("Text too long: a ratio takes at most {MAX_INPUT_CHARS} characters."),
        },
    }
}

/// Why a change to the scenario was refused.
pub fn scenario_error(e: ScenarioError, lang: Lang) -> &'static str {
    match e {
        ScenarioError::YearOutOfRange => pick(
            lang,
            "Choisissez une année de 2018 à 2040.",
            "Choose a year from 2018 to 2040.",
        ),
        ScenarioError::YearExists => pick(
            lang,
            "Cette année figure déjà dans le scénario.",
            "This year is already in the scenario.",
        ),
        ScenarioError::LastYear => pick(
            lang,
            "Le scénario doit garder au moins une année.",
            "The scenario must keep at least one year.",
        ),
        ScenarioError::UnknownYear => pick(
            lang,
            "Cette année ne figure pas dans le scénario.",
            "This year is not in the scenario.",
        ),
        ScenarioError::UnknownDept => pick(
            lang,
            "Ce département ne figure pas dans le scénario.",
            "This département is not in the scenario.",
        ),
        ScenarioError::RatioOutOfRange => pick(
            lang,
            "Choisissez un ratio de 0 à 10, avec quatre décimales au plus.",
            "Choose a ratio from 0 to 10, with four decimals at most.",
        ),
        ScenarioError::PeriodInvalid => pick(
            lang,
            "La première année du plan doit précéder sa dernière année, ou lui être égale.",
            "The plan's first year must come before its last year, or be the same.",
        ),
        ScenarioError::UnknownCell => pick(
            lang,
            "Ce montant ne figure pas dans la grille du scénario.",
            "This amount is not in the scenario's grid.",
        ),
        ScenarioError::TextTooLong => pick(
            lang,
            "Texte trop long\u{a0}: le titre compte 120\u{a0}caractères au plus, les notes 1\u{202f}000.",
            "Text too long: the title takes at most 120 characters, the notes 1,000.",
        ),
    }
}

pub fn rule_name(id: RuleId, lang: Lang) -> &'static str {
    match id {
        RuleId::StateCeiling => pick(
            lang,
            "Plafond de l’État par département",
            "State ceiling per département",
        ),
        RuleId::StateTotal => pick(
            lang,
            "Enveloppe de l’État pour le territoire",
            "State envelope for the territory",
        ),
        RuleId::StateCommitment => pick(lang, "Engagement de l’État", "State commitment"),
        RuleId::Matching => pick(lang, "Cofinancement du Département", "Département matching"),
        RuleId::DeptFloor => pick(
            lang,
            "Engagement minimal du Département",
            "Département minimum commitment",
        ),
        RuleId::BothAxes => pick(lang, "Les deux axes financés", "Both axes funded"),
    }
}

/// What the rule requires, with its current parameters.
pub fn rule_description(rule: &Rule, lang: Lang) -> String {
    match &rule.params {
        RuleParams::StateCeiling => pick(
            lang,
            "Chaque année, l’État apporte à chaque département au plus l’enveloppe de l’État par département.",
            "Each year, the State gives each département at most the State envelope per département.",
        )
        .into(),
        RuleParams::StateTotal => pick(
            lang,
            "Chaque année, l’État apporte à l’ensemble du territoire au plus l’enveloppe de l’État pour le territoire.",
            "Each year, the State gives the whole territory at most the State envelope for the territory.",
        )
        .into(),
        RuleParams::StateCommitment => pick(
            lang,
            "Chaque année, l’État apporte à chaque département au moins l’enveloppe de l’État par département, comme il s’y est engagé.",
            "Each year, the State gives each département at least the State envelope per département, as it committed to.",
        )
        .into(),
        RuleParams::Matching { ratio, base } => {
            let ratio = lang.number(*ratio);
            match lang {
                Lang::Fr => format!(
                    "Le Département apporte au moins {ratio}\u{a0}€ pour 1\u{a0}€ de l’État, {}.",
                    base_phrase(*base, lang)
                ),
                Lang::En => format!(
                    "The Département gives at least €{ratio} for each €1 from the State, {}.",
                    base_phrase(*base, lang)
                ),
            }
        }
        RuleParams::DeptFloor { floor } => match lang {
            Lang::Fr => format!(
                "En année pleine, chaque Département apporte au moins {}.",
                lang.money(*floor)
            ),
            Lang::En => format!(
                "In a full year, each Département gives at least {}.",
                lang.money(*floor)
            ),
        },
        // The smallest minimum only asks that the axis be funded at all.
        RuleParams::BothAxes { minimum } if *minimum <= Money::from_cents(1) => pick(
            lang,
            "Chaque année, dans chaque département, chaque axe prioritaire reçoit un financement, de l’État ou du Département.",
            "Each year, in each département, each priority axis receives some funding, from the State or the Département.",
        )
        .into(),
        RuleParams::BothAxes { minimum } => match lang {
            Lang::Fr => format!(
                "Chaque année, dans chaque département, chaque axe prioritaire reçoit au moins {}, État et Département confondus.",
                lang.money(*minimum)
            ),
            Lang::En => format!(
                "Each year, in each département, each priority axis receives at least {}, from the State and the Département together.",
                lang.money(*minimum)
            ),
        },
    }
}

pub fn base_phrase(base: MatchingBase, lang: Lang) -> &'static str {
    match base {
        MatchingBase::DeptYear => pick(
            lang,
            "par département et par année, axes confondus",
            "per département and year, both axes together",
        ),
        MatchingBase::DeptYearAxis => pick(
            lang,
            "par département, par année et par axe",
            "per département, year and axis",
        ),
        MatchingBase::DeptPeriod => pick(
            lang,
            "par département sur toute la période",
            "per département over the whole period",
        ),
    }
}

pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Holds => pick(lang, "Respectée", "Holds"),
        Status::Violated => pick(lang, "Non respectée", "Violated"),
        Status::Warning => pick(lang, "Avertissement", "Warning"),
        Status::Off => pick(lang, "Désactivée", "Off"),
    }
}

pub fn source_kind_label(kind: SourceKind, lang: Lang) -> &'static str {
    match kind {
        SourceKind::Convention => pick(lang, "Convention", "Convention"),
        SourceKind::Inference => pick(lang, "Déduction", "Inference"),
        SourceKind::Secondary => pick(lang, "Source secondaire", "Secondary source"),
        SourceKind::Hypothesis => pick(lang, "Hypothèse", "Hypothesis"),
    }
}

/// Beside a finding whose limit rests on a figure that is not the convention's own.
pub fn basis_note(kind: SourceKind, lang: Lang) -> &'static str {
    match kind {
        SourceKind::Convention => pick(
            lang,
            "Limite fixée par la convention",
            "Limit set by the convention",
        ),
        SourceKind::Inference => pick(
            lang,
            "Limite déduite de la convention par le simulateur",
            "Limit the simulator reads from the convention",
        ),
        SourceKind::Secondary => pick(
            lang,
            "Limite tirée d’une source secondaire",
            "Limit taken from a secondary source",
        ),
        SourceKind::Hypothesis => pick(
            lang,
            "Limite fondée sur une hypothèse du simulateur",
            "Limit resting on a hypothesis of the simulator",
        ),
    }
}

pub fn funder_name(funder: Funder, lang: Lang) -> &'static str {
    match funder {
        Funder::State => pick(lang, "État", "State"),
        Funder::Departement => pick(lang, "Département", "Département"),
    }
}

/// "Pas-de-Calais, 2021, Prévention": the names of a place, in order, missing parts left out.
pub fn location_label(location: &Location, s: &Scenario, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(d) = &location.dept {
        parts.push(
            s.departement(d)
                .map_or_else(|| d.0.to_string(), |d| d.name.clone()),
        );
    }
    match (location.year, s.years.first(), s.years.last()) {
        (Some(y), _, _) => parts.push(y.to_string()),
        // A finding over the whole period names it: "Nord, 2019–2021".
        (None, Some(first), Some(last)) if location.dept.is_some() => {
            parts.push(format!("{}–{}", first.year, last.year))
        }
        _ => {}
    }
    if let Some(a) = &location.axis {
        parts.push(
            s.axis(a)
                .map_or_else(|| a.0.to_string(), |a| a.name.get(lang).to_string()),
        );
    }
    if parts.is_empty() {
        parts.push(pick(lang, "Toute la période", "Whole period").into());
    }
    parts.join(", ")
}

/// A finding as one sentence, e.g. "Pas-de-Calais, 2021 : il manque 40 000 € de
/// contribution départementale pour la parité 1:1".
pub fn finding_text(f: &Finding, s: &Scenario, lang: Lang) -> String {
    let place = location_label(&f.location, s, lang);
    let (gap, expected, actual) = (
        lang.money(f.gap),
        lang.money(f.expected),
        lang.money(f.actual),
    );
    let colon = pick(lang, "\u{a0}:", ":");
    let rule = s.rules.iter().find(|r| r.id() == f.rule);
    match (f.rule, lang) {
        (RuleId::StateCeiling, Lang::Fr) => format!("{place}{colon} l’État apporte {actual}, soit {gap} de plus que son enveloppe de {expected}"),
        (RuleId::StateCeiling, Lang::En) => format!("{place}{colon} the State gives {actual}, {gap} more than its {expected} envelope"),
        (RuleId::StateTotal, Lang::Fr) => format!("{place}{colon} l’État apporte {actual} au territoire, soit {gap} de plus que son enveloppe de {expected}"),
        (RuleId::StateTotal, Lang::En) => format!("{place}{colon} the State gives the territory {actual}, {gap} more than its {expected} envelope"),
        (RuleId::StateCommitment, Lang::Fr) => format!("{place}{colon} l’État apporte {actual}, soit {gap} de moins que son enveloppe de {expected}"),
        (RuleId::StateCommitment, Lang::En) => format!("{place}{colon} the State gives {actual}, {gap} less than its {expected} envelope"),
        (RuleId::Matching, _) => {
            let ratio = match rule.map(|r| &r.params) {
                Some(RuleParams::Matching { ratio, .. }) => lang.number(*ratio),
                _ => "1".into(),
            };
            let target = if ratio == "1" { "la parité" } else { "le ratio" };
            match lang {
                Lang::Fr => format!("{place}{colon} il manque {gap} de contribution départementale pour {target} {ratio}:1 (attendu {expected}, inscrit {actual})"),
                Lang::En => format!("{place}{colon} the Département is {gap} short of {ratio}:1 matching (expected {expected}, entered {actual})"),
            }
        }
        (RuleId::DeptFloor, Lang::Fr) => format!("{place}{colon} il manque {gap} de contribution départementale pour atteindre l’engagement minimal de {expected} (inscrit {actual})"),
        (RuleId::DeptFloor, Lang::En) => format!("{place}{colon} the Département is {gap} short of its {expected} minimum commitment (entered {actual})"),
        (RuleId::BothAxes, Lang::Fr) if f.expected <= Money::from_cents(1) => format!("{place}{colon} aucun financement sur cet axe"),
        (RuleId::BothAxes, Lang::En) if f.expected <= Money::from_cents(1) => format!("{place}{colon} no funding on this axis"),
        (RuleId::BothAxes, Lang::Fr) => format!("{place}{colon} cet axe reçoit {actual}, il manque {gap} pour atteindre le minimum de {expected} par axe"),
        (RuleId::BothAxes, Lang::En) => format!("{place}{colon} this axis receives {actual}, {gap} short of the {expected} minimum per axis"),
    }
}

/// Why « Au minimum » / « Au maximum » found no amount for a cell.
pub fn no_solution_text(rule: RuleId, lang: Lang) -> String {
    let name = rule_name(rule, lang);
    match lang {
        Lang::Fr => format!("Aucun montant de cette case ne suffit\u{a0}: la règle «\u{a0}{name}\u{a0}» reste non respectée, quel que soit ce montant."),
        Lang::En => format!("No amount in this cell is enough: the rule \u{201c}{name}\u{201d} stays broken whatever the amount."),
    }
}

/// The suggested fix as an instruction, e.g. "Porter la contribution du Département
/// (Pas-de-Calais, 2021, Prévention) à 310 000 €".
pub fn fix_text(fix: &Fix, s: &Scenario, lang: Lang) -> String {
    let place = location_label(
        &Location {
            dept: Some(fix.cell.dept.clone()),
            year: Some(fix.cell.year),
            axis: Some(fix.cell.axis.clone()),
        },
        s,
        lang,
    );
    let to = lang.money(fix.to);
    let raise = fix.to > fix.from;
    match (fix.funder, raise, lang) {
        (Funder::State, false, Lang::Fr) => {
            format!("Ramener la contribution de l’État ({place}) à {to}")
        }
        (Funder::State, false, Lang::En) => {
            format!("Lower the State's contribution ({place}) to {to}")
        }
        (Funder::State, true, Lang::Fr) => {
            format!("Porter la contribution de l’État ({place}) à {to}")
        }
        (Funder::State, true, Lang::En) => {
            format!("Raise the State's contribution ({place}) to {to}")
        }
        (Funder::Departement, _, Lang::Fr) => {
            format!("Porter la contribution du Département ({place}) à {to}")
        }
        (Funder::Departement, _, Lang::En) => {
            format!("Raise the Département's contribution ({place}) to {to}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::evaluate;
    use crate::domain::scenario::Funder::*;
    use crate::domain::testing::with;

    #[test]
    fn the_issue_example_reads_as_written() {
        let s = with(&[("62", 2021, "prevention", Departement, 200_000)]);
        let report = evaluate(&s);
        let texts: Vec<String> = report
            .findings()
            .map(|f| finding_text(f, &s, Lang::Fr))
            .collect();
        assert_eq!(
            texts,
            [
                "Pas-de-Calais, 2021\u{a0}: il manque 110\u{202f}000\u{a0}€ de contribution départementale pour la parité 1:1 (attendu 500\u{202f}000\u{a0}€, inscrit 390\u{202f}000\u{a0}€)",
                "Pas-de-Calais, 2021\u{a0}: il manque 110\u{202f}000\u{a0}€ de contribution départementale pour atteindre l’engagement minimal de 500\u{202f}000\u{a0}€ (inscrit 390\u{202f}000\u{a0}€)",
            ]
        );
        let fix = report.findings().next().unwrap().fix.as_ref().unwrap();
        assert_eq!(
            fix_text(fix, &s, Lang::Fr),
            "Porter la contribution du Département (Pas-de-Calais, 2021, Prévention) à 310\u{202f}000\u{a0}€"
        );
        assert_eq!(
            fix_text(fix, &s, Lang::En),
            "Raise the Département's contribution (Pas-de-Calais, 2021, Prevention) to €310,000"
        );
    }

    #[test]
    fn every_finding_is_phrased_in_both_languages() {
        let s = with(&[
            ("59", 2020, "insertion", State, 900_000),
            ("62", 2021, "prevention", State, 0),
            ("62", 2021, "prevention", Departement, 0),
        ]);
        let report = evaluate(&s);
        let rules: std::collections::BTreeSet<_> = report.findings().map(|f| f.rule).collect();
        assert_eq!(rules.len(), 6, "every rule has a finding here");
        for f in report.findings() {
            for lang in Lang::ALL {
                let text = finding_text(f, &s, lang);
                assert!(
                    text.contains(&lang.money(f.gap)) || f.rule == RuleId::BothAxes,
                    "{text}"
                );
                assert!(
                    text.starts_with(&location_label(&f.location, &s, lang)),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn period_findings_name_the_period_and_other_ratios_are_not_parity() {
        let mut s = with(&[("59", 2020, "insertion", Departement, 0)]);
        s.rules[2].params = RuleParams::Matching {
            ratio: "2".parse().unwrap(),
            base: MatchingBase::DeptPeriod,
        };
        let report = evaluate(&s);
        let text = finding_text(
            report
                .rule(RuleId::Matching)
                .unwrap()
                .findings
                .first()
                .unwrap(),
            &s,
            Lang::Fr,
        );
        assert!(
            text.starts_with("Nord, 2019–2021\u{a0}: il manque"),
            "{text}"
        );
        assert!(text.contains("pour le ratio 2:1"), "{text}");
    }

    #[test]
    fn rule_descriptions_follow_parameters() {
        let mut s = with(&[]);
        s.rules[2].params = RuleParams::Matching {
            ratio: "1.5".parse().unwrap(),
            base: MatchingBase::DeptPeriod,
        };
        assert_eq!(
            rule_description(&s.rules[2], Lang::Fr),
            "Le Département apporte au moins 1,5\u{a0}€ pour 1\u{a0}€ de l’État, par département sur toute la période."
        );
    }
}
