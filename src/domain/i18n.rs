//! The report phrased for people, in French and English: rule names, statuses, findings,
//! fixes and input errors. Pure, so every sentence is tested natively.

use super::locale::Lang;
use super::money::MoneyError;
use super::parse::RatioError;
use super::provenance::SourceKind;
use super::report::{Finding, Fix, Location, Status};
use super::rules::{MatchingBase, Rule, RuleId, RuleParams};
use super::scenario::{Funder, Scenario, ScenarioError};

fn pick(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

pub fn money_error(e: MoneyError, lang: Lang) -> &'static str {
    match e {
        MoneyError::Empty => pick(lang, "Saisissez un montant, par exemple 500 000 ou 0,5 M€.", "Enter an amount, for example 500,000 or 0.5M."),
        MoneyError::Negative => pick(lang, "Le montant ne peut pas être négatif.", "The amount cannot be negative."),
        MoneyError::NotANumber => pick(lang, "Ce n'est pas un montant : utilisez des chiffres, par exemple 500 000, 500 k€ ou 0,5 M€.", "This is not an amount: use digits, for example 500,000, 500k or 0.5M."),
        MoneyError::TooManyDecimals => pick(lang, "Deux décimales au plus (les centimes).", "Two decimals at most (cents)."),
        MoneyError::TooLarge => pick(lang, "Le montant dépasse 1 000 milliards d'euros.", "The amount exceeds €1 trillion."),
    }
}

pub fn ratio_error(e: RatioError, lang: Lang) -> &'static str {
    match e {
        RatioError::Empty => pick(
            lang,
            "Saisissez un ratio, par exemple 1 ou 1,5.",
            "Enter a ratio, for example 1 or 1.5.",
        ),
        RatioError::NotANumber => pick(
            lang,
            "Ce n'est pas un ratio : un nombre d'au plus quatre décimales, par exemple 1 ou 1,5.",
            "This is not a ratio: a number with at most four decimals, for example 1 or 1.5.",
        ),
        RatioError::Negative => pick(
            lang,
            "Le ratio ne peut pas être négatif.",
            "The ratio cannot be negative.",
        ),
        RatioError::TooLarge => pick(
            lang,
            "Le ratio ne peut pas dépasser 10.",
            "The ratio cannot exceed 10.",
        ),
    }
}

/// Why a change to the scenario was refused.
pub fn scenario_error(e: ScenarioError, lang: Lang) -> &'static str {
    match e {
        ScenarioError::YearOutOfRange => pick(
            lang,
            "Les années vont de 2018 à 2040.",
            "Years run from 2018 to 2040.",
        ),
        ScenarioError::YearExists => pick(
            lang,
            "Cette année figure déjà dans le scénario.",
            "This year is already in the scenario.",
        ),
        ScenarioError::LastYear => pick(
            lang,
            "Le scénario garde au moins une année.",
            "The scenario keeps at least one year.",
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
            "Le ratio va de 0 à 10.",
            "The ratio runs from 0 to 10.",
        ),
        ScenarioError::PeriodInvalid => pick(
            lang,
            "La première année du plan précède sa dernière année.",
            "The plan's first year comes before its last year.",
        ),
    }
}

pub fn rule_name(id: RuleId, lang: Lang) -> &'static str {
    match id {
        RuleId::StateCeiling => pick(
            lang,
            "Plafond de l'État par département",
            "State ceiling per département",
        ),
        RuleId::StateTotal => pick(
            lang,
            "Enveloppe de l'État pour le territoire",
            "State envelope for the territory",
        ),
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
            "Chaque année, l'État apporte à chaque département au plus l'enveloppe annuelle.",
            "Each year, the State gives each département at most the annual envelope.",
        )
        .into(),
        RuleParams::StateTotal => pick(
            lang,
            "Chaque année, l'État apporte au territoire au plus l'enveloppe du territoire.",
            "Each year, the State gives the territory at most the territory's envelope.",
        )
        .into(),
        RuleParams::Matching { ratio, base } => {
            let ratio = lang.number(*ratio);
            match lang {
                Lang::Fr => format!(
                    "Le Département apporte au moins {ratio} € pour 1 € de l'État, {}.",
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
        RuleParams::BothAxes { .. } => pick(
            lang,
            "Chaque année, chaque département finance les deux axes prioritaires.",
            "Each year, each département funds both priority axes.",
        )
        .into(),
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
        SourceKind::Secondary => pick(lang, "Source secondaire", "Secondary source"),
        SourceKind::Hypothesis => pick(lang, "Hypothèse", "Hypothesis"),
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
                .map_or_else(|| d.0.clone(), |d| d.name.clone()),
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
                .map_or_else(|| a.0.clone(), |a| a.name.get(lang).to_string()),
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
        (RuleId::StateCeiling, Lang::Fr) => format!("{place}{colon} l'État apporte {actual}, {gap} de plus que l'enveloppe de {expected}"),
        (RuleId::StateCeiling, Lang::En) => format!("{place}{colon} the State gives {actual}, {gap} more than the {expected} envelope"),
        (RuleId::StateTotal, Lang::Fr) => format!("{place}{colon} l'État apporte {actual} au territoire, {gap} de plus que l'enveloppe de {expected}"),
        (RuleId::StateTotal, Lang::En) => format!("{place}{colon} the State gives the territory {actual}, {gap} more than the {expected} envelope"),
        (RuleId::Matching, _) => {
            let ratio = match rule.map(|r| &r.params) {
                Some(RuleParams::Matching { ratio, .. }) => lang.number(*ratio),
                _ => "1".into(),
            };
            let target = if ratio == "1" { "la parité" } else { "le ratio" };
            match lang {
                Lang::Fr => format!("{place}{colon} il manque {gap} de contribution départementale pour {target} {ratio}:1 (attendu {expected}, prévu {actual})"),
                Lang::En => format!("{place}{colon} the Département is {gap} short of {ratio}:1 matching (expected {expected}, planned {actual})"),
            }
        }
        (RuleId::DeptFloor, Lang::Fr) => format!("{place}{colon} il manque {gap} de contribution départementale pour atteindre l'engagement minimal de {expected} (prévu {actual})"),
        (RuleId::DeptFloor, Lang::En) => format!("{place}{colon} the Département is {gap} short of its {expected} minimum commitment (planned {actual})"),
        (RuleId::BothAxes, Lang::Fr) => format!("{place}{colon} aucun financement sur cet axe (minimum {expected})"),
        (RuleId::BothAxes, Lang::En) => format!("{place}{colon} no funding on this axis (minimum {expected})"),
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
    match (fix.funder, lang) {
        (Funder::State, Lang::Fr) => format!("Ramener la contribution de l'État ({place}) à {to}"),
        (Funder::State, Lang::En) => format!("Lower the State's contribution ({place}) to {to}"),
        (Funder::Departement, Lang::Fr) => {
            format!("Porter la contribution du Département ({place}) à {to}")
        }
        (Funder::Departement, Lang::En) => {
            format!("Raise the Département's contribution ({place}) to {to}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::evaluate;
    use crate::domain::rules::testing::with;
    use crate::domain::scenario::Funder::*;

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
                "Pas-de-Calais, 2021\u{a0}: il manque 110\u{202f}000\u{a0}€ de contribution départementale pour la parité 1:1 (attendu 500\u{202f}000\u{a0}€, prévu 390\u{202f}000\u{a0}€)",
                "Pas-de-Calais, 2021\u{a0}: il manque 110\u{202f}000\u{a0}€ de contribution départementale pour atteindre l'engagement minimal de 500\u{202f}000\u{a0}€ (prévu 390\u{202f}000\u{a0}€)",
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
        assert_eq!(rules.len(), 5, "every rule has a finding here");
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
            "Le Département apporte au moins 1,5 € pour 1 € de l'État, par département sur toute la période."
        );
    }
}
