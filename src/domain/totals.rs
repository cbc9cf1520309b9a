//! Sums of the grid along every combination of département, year and axis.

use std::collections::HashMap;

use super::report::Location;
use super::scenario::{AxisId, Contribution, DeptId, Scenario, Year};

/// Every total of the grid, computed in one pass: for each cell, its amounts are added to
/// the eight scopes it belongs to (itself, its département-year, its département, …, the
/// whole bassin minier). Only years and axes of the scenario count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    sums: HashMap<Location, Contribution>,
}

impl Totals {
    pub fn new(s: &Scenario) -> Totals {
        let mut sums: HashMap<Location, Contribution> = HashMap::new();
        for key in s.cell_keys() {
            let cell = s.cell(&key);
            for mask in 0..8u8 {
                let scope = Location {
                    dept: (mask & 1 != 0).then(|| key.dept.clone()),
                    year: (mask & 2 != 0).then_some(key.year),
                    axis: (mask & 4 != 0).then(|| key.axis.clone()),
                };
                let entry = sums.entry(scope).or_default();
                *entry = entry.plus(cell);
            }
        }
        Totals { sums }
    }

    /// The total over a scope; `None` in a field means "all of them".
    pub fn get(
        &self,
        dept: Option<&DeptId>,
        year: Option<Year>,
        axis: Option<&AxisId>,
    ) -> Contribution {
        let scope = Location {
            dept: dept.cloned(),
            year,
            axis: axis.cloned(),
        };
        self.sums.get(&scope).copied().unwrap_or_default()
    }

    /// The whole bassin minier, every year and axis.
    pub fn bassin(&self) -> Contribution {
        self.get(None, None, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::{signed_convention, INSERTION, PAS_DE_CALAIS};
    use crate::domain::money::Money;

    #[test]
    fn press_release_totals() {
        let s = signed_convention();
        let t = Totals::new(&s);
        let pdc = DeptId(PAS_DE_CALAIS.into());
        let c = t.get(Some(&pdc), None, None);
        assert_eq!(c.state, Money::euros(1_250_000));
        assert_eq!(c.departement, Money::euros(1_250_000));
        assert_eq!(t.get(None, Some(2020), None).state, Money::euros(1_000_000));
        assert_eq!(
            t.get(Some(&pdc), None, Some(&AxisId(INSERTION.into())))
                .state,
            Money::euros(475_000)
        );
        assert_eq!(t.bassin().total(), Money::euros(5_000_000));
    }
}
