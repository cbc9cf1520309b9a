use std::collections::BTreeMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::components::{
    use_grid_shape, Banners, Cards, Comparison, DeptGridProps, ExerciseList, ExercisePanel, Header,
    HypothesesBar, Parameters, PlanTable, PrintNote, RulesPanel, SharePanel, SummaryBand, Toolbar,
    HYPOTHESES_ID, SHARE_HEADING_ID,
};
use super::embed::{address_options, framed, listen, mark_root, post, HeightWatch, ReadOnly};
use super::flags::{cell_flags, CellFlags};
use super::focus::{focus_by_id, remember, restore_if_lost};
use super::offline::register;
use super::opening::initial;
use super::publish::{change_message, use_published, Published};
use super::reveal::{focus_moved_on, print_when_drawn, when_drawn};
use super::shortcuts;
use super::state::{Action, AppState, Banner};
use super::storage::{is_new_saved_list, load_saved, now, save_autosave, store_saved};
use super::typing::use_typing;
use super::url::{fragment, is_anchor, share_link, show_in_address, show_presenter_in_address};
use crate::codec::link::{open, PREFIX};
use crate::domain::rules::{evaluate_with, prefer_cell};
use crate::domain::scenario::DeptId;
use crate::domain::totals::Totals;
use crate::embed::messages::{Incoming, Outgoing};
use crate::embed::options::View;
use crate::strings::share::share_strings;
use crate::strings::strings;

/// How long after the address changes a reload may still load the address from before.
const ADDRESS_SETTLES_MS: f64 = 1_000.0;

#[function_component(App)]
pub fn app() -> Html {
    let options = use_memo((), |_| address_options());
    let opened = use_memo(options.embed, |embed| initial(*embed));
    let state = {
        let (opened, readonly) = (opened.clone(), options.readonly);
        let presenter = options.presenter;
        use_reducer(move || AppState {
            readonly,
            presenter,
            ..opened.state.clone()
        })
    };
    // One stable callback, so that components whose data did not change skip rendering.
    let (dispatch, typing) = use_typing(state.dispatcher());
    let lang = state.lang;
    let framed = use_memo((), |_| framed());
    let embedded = state.embedded;
    // Effects run in the order they are declared: `ready` goes before anything else the host
    // hears, the first `change` included.
    {
        let (options, framed) = (options.clone(), *framed);
        use_effect_with((), move |_| {
            if framed && options.embed {
                post(&Outgoing::ready(), &options.origins);
            }
        });
    }
    let Published {
        link,
        current: current_link,
        replaced,
        now: publish_now,
    } = use_published(state.clone(), dispatch.clone(), options.clone());
    // The state as last rendered, for what runs outside rendering: the page going away, a
    // host's `get-scenario`.
    let latest = use_mut_ref(|| None::<UseReducerHandle<AppState>>);
    *latest.borrow_mut() = Some(state.clone());
    // Ctrl+P within the pause prints the scenario on screen where the browser prints what
    // `beforeprint` redraws (Chromium; Firefox prints the page as it is when asked).
    {
        let publish_now = publish_now.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::window(),
                "beforeprint",
                move |_| publish_now(),
            );
            move || drop(listener)
        });
    }
    // « Copier le lien » within the pause copies the scenario on screen.
    let link_now = {
        let (publish_now, current_link) = (publish_now.clone(), current_link.clone());
        use_callback(lang, move |(), lang| {
            publish_now();
            AttrValue::from(share_link(*lang, &current_link.borrow()))
        })
    };
    // « Imprimer » within the pause: the link waiting is drawn, then the browser prints in the
    // next task (Firefox prints the page as it is when asked, before a redraw at beforeprint).
    let on_print = {
        let publish_now = publish_now.clone();
        use_callback((), move |(), _| {
            publish_now();
            Timeout::new(0, print_when_drawn).forget();
        })
    };
    // The page going away (a reload, a closed tab) before the pause is over: the scenario as
    // last rendered is saved at once, from the state itself rather than from an effect, which
    // the scheduler may not have run yet. The address may not follow any more: the autosave
    // says which address it is newer than.
    //
    // A reload asked for just before the pause ends sets off with the address from before;
    // the pause ending while it is on its way moves the address, and the page goes away with
    // the address caught up (measured: a reload about 300 ms after typing lost the edit). So
    // within a moment of the address moving, the autosave says it is newer than the old one.
    //
    // A keystroke still waiting for its frame is applied, and saved with the rest.
    {
        let (latest, current_link, replaced) =
            (latest.clone(), current_link.clone(), replaced.clone());
        let typing = typing.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                    let Some(rendered) = latest.borrow().clone() else {
                        return;
                    };
                    let applied = typing
                        .flush()
                        .map(|keystroke| Rc::new((*rendered).clone()).reduce(keystroke));
                    let state: &AppState = applied.as_deref().unwrap_or(&rendered);
                    if state.embedded {
                        return;
                    }
                    let fragment = state.link();
                    let shown = current_link.borrow().clone();
                    let at = now();
                    if fragment != shown {
                        show_in_address(state.lang, &fragment);
                        let _ = save_autosave(&fragment, at, Some(shown));
                    } else if let Some((before, _)) =
                        replaced.borrow().as_ref().filter(|(before, when)| {
                            at - when < ADDRESS_SETTLES_MS && *before != fragment
                        })
                    {
                        let _ = save_autosave(&fragment, at, Some(before.clone()));
                    }
                });
            move || drop(listener)
        });
    }
    {
        let dispatcher = dispatch.clone();
        use_effect_with(state.saved.clone(), move |saved| {
            if embedded {
                return;
            }
            if let Err(problem) = store_saved(saved) {
                dispatcher.emit(Action::AddBanner(Banner::Storage(problem)));
            }
        });
    }
    // Another tab saving, renaming or deleting: this one follows, so that its next write
    // does not put back a list that has changed under it.
    {
        let dispatcher = dispatch.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if is_new_saved_list(e.key().as_deref(), e.new_value().as_deref()) {
                        if let Ok(list) = load_saved() {
                            dispatcher.emit(Action::SavedElsewhere(list));
                        }
                    }
                });
            move || drop(listener)
        });
    }
    // In another site's page: the modes as classes for the style sheet, `ready`, the
    // content's height as it changes, and the host's messages.
    let root = use_node_ref();
    {
        let (options, root, framed) = (options.clone(), root.clone(), *framed);
        let (dispatcher, latest, current_link) =
            (dispatch.clone(), latest.clone(), current_link.clone());
        let publish_now = publish_now.clone();
        use_effect_with((), move |_| {
            mark_root("embed", options.embed);
            mark_root("readonly", options.readonly);
            let origins = options.origins.clone();
            let watch = (framed && options.embed)
                .then(|| root.cast::<web_sys::Element>())
                .flatten()
                .and_then(|element| {
                    let origins = origins.clone();
                    HeightWatch::new(&element, move |height| {
                        post(&Outgoing::resize(height), &origins)
                    })
                });
            let listener = (framed && options.embed).then(|| {
                let origins = origins.clone();
                listen((*options).clone(), move |message| match message {
                    Incoming::SetScenario { link } => {
                        let fragment = Incoming::fragment(&link).to_string();
                        dispatcher.emit(Action::OpenLink(open(&fragment), now()));
                    }
                    Incoming::GetScenario => {
                        // Within the typing pause, the change waiting goes first: the answer
                        // is the scenario on screen, figures and link alike.
                        publish_now();
                        if let Some(state) = latest.borrow().as_ref() {
                            let fragment = current_link.borrow().clone();
                            post(&change_message(state, &fragment), &origins);
                        }
                    }
                })
            });
            move || drop((watch, listener))
        });
    }
    // A link pasted into the address bar of the open page arrives as a new fragment; an
    // in-page link (« Aller au contenu ») too, and the address then gets the scenario back.
    {
        let (dispatcher, current_link) = (dispatch.clone(), current_link.clone());
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let arrived = fragment();
                    let current = current_link.borrow().clone();
                    if arrived.starts_with(PREFIX) && arrived != current {
                        dispatcher.emit(Action::OpenLink(open(&arrived), now()));
                    } else if arrived.is_empty() || is_anchor(&arrived) {
                        // An anchor into a card of a large scenario not drawn yet: drawn, then reached.
                        if !arrived.is_empty() {
                            when_drawn(&arrived, |target| {
                                if !focus_moved_on(&target.id()) {
                                    target.scroll_into_view();
                                    let _ = target.focus();
                                }
                            });
                        }
                        show_in_address(lang, &current);
                    } else if arrived != current {
                        dispatcher.emit(Action::OpenLink(open(&arrived), now()));
                    }
                });
            move || drop(listener)
        });
    }
    let derived = use_memo(state.shared(), |s| {
        let totals = Totals::new(s);
        let report = evaluate_with(s, &totals);
        (Rc::new(totals), Rc::new(report))
    });
    let totals = derived.0.clone();
    // Fixes land on the amount the user changed last, when they can.
    let report = use_memo(
        (state.shared(), derived.1.clone(), state.last_edited.clone()),
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
            (state.shared(), report.clone(), lang),
            move |(s, r, lang)| {
                let (s, r, lang) = (s.clone(), r.clone(), *lang);
                let pending = Timeout::new(0, move || flags.set(Rc::new(cell_flags(&s, &r, lang))));
                // A newer edit supersedes marks not yet drawn.
                move || drop(pending)
            },
        );
    }

    use_effect_with(lang, |lang| {
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document.set_title(strings(*lang).app_title);
    });
    use_effect_with(state.presenter, move |on| {
        mark_root("presenter", *on);
        if !embedded {
            show_presenter_in_address(*on);
        }
    });
    // Offline use, once the first screen is up; a new version is announced, not swapped in.
    {
        let dispatcher = dispatch.clone();
        use_effect_with((), move |_| {
            register(move || dispatcher.emit(Action::AddBanner(Banner::NewVersion)))
        });
    }
    {
        let dispatcher = dispatch.clone();
        use_effect_with((), move |_| {
            let listener =
                shortcuts::listen_presenter(move || dispatcher.emit(Action::TogglePresenter));
            move || drop(listener)
        });
    }
    {
        let dispatcher = dispatch.clone();
        let on_print = on_print.clone();
        use_effect_with((), move |_| {
            let redo = dispatcher.clone();
            let listener = shortcuts::listen(
                move || dispatcher.emit(Action::Undo { button: false }),
                move || redo.emit(Action::Redo { button: false }),
                (!embedded).then_some(move || on_print.emit(())),
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

    let scenario = state.shared();
    let shape = use_grid_shape(&scenario);
    let cards = use_mut_ref(Cards::default);
    let baseline = state.baseline.clone();
    let changed = *scenario != *baseline;
    let counts = report.counts();
    let on_lang = dispatch.reform(Action::SetLang);

    let only = options
        .dept
        .as_ref()
        .map(|code| DeptId(code.as_str().into()))
        .filter(|id| scenario.departement(id).is_some());
    let shown = |id: &DeptId| only.as_ref().is_none_or(|o| o == id);
    let view = match options.view {
        Some(View::Grid) => "view-grid",
        Some(View::Rules) => "view-rules",
        Some(View::Plan) => "view-plan",
        None => "",
    };
    // Worked out when the link or the language changes, not at each keystroke.
    let full_link = use_memo((lang, link.1.clone()), |(lang, link)| {
        AttrValue::from(share_link(*lang, link))
    });
    let full_link = (*full_link).clone();
    // Followed within the typing pause, « Ouvrir dans le simulateur » opens the scenario on
    // screen, not the one its link still shows.
    let open_full = use_node_ref();
    let on_open_full = {
        let (open_full, link_now) = (open_full.clone(), link_now.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(anchor) = open_full.cast::<web_sys::Element>() {
                let _ = anchor.set_attribute("href", &link_now.emit(()));
            }
        })
    };

    html! {
        <ContextProvider<ReadOnly> context={ReadOnly(state.readonly)}>
        <div class="app-root" ref={root}>
            <nav class="skip-links" aria-label={strings(lang).skip_links}>
                <a class="skip-link" href="#main">{ strings(lang).skip_to_content }</a>
                <a class="skip-link" href={format!("#{HYPOTHESES_ID}")} data-testid="skip-hypotheses">{ strings(lang).skip_to_hypotheses }</a>
                if !embedded {
                    <a class="skip-link" href={format!("#{SHARE_HEADING_ID}")} data-testid="skip-share">{ share_strings(lang).jump }</a>
                }
            </nav>
            <Header {lang} scenario={scenario.clone()} {changed} notice={opened.bench_notice.clone()} {on_lang}
                presenter={state.presenter} on_presenter={dispatch.reform(|_| Action::TogglePresenter)} on_print={(!embedded).then_some(on_print)} />
            if embedded {
                // Links copied or followed inside an embed open the simulator full-page.
                <p class="open-full">
                    <a href={full_link.clone()} ref={open_full.clone()} onclick={on_open_full} target="_blank" rel="noopener" data-testid="open-full">
                        { share_strings(lang).open_full }<span aria-hidden="true">{ " ↗" }</span>
                    </a>
                </p>
            }
            <Banners {lang} banners={state.banners.clone()} dispatch={dispatch.clone()} />
            <main id="main" data-testid="app" class={classes!("layout", if state.presenter && view.is_empty() { "view-rules" } else { view })} tabindex="-1">
                if let Some(id) = state.exercise {
                    <ExercisePanel {lang} scenario={scenario.clone()} {id} dispatch={dispatch.clone()} />
                }
                <SummaryBand {lang} scenario={scenario.clone()} totals={totals.clone()} {counts} only={only.clone()} />
                if !state.readonly {
                    <Toolbar {lang} can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                        {changed} {counts} dispatch={dispatch.clone()} />
                }
                <HypothesesBar {lang} scenario={scenario.clone()} baseline={baseline.clone()} dispatch={dispatch.clone()} />
                <div class="layout-edit">
                    { cards.borrow_mut().render(scenario.departements.iter().enumerate().filter(|(_, d)| shown(&d.id)).map(|(at, d)| {
                        DeptGridProps {
                            lang,
                            scenario: scenario.clone(),
                            baseline: baseline.clone(),
                            totals: totals.clone(),
                            shape: shape.clone(),
                            dept: d.id.clone(),
                            at,
                            seek_refused: state.seek_refused.clone().filter(|(key, ..)| key.dept == d.id),
                            flags: flags.get(&d.id).cloned().unwrap_or_default(),
                            dispatch: dispatch.clone(),
                        }
                    })) }
                    if state.presenter {
                        // Secondary in front of a room: folded, a click away.
                        <details class="folded card" data-testid="folded-parameters">
                            <summary>{ share_strings(lang).parameters_folded }</summary>
                            <Parameters {lang} scenario={scenario.clone()} baseline={baseline.clone()} refused={state.refused} dispatch={dispatch.clone()} />
                        </details>
                    } else {
                        <Parameters {lang} scenario={scenario.clone()} baseline={baseline.clone()} refused={state.refused} dispatch={dispatch.clone()} />
                    }
                </div>
                <div class="layout-side">
                    <RulesPanel {lang} scenario={scenario.clone()} report={report.clone()} baseline={baseline.clone()} fixed={state.fixed} dispatch={dispatch.clone()} />
                </div>
                <div class="layout-wide">
                    <PlanTable {lang} scenario={scenario.clone()} baseline={baseline.clone()} totals={totals.clone()} only={only.clone()} />
                    if !embedded && !state.readonly {
                        <ExerciseList {lang} dispatch={dispatch.clone()} />
                        <Comparison {lang} base={state.base} scenario={scenario.clone()} saved={state.saved.clone()} />
                    }
                    if !embedded {
                        <details class="folded-when-presenting" open={!state.presenter} data-testid="folded-share">
                            <summary>{ share_strings(lang).heading }</summary>
                            <SharePanel {lang} base={state.base} scenario={scenario.clone()} fragment={link.1.clone()}
                                link={full_link.clone()} {link_now} link_lags={link.0 != scenario} saved={state.saved.clone()} deleted={state.deleted.last().map(|(_, item)| item.clone())}
                                opened_id={state.opened_id} save_note={state.save_note.clone()} dispatch={dispatch.clone()} />
                        </details>
                        <PrintNote {lang} link={full_link.clone()} notes={scenario.notes.clone()} />
                    }
                </div>
            </main>
        </div>
        </ContextProvider<ReadOnly>>
    }
}
