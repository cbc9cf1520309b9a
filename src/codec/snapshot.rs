//! A scenario as what it changes in its base: the content of a share link.
//!
//! This is version 1 of the link format, written by postcard field by field in this order:
//! never change these types. A new format version adds its own types beside them and a
//! conversion, so that every link that ever shipped still opens.

use serde::{Deserialize, Serialize};

use super::base::Base;
use crate::domain::money::Money;
use crate::domain::ratio;
use crate::domain::rule::{MatchingBase, RuleId, RuleParams};
use crate::domain::scenario::{CellKey, Funder, Scenario, Year, YearParams};
use crate::domain::validate::{check_years, validated, Invalid};

/// Amounts travel as whole cents.
type Cents = u64;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub base: Base,
    pub title: String,
    pub notes: String,
    /// The scenario's years, when they differ from the base's in any way.
    pub years: Option<Vec<YearEntry>>,
    /// Amounts that differ from the reference grid (the base's amounts in the base's years,
    /// zero in added years), keyed by their place in the grid: département, year, axis,
    /// funder (State first), in increasing order.
    pub amounts: Vec<(u32, Cents)>,
    pub rules: Vec<RuleChange>,
    pub plans: Vec<PlanChange>,
}

/// Variants keep their order: postcard writes the variant's index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum YearEntry {
    /// One of the base's years, with what changed in its parameters.
    Base {
        year: Year,
        full_year: Option<bool>,
        state_envelope: Option<Cents>,
        territory_envelope: Option<Cents>,
    },
    /// A year the user added, copied from another.
    Added {
        year: Year,
        copied_from: Option<Year>,
        full_year: bool,
        state_envelope: Cents,
        territory_envelope: Cents,
    },
}

/// Variants keep their order: postcard writes the variant's index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleChange {
    Enabled(RuleId, bool),
    /// The matching ratio, as its decimal text (`"1.5"`).
    Ratio(String),
    Base(MatchingBase),
    Floor(Cents),
    AxisMinimum(Cents),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChange {
    /// The département's place in the base.
    pub dept: u8,
    pub state: Option<Cents>,
    pub departement: Option<Cents>,
    pub first_year: Option<Year>,
    pub last_year: Option<Year>,
}

impl Snapshot {
    /// What `s` changes in `baseline` (the scenario of `base`). Départements and axes are the
    /// base's: edits cannot change them, and files that do are refused before this.
    pub fn of(base: Base, baseline: &Scenario, s: &Scenario) -> Snapshot {
        let years = (s.years != baseline.years).then(|| {
            s.years
                .iter()
                .map(|y| year_entry(baseline.year(y.year).filter(|_| y.copied_from.is_none()), y))
                .collect()
        });
        let reference = reference_grid(baseline, s);
        let amounts = grid(s)
            .zip(reference)
            .enumerate()
            .filter(|(_, (amount, reference))| amount != reference)
            .map(|(i, (amount, _))| (u32::try_from(i).unwrap_or(u32::MAX), amount.cents()))
            .collect();
        let plans = s
            .departements
            .iter()
            .zip(baseline.departements.iter())
            .enumerate()
            .filter_map(|(i, (d, b))| {
                let (p, q) = (&d.plan, &b.plan);
                let change = PlanChange {
                    dept: u8::try_from(i).unwrap_or(u8::MAX),
                    state: changed(p.state, q.state).map(Money::cents),
                    departement: changed(p.departement, q.departement).map(Money::cents),
                    first_year: changed(p.first_year, q.first_year),
                    last_year: changed(p.last_year, q.last_year),
                };
                let any = change.state.is_some()
                    || change.departement.is_some()
                    || change.first_year.is_some()
                    || change.last_year.is_some();
                any.then_some(change)
            })
            .collect();
        Snapshot {
            base,
            title: s.title.clone(),
            notes: s.notes.clone(),
            years,
            amounts,
            rules: rule_changes(baseline, s),
            plans,
        }
    }

    /// The scenario this describes, checked as a file's would be.
    pub fn restore(&self) -> Result<Scenario, Invalid> {
        let baseline = self.base.scenario()?;
        let mut s = baseline.clone();
        s.title = self.title.clone();
        s.notes = self.notes.clone();
        if let Some(entries) = &self.years {
            s.years = entries
                .iter()
                .map(|e| year_params(&baseline, e))
                .collect::<Result<_, _>>()?;
            // Before the grid is built on them: a link may claim any number of years.
            check_years(&s.years)?;
            s.cells.clear();
            for key in s.cell_keys().collect::<Vec<_>>() {
                let amounts = if is_base_year(&baseline, &s, key.year) {
                    baseline.cell(&key)
                } else {
                    Default::default()
                };
                s.cells.insert(key, amounts);
            }
        }
        self.restore_amounts(&mut s)?;
        for change in &self.rules {
            apply_rule_change(&mut s, change)?;
        }
        for change in &self.plans {
            let plan = &mut s
                .departements_mut()
                .get_mut(usize::from(change.dept))
                .ok_or(Invalid::DeptsDiffer)?
                .plan;
            if let Some(c) = change.state {
                plan.state = money(c)?;
            }
            if let Some(c) = change.departement {
                plan.departement = money(c)?;
            }
            plan.first_year = change.first_year.unwrap_or(plan.first_year);
            plan.last_year = change.last_year.unwrap_or(plan.last_year);
        }
        validated(s)
    }

    fn restore_amounts(&self, s: &mut Scenario) -> Result<(), Invalid> {
        let keys: Vec<(CellKey, Funder)> = grid_keys(s).collect();
        let mut previous: Option<u32> = None;
        for &(i, cents) in &self.amounts {
            if previous.is_some_and(|p| p >= i) {
                return Err(Invalid::CellOutsideGrid);
            }
            previous = Some(i);
            let (key, funder) = usize::try_from(i)
                .ok()
                .and_then(|i| keys.get(i))
                .ok_or(Invalid::CellOutsideGrid)?;
            s.set_amount(key, *funder, money(cents)?);
        }
        Ok(())
    }
}

fn money(cents: Cents) -> Result<Money, Invalid> {
    if cents > Money::MAX.cents() {
        return Err(Invalid::Amount);
    }
    Ok(Money::from_cents(cents))
}

fn changed<T: PartialEq>(value: T, reference: T) -> Option<T> {
    (value != reference).then_some(value)
}

fn year_entry(in_base: Option<&YearParams>, y: &YearParams) -> YearEntry {
    match in_base {
        Some(b) => YearEntry::Base {
            year: y.year,
            full_year: changed(y.full_year.value, b.full_year.value),
            state_envelope: changed(y.state_envelope.value, b.state_envelope.value)
                .map(Money::cents),
            territory_envelope: changed(y.territory_envelope.value, b.territory_envelope.value)
                .map(Money::cents),
        },
        None => YearEntry::Added {
            year: y.year,
            copied_from: y.copied_from,
            full_year: y.full_year.value,
            state_envelope: y.state_envelope.value.cents(),
            territory_envelope: y.territory_envelope.value.cents(),
        },
    }
}

fn year_params(baseline: &Scenario, entry: &YearEntry) -> Result<YearParams, Invalid> {
    match *entry {
        YearEntry::Base {
            year,
            full_year,
            state_envelope,
            territory_envelope,
        } => {
            let mut y = baseline
                .year(year)
                .ok_or(Invalid::UnknownYear(year))?
                .clone();
            y.full_year.value = full_year.unwrap_or(y.full_year.value);
            if let Some(c) = state_envelope {
                y.state_envelope.value = money(c)?;
            }
            if let Some(c) = territory_envelope {
                y.territory_envelope.value = money(c)?;
            }
            Ok(y)
        }
        YearEntry::Added {
            year,
            copied_from,
            full_year,
            state_envelope,
            territory_envelope,
        } => Ok(YearParams::added(
            year,
            copied_from,
            full_year,
            money(state_envelope)?,
            money(territory_envelope)?,
        )),
    }
}

/// Every amount of the grid, in the order links number them.
fn grid_keys(s: &Scenario) -> impl Iterator<Item = (CellKey, Funder)> + '_ {
    s.cell_keys()
        .flat_map(|k| Funder::ALL.into_iter().map(move |f| (k.clone(), f)))
}

fn grid(s: &Scenario) -> impl Iterator<Item = Money> + '_ {
    grid_keys(s).map(|(k, f)| s.amount(&k, f))
}

/// Whether `year` of `s` is the base's own (not added by a user), so that its amounts are
/// measured against the base's.
fn is_base_year(baseline: &Scenario, s: &Scenario, year: Year) -> bool {
    s.year(year)
        .is_some_and(|y| y.copied_from.is_none() && baseline.year(y.year).is_some())
}

/// What an amount is compared with: the base's amount in a year that is the base's, zero
/// in a year the user added.
fn reference_grid<'a>(baseline: &'a Scenario, s: &'a Scenario) -> impl Iterator<Item = Money> + 'a {
    grid_keys(s).map(|(k, f)| {
        if is_base_year(baseline, s, k.year) {
            baseline.amount(&k, f)
        } else {
            Money::ZERO
        }
    })
}

fn rule_changes(baseline: &Scenario, s: &Scenario) -> Vec<RuleChange> {
    let mut changes = Vec::new();
    for rule in &s.rules {
        let Some(before) = baseline.rules.iter().find(|r| r.id() == rule.id()) else {
            continue;
        };
        if rule.enabled != before.enabled {
            changes.push(RuleChange::Enabled(rule.id(), rule.enabled));
        }
        match (&rule.params, &before.params) {
            (
                RuleParams::Matching { ratio, base },
                RuleParams::Matching {
                    ratio: r0,
                    base: b0,
                },
            ) => {
                if ratio != r0 {
                    changes.push(RuleChange::Ratio(ratio.to_string()));
                }
                if base != b0 {
                    changes.push(RuleChange::Base(*base));
                }
            }
            (RuleParams::DeptFloor { floor }, RuleParams::DeptFloor { floor: f0 })
                if floor != f0 =>
            {
                changes.push(RuleChange::Floor(floor.cents()))
            }
            (RuleParams::BothAxes { minimum }, RuleParams::BothAxes { minimum: m0 })
                if minimum != m0 =>
            {
                changes.push(RuleChange::AxisMinimum(minimum.cents()))
            }
            _ => {}
        }
    }
    changes
}

fn apply_rule_change(s: &mut Scenario, change: &RuleChange) -> Result<(), Invalid> {
    for rule in &mut s.rules {
        let this = rule.id();
        match (change, &mut rule.params) {
            (RuleChange::Enabled(id, enabled), _) if this == *id => rule.enabled = *enabled,
            (RuleChange::Ratio(text), RuleParams::Matching { ratio, .. }) => {
                *ratio = ratio::from_text(text).map_err(Invalid::Ratio)?;
            }
            (RuleChange::Base(b), RuleParams::Matching { base, .. }) => *base = *b,
            (RuleChange::Floor(c), RuleParams::DeptFloor { floor }) => *floor = money(*c)?,
            (RuleChange::AxisMinimum(c), RuleParams::BothAxes { minimum }) => *minimum = money(*c)?,
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::domain::defaults::signed_convention;
    use crate::domain::edit::{Edit, PlanField};
    use crate::domain::scenario::DeptId;
    use crate::domain::testing::key;

    fn round_trip(base: Base, edits: Vec<Edit>) -> (Snapshot, Scenario) {
        let baseline = base.scenario().unwrap();
        let mut s = baseline.clone();
        for e in edits {
            s.apply(e, &baseline).unwrap();
        }
        let snap = Snapshot::of(base, &baseline, &s);
        assert_eq!(snap.restore().as_ref(), Ok(&s));
        (snap, s)
    }

    #[test]
    fn the_convention_itself_changes_nothing() {
        let (snap, _) = round_trip(Base::Convention, vec![]);
        assert_eq!(snap.years, None);
        assert!(snap.amounts.is_empty() && snap.rules.is_empty() && snap.plans.is_empty());
    }

    #[test]
    fn every_kind_of_edit_comes_back() {
        let pdc = DeptId("62".into());
        let (snap, _) = round_trip(
            Base::Convention,
            vec![
                Edit::SetAmount {
                    key: key("62", 2021, "prevention"),
                    funder: Funder::State,
                    amount: Money::from_cents(12_345),
                },
                Edit::RemoveYear(2019),
                Edit::AddYear(2023),
                Edit::AddYear(2022),
                Edit::SetAmount {
                    key: key("59", 2023, "insertion"),
                    funder: Funder::Departement,
                    amount: Money::ZERO,
                },
                Edit::SetStateEnvelope(2020, Money::euros(400_000)),
                Edit::SetFullYear(2021, false),
                Edit::SetRatio(Decimal::new(15, 1)),
                Edit::SetBase(MatchingBase::DeptPeriod),
                Edit::SetFloor(Money::euros(1)),
                Edit::SetAxisMinimum(Money::euros(2)),
                Edit::SetRuleEnabled(RuleId::BothAxes, false),
                Edit::SetPlan(pdc.clone(), PlanField::State(Money::euros(7))),
                Edit::SetPlan(pdc, PlanField::LastYear(2024)),
                Edit::SetTitle("Scénario <b>A</b> & « B »".into()),
                Edit::SetNotes("ligne 1\nligne 2".into()),
            ],
        );
        assert_eq!(snap.rules.len(), 5);
        assert_eq!(snap.plans.len(), 1);
    }

    #[test]
    fn a_generated_grid_comes_back() {
        round_trip(
            Base::generated(5, 4, 3),
            vec![
                Edit::AddYear(2030),
                Edit::SetAmount {
                    key: key("D05", 2030, "axe-3"),
                    funder: Funder::State,
                    amount: Money::euros(9),
                },
            ],
        );
    }

    /// A link claiming tens of thousands of added years (a few hundred kilobytes) on the
    /// largest generated grid is refused at its first impossible year, before a grid is built
    /// on them: building first took seconds per thousand years and gigabytes of memory.
    #[test]
    fn years_beyond_the_range_are_refused_before_the_grid_is_built() {
        let base = Base::generated(101, 20, 8);
        let baseline = base.scenario().unwrap();
        let mut snap = Snapshot::of(base, &baseline, &baseline);
        let added = |year| YearEntry::Added {
            year,
            copied_from: None,
            full_year: true,
            state_envelope: 0,
            territory_envelope: 0,
        };
        snap.years = Some((2018..2018 + 40_000).map(added).collect());
        assert_eq!(snap.restore(), Err(Invalid::YearOutOfRange(2041)));
        snap.years = Some(std::iter::repeat_n(2020, 40_000).map(added).collect());
        assert_eq!(snap.restore(), Err(Invalid::YearOutOfOrder(2020)));
    }

    #[test]
    fn what_cannot_be_is_refused() {
        let base = |f: fn(&mut Snapshot)| {
            let mut snap =
                Snapshot::of(Base::Convention, &signed_convention(), &signed_convention());
            f(&mut snap);
            snap.restore()
        };
        assert_eq!(
            base(|s| s.amounts = vec![(24, 1)]),
            Err(Invalid::CellOutsideGrid)
        );
        assert_eq!(
            base(|s| s.amounts = vec![(3, 1), (3, 2)]),
            Err(Invalid::CellOutsideGrid)
        );
        assert_eq!(
            base(|s| s.amounts = vec![(0, u64::MAX)]),
            Err(Invalid::Amount)
        );
        assert_eq!(
            base(|s| s.rules = vec![RuleChange::Ratio("1e30".into())]),
            Err(Invalid::Ratio(ratio::RatioError::NotANumber))
        );
        assert_eq!(
            base(|s| s.rules = vec![RuleChange::Ratio("79228162514264337593543950335".into())]),
            Err(Invalid::Ratio(ratio::RatioError::TooLarge))
        );
        assert_eq!(base(|s| s.years = Some(vec![])), Err(Invalid::NoYear));
        fn year(year: Year) -> YearEntry {
            YearEntry::Base {
                year,
                full_year: None,
                state_envelope: None,
                territory_envelope: None,
            }
        }
        assert_eq!(
            base(|s| s.years = Some(vec![year(2020), year(2020)])),
            Err(Invalid::YearOutOfOrder(2020))
        );
        assert_eq!(
            base(|s| s.years = Some(vec![year(2025)])),
            Err(Invalid::UnknownYear(2025))
        );
        assert_eq!(
            base(|s| {
                s.plans = vec![PlanChange {
                    dept: 2,
                    state: None,
                    departement: None,
                    first_year: None,
                    last_year: None,
                }]
            }),
            Err(Invalid::DeptsDiffer)
        );
        assert_eq!(
            base(|s| s.title = "x".repeat(1000)),
            Err(Invalid::TextTooLong)
        );
        assert_eq!(
            base(|s| s.base = Base::Generated {
                depts: 102,
                years: 1,
                axes: 1
            }),
            Err(Invalid::TooLarge)
        );
    }
}
