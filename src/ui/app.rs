use std::collections::BTreeMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use yew::prelude::*;

use super::components::{
    DeptGrid, Header, HypothesesBar, Parameters, PlanTable, RulesPanel, SummaryBand, Toolbar,
    HYPOTHESES_ID,
};
use super::flags::{cell_flags, CellFlags};
use super::focus::{focus_by_id, remember, restore_if_lost};
use super::shortcuts;
use super::state::{Action, AppState};
use super::url::requested_scenario;
use crate::domain::rules::{evaluate_with, prefer_cell};
use crate::domain::scenario::DeptId;
use crate::domain::totals::Totals;
use crate::strings::strings;

#[function_component(App)]
pub fn app() -> Html {
    let opened = use_memo((), |_| requested_scenario());
    let state = {
        let requested = opened.0.clone();
        use_reducer(move || requested.map(AppState::new).unwrap_or_default())
    };
    let lang = state.lang;
    let derived = use_memo(state.scenario().clone(), |s| {
        let totals = Totals::new(s);
        let report = evaluate_with(s, &totals);
        (Rc::new(totals), Rc::new(report))
    });
    let totals = derived.0.clone();
    // Fixes land on the amount the user changed last, when they can.
    let report = use_memo(
        (
            state.scenario().clone(),
            derived.1.clone(),
            state.last_edited.clone(),
        ),
        |(s, report, last)| match last {
            Some((key, funder)) => {
                let mut preferred = (**report).clone();
                prefer_cell(&mut preferred, s, key, *funder);
                Rc::new(preferred)
            }
            None => report.clone(),
        },
    );
    let report: Rc<_> = (*report).clone();
    // The grid's marks are worked out and drawn in the task after the edit's first paint:
    // totals and rules show at once, and a finding spread over a whole year (40 amounts in a
    // large scenario) does not hold the frame back.
    let flags = use_state(Rc::<BTreeMap<DeptId, Rc<CellFlags>>>::default);
    {
        let flags = flags.clone();
        use_effect_with(
            (state.scenario().clone(), report.clone(), lang),
            move |(s, r, lang)| {
                let (s, r, lang) = (s.clone(), r.clone(), *lang);
                let pending = Timeout::new(0, move || flags.set(Rc::new(cell_flags(&s, &r, lang))));
                // A newer edit supersedes marks not yet drawn.
                move || drop(pending)
            },
        );
    }
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
    // And whatever removes or disables the focused element (an undo, a reset), focus lands
    // on its card's heading rather than on the page.
    let last_focus = use_mut_ref(|| None);
    {
        let last_focus = last_focus.clone();
        use_effect_with((), move |_| {
            let listener = remember(last_focus);
            move || drop(listener)
        });
    }
    use_effect(move || restore_if_lost(&last_focus, "main"));

    let scenario = state.scenario().clone();
    let baseline = state.baseline.clone();
    let changed = *scenario != *baseline;
    let counts = report.counts();
    let on_lang = dispatch.reform(Action::SetLang);

    html! {
        <>
            <nav class="skip-links" aria-label={strings(lang).skip_to_content}>
                <a class="skip-link" href="#main">{ strings(lang).skip_to_content }</a>
                <a class="skip-link" href={format!("#{HYPOTHESES_ID}")} data-testid="skip-hypotheses">{ strings(lang).skip_to_hypotheses }</a>
            </nav>
            <Header {lang} scenario={scenario.clone()} {changed} notice={opened.1.clone()} {on_lang} />
            <main id="main" data-testid="app" class="layout" tabindex="-1">
                <SummaryBand {lang} scenario={scenario.clone()} totals={totals.clone()} {counts} />
                <Toolbar {lang} can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                    {changed} {counts} dispatch={dispatch.clone()} />
                <HypothesesBar {lang} scenario={scenario.clone()} baseline={baseline.clone()} dispatch={dispatch.clone()} />
                <div class="layout-edit">
                    { for scenario.departements.iter().map(|d| {
                        let prefix = format!("cell-input-{}-", d.id.0);
                        let seek_refused = state.seek_refused.clone().filter(|(field, _)| field.starts_with(&prefix));
                        let flags = flags.get(&d.id).cloned().unwrap_or_default();
                        html! {
                            <DeptGrid key={d.id.0.clone()} {lang} scenario={scenario.clone()} baseline={baseline.clone()}
                                totals={totals.clone()} dept={d.id.clone()} {seek_refused} {flags} dispatch={dispatch.clone()} />
                        }
                    }) }
                    <Parameters {lang} scenario={scenario.clone()} baseline={baseline.clone()} refused={state.refused} dispatch={dispatch.clone()} />
                </div>
                <div class="layout-side">
                    <RulesPanel {lang} scenario={scenario.clone()} report={report.clone()} baseline={baseline.clone()} fixed={state.fixed} dispatch={dispatch.clone()} />
                </div>
                <div class="layout-wide">
                    <PlanTable {lang} scenario={scenario.clone()} baseline={baseline.clone()} totals={totals.clone()} />
                </div>
            </main>
        </>
    }
}
