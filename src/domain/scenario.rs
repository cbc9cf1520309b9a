//! The scenario: who pays what, on which axis, in which year, under which rules.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::money::Money;
use super::provenance::{Provenance, SourceKind, Sourced, Text};
use super::rule::Rule;

pub type Year = u16;

/// The earliest and latest years a scenario may hold: the strategy began in 2018, and a
/// planner may look a decade or two ahead.
pub const YEAR_RANGE: std::ops::RangeInclusive<Year> = 2018..=2040;

/// A département's code, `"59"` for Nord, `"62"` for Pas-de-Calais. Shared, not copied: every
/// cell's key holds one, and an edit of a national scenario copies 4 040 keys.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DeptId(pub Rc<str>);

/// An axis's short identifier, `"insertion"` or `"prevention"`, shared as [`DeptId`] is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AxisId(pub Rc<str>);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Funder {
    State,
    Departement,
}

impl Funder {
    pub const ALL: [Funder; 2] = [Funder::State, Funder::Departement];

    /// The short name used in ids and test ids.
    pub fn slug(self) -> &'static str {
        match self {
            Funder::State => "state",
            Funder::Departement => "dept",
        }
    }
}

/// One département × year × axis: the cell a user edits.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CellKey {
    pub dept: DeptId,
    pub year: Year,
    pub axis: AxisId,
}

impl CellKey {
    pub fn new(dept: &DeptId, year: Year, axis: &AxisId) -> CellKey {
        CellKey {
            dept: dept.clone(),
            year,
            axis: axis.clone(),
        }
    }
}

/// What the State and the Département put into one cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    pub state: Money,
    pub departement: Money,
}

impl Contribution {
    pub fn new(state: Money, departement: Money) -> Contribution {
        Contribution { state, departement }
    }

    pub fn get(self, funder: Funder) -> Money {
        match funder {
            Funder::State => self.state,
            Funder::Departement => self.departement,
        }
    }

    pub fn set(&mut self, funder: Funder, amount: Money) {
        match funder {
            Funder::State => self.state = amount,
            Funder::Departement => self.departement = amount,
        }
    }

    pub fn total(self) -> Money {
        self.state.saturating_add(self.departement)
    }

    pub fn plus(self, other: Contribution) -> Contribution {
        Contribution {
            state: self.state.saturating_add(other.state),
            departement: self.departement.saturating_add(other.departement),
        }
    }
}

/// A département's own département-wide plan under the national strategy, to which the
/// bassin minier amounts add.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub state: Money,
    pub departement: Money,
    pub first_year: Year,
    pub last_year: Year,
    /// Amounts per year when known; otherwise the plan is spread evenly over its years.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub per_year: BTreeMap<Year, Contribution>,
    /// Where the amounts come from.
    pub provenance: Provenance,
    /// Where the period comes from: « les 3 prochaines années » read as 2019–2021 is a
    /// reading, not a quotation.
    pub period: Provenance,
}

impl Plan {
    pub fn years(&self) -> std::ops::RangeInclusive<Year> {
        self.first_year..=self.last_year
    }

    /// The plan's amount in each of its years, in order. Given per-year figures win;
    /// otherwise each funder's amount is split evenly to the cent, the parts adding up to
    /// the whole.
    pub fn yearly(&self) -> Vec<(Year, Contribution)> {
        let years: Vec<Year> = self.years().collect();
        if !self.per_year.is_empty() {
            return years
                .into_iter()
                .map(|y| (y, self.per_year.get(&y).copied().unwrap_or_default()))
                .collect();
        }
        let state = self.state.split_evenly(years.len());
        let departement = self.departement.split_evenly(years.len());
        years
            .into_iter()
            .zip(state.into_iter().zip(departement))
            .map(|(y, (s, d))| (y, Contribution::new(s, d)))
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Departement {
    pub id: DeptId,
    pub name: String,
    pub plan: Plan,
    /// Where the default split of the State's amounts between the axes comes from.
    pub split_state: Provenance,
    /// Where the default split of the Département's amounts between the axes comes from.
    pub split_departement: Provenance,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Axis {
    pub id: AxisId,
    pub name: Text,
}

/// The calendar facts of one year of the convention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearParams {
    pub year: Year,
    /// "En année pleine, dès 2020": the Département floor applies in full years only.
    pub full_year: Sourced<bool>,
    /// The State's envelope for each département that year.
    pub state_envelope: Sourced<Money>,
    /// The State's envelope for the whole territory (both départements) that year.
    pub territory_envelope: Sourced<Money>,
    /// For a year a user added, the year its parameters and amounts were copied from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copied_from: Option<Year>,
}

impl YearParams {
    /// A year a user added, its figures copied from year `from` (or typed in, when a file
    /// does not say): a hypothesis, and marked so.
    pub fn added(
        year: Year,
        from: Option<Year>,
        full_year: bool,
        state_envelope: Money,
        territory_envelope: Money,
    ) -> YearParams {
        let (fr, en) = match from {
            Some(from) => (
                format!("Année ajoutée\u{a0}: paramètres et montants repris de {from} (les avenants de 2022 et 2023 ont prolongé la convention\u{a0}; leurs montants n’ont pas été publiés)"),
                format!("Added year: parameters and amounts copied from {from} (the 2022 and 2023 amendments prolonged the convention; their amounts were not published)"),
            ),
            None => (
                "Année ajoutée\u{a0}: paramètres et montants saisis (les avenants de 2022 et 2023 ont prolongé la convention\u{a0}; leurs montants n’ont pas été publiés)".to_string(),
                "Added year: parameters and amounts typed in (the 2022 and 2023 amendments prolonged the convention; their amounts were not published)".to_string(),
            ),
        };
        let provenance = Provenance::new(SourceKind::Hypothesis, Text::new(&fr, &en), None);
        YearParams {
            year,
            full_year: Sourced::new(full_year, provenance.clone()),
            state_envelope: Sourced::new(state_envelope, provenance.clone()),
            territory_envelope: Sourced::new(territory_envelope, provenance),
            copied_from: from,
        }
    }
}

#[derive(Clone, Debug, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub name: Text,
    /// Shared between a scenario and the next one an amount's edit makes: copying and
    /// comparing them is a pointer's work, whatever their number (101 in a national one).
    pub departements: Rc<Vec<Departement>>,
    pub years: Vec<YearParams>,
    pub axes: Vec<Axis>,
    #[serde(with = "cells_as_list")]
    pub cells: BTreeMap<CellKey, Contribution>,
    pub rules: Vec<Rule>,
    /// The user's own title, plain text: never read as markup.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The user's notes, plain text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl PartialEq for Scenario {
    /// The cheapest and likeliest to differ first: the page asks at each edit whether the
    /// scenario still equals its base, whose 101 départements and their sources are equal
    /// but not shared when the scenario came from a link or a generated grid.
    fn eq(&self, other: &Scenario) -> bool {
        let Scenario {
            name,
            departements,
            years,
            axes,
            cells,
            rules,
            title,
            notes,
        } = self;
        cells.len() == other.cells.len()
            && *title == other.title
            && *notes == other.notes
            && *cells == other.cells
            && *years == other.years
            && *axes == other.axes
            && *rules == other.rules
            && *name == other.name
            && *departements == other.departements
    }
}

/// A user's title or notes as plain text: control characters (a NUL, an escape, a carriage
/// return) removed, line breaks and tabs kept only where lines are (`lines`, the notes).
pub fn plain_text(text: &str, lines: bool) -> String {
    text.chars()
        .filter(|&c| !c.is_control() || (lines && (c == '\n' || c == '\t')))
        .collect()
}

/// The longest title, in characters: a line in a list of scenarios.
pub const TITLE_MAX_CHARS: usize = 120;
/// The longest notes, in characters: a paragraph or two that still fit in a link and a QR
/// code.
pub const NOTES_MAX_CHARS: usize = 1000;

/// Why a change to the scenario's structure was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    YearOutOfRange,
    YearExists,
    LastYear,
    UnknownYear,
    UnknownDept,
    RatioOutOfRange,
    PeriodInvalid,
    UnknownCell,
    TextTooLong,
}

impl Scenario {
    /// The départements to change, copied first if another scenario shares them.
    pub fn departements_mut(&mut self) -> &mut Vec<Departement> {
        Rc::make_mut(&mut self.departements)
    }

    pub fn departement(&self, id: &DeptId) -> Option<&Departement> {
        self.departements.iter().find(|d| &d.id == id)
    }

    pub fn year(&self, year: Year) -> Option<&YearParams> {
        self.years.iter().find(|y| y.year == year)
    }

    pub fn axis(&self, id: &AxisId) -> Option<&Axis> {
        self.axes.iter().find(|a| &a.id == id)
    }

    /// A cell's amounts; a cell nobody filled in is zero.
    pub fn cell(&self, key: &CellKey) -> Contribution {
        self.cells.get(key).copied().unwrap_or_default()
    }

    pub fn amount(&self, key: &CellKey, funder: Funder) -> Money {
        self.cell(key).get(funder)
    }

    pub fn set_amount(&mut self, key: &CellKey, funder: Funder, amount: Money) {
        self.cells
            .entry(key.clone())
            .or_default()
            .set(funder, amount);
    }

    /// Every cell of the grid, in display order: département, year, axis.
    pub fn cell_keys(&self) -> impl Iterator<Item = CellKey> + '_ {
        self.departements
            .iter()
            .flat_map(move |d| self.dept_cell_keys(&d.id))
    }

    /// One département's cells, year by year, axis by axis.
    pub fn dept_cell_keys<'a>(&'a self, dept: &'a DeptId) -> impl Iterator<Item = CellKey> + 'a {
        self.years
            .iter()
            .flat_map(move |y| self.dept_year_keys(dept, y.year))
    }

    /// The cells stored for one département, in key order, without building any key: the
    /// map is ordered by département first, so they sit side by side.
    pub fn dept_cells<'a>(
        &'a self,
        dept: &'a DeptId,
    ) -> impl Iterator<Item = (&'a CellKey, &'a Contribution)> + 'a {
        let start = CellKey {
            dept: dept.clone(),
            year: Year::MIN,
            axis: AxisId("".into()),
        };
        self.cells
            .range(start..)
            .take_while(move |(k, _)| k.dept == *dept)
    }

    /// One département's cells in one year, axis by axis.
    pub fn dept_year_keys<'a>(
        &'a self,
        dept: &'a DeptId,
        year: Year,
    ) -> impl Iterator<Item = CellKey> + 'a {
        self.axes
            .iter()
            .map(move |a| CellKey::new(dept, year, &a.id))
    }

    /// Adds a year, as the 2022 and 2023 amendments did. It copies the parameters and amounts
    /// of the latest full year (of the latest year when none is full) — the natural reading
    /// of "prolonged" — and marks them as what they are: a hypothesis, copied from that year.
    pub fn add_year(&mut self, year: Year) -> Result<(), ScenarioError> {
        if !YEAR_RANGE.contains(&year) {
            return Err(ScenarioError::YearOutOfRange);
        }
        if self.year(year).is_some() {
            return Err(ScenarioError::YearExists);
        }
        let latest_full = self
            .years
            .iter()
            .filter(|y| y.full_year.value)
            .max_by_key(|y| y.year);
        let template = latest_full.or_else(|| self.years.iter().max_by_key(|y| y.year));
        let Some(template) = template.cloned() else {
            return Ok(());
        };
        let copied: Vec<(CellKey, Contribution)> = self
            .cells
            .iter()
            .filter(|(k, _)| k.year == template.year)
            .map(|(k, c)| (CellKey { year, ..k.clone() }, *c))
            .collect();
        self.cells.extend(copied);
        self.years.push(YearParams::added(
            year,
            Some(template.year),
            template.full_year.value,
            template.state_envelope.value,
            template.territory_envelope.value,
        ));
        self.years.sort_by_key(|y| y.year);
        Ok(())
    }

    /// Puts back a year as `original` has it, parameters and amounts, for the départements
    /// and axes this scenario has.
    pub fn restore_year(&mut self, original: &Scenario, year: Year) -> Result<(), ScenarioError> {
        if self.year(year).is_some() {
            return Err(ScenarioError::YearExists);
        }
        let params = original
            .year(year)
            .ok_or(ScenarioError::UnknownYear)?
            .clone();
        let keys: Vec<CellKey> = self
            .departements
            .iter()
            .flat_map(|d| {
                self.axes
                    .iter()
                    .map(move |a| CellKey::new(&d.id, year, &a.id))
            })
            .collect();
        for key in keys {
            self.cells.insert(key.clone(), original.cell(&key));
        }
        self.years.push(params);
        self.years.sort_by_key(|y| y.year);
        Ok(())
    }

    /// Removes a year and its amounts. The last remaining year stays.
    pub fn remove_year(&mut self, year: Year) -> Result<(), ScenarioError> {
        if self.year(year).is_none() {
            return Err(ScenarioError::UnknownYear);
        }
        if self.years.len() == 1 {
            return Err(ScenarioError::LastYear);
        }
        self.years.retain(|y| y.year != year);
        self.cells.retain(|k, _| k.year != year);
        Ok(())
    }
}

/// Cells travel as a list: JSON objects cannot have structured keys.
mod cells_as_list {
    use super::*;
    use serde::{Deserializer, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Entry {
        #[serde(flatten)]
        key: CellKey,
        #[serde(flatten)]
        amounts: Contribution,
    }

    pub fn serialize<S: Serializer>(
        cells: &BTreeMap<CellKey, Contribution>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(cells.iter().map(|(key, amounts)| Entry {
            key: key.clone(),
            amounts: *amounts,
        }))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<CellKey, Contribution>, D::Error> {
        let entries = Vec::<Entry>::deserialize(deserializer)?;
        Ok(entries.into_iter().map(|e| (e.key, e.amounts)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::signed_convention;

    #[test]
    fn scenarios_differing_in_any_field_are_not_equal() {
        let base = signed_convention();
        let changes: [fn(&mut Scenario); 8] = [
            |s| s.name.fr.push('!'),
            |s| Rc::make_mut(&mut s.departements)[0].name.push('!'),
            |s| s.years[0].year += 10,
            |s| s.axes.truncate(1),
            |s| {
                s.cells.pop_last();
            },
            |s| s.rules[0].enabled = !s.rules[0].enabled,
            |s| s.title.push('!'),
            |s| s.notes.push('!'),
        ];
        for (i, change) in changes.iter().enumerate() {
            let mut s = base.clone();
            change(&mut s);
            assert_ne!(s, base, "change {i}");
            assert_ne!(base, s, "change {i}");
        }
        assert_eq!(base.clone(), base);
    }

    #[test]
    fn a_departements_cells_are_found_side_by_side() {
        let s = signed_convention();
        let pdc = DeptId("62".into());
        let cells: Vec<&CellKey> = s.dept_cells(&pdc).map(|(k, _)| k).collect();
        assert_eq!(cells.len(), 6);
        assert!(cells.iter().all(|k| k.dept == pdc));
        assert_eq!(s.dept_cells(&DeptId("75".into())).count(), 0);
    }

    #[test]
    fn an_added_year_copies_the_latest_full_year_as_a_hypothesis() {
        let mut s = signed_convention();
        s.remove_year(2021).unwrap();
        s.remove_year(2020).unwrap();
        s.add_year(2020).unwrap();
        let added = s.year(2020).unwrap();
        assert!(
            !added.full_year.value,
            "only 2019 was left: it is the template"
        );
        s = signed_convention();
        s.add_year(2022).unwrap();
        let added = s.year(2022).unwrap();
        assert!(added.full_year.value);
        assert_eq!(added.state_envelope.value, Money::euros(500_000));
        assert_eq!(added.state_envelope.provenance.kind, SourceKind::Hypothesis);
        assert!(added
            .state_envelope
            .provenance
            .source
            .fr
            .contains("repris de 2021"));
        let key = CellKey::new(&DeptId("62".into()), 2022, &AxisId("prevention".into()));
        assert_eq!(s.amount(&key, Funder::Departement), Money::euros(310_000));
    }
}
