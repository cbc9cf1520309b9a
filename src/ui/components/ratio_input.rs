use rust_decimal::Decimal;
use yew::prelude::*;

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
}

/// The matching ratio: "1", "1,5", "2:1". Invalid text stays with a message beside it; the
/// model keeps the last valid ratio.
#[function_component(RatioInput)]
pub fn ratio_input(props: &Props) -> Html {
    let draft = use_draft(props.value, props.lang, parse_ratio);
    let lang = props.lang;
    let error = draft.as_ref().and_then(|t| parse_ratio(t, lang).err());
    let on_input = {
        let (draft, on_change, value) = (draft.clone(), props.on_change.clone(), props.value);
        Callback::from(move |e: InputEvent| {
            let text = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            if let Ok(ratio) = parse_ratio(&text, lang) {
                if ratio != value {
                    on_change.emit(ratio);
                }
            }
            draft.set(Some(text));
        })
    };
    let on_blur = {
        let (draft, on_commit) = (draft.clone(), props.on_commit.clone());
        Callback::from(move |_: FocusEvent| {
            if draft.as_ref().is_some_and(|t| parse_ratio(t, lang).is_ok()) {
                draft.set(None);
            }
            on_commit.emit(());
        })
    };
    let error_id = format!("{}-error", props.id);
    html! {
        <span class={classes!("ratio-field", error.is_some().then_some("invalid"))}>
            <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off" size="5"
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then_some(error_id.clone())}
                data-testid={props.id.clone()}
                value={draft.as_ref().cloned().unwrap_or_else(|| lang.number(props.value))}
                oninput={on_input} onblur={on_blur} />
            <span aria-hidden="true">{ " : 1" }</span>
            if let Some(e) = error {
                <span id={error_id} class="field-error" data-testid={format!("{}-error", props.id)}>
                    <span aria-hidden="true">{ "⚠ " }</span>{ ratio_error(e, lang) }
                </span>
            }
        </span>
    }
}
