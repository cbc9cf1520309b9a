use std::rc::Rc;

use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::domain::locale::Lang;
use crate::domain::plan::{plan_view, PlanRow, PlanView};
use crate::domain::provenance::Provenance;
use crate::domain::scenario::DeptId;
use crate::domain::scenario::Scenario;
use crate::domain::totals::Totals;
use crate::strings::strings;
use crate::ui::components::{OnScreen, PlanChart, SourceBadge, EAGER_CARDS};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub scenario: Shared<Scenario>,
    /// The scenario as opened: a plan that differs from it is marked « Modifié ».
    pub baseline: Rc<Scenario>,
    pub totals: Rc<Totals>,
    /// `?dept=62`: that département only.
    #[prop_or_default]
    pub only: Option<DeptId>,
}

/// Per département: the plan, the bassin minier amounts, their sum and the share they add,
/// as a chart and as the table that holds its figures.
#[function_component(PlanTable)]
pub fn plan_table(props: &Props) -> Html {
    let (lang, s) = (props.lang, &*props.scenario);
    let t = strings(lang);
    html! {
        <section class="card plan" aria-labelledby="plan-heading" data-testid="plan-panel">
            <h2 id="plan-heading">{ t.plan_heading }</h2>
            <p class="intro">{ t.plan_intro }</p>
            { for s.departements.iter().filter(|d| props.only.as_ref().is_none_or(|o| *o == d.id)).enumerate().filter_map(|(i, d)| {
                let view = plan_view(s, &props.totals, &d.id)?;
                let caption = format!("{} — {}", d.name, (t.plan_period)(d.plan.first_year, d.plan.last_year));
                let original = props.baseline.departement(&d.id).map(|b| &b.plan);
                let amounts_changed = original.is_some_and(|p| (p.state, p.departement) != (d.plan.state, d.plan.departement));
                let period_changed = original.is_some_and(|p| p.years() != d.plan.years());
                Some(html! {
                    <OnScreen key={d.id.0.clone()} eager={i < EAGER_CARDS} placeholder="plan-placeholder" heading={caption.clone()} level="h3">
                        <PlanDept {lang} {view} name={d.name.clone()} {caption}
                            provenance={d.plan.provenance.clone()} period={d.plan.period.clone()} {amounts_changed} {period_changed} />
                    </OnScreen>
                })
            }) }
            <p class="note">{ t.model_note }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DeptProps {
    lang: Lang,
    view: PlanView,
    name: AttrValue,
    caption: AttrValue,
    provenance: Provenance,
    period: Provenance,
    amounts_changed: bool,
    period_changed: bool,
}

/// One département's chart and table; re-rendered only when its figures change.
#[function_component(PlanDept)]
fn plan_dept(props: &DeptProps) -> Html {
    let (lang, view) = (props.lang, &props.view);
    let t = strings(lang);
    let id = &view.dept.0;
    let row = |r: &PlanRow, testid: String| {
        let label = r
            .year
            .map_or_else(|| t.period_total.to_string(), |y| y.to_string());
        let share = r
            .share_added()
            .map_or_else(|| t.not_applicable.to_string(), |x| lang.percent(x, true));
        html! {
            <tr class={classes!(r.year.is_none().then_some("total-row"))}>
                <th scope="row">{ label }</th>
                <td class="num state plan-part" data-label={t.plan_state}>{ lang.money(r.plan.state) }</td>
                <td class="num dept plan-part" data-label={t.plan_dept}>{ lang.money(r.plan.departement) }</td>
                <td class="num plan" data-label={t.plan_total} data-testid={format!("{testid}-plan")}>{ lang.money(r.plan.total()) }</td>
                <td class="num state" data-label={t.added_state}>{ lang.money(r.bassin.state) }</td>
                <td class="num dept" data-label={t.added_dept}>{ lang.money(r.bassin.departement) }</td>
                <td class="num envelope" data-label={t.added_total} data-testid={format!("{testid}-envelope")}>{ lang.money(r.bassin.total()) }</td>
                <td class="num combined" data-label={t.combined} data-testid={format!("{testid}-combined")}><strong>{ lang.money(r.total()) }</strong></td>
                <td class="num share" data-label={t.share_added} data-testid={format!("{testid}-share")}>{ share }</td>
            </tr>
        }
    };
    html! {
        <div class="plan-dept" data-testid={format!("plan-{id}")}>
            <h3 id={format!("plan-{id}-heading")} tabindex="-1">{ &props.caption }{ " " }<SourceBadge {lang} provenance={props.provenance.clone()} changed={props.amounts_changed} />
                // The period's own source, when it is not the amounts' one.
                if props.period != props.provenance || props.period_changed {
                    { " " }<SourceBadge {lang} provenance={props.period.clone()} changed={props.period_changed} />
                }
            </h3>
            <PlanChart {lang} view={view.clone()} name={props.name.clone()} />
            <div class="table-box">
                <table class="plan-table">
                    <caption class="visually-hidden">{ &props.caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.year }</th>
                            <th scope="col" class="state plan-part">{ t.plan_state }</th>
                            <th scope="col" class="dept plan-part">{ t.plan_dept }</th>
                            <th scope="col">{ t.plan_total }</th>
                            <th scope="col" class="state">{ t.added_state }</th>
                            <th scope="col" class="dept">{ t.added_dept }</th>
                            <th scope="col">{ t.added_total }</th>
                            <th scope="col">{ t.combined }</th>
                            <th scope="col">{ t.share_added }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for view.rows.iter().map(|r| row(r, format!("plan-{id}-{}", r.year.unwrap_or_default()))) }
                    </tbody>
                    <tfoot>{ row(&view.total, format!("plan-{id}-total")) }</tfoot>
                </table>
            </div>
        </div>
    }
}
