use std::rc::Rc;

use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::ui::embed::use_read_only;

use crate::domain::edit::{AmountField, Edit, PlanField};
use crate::domain::i18n::scenario_error;
use crate::domain::locale::Lang;
use crate::domain::scenario::{Funder, Scenario, ScenarioError, Year, YEAR_RANGE};
use crate::strings::strings;
use crate::ui::components::{ChangedNote, MoneyInput, OnScreen, SourceBadge, EAGER_CARDS};
use crate::ui::state::Action;

#[derive(Properties)]
pub struct Props {
    pub lang: Lang,
    pub scenario: Shared<Scenario>,
    /// The scenario as opened: a year or plan that differs from it is marked "Modifié".
    pub baseline: Rc<Scenario>,
    pub refused: Option<ScenarioError>,
    pub dispatch: Callback<Action>,
}

impl PartialEq for Props {
    /// Equal while the years and the plans are: typing in a grid does not re-render this.
    fn eq(&self, other: &Props) -> bool {
        self.lang == other.lang
            && self.refused == other.refused
            && self.dispatch == other.dispatch
            && Rc::ptr_eq(&self.baseline, &other.baseline)
            && self.scenario.years == other.scenario.years
            && self.scenario.departements == other.scenario.departements
    }
}

const ADD_YEAR_ID: &str = "add-year";
const PARAMETERS_HEADING_ID: &str = "parameters-heading";

/// The convention's parameters: each year's envelopes and whether it is a full year,
/// adding and removing years, and each département's own plan.
#[function_component(Parameters)]
pub fn parameters(props: &Props) -> Html {
    let read_only = use_read_only();
    let (lang, s, dispatch) = (props.lang, &*props.scenario, &props.dispatch);
    let t = strings(lang);
    let next_year = s.years.last().map_or(2019, |y| y.year + 1);
    // At the last year allowed the button disables itself: focus goes to the new year's
    // « Retirer » button instead.
    let on_add = dispatch.reform(move |_| {
        if YEAR_RANGE.contains(&(next_year + 1)) {
            Action::Edit(Edit::AddYear(next_year))
        } else {
            Action::EditThenFocus(Edit::AddYear(next_year), format!("remove-{next_year}"))
        }
    });
    // After a removal, focus goes to the next year's « Retirer » (the previous one's for the
    // last year), unless one year is left, whose button is disabled: then « Ajouter
    // l'année », or the heading when that one is disabled too.
    let after_removal = |year: Year| -> String {
        let left: Vec<Year> = s
            .years
            .iter()
            .map(|y| y.year)
            .filter(|y| *y != year)
            .collect();
        let neighbour = left.iter().find(|y| **y > year).or(left.last());
        let next = left.last().map_or(2019, |y| y + 1);
        match neighbour {
            Some(y) if left.len() > 1 => format!("remove-{y}"),
            _ if YEAR_RANGE.contains(&next) => ADD_YEAR_ID.into(),
            _ => PARAMETERS_HEADING_ID.into(),
        }
    };
    // A removed year of the original scenario can come back as it was.
    let missing = props
        .baseline
        .years
        .iter()
        .map(|y| y.year)
        .find(|y| s.year(*y).is_none() && *y != next_year);
    // Only years that keep the period valid are offered: first ≤ last.
    let year_options = |selected: Year, range: std::ops::RangeInclusive<Year>| {
        range
            .map(
                |y| html! { <option value={y.to_string()} selected={y == selected}>{ y }</option> },
            )
            .collect::<Html>()
    };

    html! {
        <section class="card parameters" aria-labelledby={PARAMETERS_HEADING_ID} data-testid="parameters">
            <h2 id={PARAMETERS_HEADING_ID} tabindex="-1">{ t.parameters_heading }</h2>
            // No scroll container here: it would clip the source badges' tooltips. The table
            // fits from 700 px up and is stacked below.
            <div class="years-wrap">
                <table class="years-table">
                    <caption class="visually-hidden">{ t.years_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.year }</th>
                            <th scope="col">{ t.full_year }</th>
                            <th scope="col">{ t.state_envelope }</th>
                            <th scope="col">{ t.territory_envelope }</th>
                            <th scope="col">{ t.source_column }</th>
                            <th scope="col"><span class="visually-hidden">{ t.actions }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        { for s.years.iter().map(|y| {
                            let year = y.year;
                            let original = props.baseline.year(year);
                            let full_id = format!("full-{year}");
                            let on_full = dispatch.reform(move |e: Event| {
                                let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                                Action::Edit(Edit::SetFullYear(year, checked))
                            });
                            // The button goes with its year: focus moves to "Ajouter l'année".
                            let target = after_removal(year);
                            let on_remove = dispatch.reform(move |_| Action::EditThenFocus(Edit::RemoveYear(year), target.clone()));
                            html! {
                                <tr key={year} data-testid={format!("year-{year}")}>
                                    <th scope="row">{ year }</th>
                                    <td data-label={t.full_year}>
                                        <input type="checkbox" id={full_id.clone()} checked={y.full_year.value} onchange={on_full} disabled={read_only}
                                            data-testid={format!("full-{year}")} />
                                        <label for={full_id}><span class="visually-hidden">{ format!("{}{}{year}", t.full_year, t.colon) }</span>
                                            <span aria-hidden="true">{ if y.full_year.value { t.yes } else { t.no } }</span></label>
                                        if let Some(was) = original.map(|o| o.full_year.value).filter(|was| *was != y.full_year.value) {
                                            <ChangedNote {lang} id={format!("full-{year}-changed")} value={if was { t.yes } else { t.no }} />
                                        }
                                    </td>
                                    <td data-label={t.state_envelope}>
                                        <MoneyInput field={AmountField::StateEnvelope(year)} label={format!("{}, {year}", t.state_envelope)}
                                            value={y.state_envelope.value} {lang} dispatch={dispatch.clone()}
                                            baseline={original.map(|o| o.state_envelope.value).filter(|v| *v != y.state_envelope.value)} />
                                    </td>
                                    <td data-label={t.territory_envelope}>
                                        <MoneyInput field={AmountField::TerritoryEnvelope(year)} label={format!("{}, {year}", t.territory_envelope)}
                                            value={y.territory_envelope.value} {lang} dispatch={dispatch.clone()}
                                            baseline={original.map(|o| o.territory_envelope.value).filter(|v| *v != y.territory_envelope.value)} />
                                    </td>
                                    <td data-label={t.source_column}><SourceBadge {lang} provenance={y.state_envelope.provenance.clone()}
                                        changed={props.baseline.year(year).is_some_and(|b| b != y)} /></td>
                                    <td>
                                        <button type="button" class="secondary small" onclick={on_remove} disabled={s.years.len() == 1}
                                            id={format!("remove-{year}")} data-testid={format!("remove-{year}")}>
                                            { (t.remove_year)(year) }
                                        </button>
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="actions-row">
                <button type="button" class="secondary" id={ADD_YEAR_ID} onclick={on_add} disabled={!YEAR_RANGE.contains(&next_year)}
                    data-testid="add-year">
                    if YEAR_RANGE.contains(&next_year) {
                        { (t.add_year)(next_year) }
                    } else {
                        { (t.last_year)(*YEAR_RANGE.end()) }
                    }
                </button>
                if let Some(year) = missing {
                    // The button goes once its year is back: focus moves to "Ajouter l'année".
                    <button type="button" class="secondary" data-testid={format!("restore-{year}")}
                        onclick={dispatch.reform(move |_| Action::EditThenFocus(Edit::AddYear(year), ADD_YEAR_ID.into()))}>
                        { (t.restore_year)(year) }
                    </button>
                }
                <span class="hint">{ t.add_year_hint }</span>
            </p>
            if let Some(e) = props.refused {
                <p class="field-error" role="alert" data-testid="refused">{ scenario_error(e, lang) }</p>
            }

            <h3>{ t.plans_heading }</h3>
            <div class="plans">
                // A national scenario's hundred and one plans are drawn as they come near the
                // window, as its grids are: eagerly they were most of the page's elements.
                { for s.departements.iter().enumerate().map(|(at, d)| {
                    let id = d.id.clone();
                    let original_plan = props.baseline.departement(&d.id).map(|b| &b.plan);
                    let slug = d.id.0.clone();
                    let title = AttrValue::from((t.plan_of)(&d.name));
                    let year_select = |f: fn(Year) -> PlanField| {
                        let id = id.clone();
                        dispatch.reform(move |e: Event| {
                            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            let year = v.parse().unwrap_or_default();
                            Action::Edit(Edit::SetPlan(id.clone(), f(year)))
                        })
                    };
                    html! {
                        <OnScreen key={slug.clone()} eager={at < EAGER_CARDS} placeholder="plan-fields-placeholder"
                            heading={title.clone()} level="p">
                        <fieldset class="plan-fields" data-testid={format!("plan-fields-{slug}")}>
                            <legend>{ title }{ " " }<SourceBadge {lang} provenance={d.plan.provenance.clone()}
                                changed={props.baseline.departement(&d.id).is_some_and(|b| b.plan.state != d.plan.state || b.plan.departement != d.plan.departement)} /></legend>
                            <div class="field">
                                <label for={AmountField::Plan(id.clone(), Funder::State).slug()}>{ t.plan_state }</label>
                                <MoneyInput field={AmountField::Plan(id.clone(), Funder::State)} label={format!("{}, {}", d.name, t.plan_state)}
                                    value={d.plan.state} {lang} dispatch={dispatch.clone()}
                                    baseline={original_plan.map(|p| p.state).filter(|v| *v != d.plan.state)} />
                            </div>
                            <div class="field">
                                <label for={AmountField::Plan(id.clone(), Funder::Departement).slug()}>{ t.plan_dept }</label>
                                <MoneyInput field={AmountField::Plan(id.clone(), Funder::Departement)} label={format!("{}, {}", d.name, t.plan_dept)}
                                    value={d.plan.departement} {lang} dispatch={dispatch.clone()}
                                    baseline={original_plan.map(|p| p.departement).filter(|v| *v != d.plan.departement)} />
                            </div>
                            <div class="field period" role="group" aria-label={format!("{}, {}", d.name, t.plan_period_label)}>
                                <span class="period-label">{ t.plan_period_label }{ "\u{a0}" }<SourceBadge {lang} provenance={d.plan.period.clone()}
                                    changed={original_plan.is_some_and(|p| p.years() != d.plan.years())} />
                                    if let Some(p) = original_plan.filter(|p| p.years() != d.plan.years()) {
                                        { " " }<ChangedNote {lang} id={format!("plan-{slug}-period-changed")}
                                            value={format!("{}–{}", p.first_year, p.last_year)} badge={false} />
                                    }
                                </span>
                                <label for={format!("plan-{slug}-from")} class="visually-hidden">{ (t.plan_from)(&d.name) }</label>
                                <select id={format!("plan-{slug}-from")} data-testid={format!("plan-{slug}-from")} onchange={year_select(PlanField::FirstYear)} disabled={read_only}>
                                    { year_options(d.plan.first_year, *YEAR_RANGE.start()..=d.plan.last_year) }
                                </select>
                                <span aria-hidden="true">{ "–" }</span>
                                <label for={format!("plan-{slug}-to")} class="visually-hidden">{ (t.plan_to)(&d.name) }</label>
                                <select id={format!("plan-{slug}-to")} data-testid={format!("plan-{slug}-to")} onchange={year_select(PlanField::LastYear)} disabled={read_only}>
                                    { year_options(d.plan.last_year, d.plan.first_year..=*YEAR_RANGE.end()) }
                                </select>
                            </div>
                        </fieldset>
                        </OnScreen>
                    }
                }) }
            </div>
        </section>
    }
}
