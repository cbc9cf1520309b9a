//! Sums of the grid along every combination of département, year and axis.

use std::collections::BTreeMap;

use super::scenario::{AxisId, Contribution, DeptId, Scenario, Year};

/// Every total of the grid: each cell's amounts are added to its own scope, then each
/// "all" is summed from the scopes one step finer (a département-year from its axes, a
/// département from its years, the bassin minier from its départements…): three additions
/// per cell where adding each cell to the eight scopes it belongs to took eight. Scopes are
/// held in a dense array indexed by the positions of the scenario's départements, years and
/// axes, with one extra position meaning "all"; only the scenario's own départements, years
/// and axes count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Each département's position: a national scenario has 101, looked up for each of its
    /// 4 040 cells and by every grid and summary, so not searched one by one.
    depts: BTreeMap<DeptId, usize>,
    years: Vec<Year>,
    axes: Vec<AxisId>,
    sums: Vec<Contribution>,
}

impl Totals {
    pub fn new(s: &Scenario) -> Totals {
        let mut t = Totals {
            depts: BTreeMap::new(),
            years: s.years.iter().map(|y| y.year).collect(),
            axes: s.axes.iter().map(|a| a.id.clone()).collect(),
            sums: Vec::new(),
        };
        for d in s.departements.iter() {
            let next = t.depts.len();
            t.depts.entry(d.id.clone()).or_insert(next);
        }
        let (d_all, y_all, a_all) = (t.depts.len(), t.years.len(), t.axes.len());
        t.sums = vec![Contribution::default(); (d_all + 1) * (y_all + 1) * (a_all + 1)];
        // The cells are ordered by département first: its position is looked up once per run.
        let mut dept: Option<(&DeptId, Option<usize>)> = None;
        for (key, cell) in &s.cells {
            let d = match dept {
                Some((id, d)) if *id == key.dept => d,
                _ => {
                    let d = t.depts.get(&key.dept).copied();
                    dept = Some((&key.dept, d));
                    d
                }
            };
            let found = (
                d,
                t.years.iter().position(|y| *y == key.year),
                t.axes.iter().position(|a| *a == key.axis),
            );
            let (Some(d), Some(y), Some(a)) = found else {
                continue;
            };
            let i = t.index(d, y, a);
            t.sums[i] = t.sums[i].plus(*cell);
        }
        // Axes first, then years over every axis and "all", then départements over both.
        for d in 0..d_all {
            for y in 0..y_all {
                t.sum_into(t.index(d, y, a_all), (0..a_all).map(|a| (d, y, a)));
            }
        }
        for d in 0..d_all {
            for a in 0..=a_all {
                t.sum_into(t.index(d, y_all, a), (0..y_all).map(|y| (d, y, a)));
            }
        }
        for y in 0..=y_all {
            for a in 0..=a_all {
                t.sum_into(t.index(d_all, y, a), (0..d_all).map(|d| (d, y, a)));
            }
        }
        t
    }

    fn sum_into(&mut self, into: usize, from: impl Iterator<Item = (usize, usize, usize)>) {
        let sum = from.fold(Contribution::default(), |sum, (d, y, a)| {
            sum.plus(self.sums[self.index(d, y, a)])
        });
        self.sums[into] = sum;
    }

    fn index(&self, d: usize, y: usize, a: usize) -> usize {
        (d * (self.years.len() + 1) + y) * (self.axes.len() + 1) + a
    }

    /// The total over a scope; `None` in a field means "all of them". A département, year or
    /// axis the scenario does not have totals zero.
    pub fn get(
        &self,
        dept: Option<&DeptId>,
        year: Option<Year>,
        axis: Option<&AxisId>,
    ) -> Contribution {
        let d = match dept {
            Some(id) => self.depts.get(id).copied(),
            None => Some(self.depts.len()),
        };
        let y = match year {
            Some(year) => self.years.iter().position(|y| *y == year),
            None => Some(self.years.len()),
        };
        let a = match axis {
            Some(id) => self.axes.iter().position(|a| a == id),
            None => Some(self.axes.len()),
        };
        match (d, y, a) {
            (Some(d), Some(y), Some(a)) => self.sums[self.index(d, y, a)],
            _ => Contribution::default(),
        }
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
        assert_eq!(
            t.get(Some(&DeptId("75".into())), None, None),
            Contribution::default()
        );
        assert_eq!(t.get(None, Some(2030), None), Contribution::default());
    }
}
