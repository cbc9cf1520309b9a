//! A tiny scenario builder for the core's table-driven tests.
use super::defaults::signed_convention;
use super::money::Money;
use super::scenario::{AxisId, CellKey, DeptId, Funder, Scenario, Year};

/// A change to one cell: `(dept, year, axis, funder, euros)`.
pub type Change<'a> = (&'a str, Year, &'a str, Funder, u32);

pub const PDC: &str = "62";
pub const NORD: &str = "59";

pub fn key(dept: &str, year: Year, axis: &str) -> CellKey {
    CellKey::new(&DeptId(dept.into()), year, &AxisId(axis.into()))
}

/// One line per finding, for tables: `62/2021/- gap 10000 fix prevention state 310000`.
pub fn summary(findings: &[super::report::Finding]) -> Vec<String> {
    findings
        .iter()
        .map(|f| {
            let l = &f.location;
            let dept = l.dept.as_ref().map_or("-", |d| &*d.0);
            let year = l.year.map_or("-".to_string(), |y| y.to_string());
            let axis = l.axis.as_ref().map_or("-", |a| &*a.0);
            let fix = f.fix.as_ref().map_or("none".to_string(), |x| {
                format!(
                    "{} {} {} {}",
                    x.cell.year,
                    x.cell.axis.0,
                    x.funder.slug(),
                    x.to
                )
            });
            format!("{dept}/{year}/{axis} gap {} fix {fix}", f.gap)
        })
        .collect()
}

/// The signed convention with some cells changed: `(dept, year, axis, funder, euros)`.
pub fn with(changes: &[Change]) -> Scenario {
    let mut s = signed_convention();
    for (dept, year, axis, funder, euros) in changes {
        s.set_amount(&key(dept, *year, axis), *funder, Money::euros(*euros));
    }
    s
}
