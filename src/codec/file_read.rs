//! Reading a scenario file: only what the simulator reads back (`docs/scenario-file.md`),
//! so that names and provenance, the simulator's own, need no reader in the bundle.

use std::rc::Rc;

use serde::Deserialize;

use super::base::Base;
use super::file::{check_header, FileError, Header};
use super::snapshot::Snapshot;
use crate::domain::money::Money;
use crate::domain::ratio;
use crate::domain::rule::{MatchingBase, RuleId, RuleParams};
use crate::domain::scenario::{AxisId, CellKey, Contribution, DeptId, Scenario, Year, YearParams};
use crate::domain::validate::{validated, Invalid};

/// A file as read; fields it does not list are ignored.
#[derive(Clone, Debug, Deserialize)]
pub struct FileInput {
    pub format: String,
    pub version: u32,
    pub base: Base,
    pub scenario: ScenarioInput,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ScenarioInput {
    departements: Vec<DeptInput>,
    years: Vec<YearInput>,
    axes: Vec<IdInput>,
    cells: Vec<CellInput>,
    rules: Vec<RuleInput>,
    #[serde(default)]
    title: String,
    #[serde(default)]
    notes: String,
}

#[derive(Clone, Debug, Deserialize)]
struct DeptInput {
    id: String,
    plan: PlanInput,
}

#[derive(Clone, Debug, Deserialize)]
struct PlanInput {
    state: Money,
    departement: Money,
    first_year: Year,
    last_year: Year,
}

#[derive(Clone, Debug, Deserialize)]
struct IdInput {
    id: String,
}

#[derive(Clone, Debug, Deserialize)]
struct Value<T> {
    value: T,
}

#[derive(Clone, Debug, Deserialize)]
struct YearInput {
    year: Year,
    full_year: Value<bool>,
    state_envelope: Value<Money>,
    territory_envelope: Value<Money>,
    #[serde(default)]
    copied_from: Option<Year>,
}

#[derive(Clone, Debug, Deserialize)]
struct CellInput {
    dept: String,
    year: Year,
    axis: String,
    state: Money,
    departement: Money,
}

#[derive(Clone, Debug, Deserialize)]
struct RuleInput {
    id: RuleId,
    enabled: bool,
    #[serde(default)]
    ratio: Option<String>,
    #[serde(default)]
    base: Option<MatchingBase>,
    #[serde(default)]
    floor: Option<Money>,
    #[serde(default)]
    minimum: Option<Money>,
}

/// A file's content as read by `deserializer` (the browser's `JSON.parse` result, or
/// serde_json's): a field missing or of the wrong kind is named by its path.
pub fn input<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<FileInput, FileError> {
    serde_path_to_error::deserialize(deserializer).map_err(|e| FileError::Structure {
        path: e.path().to_string(),
        detail: e.inner().to_string(),
    })
}

/// The scenario a file holds, checked like a link's, on the départements and axes of its
/// base. What only the simulator sets (names, where figures come from, severities) comes
/// from the simulator.
pub fn opened(file: FileInput) -> Result<(Base, Scenario), FileError> {
    check_header(&Header {
        format: file.format,
        version: file.version,
    })?;
    let baseline = file.base.scenario()?;
    let input = file.scenario;
    let depts = input.departements.iter().map(|d| d.id.as_str());
    if !depts.eq(baseline.departements.iter().map(|d| &*d.id.0)) {
        return Err(Invalid::DeptsDiffer.into());
    }
    let axes = input.axes.iter().map(|a| a.id.as_str());
    if !axes.eq(baseline.axes.iter().map(|a| &*a.id.0)) {
        return Err(Invalid::AxesDiffer.into());
    }
    let mut s = baseline.clone();
    s.title = input.title;
    s.notes = input.notes;
    s.years = input.years.iter().map(|y| year(&baseline, y)).collect();
    s.cells.clear();
    for c in input.cells {
        let key = CellKey {
            dept: DeptId(c.dept.into()),
            year: c.year,
            axis: AxisId(c.axis.into()),
        };
        s.cells
            .insert(key, Contribution::new(c.state, c.departement));
    }
    for (d, given) in Rc::make_mut(&mut s.departements)
        .iter_mut()
        .zip(input.departements)
    {
        d.plan.state = given.plan.state;
        d.plan.departement = given.plan.departement;
        d.plan.first_year = given.plan.first_year;
        d.plan.last_year = given.plan.last_year;
    }
    let mut seen = Vec::new();
    for given in &input.rules {
        if seen.contains(&given.id) {
            return Err(Invalid::RuleTwice(given.id).into());
        }
        seen.push(given.id);
        if let Some(rule) = s.rules.iter_mut().find(|r| r.id() == given.id) {
            rule.enabled = given.enabled;
            set_params(&mut rule.params, given)?;
        }
    }
    let s = validated(s)?;
    // Through the link's snapshot: what a file opens is exactly what its link would.
    let restored = Snapshot::of(file.base, &baseline, &s).restore()?;
    Ok((file.base, restored))
}

fn year(baseline: &Scenario, y: &YearInput) -> YearParams {
    match (baseline.year(y.year), y.copied_from) {
        (Some(base), None) => {
            let mut params = base.clone();
            params.full_year.value = y.full_year.value;
            params.state_envelope.value = y.state_envelope.value;
            params.territory_envelope.value = y.territory_envelope.value;
            params
        }
        (_, from) => YearParams::added(
            y.year,
            from,
            y.full_year.value,
            y.state_envelope.value,
            y.territory_envelope.value,
        ),
    }
}

fn set_params(params: &mut RuleParams, given: &RuleInput) -> Result<(), Invalid> {
    match params {
        RuleParams::Matching { ratio, base } => {
            if let Some(text) = &given.ratio {
                *ratio = ratio::from_text(text).map_err(Invalid::Ratio)?;
            }
            *base = given.base.unwrap_or(*base);
        }
        RuleParams::DeptFloor { floor } => *floor = given.floor.unwrap_or(*floor),
        RuleParams::BothAxes { minimum } => *minimum = given.minimum.unwrap_or(*minimum),
        RuleParams::StateCeiling | RuleParams::StateTotal | RuleParams::StateCommitment => {}
    }
    Ok(())
}
