use std::rc::Rc;

use yew::prelude::*;

use super::components::{
    DeptGrid, Header, Parameters, PlanTable, RulesPanel, SummaryBand, Toolbar,
};
use super::focus::focus_by_id;
use super::shortcuts;
use super::state::{Action, AppState};
use super::url::requested_scenario;
use crate::domain::rules::evaluate_with;
use crate::domain::totals::Totals;
use crate::strings::strings;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| requested_scenario().map(AppState::new).unwrap_or_default());
    let lang = state.lang;
    let derived = use_memo(state.scenario().clone(), |s| {
        let totals = Totals::new(s);
        let report = evaluate_with(s, &totals);
        (Rc::new(totals), Rc::new(report))
    });
    let (totals, report) = (derived.0.clone(), derived.1.clone());
    // One stable callback, so that components whose data did not change skip rendering.
    let dispatch = use_callback(state.dispatcher(), |action: Action, d| d.dispatch(action));

    use_effect_with(lang, |lang| {
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document.set_title(strings(*lang).app_title);
    });
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let redo = dispatcher.clone();
            let listener = shortcuts::listen(
                move || dispatcher.dispatch(Action::Undo { button: false }),
                move || redo.dispatch(Action::Redo { button: false }),
            );
            move || drop(listener)
        });
    }

    // Focus moves only once the page shows the element it moves to.
    use_effect_with(state.focus.clone(), |focus| {
        if let Some((_, id)) = focus {
            focus_by_id(id);
        }
    });

    let scenario = state.scenario().clone();
    let baseline = state.baseline.clone();
    let changed = *scenario != *baseline;
    let counts = report.counts();
    let on_lang = dispatch.reform(Action::SetLang);

    html! {
        <>
            <a class="skip-link" href="#main">{ strings(lang).skip_to_content }</a>
            <Header {lang} scenario={scenario.clone()} {changed} {on_lang} />
            <main id="main" data-testid="app" class="layout" tabindex="-1">
                <SummaryBand {lang} scenario={scenario.clone()} totals={totals.clone()} {counts} />
                <Toolbar {lang} can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                    {changed} {counts} dispatch={dispatch.clone()} />
                <div class="layout-edit">
                    { for scenario.departements.iter().map(|d| {
                        let prefix = format!("cell-input-{}-", d.id.0);
                        let seek_refused = state.seek_refused.clone().filter(|(field, _)| field.starts_with(&prefix));
                        html! {
                            <DeptGrid key={d.id.0.clone()} {lang} scenario={scenario.clone()} baseline={baseline.clone()}
                                totals={totals.clone()} dept={d.id.clone()} {seek_refused} dispatch={dispatch.clone()} />
                        }
                    }) }
                    <Parameters {lang} scenario={scenario.clone()} baseline={baseline.clone()} refused={state.refused} dispatch={dispatch.clone()} />
                </div>
                <div class="layout-side">
                    <RulesPanel {lang} scenario={scenario.clone()} report={report.clone()} dispatch={dispatch.clone()} />
                </div>
                <div class="layout-wide">
                    <PlanTable {lang} scenario={scenario.clone()} totals={totals.clone()} />
                </div>
            </main>
        </>
    }
}
