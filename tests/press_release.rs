//! Golden figures: what the préfecture's press release of 10 July 2019 says, read back from
//! the default scenario.
#![cfg(not(target_arch = "wasm32"))]

use simulateur::domain::defaults::{signed_convention, NORD, PAS_DE_CALAIS};
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
        fr.money(view.total.envelope.total()),
        "2\u{202f}500\u{202f}000\u{a0}€"
    );
    assert_eq!(view.total.envelope.state, Money::euros(1_250_000));
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
    assert_eq!(report.rules.len(), 5);
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
    assert_eq!(
        s.years[1].state_envelope.provenance.kind,
        SourceKind::Convention
    );
    let nord = s.departement(&DeptId(NORD.into())).unwrap();
    assert_eq!(nord.plan.provenance.kind, SourceKind::Secondary);
    assert_eq!(nord.split.kind, SourceKind::Hypothesis);
    let pdc = s.departement(&DeptId(PAS_DE_CALAIS.into())).unwrap();
    assert_eq!(pdc.plan.provenance.kind, SourceKind::Convention);
    assert_eq!(pdc.split.kind, SourceKind::Secondary);
}
