//! Golden figures: what the préfecture's press release of 10 July 2019 says, read back from
//! the default scenario.
#![cfg(not(target_arch = "wasm32"))]

use simulateur::domain::defaults::{signed_convention, NORD, PAS_DE_CALAIS, PRESS_RELEASE_QUOTES};
use simulateur::domain::locale::Lang;
use simulateur::domain::money::Money;
use simulateur::domain::plan::plan_view;
use simulateur::domain::provenance::SourceKind;
use simulateur::domain::report::Status;
use simulateur::domain::rules::evaluate;
use simulateur::domain::scenario::{DeptId, Funder};
use simulateur::domain::totals::Totals;

#[test]
fn from_2020_the_state_gives_one_million_a_year_half_to_each_departement() {
    let s = signed_convention();
    let t = Totals::new(&s);
    for year in [2020, 2021] {
        assert_eq!(t.get(None, Some(year), None).state, Money::euros(1_000_000));
        for d in [NORD, PAS_DE_CALAIS] {
            let c = t.get(Some(&DeptId(d.into())), Some(year), None);
            assert_eq!(c.state, Money::euros(500_000), "{d} {year}");
            // "un montant minimal équivalent de 500 000 euros"
            assert_eq!(c.departement, Money::euros(500_000), "{d} {year}");
        }
    }
}

#[test]
fn pas_de_calais_plan_plus_envelope_2019_2021() {
    let s = signed_convention();
    let view = plan_view(&s, &Totals::new(&s), &DeptId(PAS_DE_CALAIS.into())).unwrap();
    let fr = Lang::Fr;
    assert_eq!(
        fr.money(view.total.plan.total()),
        "20\u{202f}000\u{202f}000\u{a0}€"
    );
    assert_eq!(view.total.plan.get(Funder::State), Money::euros(10_000_000));
    assert_eq!(
        view.total.plan.get(Funder::Departement),
        Money::euros(10_000_000)
    );
    assert_eq!(
        fr.money(view.total.bassin.total()),
        "2\u{202f}500\u{202f}000\u{a0}€"
    );
    assert_eq!(view.total.bassin.state, Money::euros(1_250_000));
    assert_eq!(
        fr.money(view.total.total()),
        "22\u{202f}500\u{202f}000\u{a0}€"
    );
    assert_eq!(
        fr.percent(view.total.share_added().unwrap(), true),
        "+12,5\u{202f}%"
    );
}

#[test]
fn the_signed_convention_satisfies_every_rule() {
    let report = evaluate(&signed_convention());
    assert_eq!(report.rules.len(), 6);
    for r in &report.rules {
        assert_eq!(r.status, Status::Holds, "{:?}", r.rule);
        assert!(r.checked > 0);
        assert!(
            r.source.quote.is_some(),
            "{:?} cites the press release",
            r.rule
        );
    }
}

#[test]
fn figures_not_in_the_press_release_are_marked_as_such() {
    let s = signed_convention();
    assert_eq!(
        s.years[0].state_envelope.provenance.kind,
        SourceKind::Hypothesis
    );
    assert!(!s.years[0].full_year.value);
    // 2019 being partial is read from « en année pleine, dès 2020 », not written there.
    assert_eq!(s.years[0].full_year.provenance.kind, SourceKind::Inference);
    assert_eq!(s.years[1].full_year.provenance.kind, SourceKind::Convention);
    assert_eq!(
        s.years[1].state_envelope.provenance.kind,
        SourceKind::Convention
    );
    let nord = s.departement(&DeptId(NORD.into())).unwrap();
    assert_eq!(nord.plan.provenance.kind, SourceKind::Secondary);
    assert_eq!(nord.split_state.kind, SourceKind::Hypothesis);
    assert_eq!(nord.split_departement.kind, SourceKind::Hypothesis);
    let pdc = s.departement(&DeptId(PAS_DE_CALAIS.into())).unwrap();
    assert_eq!(pdc.plan.provenance.kind, SourceKind::Convention);
    // « les 3 prochaines années » read as 2019–2021 is a reading.
    assert_eq!(pdc.plan.period.kind, SourceKind::Inference);
    // The sources document the State's actions only.
    assert_eq!(pdc.split_state.kind, SourceKind::Secondary);
    assert_eq!(pdc.split_departement.kind, SourceKind::Hypothesis);
}

/// The press release as plain words: no Markdown emphasis or list marks, one space between
/// words, straight apostrophes, so that a quote set in French typography compares equal.
fn plain(text: &str) -> String {
    let text = text
        .replace("**", "")
        .replace(['\u{2019}'], "'")
        .replace(['\u{a0}', '\u{202f}'], " ");
    let words: Vec<&str> = text.split_whitespace().filter(|w| *w != "-").collect();
    words.join(" ")
}

/// Every provenance of the default scenario that quotes something.
fn quotes_of(s: &simulateur::domain::scenario::Scenario) -> Vec<String> {
    let mut all = Vec::new();
    for y in &s.years {
        all.extend([
            &y.full_year.provenance,
            &y.state_envelope.provenance,
            &y.territory_envelope.provenance,
        ]);
    }
    for d in s.departements.iter() {
        all.extend([
            &d.plan.provenance,
            &d.plan.period,
            &d.split_state,
            &d.split_departement,
        ]);
    }
    all.extend(s.rules.iter().map(|r| &r.source));
    all.into_iter().filter_map(|p| p.quote.clone()).collect()
}

#[test]
fn every_quote_is_word_for_word_in_the_press_release() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/domain/communique-2019-07-10.txt"
    );
    let release =
        plain(&std::fs::read_to_string(path).expect("the press release beside the project"));
    let mut quotes: Vec<String> = PRESS_RELEASE_QUOTES.iter().map(|q| q.to_string()).collect();
    let from_scenario = quotes_of(&signed_convention());
    assert!(from_scenario.len() >= 10, "the scenario quotes its sources");
    quotes.extend(from_scenario);
    for quote in quotes {
        // Each fragment between elisions « […] » appears, in order.
        let mut from = 0;
        for fragment in quote.split("[…]").map(plain).filter(|f| !f.is_empty()) {
            let found = release[from..].find(&fragment);
            assert!(
                found.is_some(),
                "not word for word in the press release: {fragment:?} (in {quote:?})"
            );
            from += found.unwrap_or(0) + fragment.len();
        }
    }
}

#[test]
fn the_plain_text_of_the_release_is_what_the_check_reads() {
    assert_eq!(plain("- **l'insertion** ;\n- la"), "l'insertion ; la");
    assert_eq!(plain("l\u{2019}Etat\u{a0}:"), "l'Etat :");
}
