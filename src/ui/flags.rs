//! Which amounts of the grid each finding is about, so that the grid can mark them.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::domain::i18n::{finding_text, rule_name};
use crate::domain::locale::Lang;
use crate::domain::report::Report;
use crate::domain::rules::finding_cells;
use crate::domain::scenario::{CellKey, DeptId, Funder, Scenario};
use crate::ui::components::{finding_anchor, Flag, FINDINGS_SHOWN};

/// One département's flagged amounts: each with the findings it is concerned by.
pub type CellFlags = BTreeMap<(CellKey, Funder), Rc<Vec<Flag>>>;

/// The flags of every département that has any. A finding folded away in its rule's list
/// links to the rule instead, which is always on the page.
pub fn cell_flags(s: &Scenario, report: &Report, lang: Lang) -> BTreeMap<DeptId, Rc<CellFlags>> {
    let mut found: BTreeMap<DeptId, BTreeMap<(CellKey, Funder), Vec<Flag>>> = BTreeMap::new();
    for result in &report.rules {
        for (i, f) in result.findings.iter().enumerate() {
            let target = if i < FINDINGS_SHOWN {
                finding_anchor(f)
            } else {
                format!("rule-name-{}", result.rule.slug())
            };
            let flag = Flag {
                text: format!("{} — {}", rule_name(f.rule, lang), finding_text(f, s, lang)).into(),
                target: target.into(),
            };
            for (key, funder) in finding_cells(f, s) {
                found
                    .entry(key.dept.clone())
                    .or_default()
                    .entry((key, funder))
                    .or_default()
                    .push(flag.clone());
            }
        }
    }
    found
        .into_iter()
        .map(|(dept, cells)| {
            let cells = cells.into_iter().map(|(k, v)| (k, Rc::new(v))).collect();
            (dept, Rc::new(cells))
        })
        .collect()
}
