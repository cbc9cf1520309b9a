//! Scenarios side by side, beside the signed convention: the figures a workshop compares,
//! each with its difference from the convention's.

use rust_decimal::Decimal;

use super::money::Money;
use super::plan::plan_view;
use super::report::Status;
use super::rules::evaluate_with;
use super::scenario::{DeptId, Scenario};
use super::totals::Totals;

/// The figures of one scenario for one département, over its plan's period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeptFigures {
    pub dept: DeptId,
    pub name: String,
    pub plan: Money,
    pub bassin_state: Money,
    pub bassin_departement: Money,
    pub total: Money,
    pub share_added: Option<Decimal>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    pub depts: Vec<DeptFigures>,
    /// Rules violated.
    pub violations: usize,
}

pub fn figures(s: &Scenario) -> Figures {
    let totals = Totals::new(s);
    let report = evaluate_with(s, &totals);
    let depts = s
        .departements
        .iter()
        .filter_map(|d| {
            let v = plan_view(s, &totals, &d.id)?;
            Some(DeptFigures {
                dept: d.id.clone(),
                name: d.name.clone(),
                plan: v.total.plan.total(),
                bassin_state: v.total.bassin.state,
                bassin_departement: v.total.bassin.departement,
                total: v.total.total(),
                share_added: v.total.share_added(),
            })
        })
        .collect();
    Figures {
        depts,
        violations: report.count(Status::Violated),
    }
}

/// `value − reference` in euros, signed (an amount cannot be negative, a difference can).
pub fn difference(value: Money, reference: Money) -> Decimal {
    value.as_decimal() - reference.as_decimal()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::signed_convention;
    use crate::domain::edit::Edit;
    use crate::domain::scenario::Funder;
    use crate::domain::testing::key;

    #[test]
    fn figures_and_differences_follow_the_report() {
        let base = signed_convention();
        let f = figures(&base);
        assert_eq!(f.violations, 0);
        assert_eq!(f.depts[1].total, Money::euros(22_500_000));
        let mut cut = base.clone();
        cut.apply(
            Edit::SetAmount {
                key: key("62", 2021, "prevention"),
                funder: Funder::Departement,
                amount: Money::euros(200_000),
            },
            &base,
        )
        .unwrap();
        let g = figures(&cut);
        assert_eq!(g.violations, 2);
        assert_eq!(
            difference(g.depts[1].total, f.depts[1].total),
            Decimal::from(-110_000)
        );
        assert_eq!(g.depts[1].bassin_departement, Money::euros(1_140_000));
    }
}
