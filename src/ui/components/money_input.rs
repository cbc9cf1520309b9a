use yew::prelude::*;

use crate::domain::edit::AmountField;
use crate::domain::i18n::money_error;
use crate::domain::locale::Lang;
use crate::domain::money::Money;
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
    /// The app's one dispatcher.
    pub dispatch: Callback<Action>,
}

const STEP: Money = Money::euros(10_000);
const BIG_STEP: Money = Money::euros(100_000);

/// An amount field that reads every format the money parser reads. A valid keystroke
/// updates the model at once; invalid text stays in the field with a specific message
/// beside it while the model keeps the last valid amount. ArrowUp/ArrowDown step by
/// 10 000 €, with Shift by 100 000 €.
#[function_component(MoneyInput)]
pub fn money_input(props: &Props) -> Html {
    let draft = use_draft(props.value, props.lang, Money::parse);
    let lang = props.lang;
    let error = draft
        .as_ref()
        .and_then(|text| Money::parse(text, lang).err());

    let id = props.field.slug();
    let on_change = {
        let (dispatch, field, id) = (props.dispatch.clone(), props.field.clone(), id.clone());
        move |amount| dispatch.emit(Action::Type(id.clone(), field.edit(amount)))
    };
    let on_input = {
        let (draft, on_change, value) = (draft.clone(), on_change.clone(), props.value);
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            if let Ok(amount) = Money::parse(&text, lang) {
                if amount != value {
                    on_change(amount);
                }
            }
            draft.set(Some(text));
        })
    };
    let on_keydown = {
        let (draft, value) = (draft.clone(), props.value);
        Callback::from(move |e: KeyboardEvent| {
            let step = if e.shift_key() { BIG_STEP } else { STEP };
            let next = match e.key().as_str() {
                "ArrowUp" => value.checked_add(step).map(|m| m.min(Money::MAX)),
                "ArrowDown" => Some(value.saturating_sub(step)),
                _ => return,
            };
            e.prevent_default();
            if let Some(next) = next.filter(|n| *n != value) {
                on_change(next);
            }
            draft.set(None);
        })
    };
    let on_blur = {
        let (draft, dispatch) = (draft.clone(), props.dispatch.clone());
        Callback::from(move |_: FocusEvent| {
            if draft
                .as_ref()
                .is_some_and(|t| Money::parse(t, lang).is_ok())
            {
                draft.set(None);
            }
            dispatch.emit(Action::EndTyping);
        })
    };

    let shown = draft
        .as_ref()
        .cloned()
        .unwrap_or_else(|| lang.amount(props.value));
    let error_id = format!("{id}-error");
    let diff_id = format!("{id}-diff");
    let diff = props.baseline.map(|before| {
        let (sign, delta) = if props.value >= before {
            ("+", props.value.saturating_sub(before))
        } else {
            ("\u{2212}", before.saturating_sub(props.value))
        };
        let short = format!("{sign}{}", lang.money(delta));
        let long = match lang {
            Lang::Fr => format!(
                "{short} par rapport au scénario d'origine ({})",
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
        diff.is_some().then_some(diff_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");

    html! {
        <span class={classes!("money-field", error.is_some().then_some("invalid"), diff.is_some().then_some("changed"))}>
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
                onblur={on_blur}
            />
            if let Some(e) = error {
                <span id={error_id.clone()} class="field-error" data-testid={error_id}>
                    <span aria-hidden="true">{ "⚠ " }</span>{ money_error(e, lang) }
                </span>
            }
            if let Some((short, long)) = diff {
                <span id={diff_id.clone()} class="field-diff" data-testid={diff_id} title={long.clone()}>
                    <span aria-hidden="true">{ short }</span>
                    <span class="visually-hidden">{ long }</span>
                </span>
            }
        </span>
    }
}
