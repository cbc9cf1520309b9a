//! What a scenario from outside (a link, a file, the browser's storage) must satisfy before
//! the app opens it: the invariants that edits keep. Each breach is named, never a panic.

use std::collections::BTreeSet;

use super::defaults::signed_convention;
use super::ratio::{self, RatioError};
use super::rule::{RuleId, RuleParams};
use super::scenario::{
    plain_text, AxisId, DeptId, Scenario, Year, YearParams, NOTES_MAX_CHARS, TITLE_MAX_CHARS,
    YEAR_RANGE,
};

/// Why a scenario from outside cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    NoYear,
    NoDepartement,
    NoAxis,
    YearOutOfRange(Year),
    /// Years must come in increasing order, each once: this one breaks it.
    YearOutOfOrder(Year),
    DeptTwice(DeptId),
    AxisTwice(AxisId),
    /// Départements other than those of the scenario it builds on.
    DeptsDiffer,
    /// Axes other than those of the scenario it builds on.
    AxesDiffer,
    /// An amount for a year, département or axis the scenario does not have.
    CellOutsideGrid,
    /// An amount above [`Money::MAX`](super::money::Money::MAX), negative, or finer than
    /// the cent.
    Amount,
    Ratio(RatioError),
    /// A plan whose first year follows its last, or outside the years a scenario may hold.
    PlanPeriod(DeptId),
    RuleTwice(RuleId),
    /// A title or notes past their limit.
    TextTooLong,
    /// A grid larger than the app opens (départements × years × axes).
    TooLarge,
    /// A year said to be the base's, which the base does not have.
    UnknownYear(Year),
}

/// Checks every invariant; on success the scenario is also complete: each grid cell holds an
/// amount (zero when none was given) and each rule the app knows is there once, in the
/// convention's order (a rule a file predates comes with the convention's setting).
pub fn validated(mut s: Scenario) -> Result<Scenario, Invalid> {
    check_structure(&s)?;
    check_plans(&s)?;
    check_cells(&s)?;
    check_rules(&s)?;
    if s.title.chars().nth(TITLE_MAX_CHARS).is_some()
        || s.notes.chars().nth(NOTES_MAX_CHARS).is_some()
    {
        return Err(Invalid::TextTooLong);
    }
    complete(&mut s);
    Ok(s)
}

fn check_structure(s: &Scenario) -> Result<(), Invalid> {
    check_years(&s.years)?;
    if s.departements.is_empty() {
        return Err(Invalid::NoDepartement);
    }
    if s.axes.is_empty() {
        return Err(Invalid::NoAxis);
    }
    let mut depts = BTreeSet::new();
    if let Some(d) = s.departements.iter().find(|d| !depts.insert(&d.id)) {
        return Err(Invalid::DeptTwice(d.id.clone()));
    }
    let mut axes = BTreeSet::new();
    if let Some(a) = s.axes.iter().find(|a| !axes.insert(&a.id)) {
        return Err(Invalid::AxisTwice(a.id.clone()));
    }
    Ok(())
}

/// At least one year, each within [`YEAR_RANGE`], in increasing order: so never more years
/// than the range holds, whatever the input claims. A decoder checks this before building a
/// grid on the years.
pub fn check_years(years: &[YearParams]) -> Result<(), Invalid> {
    if years.is_empty() {
        return Err(Invalid::NoYear);
    }
    let mut previous: Option<Year> = None;
    for y in years {
        if !YEAR_RANGE.contains(&y.year) {
            return Err(Invalid::YearOutOfRange(y.year));
        }
        if previous.is_some_and(|p| p >= y.year) {
            return Err(Invalid::YearOutOfOrder(y.year));
        }
        previous = Some(y.year);
    }
    Ok(())
}

fn check_plans(s: &Scenario) -> Result<(), Invalid> {
    for d in s.departements.iter() {
        let p = &d.plan;
        let inside = |y: &Year| YEAR_RANGE.contains(y) && p.years().contains(y);
        if p.first_year > p.last_year || !inside(&p.first_year) || !inside(&p.last_year) {
            return Err(Invalid::PlanPeriod(d.id.clone()));
        }
        if !p.per_year.keys().all(inside) {
            return Err(Invalid::PlanPeriod(d.id.clone()));
        }
    }
    Ok(())
}

fn check_cells(s: &Scenario) -> Result<(), Invalid> {
    // Inserted one by one: collecting into a set would sort, and bring a sort into the bundle.
    let mut years = BTreeSet::new();
    s.years.iter().for_each(|y| {
        years.insert(y.year);
    });
    let mut depts: BTreeSet<&DeptId> = BTreeSet::new();
    s.departements.iter().for_each(|d| {
        depts.insert(&d.id);
    });
    let mut axes: BTreeSet<&AxisId> = BTreeSet::new();
    s.axes.iter().for_each(|a| {
        axes.insert(&a.id);
    });
    let outside = s
        .cells
        .keys()
        .any(|k| !years.contains(&k.year) || !depts.contains(&k.dept) || !axes.contains(&k.axis));
    if outside {
        return Err(Invalid::CellOutsideGrid);
    }
    Ok(())
}

fn check_rules(s: &Scenario) -> Result<(), Invalid> {
    let mut seen = BTreeSet::new();
    for rule in &s.rules {
        if !seen.insert(rule.id()) {
            return Err(Invalid::RuleTwice(rule.id()));
        }
        if let RuleParams::Matching { ratio, .. } = rule.params {
            ratio::checked(ratio).map_err(Invalid::Ratio)?;
        }
    }
    Ok(())
}

fn complete(s: &mut Scenario) {
    s.title = plain_text(&s.title, false);
    s.notes = plain_text(&s.notes, true);
    let keys: Vec<_> = s.cell_keys().collect();
    for key in keys {
        s.cells.entry(key).or_default();
    }
    let mut given = std::mem::take(&mut s.rules);
    let defaults = signed_convention().rules;
    s.rules = RuleId::ALL
        .iter()
        .filter_map(|id| {
            let at = given.iter().position(|r| r.id() == *id);
            match at {
                Some(i) => Some(given.swap_remove(i)),
                None => defaults.iter().find(|r| r.id() == *id).cloned(),
            }
        })
        .map(|mut rule| {
            if let RuleParams::Matching { ratio, .. } = &mut rule.params {
                // Checked above; normalised as an edit would (`2.00` → `2`).
                *ratio = ratio.normalize();
            }
            rule
        })
        .collect();
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::domain::defaults::generated;
    use crate::domain::testing::key;

    fn broken(f: impl FnOnce(&mut Scenario)) -> Result<Scenario, Invalid> {
        let mut s = signed_convention();
        f(&mut s);
        validated(s)
    }

    #[test]
    fn the_app_s_own_scenarios_are_valid_and_already_complete() {
        for s in [
            signed_convention(),
            generated(3, 4, 3),
            generated(20, 20, 8),
        ] {
            assert_eq!(validated(s.clone()), Ok(s));
        }
    }

    #[test]
    fn each_breach_is_named() {
        let year = |y: Year| move |s: &mut Scenario| s.years[0].year = y;
        type Breach = Box<dyn FnOnce(&mut Scenario)>;
        let cases: Vec<(Breach, Invalid)> = vec![
            (Box::new(|s| s.years.clear()), Invalid::NoYear),
            (
                Box::new(|s| s.departements_mut().clear()),
                Invalid::NoDepartement,
            ),
            (Box::new(|s| s.axes.clear()), Invalid::NoAxis),
            (Box::new(year(2017)), Invalid::YearOutOfRange(2017)),
            (Box::new(year(2041)), Invalid::YearOutOfRange(2041)),
            (Box::new(year(2020)), Invalid::YearOutOfOrder(2020)),
            (
                Box::new(|s| s.years.swap(1, 2)),
                Invalid::YearOutOfOrder(2020),
            ),
            (
                Box::new(|s| {
                    let first = s.departements[0].clone();
                    s.departements_mut().push(first)
                }),
                Invalid::DeptTwice(DeptId("59".into())),
            ),
            (
                Box::new(|s| s.axes.push(s.axes[1].clone())),
                Invalid::AxisTwice(AxisId("prevention".into())),
            ),
            (
                Box::new(|s| {
                    s.cells
                        .insert(key("62", 2030, "insertion"), Default::default());
                }),
                Invalid::CellOutsideGrid,
            ),
            (
                Box::new(|s| {
                    s.cells
                        .insert(key("75", 2020, "insertion"), Default::default());
                }),
                Invalid::CellOutsideGrid,
            ),
            (
                Box::new(|s| {
                    s.departements_mut()[1].plan.first_year = 2022;
                }),
                Invalid::PlanPeriod(DeptId("62".into())),
            ),
            (
                Box::new(|s| {
                    s.departements_mut()[0].plan.last_year = 2050;
                }),
                Invalid::PlanPeriod(DeptId("59".into())),
            ),
            (
                Box::new(|s| s.rules.push(s.rules[0].clone())),
                Invalid::RuleTwice(RuleId::StateCeiling),
            ),
            (
                Box::new(|s| {
                    for r in &mut s.rules {
                        if let RuleParams::Matching { ratio, .. } = &mut r.params {
                            *ratio = Decimal::from(1_000_000_000u64);
                        }
                    }
                }),
                Invalid::Ratio(RatioError::TooLarge),
            ),
            (
                Box::new(|s| s.title = "x".repeat(TITLE_MAX_CHARS + 1)),
                Invalid::TextTooLong,
            ),
            (
                Box::new(|s| s.notes = "é".repeat(NOTES_MAX_CHARS + 1)),
                Invalid::TextTooLong,
            ),
        ];
        for (breach, expected) in cases {
            assert_eq!(broken(breach), Err(expected));
        }
    }

    #[test]
    fn titles_and_notes_are_plain_text() {
        let s = broken(|s| {
            s.title = "A\u{0}B\u{1b}[31m\nC".into();
            s.notes = "ligne 1\r\nligne\t2\u{7}".into();
        })
        .unwrap();
        assert_eq!(s.title, "AB[31mC");
        assert_eq!(s.notes, "ligne 1\nligne\t2");
    }

    #[test]
    fn texts_at_their_limit_are_kept() {
        let s = broken(|s| {
            s.title = "é".repeat(TITLE_MAX_CHARS);
            s.notes = "<b>".repeat(NOTES_MAX_CHARS / 3);
        })
        .unwrap();
        assert_eq!(s.title.chars().count(), TITLE_MAX_CHARS);
    }

    #[test]
    fn missing_cells_and_rules_are_filled_in_and_rules_put_in_order() {
        let complete = signed_convention();
        let s = broken(|s| {
            s.cells.remove(&key("62", 2021, "prevention"));
            s.rules.retain(|r| r.id() != RuleId::StateCommitment);
            s.rules.reverse();
        })
        .unwrap();
        assert_eq!(s.cell(&key("62", 2021, "prevention")), Default::default());
        assert!(s.cells.contains_key(&key("62", 2021, "prevention")));
        assert_eq!(s.rules, complete.rules);
    }
}
