//! Every change a user can make to a scenario, as data: the UI's reducer applies these, and
//! undo, autosave and share links can replay them.

use std::rc::Rc;

use rust_decimal::Decimal;

use super::money::Money;
use super::ratio;
use super::report::Fix;
use super::rule::{MatchingBase, RuleId, RuleParams};
use super::scenario::{
    plain_text, CellKey, DeptId, Funder, Scenario, ScenarioError, Year, NOTES_MAX_CHARS,
    TITLE_MAX_CHARS, YEAR_RANGE,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanField {
    State(Money),
    Departement(Money),
    FirstYear(Year),
    LastYear(Year),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    SetAmount {
        key: CellKey,
        funder: Funder,
        amount: Money,
    },
    ApplyFix(Fix),
    SetStateEnvelope(Year, Money),
    SetTerritoryEnvelope(Year, Money),
    SetFullYear(Year, bool),
    SetFloor(Money),
    SetAxisMinimum(Money),
    SetRatio(Decimal),
    SetBase(MatchingBase),
    SetRuleEnabled(RuleId, bool),
    SetPlan(DeptId, PlanField),
    AddYear(Year),
    RemoveYear(Year),
    /// Puts one département's amounts and plan back as they are in `baseline`, for the
    /// years `baseline` has.
    ResetDept(DeptId),
    SetTitle(String),
    SetNotes(String),
}

/// An amount a user can type, and so the edit that typing it makes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AmountField {
    Cell(CellKey, Funder),
    StateEnvelope(Year),
    TerritoryEnvelope(Year),
    Floor,
    AxisMinimum,
    Plan(DeptId, Funder),
}

impl AmountField {
    pub fn edit(&self, amount: Money) -> Edit {
        match self.clone() {
            AmountField::Cell(key, funder) => Edit::SetAmount {
                key,
                funder,
                amount,
            },
            AmountField::StateEnvelope(year) => Edit::SetStateEnvelope(year, amount),
            AmountField::TerritoryEnvelope(year) => Edit::SetTerritoryEnvelope(year, amount),
            AmountField::Floor => Edit::SetFloor(amount),
            AmountField::AxisMinimum => Edit::SetAxisMinimum(amount),
            AmountField::Plan(dept, Funder::State) => Edit::SetPlan(dept, PlanField::State(amount)),
            AmountField::Plan(dept, Funder::Departement) => {
                Edit::SetPlan(dept, PlanField::Departement(amount))
            }
        }
    }

    /// A stable name for the field, unique in a scenario: the page uses it as the element's
    /// id and test id, e.g. `cell-input-62-2021-prevention-dept`.
    pub fn slug(&self) -> String {
        match self {
            AmountField::Cell(k, f) => {
                format!(
                    "cell-input-{}-{}-{}-{}",
                    k.dept.0,
                    k.year,
                    k.axis.0,
                    f.slug()
                )
            }
            AmountField::StateEnvelope(year) => format!("env-{year}"),
            AmountField::TerritoryEnvelope(year) => format!("territory-{year}"),
            AmountField::Floor => "param-floor".into(),
            AmountField::AxisMinimum => "param-axis-minimum".into(),
            AmountField::Plan(dept, f) => format!("plan-{}-{}", dept.0, f.slug()),
        }
    }
}

impl Scenario {
    /// Applies one edit. `baseline` is the scenario resets return to. On error the
    /// scenario is unchanged.
    pub fn apply(&mut self, edit: Edit, baseline: &Scenario) -> Result<(), ScenarioError> {
        match edit {
            Edit::SetAmount {
                key,
                funder,
                amount,
            } => self.set_existing_amount(&key, funder, amount)?,
            Edit::ApplyFix(fix) => self.set_existing_amount(&fix.cell, fix.funder, fix.to)?,
            Edit::SetStateEnvelope(year, amount) => {
                self.year_mut(year)?.state_envelope.value = amount
            }
            Edit::SetTerritoryEnvelope(year, amount) => {
                self.year_mut(year)?.territory_envelope.value = amount
            }
            Edit::SetFullYear(year, full) => self.year_mut(year)?.full_year.value = full,
            Edit::SetFloor(floor) => {
                for rule in &mut self.rules {
                    if let RuleParams::DeptFloor { floor: f } = &mut rule.params {
                        *f = floor;
                    }
                }
            }
            Edit::SetAxisMinimum(minimum) => {
                for rule in &mut self.rules {
                    if let RuleParams::BothAxes { minimum: m } = &mut rule.params {
                        *m = minimum;
                    }
                }
            }
            Edit::SetRatio(ratio) => {
                let ratio = ratio::checked(ratio).map_err(|_| ScenarioError::RatioOutOfRange)?;
                for rule in &mut self.rules {
                    if let RuleParams::Matching { ratio: r, .. } = &mut rule.params {
                        *r = ratio;
                    }
                }
            }
            Edit::SetBase(base) => {
                for rule in &mut self.rules {
                    if let RuleParams::Matching { base: b, .. } = &mut rule.params {
                        *b = base;
                    }
                }
            }
            Edit::SetRuleEnabled(id, enabled) => {
                for rule in self.rules.iter_mut().filter(|r| r.id() == id) {
                    rule.enabled = enabled;
                }
            }
            Edit::SetPlan(dept, field) => {
                let plan = &mut Rc::make_mut(&mut self.departements)
                    .iter_mut()
                    .find(|d| d.id == dept)
                    .ok_or(ScenarioError::UnknownDept)?
                    .plan;
                match field {
                    PlanField::State(m) => plan.state = m,
                    PlanField::Departement(m) => plan.departement = m,
                    PlanField::FirstYear(y) if YEAR_RANGE.contains(&y) && y <= plan.last_year => {
                        plan.first_year = y
                    }
                    PlanField::LastYear(y) if YEAR_RANGE.contains(&y) && y >= plan.first_year => {
                        plan.last_year = y
                    }
                    PlanField::FirstYear(_) | PlanField::LastYear(_) => {
                        return Err(ScenarioError::PeriodInvalid)
                    }
                }
            }
            // A year the original scenario has comes back as it was there; another is new.
            Edit::AddYear(year) if baseline.year(year).is_some() => {
                self.restore_year(baseline, year)?
            }
            Edit::AddYear(year) => self.add_year(year)?,
            Edit::RemoveYear(year) => self.remove_year(year)?,
            Edit::SetTitle(title) => {
                self.title = limited(plain_text(&title, false), TITLE_MAX_CHARS)?
            }
            Edit::SetNotes(notes) => {
                self.notes = limited(plain_text(&notes, true), NOTES_MAX_CHARS)?
            }
            Edit::ResetDept(dept) => {
                let original = baseline
                    .departement(&dept)
                    .ok_or(ScenarioError::UnknownDept)?;
                let target = Rc::make_mut(&mut self.departements)
                    .iter_mut()
                    .find(|d| d.id == dept)
                    .ok_or(ScenarioError::UnknownDept)?;
                *target = original.clone();
                let years: Vec<Year> = self.years.iter().map(|y| y.year).collect();
                for key in baseline
                    .dept_cell_keys(&dept)
                    .filter(|k| years.contains(&k.year))
                {
                    self.cells.insert(key.clone(), baseline.cell(&key));
                }
            }
        }
        Ok(())
    }

    /// Sets a cell of the grid; a cell outside it (a year, département or axis the scenario
    /// does not have) is refused rather than stored where nothing shows it.
    fn set_existing_amount(
        &mut self,
        key: &CellKey,
        funder: Funder,
        amount: Money,
    ) -> Result<(), ScenarioError> {
        if self.year(key.year).is_none()
            || self.departement(&key.dept).is_none()
            || self.axis(&key.axis).is_none()
        {
            return Err(ScenarioError::UnknownCell);
        }
        self.set_amount(key, funder, amount);
        Ok(())
    }

    fn year_mut(&mut self, year: Year) -> Result<&mut super::scenario::YearParams, ScenarioError> {
        self.years
            .iter_mut()
            .find(|y| y.year == year)
            .ok_or(ScenarioError::UnknownYear)
    }

    /// The cells whose amounts differ from `baseline`, with the baseline amount; cells of
    /// years the baseline does not have are new, not changed.
    pub fn changed_from(
        &self,
        baseline: &Scenario,
        key: &CellKey,
        funder: Funder,
    ) -> Option<Money> {
        baseline.year(key.year)?;
        baseline.departement(&key.dept)?;
        let before = baseline.amount(key, funder);
        (before != self.amount(key, funder)).then_some(before)
    }
}

/// A user's text, refused past `max` characters (counted as people count them, not in bytes).
fn limited(text: String, max: usize) -> Result<String, ScenarioError> {
    if text.chars().nth(max).is_some() {
        return Err(ScenarioError::TextTooLong);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::signed_convention;
    use crate::domain::rules::evaluate;
    use crate::domain::testing::key;

    #[test]
    fn edits_apply_and_refuse_what_makes_no_sense() {
        let base = signed_convention();
        let mut s = base.clone();
        let k = key("62", 2021, "prevention");
        s.apply(
            Edit::SetAmount {
                key: k.clone(),
                funder: Funder::Departement,
                amount: Money::euros(200_000),
            },
            &base,
        )
        .unwrap();
        assert_eq!(
            s.changed_from(&base, &k, Funder::Departement),
            Some(Money::euros(310_000))
        );
        assert_eq!(s.changed_from(&base, &k, Funder::State), None);
        let fix = evaluate(&s).findings().next().unwrap().fix.clone().unwrap();
        s.apply(Edit::ApplyFix(fix), &base).unwrap();
        assert!(evaluate(&s).all_hold());

        assert_eq!(
            s.apply(Edit::SetRatio(Decimal::from(11)), &base),
            Err(ScenarioError::RatioOutOfRange)
        );
        assert_eq!(
            s.apply(Edit::SetFullYear(2030, true), &base),
            Err(ScenarioError::UnknownYear)
        );
        assert_eq!(
            s.apply(
                Edit::SetPlan(DeptId("62".into()), PlanField::FirstYear(2022)),
                &base
            ),
            Err(ScenarioError::PeriodInvalid)
        );
        assert_eq!(s, base);
    }

    #[test]
    fn each_field_makes_its_own_edit() {
        let base = signed_convention();
        let k = key("62", 2021, "prevention");
        let fields = [
            AmountField::Cell(k.clone(), Funder::Departement),
            AmountField::Cell(k, Funder::State),
            AmountField::StateEnvelope(2020),
            AmountField::TerritoryEnvelope(2020),
            AmountField::Floor,
            AmountField::AxisMinimum,
            AmountField::Plan(DeptId("62".into()), Funder::State),
            AmountField::Plan(DeptId("62".into()), Funder::Departement),
        ];
        let slugs: std::collections::BTreeSet<String> =
            fields.iter().map(AmountField::slug).collect();
        assert_eq!(slugs.len(), fields.len(), "slugs are unique");
        assert!(slugs.contains("cell-input-62-2021-prevention-dept"));
        for field in fields {
            let mut s = base.clone();
            s.apply(field.edit(Money::euros(123)), &base).unwrap();
            assert_ne!(s, base, "{field:?} changes the scenario");
        }
    }

    #[test]
    fn a_removed_year_comes_back_as_it_was() {
        let base = signed_convention();
        let mut s = base.clone();
        s.apply(Edit::RemoveYear(2021), &base).unwrap();
        s.apply(Edit::RemoveYear(2020), &base).unwrap();
        s.apply(Edit::AddYear(2020), &base).unwrap();
        s.apply(Edit::AddYear(2021), &base).unwrap();
        assert_eq!(s, base);
        assert_eq!(
            s.apply(Edit::AddYear(2021), &base),
            Err(ScenarioError::YearExists)
        );
    }

    #[test]
    fn parameters_move_the_rules() {
        let base = signed_convention();
        let mut s = base.clone();
        s.apply(Edit::SetFullYear(2019, true), &base).unwrap();
        assert_eq!(
            evaluate(&s).rule(RuleId::DeptFloor).unwrap().findings.len(),
            2
        );
        s.apply(Edit::SetFloor(Money::euros(250_000)), &base)
            .unwrap();
        assert!(evaluate(&s).all_hold());
        s.apply(Edit::SetRatio(Decimal::TWO), &base).unwrap();
        assert_eq!(
            evaluate(&s).rule(RuleId::Matching).unwrap().findings.len(),
            6
        );
        s.apply(Edit::SetRuleEnabled(RuleId::Matching, false), &base)
            .unwrap();
        assert!(evaluate(&s).all_hold());
        s.apply(Edit::SetStateEnvelope(2020, Money::euros(400_000)), &base)
            .unwrap();
        assert_eq!(
            evaluate(&s)
                .rule(RuleId::StateCeiling)
                .unwrap()
                .findings
                .len(),
            2
        );
    }

    #[test]
    fn a_departement_resets_to_the_signed_convention() {
        let base = signed_convention();
        let mut s = base.clone();
        let pdc = DeptId("62".into());
        s.apply(
            Edit::SetAmount {
                key: key("62", 2020, "insertion"),
                funder: Funder::State,
                amount: Money::ZERO,
            },
            &base,
        )
        .unwrap();
        s.apply(
            Edit::SetAmount {
                key: key("59", 2020, "insertion"),
                funder: Funder::State,
                amount: Money::ZERO,
            },
            &base,
        )
        .unwrap();
        s.apply(
            Edit::SetPlan(pdc.clone(), PlanField::State(Money::ZERO)),
            &base,
        )
        .unwrap();
        s.apply(Edit::AddYear(2022), &base).unwrap();
        s.apply(Edit::ResetDept(pdc), &base).unwrap();
        assert_eq!(
            s.amount(&key("62", 2020, "insertion"), Funder::State),
            Money::euros(190_000)
        );
        assert_eq!(s.departements[1], base.departements[1]);
        assert_eq!(
            s.amount(&key("59", 2020, "insertion"), Funder::State),
            Money::ZERO,
            "Nord untouched"
        );
        assert_eq!(s.years.len(), 4, "added years stay");
    }
}
