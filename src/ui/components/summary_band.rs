use std::rc::Rc;

use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::domain::locale::Lang;
use crate::domain::plan::{plan_view, PlanRow};
use crate::domain::report::{Status, StatusCounts};
use crate::domain::scenario::DeptId;
use crate::domain::scenario::Scenario;
use crate::domain::totals::Totals;
use crate::strings::strings;
use crate::ui::components::status_icon;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub scenario: Shared<Scenario>,
    pub totals: Rc<Totals>,
    /// `?dept=62`: that département only.
    #[prop_or_default]
    pub only: Option<DeptId>,
    pub counts: StatusCounts,
}

/// The answer first: per département, its plan over the period, what the bassin minier
/// adds (State and Département), the two together and the share added; then the rules'
/// status. Compact figures; the exact ones are in the cards it links to.
#[function_component(SummaryBand)]
pub fn summary_band(props: &Props) -> Html {
    let (lang, s) = (props.lang, &*props.scenario);
    let t = strings(lang);
    let overall = props.counts.overall();
    html! {
        <section class="summary-band" aria-labelledby="summary-heading" data-testid="summary-band">
            <h2 id="summary-heading" class="visually-hidden">{ t.summary_heading }</h2>
            <ul class="summary-depts">
                { for s.departements.iter().filter(|d| props.only.as_ref().is_none_or(|o| *o == d.id)).filter_map(|d| {
                    let view = plan_view(s, &props.totals, &d.id)?;
                    let period = (t.plan_period)(d.plan.first_year, d.plan.last_year);
                    Some(html! {
                        <DeptSummary key={d.id.0.clone()} {lang} id={d.id.0.clone()} name={d.name.clone()}
                            {period} total={view.total} />
                    })
                }) }
            </ul>
            <p class={classes!("summary-status", status_class(overall))} data-testid="summary-status">
                <span class="summary-label">{ t.summary_rules }{ t.colon }</span>
                <a href="#rules-heading">
                    <span aria-hidden="true">{ status_icon(overall) }{ " " }</span>
                    { (t.rules_summary)(props.counts) }
                </a>
            </p>
        </section>
    }
}

pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Holds => "ok",
        Status::Violated => "not-ok",
        Status::Warning | Status::Off => "warn",
    }
}

#[derive(Properties, PartialEq)]
struct DeptProps {
    lang: Lang,
    id: AttrValue,
    name: AttrValue,
    period: AttrValue,
    total: PlanRow,
}

#[function_component(DeptSummary)]
fn dept_summary(props: &DeptProps) -> Html {
    let (lang, row) = (props.lang, &props.total);
    let t = strings(lang);
    let id = &props.id;
    let money = |m| lang.money_compact(m);
    let share = row
        .share_added()
        .map_or_else(|| t.not_applicable.to_string(), |x| lang.percent(x, true));
    let figure = |label: &'static str, value: String, testid: &str, class: &'static str| {
        html! {
            <div class={classes!("summary-figure", class)}>
                <dt>{ label }</dt>
                <dd data-testid={format!("summary-{id}-{testid}")}>{ value }</dd>
            </div>
        }
    };
    html! {
        <li class="summary-dept" data-testid={format!("summary-{id}")}>
            <h3>{ &props.name }{ " " }<span class="summary-period">{ &props.period }</span></h3>
            <dl>
                { figure(t.summary_plan, money(row.plan.total()), "plan", "plan") }
                <div class="summary-figure added">
                    <dt>{ t.summary_added }</dt>
                    <dd data-testid={format!("summary-{id}-added")}>{ format!("+{}", money(row.bassin.total())) }</dd>
                    <dd class="summary-split" data-testid={format!("summary-{id}-added-split")}>
                        { (t.summary_added_split)(&money(row.bassin.state), &money(row.bassin.departement)) }
                    </dd>
                </div>
                { figure(t.summary_total, money(row.total()), "total", "total") }
                { figure(t.share_added, share, "share", "share") }
            </dl>
            <a class="summary-link" href={format!("#plan-{id}-heading")}>{ (t.summary_detail)(&props.name) }</a>
        </li>
    }
}
