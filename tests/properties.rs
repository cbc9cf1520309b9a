//! Invariants of the core over generated scenarios and inputs.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rust_decimal::Decimal;

use simulateur::domain::defaults::signed_convention;
use simulateur::domain::goal_seek::goal_seek;
use simulateur::domain::locale::Lang;
use simulateur::domain::money::Money;
use simulateur::domain::report::Finding;
use simulateur::domain::rules::{evaluate, MatchingBase, RuleId, RuleParams};
use simulateur::domain::scenario::{CellKey, Funder, Scenario};
use simulateur::domain::totals::Totals;

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Fr), Just(Lang::En)]
}

fn money() -> impl Strategy<Value = Money> {
    prop_oneof![
        (0u64..=100_000_000_000_000).prop_map(Money::from_cents),
        (0u64..=1_000_000u64).prop_map(|k| Money::from_cents(k * 100_000)),
    ]
}

/// The signed convention's grid refilled with amounts around the envelopes, under a
/// random matching ratio and base, so that every rule is sometimes broken.
fn scenario() -> impl Strategy<Value = Scenario> {
    let base = prop_oneof![
        Just(MatchingBase::DeptYear),
        Just(MatchingBase::DeptYearAxis),
        Just(MatchingBase::DeptPeriod)
    ];
    let ratio = prop_oneof![Just("1"), Just("2"), Just("0.5"), Just("1.333")];
    let amounts = prop::collection::vec(
        prop_oneof![
            0u64..=60_000_000,
            (0u64..=6u64).prop_map(|k| k * 10_000_000)
        ],
        24,
    );
    (amounts, base, ratio).prop_map(|(amounts, base, ratio)| {
        let mut s = signed_convention();
        let keys: Vec<CellKey> = s.cell_keys().collect();
        for (i, key) in keys.iter().enumerate() {
            s.set_amount(key, Funder::State, Money::from_cents(amounts[2 * i]));
            s.set_amount(
                key,
                Funder::Departement,
                Money::from_cents(amounts[2 * i + 1]),
            );
        }
        for rule in &mut s.rules {
            if let RuleParams::Matching { ratio: r, base: b } = &mut rule.params {
                *r = ratio.parse().unwrap();
                *b = base;
            }
        }
        s
    })
}

fn cell_of(s: &Scenario, index: usize) -> CellKey {
    let keys: Vec<CellKey> = s.cell_keys().collect();
    keys[index % keys.len()].clone()
}

fn findings_of(s: &Scenario, rules: &[RuleId]) -> Vec<Finding> {
    evaluate(s)
        .findings()
        .filter(|f| rules.contains(&f.rule))
        .cloned()
        .collect()
}

/// Every finding of `after` is at a place `before` already had, and no bigger there.
fn no_new_or_worse(before: &[Finding], after: &[Finding]) -> bool {
    after.iter().all(|a| {
        before
            .iter()
            .any(|b| b.rule == a.rule && b.location == a.location && b.gap >= a.gap)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn totals_equal_the_sum_of_their_cells(s in scenario()) {
        let t = Totals::new(&s);
        for funder in Funder::ALL {
            let all: Money = s.cell_keys().map(|k| s.amount(&k, funder)).sum();
            prop_assert_eq!(t.bassin().get(funder), all);
            for d in &s.departements {
                let dept: Money = s.dept_cell_keys(&d.id).map(|k| s.amount(&k, funder)).sum();
                prop_assert_eq!(t.get(Some(&d.id), None, None).get(funder), dept);
                let by_year: Money = s.years.iter().map(|y| t.get(Some(&d.id), Some(y.year), None).get(funder)).sum();
                prop_assert_eq!(by_year, dept);
                let by_axis: Money = s.axes.iter().map(|a| t.get(Some(&d.id), None, Some(&a.id)).get(funder)).sum();
                prop_assert_eq!(by_axis, dept);
            }
        }
    }

    #[test]
    fn parsing_a_formatted_amount_gives_it_back(m in money(), lang in lang()) {
        prop_assert_eq!(Money::parse(&lang.money(m), lang), Ok(m));
        prop_assert_eq!(Money::parse(&lang.amount(m), lang), Ok(m));
    }

    #[test]
    fn parsing_never_panics(text in "\\PC{0,40}", lang in lang()) {
        let _ = Money::parse(&text, lang);
    }

    #[test]
    fn parsing_number_like_text_never_panics(text in "[-+€ ,.0-9kKmMdD\u{a0}\u{202f}]{0,30}", lang in lang()) {
        if let Ok(m) = Money::parse(&text, lang) {
            prop_assert!(m <= Money::MAX);
        }
    }

    #[test]
    fn even_split_adds_up_to_the_whole(m in money(), parts in 1usize..40) {
        let split = m.split_evenly(parts);
        prop_assert_eq!(split.len(), parts);
        prop_assert_eq!(split.iter().copied().sum::<Money>(), m);
        let (min, max) = (split.iter().min().unwrap(), split.iter().max().unwrap());
        prop_assert!(max.cents() - min.cents() <= 1);
    }

    #[test]
    fn raising_a_departement_amount_never_creates_a_matching_or_floor_finding(
        s in scenario(), cell in 0usize..12, delta in money()
    ) {
        let key = cell_of(&s, cell);
        let rules = [RuleId::Matching, RuleId::DeptFloor];
        let before = findings_of(&s, &rules);
        let mut raised = s.clone();
        let amount = s.amount(&key, Funder::Departement).saturating_add(delta);
        raised.set_amount(&key, Funder::Departement, amount);
        prop_assert!(no_new_or_worse(&before, &findings_of(&raised, &rules)));
    }

    #[test]
    fn lowering_a_state_amount_never_creates_a_ceiling_finding(
        s in scenario(), cell in 0usize..12, delta in money()
    ) {
        let key = cell_of(&s, cell);
        let rules = [RuleId::StateCeiling, RuleId::StateTotal];
        let before = findings_of(&s, &rules);
        let mut lowered = s.clone();
        lowered.set_amount(&key, Funder::State, s.amount(&key, Funder::State).saturating_sub(delta));
        prop_assert!(no_new_or_worse(&before, &findings_of(&lowered, &rules)));
    }

    #[test]
    fn applying_a_suggested_fix_removes_that_finding(s in scenario()) {
        for f in evaluate(&s).findings() {
            let Some(fix) = &f.fix else { continue };
            prop_assert_eq!(s.amount(&fix.cell, fix.funder), fix.from);
            let mut fixed = s.clone();
            fixed.set_amount(&fix.cell, fix.funder, fix.to);
            let still = evaluate(&fixed)
                .findings()
                .any(|g| g.rule == f.rule && g.location == f.location);
            prop_assert!(!still, "fix {:?} left {:?}", fix, f);
        }
    }

    #[test]
    fn goal_seek_result_holds_and_one_cent_past_it_does_not(
        s in scenario(), cell in 0usize..12, state in any::<bool>()
    ) {
        let key = cell_of(&s, cell);
        let funder = if state { Funder::State } else { Funder::Departement };
        let holds = |amount: Money| {
            let mut t = s.clone();
            t.set_amount(&key, funder, amount);
            evaluate(&t).all_hold()
        };
        match goal_seek(&s, &key, funder) {
            Ok(found) => {
                prop_assert!(holds(found));
                let past = match funder {
                    Funder::Departement => found.checked_sub(Money::from_cents(1)),
                    Funder::State => found.checked_add(Money::from_cents(1)).filter(|m| *m <= Money::MAX),
                };
                if let Some(past) = past {
                    prop_assert!(!holds(past), "{:?} {:?} one cent past {}", key, funder, found);
                }
            }
            Err(_) => {
                // None exists: no amount on a coarse grid of candidates satisfies every rule.
                for cents in [0u64, 1, 100, 1_000_000, 25_000_000, 50_000_000, 100_000_000] {
                    prop_assert!(!holds(Money::from_cents(cents)));
                }
            }
        }
    }

    #[test]
    fn scenarios_survive_a_json_round_trip(s in scenario()) {
        let json = serde_json::to_string(&s).unwrap();
        let back: Scenario = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, s);
    }

    #[test]
    fn ratios_scale_matching_exactly(s in scenario()) {
        // Under 1:1 per département-year, each finding's expected amount is the State's sum.
        let mut s = s;
        for rule in &mut s.rules {
            if let RuleParams::Matching { ratio, base } = &mut rule.params {
                *ratio = Decimal::ONE;
                *base = MatchingBase::DeptYear;
            }
        }
        let t = Totals::new(&s);
        for f in findings_of(&s, &[RuleId::Matching]) {
            let state = t.get(f.location.dept.as_ref(), f.location.year, None).state;
            prop_assert_eq!(f.expected, state);
            prop_assert_eq!(f.gap.saturating_add(f.actual), state);
        }
    }
}
