use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::components::stay_on_page;
use crate::ui::embed::use_read_only;

use crate::domain::edit::AmountField;
use crate::domain::i18n::money_error;
use crate::domain::locale::Lang;
use crate::domain::money::Money;
use crate::domain::parse::parse;
use crate::domain::scenario::Funder;
use crate::strings::strings;
use crate::ui::draft::use_draft;
use crate::ui::state::Action;

/// Every prop compares cheaply and stays equal while its figure does, so that an edit
/// re-renders only the fields it changes.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the field edits; also its id, its test id and its undo step.
    pub field: AmountField,
    /// The accessible name, e.g. "Pas-de-Calais, 2021, Prévention, Département".
    pub label: AttrValue,
    pub value: Money,
    pub lang: Lang,
    /// The original scenario's amount when this one differs from it.
    #[prop_or_default]
    pub baseline: Option<Money>,
    /// A message from the app about this field (why « Au minimum » found no amount).
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    /// The findings this amount is concerned by, each with where it is listed.
    #[prop_or_default]
    pub flags: Rc<Vec<Flag>>,
    /// The app's one dispatcher.
    pub dispatch: Callback<Action>,
}

/// A finding a cell is concerned by: its sentence, and the id of its item in the rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Flag {
    pub text: AttrValue,
    pub target: AttrValue,
}

const STEP: Money = Money::euros(10_000);
/// How long the goal-seek button stays after the field loses the focus.
const HIDE_AFTER_MS: u32 = 300;
const BIG_STEP: Money = Money::euros(100_000);

/// An amount field that reads every format the money parser reads. A valid keystroke
/// updates the model at once; while the text is invalid a specific message sits beside it
/// and the model keeps the amount from before the edit began; Escape puts that amount back
/// in the field. ArrowUp/ArrowDown step by 10 000 €, with Shift by 100 000 €. A grid cell
/// offers « Au minimum » (Département) or « Au maximum » (State) while it has the focus.
#[function_component(MoneyInput)]
pub fn money_input(props: &Props) -> Html {
    let read_only = use_read_only();
    let draft = use_draft(props.value, props.lang);
    let focused = use_state(|| false);
    // Focus entering the field or its button bumps this, so that a hide scheduled when the
    // focus last left is dropped (Shift+Tab can come back to the button before it goes).
    let focus_seq = use_mut_ref(|| 0u32);
    let (lang, value) = (props.lang, props.value);
    let t = strings(lang);
    let error = draft.text().and_then(|text| parse(&text, lang).err());

    let id = props.field.slug();
    let on_change = {
        let (dispatch, field, id) = (props.dispatch.clone(), props.field.clone(), id.clone());
        move |amount| dispatch.emit(Action::Type(id.clone(), field.edit(amount)))
    };
    let on_input = {
        let (draft, on_change) = (draft.clone(), on_change.clone());
        Callback::from(move |e: InputEvent| {
            let text = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let parsed = parse(&text, lang);
            on_change(draft.typed(value, text, parsed));
        })
    };
    let on_keydown = {
        let (draft, on_change) = (draft.clone(), on_change.clone());
        Callback::from(move |e: KeyboardEvent| {
            // Read-only: the arrows would show a stepped amount the model never takes.
            if read_only {
                return;
            }
            let step = if e.shift_key() { BIG_STEP } else { STEP };
            let current = draft.sent().unwrap_or(value);
            let next = match e.key().as_str() {
                "ArrowUp" => current
                    .checked_add(step)
                    .map_or(current, |m| m.min(Money::MAX)),
                "ArrowDown" => current.saturating_sub(step),
                "Escape" => {
                    // Sent even when the model already has it: a keystroke may still be on
                    // its way.
                    if let Some(origin) = draft.origin() {
                        on_change(origin);
                    }
                    draft.clear();
                    e.prevent_default();
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            if next != current {
                on_change(next);
            }
            draft.stepped(next);
        })
    };
    // The goal-seek button shows while the field has the focus, and stays while focus moves
    // to it.
    let on_focus = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(true))
    };
    let on_focusin = {
        let focus_seq = focus_seq.clone();
        Callback::from(move |_: FocusEvent| *focus_seq.borrow_mut() += 1)
    };
    // Yew delegates events from the app's root, so the wrapper is known by reference, not
    // as the event's current target.
    let wrapper = use_node_ref();
    let on_focusout = {
        let (draft, dispatch, focused) = (draft.clone(), props.dispatch.clone(), focused.clone());
        let focus_seq = focus_seq.clone();
        let wrapper = wrapper.clone();
        Callback::from(move |e: FocusEvent| {
            let to = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = to.is_some_and(|to| wrapper.get().is_some_and(|w| w.contains(Some(&to))));
            if inside {
                return;
            }
            // The button takes room of its own under the field; it goes a moment after the
            // focus leaves, once the click that moved the focus has landed where it was aimed.
            let (focused, focus_seq) = (focused.clone(), focus_seq.clone());
            let seq = *focus_seq.borrow();
            Timeout::new(HIDE_AFTER_MS, move || {
                if *focus_seq.borrow() == seq {
                    focused.set(false);
                }
            })
            .forget();
            if draft.text().is_none_or(|text| parse(&text, lang).is_ok()) {
                draft.clear();
            }
            dispatch.emit(Action::EndTyping);
        })
    };
    let shown = draft
        .text()
        .unwrap_or_else(|| lang.amount(draft.sent().unwrap_or(value)));
    let error_id = format!("{id}-error");
    let diff_id = format!("{id}-diff");
    let notice_id = format!("{id}-notice");
    let flags_id = format!("{id}-flags");
    let diff = props.baseline.map(|before| {
        let (sign, delta) = if value >= before {
            ("+", value.saturating_sub(before))
        } else {
            ("\u{2212}", before.saturating_sub(value))
        };
        let short = format!("{sign}{}", lang.money(delta));
        let long = match lang {
            Lang::Fr => format!(
                "{short} par rapport au scénario d’origine ({})",
                lang.money(before)
            ),
            Lang::En => format!(
                "{short} against the original scenario ({})",
                lang.money(before)
            ),
        };
        (short, long)
    });
    let described_by = [
        error.is_some().then_some(error_id.clone()),
        props.notice.is_some().then_some(notice_id.clone()),
        (!props.flags.is_empty()).then_some(flags_id.clone()),
        diff.is_some().then_some(diff_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let seek = match &props.field {
        // The State's amount is sought as high, the Département's as low, as rules allow.
        AmountField::Cell(key, Funder::State) if *focused => {
            Some((key.clone(), Funder::State, t.seek_max, t.seek_max_hint))
        }
        AmountField::Cell(key, Funder::Departement) if *focused => Some((
            key.clone(),
            Funder::Departement,
            t.seek_min,
            t.seek_min_hint,
        )),
        _ => None,
    };

    html! {
        <form class={classes!("money-field", error.is_some().then_some("invalid"), diff.is_some().then_some("changed"),
            (!props.flags.is_empty()).then_some("flagged"))}
            ref={wrapper} onfocusin={on_focusin} onfocusout={on_focusout} onsubmit={stay_on_page()}>
            <input
                id={id.clone()}
                type="text"
                inputmode="decimal"
                size="10"
                autocomplete="off"
                spellcheck="false"
                aria-label={props.label.clone()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                data-testid={id.clone()}
                value={shown}
                oninput={on_input}
                onkeydown={on_keydown}
                onfocus={on_focus}
                readonly={read_only}
            />
            if let Some(first) = props.flags.first() {
                // Marked by a symbol and a dashed frame, not colour alone; the link goes to the
                // finding, the description names every finding.
                <a class="cell-flag" href={format!("#{}", first.target)} data-testid={format!("{id}-flag")}
                    title={props.flags.iter().map(|f| f.text.to_string()).collect::<Vec<_>>().join("\n")}>
                    <span aria-hidden="true">{ "⚠ " }</span>{ t.go_to_finding }
                    <span class="visually-hidden">{ t.colon }{ props.label.clone() }</span>
                </a>
                <span id={flags_id.clone()} class="visually-hidden" data-testid={flags_id.clone()}>
                    { for props.flags.iter().map(|f| html! { <span>{ t.flag_label }{ t.colon }{ f.text.clone() }{ ". " }</span> }) }
                </span>
            }
            if let Some(e) = error {
                <span id={error_id.clone()} class="field-error" role="alert" data-testid={error_id}>
                    <span aria-hidden="true">{ "⚠ " }</span>{ money_error(e, lang) }
                </span>
            }
            if let Some(notice) = &props.notice {
                <span id={notice_id.clone()} class="field-error" role="status" data-testid={notice_id}>
                    <span aria-hidden="true">{ "⚠ " }</span>{ notice.clone() }
                </span>
            }
            if let Some((short, long)) = diff {
                <span id={diff_id.clone()} class="field-diff" data-testid={diff_id} title={long.clone()}>
                    <span aria-hidden="true">{ short }</span>
                    <span class="visually-hidden">{ long }</span>
                </span>
            }
            if let Some((key, funder, action, hint)) = seek.filter(|_| !read_only) {
                <span class="seek-slot">
                    <button type="button" class="seek small" data-testid={format!("{id}-seek")}
                        title={hint} aria-label={(t.seek_label)(action, &props.label)}
                        onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                        onclick={props.dispatch.reform(move |_| Action::GoalSeek(key.clone(), funder))}>
                        { action }
                    </button>
                </span>
            }
        </form>
    }
}
