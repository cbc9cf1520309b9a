use rust_decimal::Decimal;
use yew::prelude::*;

use crate::ui::components::stay_on_page;
use crate::ui::embed::use_read_only;

use crate::domain::i18n::ratio_error;
use crate::domain::locale::Lang;
use crate::domain::parse::parse_ratio;
use crate::ui::draft::use_draft;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub value: Decimal,
    pub lang: Lang,
    pub on_change: Callback<Decimal>,
    pub on_commit: Callback<()>,
    /// The id of what else describes the field (the convention's value, when changed).
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
}

/// The matching ratio: "1", "1,5", "2:1". While the text is invalid a message sits beside
/// it and the model keeps the ratio from before the edit began; Escape puts it back.
#[function_component(RatioInput)]
pub fn ratio_input(props: &Props) -> Html {
    let read_only = use_read_only();
    let draft = use_draft(props.value, props.lang);
    let (lang, value) = (props.lang, props.value);
    let error = draft.text().and_then(|text| parse_ratio(&text, lang).err());
    let on_input = {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let text = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let parsed = parse_ratio(&text, lang);
            on_change.emit(draft.typed(value, text, parsed));
        })
    };
    let on_keydown = {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Escape" {
                return;
            }
            // Sent even when the model already has it: a keystroke may still be on its way.
            if let Some(origin) = draft.origin() {
                on_change.emit(origin);
            }
            draft.clear();
        })
    };
    let on_blur = {
        let (draft, on_commit) = (draft.clone(), props.on_commit.clone());
        Callback::from(move |_: FocusEvent| {
            if draft
                .text()
                .is_none_or(|text| parse_ratio(&text, lang).is_ok())
            {
                draft.clear();
            }
            on_commit.emit(());
        })
    };
    let error_id = format!("{}-error", props.id);
    let described_by = [
        error.is_some().then(|| error_id.clone()),
        props.described_by.as_ref().map(|d| d.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described_by = (!described_by.is_empty()).then_some(described_by);
    let text = draft.text().unwrap_or_else(|| lang.number(value));
    // "2:1" typed in full needs no ": 1" after it.
    let suffix = (!text.contains(':')).then_some(match lang {
        Lang::Fr => "\u{a0}:\u{a0}1",
        Lang::En => " to 1",
    });
    html! {
        <form class={classes!("ratio-field", error.is_some().then_some("invalid"))} onsubmit={stay_on_page()}>
            <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off" size="5" readonly={read_only}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={described_by}
                data-testid={props.id.clone()}
                value={text}
                oninput={on_input} onkeydown={on_keydown} onblur={on_blur} />
            if let Some(suffix) = suffix {
                <span aria-hidden="true">{ suffix }</span>
            }
            if let Some(e) = error {
                <span id={error_id} class="field-error" role="alert" data-testid={format!("{}-error", props.id)}>
                    <span aria-hidden="true">{ "⚠ " }</span>{ ratio_error(e, lang) }
                </span>
            }
        </form>
    }
}
