use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::i18n::source_kind_label;
use crate::domain::locale::Lang;
use crate::domain::provenance::{Provenance, SourceKind};
use crate::strings::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub provenance: Provenance,
    /// The figure no longer has its default value: the badge says so, and its tooltip tells
    /// where the default came from.
    #[prop_or_default]
    pub changed: bool,
}

/// The kind of a figure's source, as a word (never colour alone), with the source and its
/// quote shown on hover and on keyboard focus; Escape hides it until the pointer or the
/// focus leaves (WCAG 1.4.13), wherever the focus is when the pointer opened it.
#[function_component(SourceBadge)]
pub fn source_badge(props: &Props) -> Html {
    let dismissed = use_state(|| false);
    let lang = props.lang;
    let t = strings(lang);
    let p = &props.provenance;
    let kind = match (props.changed, p.kind) {
        (true, _) => "modified",
        (false, SourceKind::Convention) => "convention",
        (false, SourceKind::Inference) => "inference",
        (false, SourceKind::Secondary) => "secondary",
        (false, SourceKind::Hypothesis) => "hypothesis",
    };
    let label = if props.changed {
        t.modified_badge
    } else {
        source_kind_label(p.kind, lang)
    };
    let on_keydown = {
        let dismissed = dismissed.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dismissed.set(true);
            }
        })
    };
    // While the pointer holds the tooltip open, the first Escape is the tooltip's, taken
    // before the focused field's (which would undo its typing); the next ones are the field's.
    let hover_escape = use_mut_ref(|| None::<EventListener>);
    let on_enter = {
        let (dismissed, hover_escape) = (dismissed.clone(), hover_escape.clone());
        Callback::from(move |_: MouseEvent| {
            let (dismissed, armed) = (dismissed.clone(), Rc::new(Cell::new(true)));
            let options = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: false,
            };
            let listener = EventListener::new_with_options(
                &gloo::utils::window(),
                "keydown",
                options,
                move |e| {
                    let escape = e
                        .dyn_ref::<web_sys::KeyboardEvent>()
                        .is_some_and(|k| k.key() == "Escape");
                    if escape && armed.replace(false) {
                        e.stop_propagation();
                        e.prevent_default();
                        dismissed.set(true);
                    }
                },
            );
            *hover_escape.borrow_mut() = Some(listener);
        })
    };
    let reset = {
        let dismissed = dismissed.clone();
        Callback::from(move |_| {
            if *dismissed {
                dismissed.set(false);
            }
        })
    };
    let on_leave = {
        let reset = reset.clone();
        Callback::from(move |_: MouseEvent| {
            hover_escape.borrow_mut().take();
            reset.emit(());
        })
    };
    html! {
        <span class={classes!("badge", format!("badge-{kind}"), dismissed.then_some("dismissed"))}
            tabindex="0" data-kind={kind} onkeydown={on_keydown}
            onblur={reset.reform(|_: FocusEvent| ())} onmouseenter={on_enter} onmouseleave={on_leave}>
            { label }
            <span class="tip" role="tooltip">
                <strong>
                    { if props.changed { t.modified_from_default } else { t.provenance_of } }
                    { t.colon }
                </strong>
                { format!("{} — {}", source_kind_label(p.kind, lang), p.source.get(lang)) }
                if let Some(q) = &p.quote {
                    { " " }<q lang="fr">{ q }</q>
                }
            </span>
        </span>
    }
}
