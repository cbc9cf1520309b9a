//! Every French string the app can show follows the typography of an official text: no-break
//! spaces before `:` `;` `!` `?` `%` `€` and inside « », narrow no-break spaces in thousands,
//! typographic apostrophes and quotation marks.
#![cfg(not(target_arch = "wasm32"))]

use simulateur::domain::defaults::{generated, signed_convention, PRESS_RELEASE_QUOTES};
use simulateur::domain::i18n::{
    base_phrase, basis_note, finding_text, fix_text, money_error, no_solution_text, ratio_error,
    rule_description, rule_name, scenario_error, source_kind_label, status_label,
};
use simulateur::domain::locale::Lang;
use simulateur::domain::money::{Money, MoneyError};
use simulateur::domain::provenance::{Provenance, SourceKind};
use simulateur::domain::ratio::RatioError;
use simulateur::domain::report::Status;
use simulateur::domain::rule::{MatchingBase, RuleId, RuleParams};
use simulateur::domain::rules::evaluate;
use simulateur::domain::scenario::{AxisId, CellKey, DeptId, Funder, Scenario, ScenarioError};
use simulateur::strings::strings;

const FR: Lang = Lang::Fr;
const NO_BREAK: [char; 2] = ['\u{a0}', '\u{202f}'];

/// What is wrong with one French text, if anything.
fn problems(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let digit_before = before.is_some_and(|b| b.is_ascii_digit());
        let digit_after = after.is_some_and(|a| a.is_ascii_digit());
        let spaced = before.is_some_and(|b| NO_BREAK.contains(&b));
        match c {
            '\'' => found.push("straight apostrophe (’)".into()),
            '"' => found.push("straight quotation mark (« »)".into()),
            // "2:1" is a ratio and "?bench=" an address, not punctuation.
            ':' if digit_before && digit_after => {}
            '?' if after.is_some_and(|a| a.is_ascii_alphanumeric()) => {}
            ':' | ';' | '!' | '?' | '%' | '»' if !spaced => {
                found.push(format!("no no-break space before {c:?}"))
            }
            '«' if !after.is_some_and(|a| NO_BREAK.contains(&a)) => {
                found.push("no no-break space after «".into())
            }
            ' ' if digit_before
                && chars[i + 1..].iter().take(3).all(|d| d.is_ascii_digit())
                && chars.len() > i + 3 =>
            {
                found.push("plain space between thousands".into())
            }
            ' ' if after.is_some_and(|a| a == '€')
                || text[text.char_indices().nth(i).map_or(0, |(b, _)| b)..].starts_with(" k€")
                || text[text.char_indices().nth(i).map_or(0, |(b, _)| b)..].starts_with(" M€") =>
            {
                found.push("plain space before a unit".into())
            }
            _ => {}
        }
    }
    found
}

fn assert_typography(texts: &[String]) {
    let bad: Vec<String> = texts
        .iter()
        .filter_map(|t| {
            let p = problems(t);
            (!p.is_empty()).then(|| format!("{t:?}: {}", p.join(", ")))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "{} French texts break typography:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

fn provenance_texts(p: &Provenance) -> Vec<String> {
    let mut texts = vec![p.source.fr.clone()];
    texts.extend(p.quote.clone());
    texts
}

fn scenario_texts(s: &Scenario) -> Vec<String> {
    let mut texts = vec![s.name.fr.clone()];
    texts.extend(s.axes.iter().map(|a| a.name.fr.clone()));
    for y in &s.years {
        for p in [
            &y.full_year.provenance,
            &y.state_envelope.provenance,
            &y.territory_envelope.provenance,
        ] {
            texts.extend(provenance_texts(p));
        }
    }
    for d in s.departements.iter() {
        for p in [
            &d.plan.provenance,
            &d.plan.period,
            &d.split_state,
            &d.split_departement,
        ] {
            texts.extend(provenance_texts(p));
        }
    }
    for r in &s.rules {
        texts.extend(provenance_texts(&r.source));
        texts.push(rule_description(r, FR));
    }
    texts
}

#[test]
fn the_checker_catches_each_mistake() {
    for bad in [
        "l'État",
        "Total : 5",
        "\"x\"",
        "« x »",
        "500 000\u{a0}€",
        "12 %",
        "5 €",
        "250 k€",
    ] {
        assert!(!problems(bad).is_empty(), "{bad:?} should be refused");
    }
    for good in [
        "l’État",
        "Total\u{a0}: 5",
        "«\u{a0}x\u{a0}»",
        "500\u{202f}000\u{a0}€",
        "12\u{202f}%",
        "la parité 1:1",
        "2019–2021",
    ] {
        assert!(
            problems(good).is_empty(),
            "{good:?} is right: {:?}",
            problems(good)
        );
    }
}

#[test]
fn link_file_and_scenario_messages() {
    use simulateur::codec::file::{FileError as F, JsonAt};
    use simulateur::codec::link::LinkError as L;
    use simulateur::codec::messages::{file_error, invalid, link_error};
    use simulateur::domain::validate::Invalid as I;
    let mut texts = Vec::new();
    for e in [
        L::NotAScenario,
        L::TooLong,
        L::BadEscape,
        L::BadCharacter { at: 12, ch: '<' },
        L::Truncated,
        L::Damaged,
        L::FutureVersion(2),
        L::UnknownVersion(0),
        L::Malformed,
    ] {
        texts.push(link_error(&e, FR));
    }
    let dept = DeptId("62".into());
    for e in [
        I::NoYear,
        I::NoDepartement,
        I::NoAxis,
        I::YearOutOfRange(2050),
        I::YearOutOfOrder(2020),
        I::DeptTwice(dept.clone()),
        I::AxisTwice(AxisId("insertion".into())),
        I::DeptsDiffer,
        I::AxesDiffer,
        I::CellOutsideGrid,
        I::Amount,
        I::Ratio(RatioError::TooLarge),
        I::PlanPeriod(dept),
        I::RuleTwice(RuleId::Matching),
        I::TextTooLong,
        I::TooLarge,
        I::UnknownYear(2030),
    ] {
        texts.push(invalid(&e, FR));
        texts.push(file_error(&F::Invalid(e), FR));
    }
    for e in [
        F::TooLarge,
        F::NotJson(None),
        F::NotJson(Some(JsonAt {
            line: 3,
            column: 12,
        })),
        F::NotOurs,
        F::FutureVersion(3),
        F::Structure {
            path: "scenario.cells[3].state".into(),
            detail: "Negative".into(),
        },
    ] {
        texts.push(file_error(&e, FR));
    }
    assert_typography(&texts);
}

#[test]
fn exercises() {
    let mut texts = Vec::new();
    for e in simulateur::domain::exercise::exercises() {
        texts.extend([
            e.title.fr.clone(),
            e.instructions.fr.clone(),
            e.success.fr.clone(),
        ]);
        texts.push(e.progress(&e.start(), FR).measure);
    }
    assert_typography(&texts);
}

#[test]
fn interface_strings() {
    assert_typography(&strings(FR).all_texts("Pas-de-Calais", "1,25\u{a0}M€"));
    assert_typography(&simulateur::strings::share::FR.all_texts());
    assert_typography(&simulateur::strings::output::FR.all_texts());
}

#[test]
fn messages_and_rules() {
    let mut texts = Vec::new();
    use MoneyError as M;
    for e in [
        M::Empty,
        M::Negative,
        M::NotANumber,
        M::TooManyDecimals,
        M::TooLarge,
        M::TooLong,
    ] {
        texts.push(money_error(e, FR));
    }
    use RatioError as R;
    for e in [
        R::Empty,
        R::NotANumber,
        R::Negative,
        R::TooLarge,
        R::TooManyDecimals,
        R::TooLong,
    ] {
        texts.push(ratio_error(e, FR));
    }
    use ScenarioError as S;
    for e in [
        S::YearOutOfRange,
        S::YearExists,
        S::LastYear,
        S::UnknownYear,
        S::UnknownDept,
        S::RatioOutOfRange,
        S::PeriodInvalid,
        S::UnknownCell,
        S::TextTooLong,
    ] {
        texts.push(scenario_error(e, FR).into());
    }
    for id in RuleId::ALL {
        texts.push(rule_name(id, FR).into());
        texts.push(no_solution_text(id, FR));
    }
    for b in [
        MatchingBase::DeptYear,
        MatchingBase::DeptYearAxis,
        MatchingBase::DeptPeriod,
    ] {
        texts.push(base_phrase(b, FR).into());
    }
    for st in [
        Status::Holds,
        Status::Violated,
        Status::Warning,
        Status::Off,
    ] {
        texts.push(status_label(st, FR).into());
    }
    for k in [
        SourceKind::Convention,
        SourceKind::Inference,
        SourceKind::Secondary,
        SourceKind::Hypothesis,
    ] {
        texts.push(source_kind_label(k, FR).into());
        texts.push(basis_note(k, FR).into());
    }
    assert_typography(&texts);
}

#[test]
fn findings_and_fixes_of_every_rule() {
    let mut s = signed_convention();
    let key = |d: &str, y, a: &str| CellKey::new(&DeptId(d.into()), y, &AxisId(a.into()));
    s.set_amount(
        &key("59", 2020, "insertion"),
        Funder::State,
        Money::euros(900_000),
    );
    s.set_amount(&key("62", 2021, "prevention"), Funder::State, Money::ZERO);
    s.set_amount(
        &key("62", 2021, "prevention"),
        Funder::Departement,
        Money::ZERO,
    );
    s.set_amount(&key("59", 2019, "insertion"), Funder::State, Money::ZERO);
    let mut texts = Vec::new();
    for ratio in ["1", "1.5"] {
        for rule in &mut s.rules {
            if let RuleParams::Matching { ratio: r, .. } = &mut rule.params {
                *r = ratio.parse().unwrap();
            }
        }
        let report = evaluate(&s);
        let rules: std::collections::BTreeSet<_> = report.findings().map(|f| f.rule).collect();
        assert_eq!(rules.len(), 6, "every rule has a finding");
        for f in report.findings() {
            texts.push(finding_text(f, &s, FR));
            texts.extend(f.fix.iter().map(|x| fix_text(x, &s, FR)));
        }
    }
    assert_typography(&texts);
}

#[test]
fn sources_quotes_and_names_of_the_defaults() {
    let mut texts: Vec<String> = PRESS_RELEASE_QUOTES.iter().map(|q| q.to_string()).collect();
    texts.extend(scenario_texts(&signed_convention()));
    let mut added = signed_convention();
    added.add_year(2022).unwrap();
    texts.extend(scenario_texts(&added));
    for shape in [(1, 1, 1), (2, 3, 2), (10, 10, 4)] {
        texts.extend(scenario_texts(&generated(shape.0, shape.1, shape.2)));
    }
    assert_typography(&texts);
}
