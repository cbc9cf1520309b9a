use std::rc::Rc;

use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::domain::i18n::rule_name;
use crate::domain::locale::Lang;
use crate::domain::report::{Report, Status};
use crate::domain::scenario::Scenario;
use crate::strings::strings;
use crate::ui::components::{status_class, status_icon, RuleItem};
use crate::ui::state::{Action, RULES_HEADING_ID};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub scenario: Shared<Scenario>,
    pub report: Rc<Report>,
    /// The scenario as opened: a rule whose parameters differ from it says so.
    pub baseline: Rc<Scenario>,
    /// What the last « Tout corriger » did: fixes applied, findings left.
    pub fixed: Option<(usize, usize)>,
    pub dispatch: Callback<Action>,
}

/// The rules, one line each, under a summary with links to those that do not hold. Each rule
/// is its own component: an edit re-renders the rules whose results it changes.
#[function_component(RulesPanel)]
pub fn rules_panel(props: &Props) -> Html {
    let (lang, s, report) = (props.lang, &props.scenario, &*props.report);
    let t = strings(lang);
    let counts = report.counts();
    let overall = counts.overall();
    html! {
        <section class="card rules" aria-labelledby="rules-heading" data-testid="rules-panel">
            <div class="card-head">
                <h2 id={RULES_HEADING_ID} tabindex="-1">{ t.rules_heading }</h2>
                if report.findings().any(|f| f.fix.is_some()) {
                    <button type="button" class="fix-button" data-testid="fix-all"
                        onclick={props.dispatch.reform(|_| Action::FixAll)}>{ t.fix_all }</button>
                }
            </div>
            if let Some((applied, left)) = props.fixed {
                <p class="fix-all-result" role="status" data-testid="fix-all-result">{ (t.fix_all_done)(applied, left) }</p>
            }
            <p class={classes!("rules-summary", status_class(overall))}>
                <span aria-hidden="true" class="summary-icon">{ status_icon(overall) }{ " " }</span>
                <span data-testid="rules-summary">{ (t.rules_summary)(counts) }</span>
            </p>
            if !report.all_hold() {
                <p class="rules-jump">
                    { t.go_to }
                    { for report.rules.iter().filter(|r| matches!(r.status, Status::Violated | Status::Warning)).map(|r| html! {
                        <a href={format!("#rule-name-{}", r.rule.slug())}>{ rule_name(r.rule, lang) }</a>
                    }) }
                </p>
            }
            <ul class="rule-list">
                { for report.rules.iter().filter_map(|r| {
                    let rule = s.rules.iter().find(|x| x.id() == r.rule)?;
                    Some(html! {
                        <RuleItem key={r.rule.slug()} {lang} rule={rule.clone()} result={r.clone()}
                            modified={props.baseline.rules.iter().find(|b| b.id() == r.rule).is_some_and(|b| b.params != rule.params)}
                            scenario={s.clone()} dispatch={props.dispatch.clone()} />
                    })
                }) }
            </ul>
        </section>
    }
}
