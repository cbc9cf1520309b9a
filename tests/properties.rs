//! Invariants of the core over generated scenarios and inputs.
//!
//! Scenarios vary in shape (1–6 départements, 1–8 years, 1–4 axes) and in every parameter a
//! user can edit; amounts cluster around the limits the rules draw (zero, the envelope, the
//! ratio × the State's amount, the floor) so that each rule is sometimes broken and
//! sometimes holds by a cent.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;
use rust_decimal::{Decimal, RoundingStrategy};

use simulateur::domain::defaults::generated;
use simulateur::domain::edit::Edit;
use simulateur::domain::fix_all::fix_all;
use simulateur::domain::goal_seek::goal_seek;
use simulateur::domain::locale::Lang;
use simulateur::domain::money::{Money, MoneyError, MAX_INPUT_CHARS};
use simulateur::domain::parse::{parse, parse_ratio};
use simulateur::domain::ratio::{self, RatioError};
use simulateur::domain::report::{Finding, Location, Status};
use simulateur::domain::rule::{MatchingBase, Rule, RuleId, RuleParams, Severity};
use simulateur::domain::rules::{evaluate, Effect};
use simulateur::domain::scenario::{CellKey, Funder, Scenario, Year};
use simulateur::domain::totals::Totals;

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Fr), Just(Lang::En)]
}

fn funder() -> impl Strategy<Value = Funder> {
    prop_oneof![Just(Funder::State), Just(Funder::Departement)]
}

fn money() -> impl Strategy<Value = Money> {
    prop_oneof![
        (0u64..=100_000_000_000_000).prop_map(Money::from_cents),
        (0u64..=1_000_000u64).prop_map(|k| Money::from_cents(k * 100_000)),
    ]
}

/// A change of amount: a few cents (to cross a limit by a hair) or anything.
fn delta() -> impl Strategy<Value = Money> {
    prop_oneof![(1u64..=100).prop_map(Money::from_cents), money()]
}

/// A ratio from 0 to 10 with up to four decimals, often one whose products land on half
/// cents so that the half-to-even rounding shows.
fn ratio() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        prop::sample::select(vec!["0", "0.25", "0.5", "1", "1.5", "2", "1.3333", "10"])
            .prop_map(|r| r.parse::<Decimal>().unwrap()),
        (0i64..=100_000).prop_map(|n| Decimal::new(n, 4)),
    ]
}

fn base() -> impl Strategy<Value = MatchingBase> {
    prop::sample::select(MatchingBase::ALL.to_vec())
}

/// An amount chosen relative to the limit it will be compared with, resolved once the
/// limit is known.
#[derive(Clone, Copy, Debug)]
enum Near {
    Zero,
    Cents(u64),
    /// The limit, moved by some cents.
    Limit(i64),
    /// A second limit where there is one (a Département cell: the floor's share rather
    /// than the matching), moved by some cents.
    Other(i64),
    Max,
}

fn jitter() -> impl Strategy<Value = i64> {
    prop_oneof![3 => -2i64..=2, 1 => -5_000_000i64..=5_000_000]
}

fn near() -> impl Strategy<Value = Near> {
    prop_oneof![
        2 => Just(Near::Zero),
        6 => jitter().prop_map(Near::Limit),
        3 => jitter().prop_map(Near::Other),
        3 => (0u64..=100_000_000).prop_map(Near::Cents),
        2 => (0u64..=20).prop_map(|k| Near::Cents(k * 5_000_000)),
        1 => Just(Near::Max),
    ]
}

impl Near {
    fn resolve(self, limit: Money, other: Money) -> Money {
        let moved = |m: Money, j: i64| {
            let cents = (i128::from(m.cents()) + i128::from(j)).clamp(0, Money::MAX.cents().into());
            Money::from_cents(cents as u64)
        };
        match self {
            Near::Zero => Money::ZERO,
            Near::Cents(c) => Money::from_cents(c),
            Near::Limit(j) => moved(limit, j),
            Near::Other(j) => moved(other, j),
            Near::Max => Money::MAX,
        }
        .min(Money::MAX)
    }
}

#[derive(Clone, Debug)]
struct Settings {
    floor: Option<Near>,
    ratio: Decimal,
    base: MatchingBase,
    minimum: Option<Near>,
    /// Per rule of [`RuleId::ALL`]: enabled, and whether its severity is swapped.
    rules: Vec<(bool, bool)>,
}

fn settings() -> impl Strategy<Value = Settings> {
    let rule = (prop::bool::weighted(0.85), prop::bool::weighted(0.15));
    (
        prop::option::weighted(0.5, near()),
        ratio(),
        base(),
        prop::option::weighted(0.3, near()),
        prop::collection::vec(rule, RuleId::ALL.len()),
    )
        .prop_map(|(floor, ratio, base, minimum, rules)| Settings {
            floor,
            ratio,
            base,
            minimum,
            rules,
        })
}

/// A generated scenario; its `Debug` is a compact table, so a failing case can be read.
#[derive(Clone)]
struct Case(Scenario);

/// One year's parameters, each left as `generated` sets it (`None`) or moved.
type YearChoice = (Option<bool>, Option<Near>, Option<Near>);

/// A scenario of any shape, built through the public API: `generated` for the grid, the
/// user's edits for its parameters, `set_amount` for the cells. A value left at `None`
/// sits exactly at its limit; how many are moved off it is drawn per scenario, so that
/// some scenarios hold every rule or break one by a cent, and others break many.
fn scenario() -> impl Strategy<Value = Case> {
    let noise = prop::sample::select(vec![0.001, 0.01, 0.05, 0.2, 0.6]);
    (1usize..=6, 1usize..=8, 1usize..=4, noise)
        .prop_flat_map(|(d, y, a, noise)| {
            let moved = move || prop::option::weighted(noise, near());
            (
                Just((d, y, a)),
                prop::collection::vec(
                    (
                        prop::option::weighted(noise, any::<bool>()),
                        moved(),
                        moved(),
                    ),
                    y,
                ),
                prop::collection::vec((moved(), moved()), d * y * a),
                settings(),
            )
        })
        .prop_map(|((d, y, a), years, cells, settings)| build(d, y, a, &years, &cells, &settings))
}

fn build(
    depts: usize,
    years: usize,
    axes: usize,
    year_choices: &[YearChoice],
    cells: &[(Option<Near>, Option<Near>)],
    settings: &Settings,
) -> Case {
    let baseline = generated(depts, years, axes);
    assert_eq!(
        (
            baseline.departements.len(),
            baseline.years.len(),
            baseline.axes.len()
        ),
        (depts, years, axes)
    );
    let mut s = baseline.clone();
    let edit = |s: &mut Scenario, e: Edit| s.apply(e, &baseline).expect("a valid edit");
    let full_year = Money::euros(500_000);
    let year_ids: Vec<Year> = s.years.iter().map(|y| y.year).collect();
    for (&year, &(full, state, territory)) in year_ids.iter().zip(year_choices) {
        let params = s.year(year).unwrap().clone();
        let envelope = state.map_or(params.state_envelope.value, |n| {
            n.resolve(params.state_envelope.value, full_year)
        });
        // Amounts a user types or a file holds are at most `Money::MAX`.
        let all_states = std::iter::repeat_n(envelope, depts)
            .sum::<Money>()
            .min(Money::MAX);
        let territory = territory.map_or(all_states, |n| n.resolve(all_states, full_year));
        let full = full.unwrap_or(params.full_year.value);
        edit(&mut s, Edit::SetFullYear(year, full));
        edit(&mut s, Edit::SetStateEnvelope(year, envelope));
        edit(&mut s, Edit::SetTerritoryEnvelope(year, territory));
    }
    let floor = settings
        .floor
        .map_or(full_year, |n| n.resolve(full_year, Money::euros(250_000)));
    edit(&mut s, Edit::SetFloor(floor));
    edit(&mut s, Edit::SetRatio(settings.ratio));
    edit(&mut s, Edit::SetBase(settings.base));
    for (&id, &(enabled, swap)) in RuleId::ALL.iter().zip(&settings.rules) {
        edit(&mut s, Edit::SetRuleEnabled(id, enabled));
        // No edit changes a severity or the both-axes minimum: set through the pub fields.
        for rule in s.rules.iter_mut().filter(|r| r.id() == id && swap) {
            rule.severity = match rule.severity {
                Severity::Violation => Severity::Warning,
                Severity::Warning => Severity::Violation,
            };
        }
    }
    let cent = Money::from_cents(1);
    let minimum = settings
        .minimum
        .map_or(cent, |n| n.resolve(cent, Money::euros(100_000)));
    for rule in &mut s.rules {
        if let RuleParams::BothAxes { minimum: m } = &mut rule.params {
            *m = minimum;
        }
    }
    let keys: Vec<CellKey> = s.cell_keys().collect();
    assert_eq!(keys.len(), cells.len());
    for (key, &(state, dept)) in keys.iter().zip(cells) {
        let axis = s.axes.iter().position(|a| a.id == key.axis).unwrap();
        let params = s.year(key.year).unwrap();
        let envelope_share = params.state_envelope.value.split_evenly(axes)[axis];
        let territory_share = params.territory_envelope.value.split_evenly(depts * axes)[0];
        let state = state.map_or(envelope_share, |n| {
            n.resolve(envelope_share, territory_share)
        });
        let matched = state
            .times(settings.ratio)
            .unwrap_or(Money::MAX)
            .min(Money::MAX);
        let floor_share = floor.split_evenly(axes)[axis];
        let dept = dept.map_or(matched.max(floor_share), |n| {
            n.resolve(matched, floor_share)
        });
        s.set_amount(key, Funder::State, state);
        s.set_amount(key, Funder::Departement, dept);
    }
    Case(s)
}

impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.0;
        writeln!(
            f,
            "{} départements × {} years × {} axes",
            s.departements.len(),
            s.years.len(),
            s.axes.len()
        )?;
        for y in &s.years {
            writeln!(
                f,
                "  {} {} envelope {} territory {}",
                y.year,
                if y.full_year.value { "full" } else { "partial" },
                y.state_envelope.value,
                y.territory_envelope.value
            )?;
        }
        for r in &s.rules {
            writeln!(
                f,
                "  rule {} {:?} {:?}{}",
                r.id().slug(),
                r.severity,
                r.params,
                if r.enabled { "" } else { " (off)" }
            )?;
        }
        for (k, c) in &s.cells {
            writeln!(
                f,
                "  {}/{}/{} state {} dept {}",
                k.dept.0, k.year, k.axis.0, c.state, c.departement
            )?;
        }
        Ok(())
    }
}

/// Each rule's findings, checked whether or not the rule is switched on.
fn findings_by_rule(s: &Scenario) -> Vec<(RuleId, Vec<Finding>)> {
    let t = Totals::new(s);
    s.rules.iter().map(|r| (r.id(), r.check(s, &t).1)).collect()
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

/// The same places, limits and amounts; the suggested fix may differ, as it may look at
/// the other funder's amounts to choose a cell.
fn same_findings(a: &[Finding], b: &[Finding]) -> bool {
    let essence = |fs: &[Finding]| -> Vec<(Location, Money, Money, Money)> {
        fs.iter()
            .map(|f| (f.location.clone(), f.expected, f.actual, f.gap))
            .collect()
    };
    essence(a) == essence(b)
}

fn with_amount(s: &Scenario, key: &CellKey, funder: Funder, amount: Money) -> Scenario {
    let mut t = s.clone();
    t.set_amount(key, funder, amount);
    t
}

/// No violated rule has a finding at a place that includes `cell`: what goal-seek answers for.
fn no_violation_at(s: &Scenario, cell: &CellKey) -> bool {
    evaluate(s)
        .rules
        .iter()
        .filter(|r| r.status == Status::Violated)
        .all(|r| r.findings.iter().all(|f| !f.location.covers(cell)))
}

/// Whether applying the report's first fix, evaluating again, and so on, leaves no finding
/// with a fix within `limit` fixes: « Tout corriger » as it was first written.
fn one_at_a_time_fixes_everything(s: &Scenario, limit: usize) -> bool {
    let mut scenario = s.clone();
    for _ in 0..limit {
        let report = evaluate(&scenario);
        let Some(fix) = report.findings().find_map(|f| f.fix.clone()) else {
            return true;
        };
        scenario
            .apply(Edit::ApplyFix(fix), s)
            .expect("a fix sets a cell the scenario has");
    }
    false
}

fn rule_by_id(s: &Scenario, id: RuleId) -> &Rule {
    s.rules.iter().find(|r| r.id() == id).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn totals_equal_the_sum_of_their_cells(case in scenario()) {
        let s = &case.0;
        let t = Totals::new(s);
        for funder in Funder::ALL {
            let all: Money = s.cell_keys().map(|k| s.amount(&k, funder)).sum();
            prop_assert_eq!(t.bassin().get(funder), all);
            for y in &s.years {
                let year: Money = s.cell_keys().filter(|k| k.year == y.year).map(|k| s.amount(&k, funder)).sum();
                prop_assert_eq!(t.get(None, Some(y.year), None).get(funder), year);
            }
            for d in s.departements.iter() {
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
    fn even_split_adds_up_to_the_whole(m in money(), parts in 1usize..40) {
        let split = m.split_evenly(parts);
        prop_assert_eq!(split.len(), parts);
        prop_assert_eq!(split.iter().copied().sum::<Money>(), m);
        let (min, max) = (split.iter().min().unwrap(), split.iter().max().unwrap());
        prop_assert!(max.cents() - min.cents() <= 1);
    }

    #[test]
    fn raising_a_departement_amount_never_creates_a_matching_or_floor_finding(
        case in scenario(), cell in any::<Index>(), delta in delta()
    ) {
        let s = &case.0;
        let keys: Vec<CellKey> = s.cell_keys().collect();
        let key = cell.get(&keys);
        let rules = [RuleId::Matching, RuleId::DeptFloor];
        let before = findings_of(s, &rules);
        let amount = s.amount(key, Funder::Departement).saturating_add(delta);
        let raised = with_amount(s, key, Funder::Departement, amount);
        prop_assert!(no_new_or_worse(&before, &findings_of(&raised, &rules)));
    }

    #[test]
    fn lowering_a_state_amount_never_creates_a_ceiling_finding(
        case in scenario(), cell in any::<Index>(), delta in delta()
    ) {
        let s = &case.0;
        let keys: Vec<CellKey> = s.cell_keys().collect();
        let key = cell.get(&keys);
        let rules = [RuleId::StateCeiling, RuleId::StateTotal];
        let before = findings_of(s, &rules);
        let amount = s.amount(key, Funder::State).saturating_sub(delta);
        let lowered = with_amount(s, key, Funder::State, amount);
        prop_assert!(no_new_or_worse(&before, &findings_of(&lowered, &rules)));
    }

    /// `Rule::effect_of_raising` is what goal-seek relies on: a rule a funder's money Helps
    /// never gets worse when it is raised, one it Hurts never gets worse when it is lowered,
    /// and one it leaves Neutral finds the same shortfalls either way.
    #[test]
    fn every_rule_moves_as_its_declared_effect(
        case in scenario(), cell in any::<Index>(), funder in funder(), delta in delta()
    ) {
        let s = &case.0;
        let keys: Vec<CellKey> = s.cell_keys().collect();
        let key = cell.get(&keys);
        let amount = s.amount(key, funder);
        let raised = with_amount(s, key, funder, amount.saturating_add(delta));
        let lowered = with_amount(s, key, funder, amount.saturating_sub(delta));
        let (before, up, down) = (findings_by_rule(s), findings_by_rule(&raised), findings_by_rule(&lowered));
        for (i, rule) in s.rules.iter().enumerate() {
            let (b, u, d) = (&before[i].1, &up[i].1, &down[i].1);
            let effect = rule.effect_of_raising(funder);
            let honoured = match effect {
                Effect::Helps => no_new_or_worse(b, u) && no_new_or_worse(d, b),
                Effect::Hurts => no_new_or_worse(b, d) && no_new_or_worse(u, b),
                Effect::Neutral => same_findings(b, u) && same_findings(b, d),
            };
            prop_assert!(
                honoured,
                "{} is declared {:?} for {:?} at {:?}: before {:?} raised {:?} lowered {:?}",
                rule.id().slug(), effect, funder, key, b, u, d
            );
        }
    }

    /// A fix is the smallest change to one cell that mends its finding: it mends it, one cent
    /// less leaves exactly one cent, and it moves the funder the way its rule's effect says.
    #[test]
    fn applying_a_suggested_fix_removes_that_finding(case in scenario()) {
        let s = &case.0;
        for f in evaluate(s).findings() {
            let Some(fix) = &f.fix else { continue };
            prop_assert_eq!(s.amount(&fix.cell, fix.funder), fix.from);
            prop_assert_ne!(fix.from, fix.to);
            let effect = rule_by_id(s, f.rule).effect_of_raising(fix.funder);
            let (wanted, short) = if fix.to > fix.from {
                (Effect::Helps, fix.to.checked_sub(Money::from_cents(1)).unwrap())
            } else {
                (Effect::Hurts, fix.to.saturating_add(Money::from_cents(1)))
            };
            prop_assert_eq!(effect, wanted, "fix {:?} for {:?}", fix, f);
            let at = |t: &Scenario| {
                evaluate(t)
                    .findings()
                    .find(|g| g.rule == f.rule && g.location == f.location)
                    .cloned()
            };
            let fixed = with_amount(s, &fix.cell, fix.funder, fix.to);
            prop_assert!(at(&fixed).is_none(), "fix {:?} left {:?}", fix, f);
            let almost = with_amount(s, &fix.cell, fix.funder, short);
            prop_assert_eq!(at(&almost).map(|g| g.gap), Some(Money::from_cents(1)), "fix {:?} is not the smallest", fix);
        }
    }

    /// A fix proposes an amount a user could type and a file can hold (or none at all).
    #[test]
    fn a_suggested_fix_stays_within_what_can_be_typed(case in scenario()) {
        for f in evaluate(&case.0).findings() {
            if let Some(fix) = &f.fix {
                prop_assert!(fix.to <= Money::MAX, "{} proposes {} at {:?}", f.rule.slug(), fix.to, f.location);
            }
        }
    }

    /// Goal-seek bounds by the enabled rules of severity Violation only; warnings advise.
    #[test]
    fn goal_seek_result_holds_and_one_cent_past_it_does_not(
        case in scenario(), cell in any::<Index>(), funder in funder()
    ) {
        let s = &case.0;
        let keys: Vec<CellKey> = s.cell_keys().collect();
        let key = cell.get(&keys);
        let holds = |amount: Money| no_violation_at(&with_amount(s, key, funder, amount), key);
        match goal_seek(s, key, funder) {
            Ok(found) => {
                prop_assert!(found <= Money::MAX);
                prop_assert!(holds(found), "{:?} {:?} found {}", key, funder, found);
                let past = match funder {
                    Funder::Departement => found.checked_sub(Money::from_cents(1)),
                    Funder::State => found.checked_add(Money::from_cents(1)).filter(|m| *m <= Money::MAX),
                };
                if let Some(past) = past {
                    prop_assert!(!holds(past), "{:?} {:?} one cent past {}", key, funder, found);
                }
            }
            Err(_) => {
                // None exists: no candidate, coarse or taken from the scenario, holds.
                let envelope = s.year(key.year).unwrap().state_envelope.value;
                let candidates = [
                    Money::ZERO, Money::from_cents(1), Money::euros(1), Money::euros(10_000),
                    Money::euros(250_000), Money::euros(500_000), Money::euros(1_000_000),
                    s.amount(key, funder), s.amount(key, Funder::State), envelope, Money::MAX,
                ];
                for amount in candidates {
                    prop_assert!(!holds(amount), "{:?} {:?} no solution, yet {} holds", key, funder, amount);
                }
            }
        }
    }

    #[test]
    fn scenarios_survive_a_json_round_trip(case in scenario()) {
        let json = serde_json::to_string(&case.0).unwrap();
        let back: Scenario = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, case.0);
    }

    /// The matching rule asks, over each scope of its base, for exactly ratio × the State's
    /// sum, rounded half to even to the cent, and finds every scope that falls short.
    #[test]
    fn matching_asks_ratio_times_state_rounded_half_even(case in scenario()) {
        let s = &case.0;
        let rule = rule_by_id(s, RuleId::Matching);
        let RuleParams::Matching { ratio, base } = rule.params else { unreachable!() };
        let found: Vec<(Location, Decimal, Decimal, Decimal)> = rule
            .check(s, &Totals::new(s))
            .1
            .into_iter()
            .map(|f| (f.location, f.expected.as_decimal(), f.actual.as_decimal(), f.gap.as_decimal()))
            .collect();
        let mut wanted = Vec::new();
        for d in s.departements.iter() {
            let scopes: Vec<(Option<Year>, Option<usize>)> = match base {
                MatchingBase::DeptPeriod => vec![(None, None)],
                MatchingBase::DeptYear => s.years.iter().map(|y| (Some(y.year), None)).collect(),
                MatchingBase::DeptYearAxis => s.years.iter()
                    .flat_map(|y| (0..s.axes.len()).map(move |a| (Some(y.year), Some(a))))
                    .collect(),
            };
            for (year, axis) in scopes {
                let axis = axis.map(|a| s.axes[a].id.clone());
                let (mut state, mut dept) = (Decimal::ZERO, Decimal::ZERO);
                for k in s.dept_cell_keys(&d.id) {
                    if year.is_none_or(|y| y == k.year) && axis.as_ref().is_none_or(|a| *a == k.axis) {
                        state += s.amount(&k, Funder::State).as_decimal();
                        dept += s.amount(&k, Funder::Departement).as_decimal();
                    }
                }
                let owed = (state * ratio).round_dp_with_strategy(2, RoundingStrategy::MidpointNearestEven);
                if dept < owed {
                    let location = Location { dept: Some(d.id.clone()), year, axis };
                    wanted.push((location, owed, dept, owed - dept));
                }
            }
        }
        prop_assert_eq!(found, wanted, "ratio {} base {:?}", ratio, base);
    }

    #[test]
    fn parsing_a_formatted_amount_gives_it_back(m in money(), lang in lang()) {
        prop_assert_eq!(parse(&lang.money(m), lang), Ok(m));
        prop_assert_eq!(parse(&lang.amount(m), lang), Ok(m));
    }

    #[test]
    fn parsing_a_formatted_ratio_gives_it_back(r in ratio(), lang in lang()) {
        let r = r.normalize();
        prop_assert_eq!(parse_ratio(&lang.number(r), lang), Ok(r));
        prop_assert_eq!(parse_ratio(&format!("{} : 1", lang.number(r)), lang), Ok(r));
    }

    #[test]
    fn parsers_answer_any_printable_text(text in "\\PC{0,300}") {
        answers_within_contract(&text)?;
    }

    #[test]
    fn parsers_answer_any_chars_including_controls(chars in prop::collection::vec(any::<char>(), 0..300)) {
        answers_within_contract(&String::from_iter(chars))?;
    }

    #[test]
    fn parsers_answer_number_like_text(text in "[-+\u{2212}€ ,.:0-9kKmMdDsbnrREeuoUO\u{a0}\u{202f}]{0,120}") {
        answers_within_contract(&text)?;
    }

    /// Right at the limit: a parseable amount padded to `len` characters.
    #[test]
    fn the_length_limit_is_exact(len in 90usize..=110, pad in prop::sample::select(vec![' ', '\u{a0}', '\u{202f}', '0'])) {
        let text: String = if pad == '0' {
            std::iter::repeat_n('0', len - 1).chain(['5']).collect()
        } else {
            std::iter::once('5').chain(std::iter::repeat_n(pad, len - 1)).collect()
        };
        answers_within_contract(&text)?;
        for lang in Lang::ALL {
            if len <= MAX_INPUT_CHARS {
                prop_assert_eq!(parse(&text, lang), Ok(Money::euros(5)));
                prop_assert_eq!(parse_ratio(&text, lang), Ok(Decimal::from(5)));
            }
        }
    }

    /// « Tout corriger » says exactly what it leaves, changes amounts only, and whenever
    /// fixing one finding at a time (with an evaluation between each) fixes everything, so
    /// does it.
    #[test]
    fn fix_all_fixes_what_one_at_a_time_fixes(case in scenario()) {
        let s = &case.0;
        let done = fix_all(s);
        let left: Vec<Finding> = evaluate(&done.scenario).findings().cloned().collect();
        prop_assert_eq!(&done.left, &left);
        prop_assert_eq!(&done.scenario.rules, &s.rules);
        prop_assert_eq!(&done.scenario.years, &s.years);
        prop_assert_eq!(done.scenario.cell_keys().count(), s.cell_keys().count());
        if done.applied == 0 {
            prop_assert_eq!(&done.scenario, s);
        }
        if one_at_a_time_fixes_everything(s, 300) {
            prop_assert!(done.left.iter().all(|f| f.fix.is_none()), "{:?}", done.left);
        }
    }
}

proptest! {
    // 100 000-character inputs: few cases, each long.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn parsers_answer_long_arbitrary_text(chars in prop::collection::vec(any::<char>(), 0..=100_000)) {
        answers_within_contract(&String::from_iter(chars))?;
    }

    #[test]
    fn parsers_answer_long_runs_of_number_pieces(
        runs in prop::collection::vec((prop::sample::select(PIECES.to_vec()), 1usize..=30_000), 1..=8)
    ) {
        let text: String = runs
            .iter()
            .flat_map(|(piece, n)| std::iter::repeat_n(*piece, *n))
            .flat_map(|piece| piece.chars())
            .take(100_000)
            .collect();
        answers_within_contract(&text)?;
    }
}

/// What amounts are made of: signs, digits, separators, multipliers and currency.
const PIECES: [&str; 20] = [
    "-", "\u{2212}", "+", "0", "1", "5", "9", "123", ",", ".", " ", "\u{a0}", "\u{202f}", "k", "M",
    "Md", "€", "euros", "1 000", "0,5",
];

/// The parsers' contract for any text: they answer (a panic fails the case); text past
/// [`MAX_INPUT_CHARS`] is refused as too long and nothing shorter is; what is accepted is
/// within the limits.
fn answers_within_contract(text: &str) -> Result<(), TestCaseError> {
    let long = text.chars().count() > MAX_INPUT_CHARS;
    for lang in Lang::ALL {
        let amount = parse(text, lang);
        let ratio = parse_ratio(text, lang);
        if long {
            prop_assert_eq!(amount, Err(MoneyError::TooLong));
            prop_assert_eq!(ratio, Err(RatioError::TooLong));
            continue;
        }
        prop_assert_ne!(amount, Err(MoneyError::TooLong));
        prop_assert_ne!(ratio, Err(RatioError::TooLong));
        if let Ok(m) = amount {
            prop_assert!(m <= Money::MAX);
            prop_assert_eq!(Money::try_from_decimal(m.as_decimal()), Ok(m));
        }
        if let Ok(r) = ratio {
            prop_assert_eq!(ratio::checked(r), Ok(r));
        }
    }
    Ok(())
}
