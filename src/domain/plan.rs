//! What the bassin minier amounts (State and Département) add to each département's own plan.

use rust_decimal::Decimal;

use super::money::Money;
use super::scenario::{Contribution, DeptId, Scenario, Year};
use super::totals::Totals;

/// One year (or the whole period) of a département's plan plus its bassin minier amounts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    /// `None` on the row of totals.
    pub year: Option<Year>,
    pub plan: Contribution,
    /// The bassin minier amounts of the same year (or period), State and Département.
    pub bassin: Contribution,
}

impl PlanRow {
    pub fn total(&self) -> Money {
        self.plan.total().saturating_add(self.bassin.total())
    }

    /// What the bassin minier amounts add to the plan, as a ratio (0.125 for +12,5 %); `None` when
    /// there is no plan to add to.
    pub fn share_added(&self) -> Option<Decimal> {
        self.bassin.total().ratio_to(self.plan.total())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanView {
    pub dept: DeptId,
    pub rows: Vec<PlanRow>,
    pub total: PlanRow,
}

/// The plan over its period, year by year, with the bassin minier amounts of the same years; the
/// scenario's years outside the plan's period do not count.
pub fn plan_view(s: &Scenario, totals: &Totals, dept: &DeptId) -> Option<PlanView> {
    let d = s.departement(dept)?;
    let rows: Vec<PlanRow> = d
        .plan
        .yearly()
        .into_iter()
        .map(|(year, plan)| PlanRow {
            year: Some(year),
            plan,
            bassin: totals.get(Some(dept), Some(year), None),
        })
        .collect();
    let total = PlanRow {
        year: None,
        plan: rows
            .iter()
            .fold(Contribution::default(), |acc, r| acc.plus(r.plan)),
        bassin: rows
            .iter()
            .fold(Contribution::default(), |acc, r| acc.plus(r.bassin)),
    };
    Some(PlanView {
        dept: dept.clone(),
        rows,
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::{signed_convention, NORD, PAS_DE_CALAIS};

    #[test]
    fn pas_de_calais_matches_the_press_release() {
        let s = signed_convention();
        let v = plan_view(&s, &Totals::new(&s), &DeptId(PAS_DE_CALAIS.into())).unwrap();
        assert_eq!(v.total.plan.total(), Money::euros(20_000_000));
        assert_eq!(v.total.bassin.total(), Money::euros(2_500_000));
        assert_eq!(v.total.total(), Money::euros(22_500_000));
        assert_eq!(v.total.share_added(), Some("0.125".parse().unwrap()));
        assert_eq!(v.rows.len(), 3);
        assert_eq!(v.rows[0].bassin.total(), Money::euros(500_000));
        assert_eq!(v.rows[1].bassin.total(), Money::euros(1_000_000));
        // 10 M€ over three years, to the cent.
        assert_eq!(v.rows[0].plan.state, Money::from_cents(333_333_334));
        assert_eq!(v.rows[2].plan.state, Money::from_cents(333_333_333));
    }

    #[test]
    fn nord_adds_five_percent() {
        let s = signed_convention();
        let v = plan_view(&s, &Totals::new(&s), &DeptId(NORD.into())).unwrap();
        assert_eq!(v.total.total(), Money::euros(52_500_000));
        assert_eq!(v.total.share_added(), Some("0.05".parse().unwrap()));
    }

    #[test]
    fn years_outside_the_plan_do_not_count_and_missing_ones_count_zero() {
        let mut s = signed_convention();
        s.add_year(2022).unwrap();
        let pdc = DeptId(PAS_DE_CALAIS.into());
        let v = plan_view(&s, &Totals::new(&s), &pdc).unwrap();
        assert_eq!(v.total.bassin.total(), Money::euros(2_500_000));
        s.remove_year(2019).unwrap();
        let v = plan_view(&s, &Totals::new(&s), &pdc).unwrap();
        assert_eq!(v.rows[0].bassin.total(), Money::ZERO);
        assert_eq!(v.total.bassin.total(), Money::euros(2_000_000));
    }

    #[test]
    fn per_year_plan_amounts_win_over_the_even_spread() {
        let mut s = signed_convention();
        let pdc = DeptId(PAS_DE_CALAIS.into());
        let plan = &mut s.departements_mut()[1].plan;
        plan.per_year.insert(
            2019,
            Contribution::new(Money::euros(2_000_000), Money::euros(2_000_000)),
        );
        plan.per_year.insert(
            2020,
            Contribution::new(Money::euros(4_000_000), Money::euros(4_000_000)),
        );
        let v = plan_view(&s, &Totals::new(&s), &pdc).unwrap();
        assert_eq!(v.rows[0].plan.total(), Money::euros(4_000_000));
        assert_eq!(v.rows[2].plan.total(), Money::ZERO);
        assert_eq!(v.total.plan.total(), Money::euros(12_000_000));
    }
}
