use yew::prelude::*;

use crate::domain::edit::Edit;
use crate::domain::locale::Lang;
use crate::domain::scenario::{NOTES_MAX_CHARS, TITLE_MAX_CHARS};
use crate::strings::share::share_strings;
use crate::ui::components::stay_on_page;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub title: AttrValue,
    pub notes: AttrValue,
    pub dispatch: Callback<Action>,
}

/// The scenario's title and notes: plain text that travels in the link, each with its
/// limit (the field stops there) and a counter.
#[function_component(ScenarioText)]
pub fn scenario_text(props: &Props) -> Html {
    let s = share_strings(props.lang);
    let d = &props.dispatch;
    // The limits count characters as people do (an emoji is one), so the fields keep to
    // them here rather than with `maxlength`, which counts UTF-16 units.
    let on_title = d.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let value = within(input.value(), TITLE_MAX_CHARS, |v| input.set_value(v));
        Action::Type("scenario-title".into(), Edit::SetTitle(value))
    });
    let on_notes = d.reform(|e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        let value = within(area.value(), NOTES_MAX_CHARS, |v| area.set_value(v));
        Action::Type("scenario-notes".into(), Edit::SetNotes(value))
    });
    let on_blur = d.reform(|_: FocusEvent| Action::EndTyping);
    let title_count = props.title.chars().count();
    let notes_count = props.notes.chars().count();
    html! {
        <div class="scenario-text">
            <form class="field" onsubmit={stay_on_page()}>
                <label for="scenario-title">{ s.title_label }</label>
                <input id="scenario-title" type="text" value={props.title.clone()} dir="auto"
                    aria-describedby="scenario-title-count" oninput={on_title} onblur={on_blur.clone()}
                    autocomplete="off" data-testid="scenario-title" />
                <span id="scenario-title-count" class="counter" data-testid="scenario-title-count">
                    { (s.counter)(title_count, TITLE_MAX_CHARS) }
                </span>
            </form>
            <form class="field" onsubmit={stay_on_page()}>
                <label for="scenario-notes">{ s.notes_label }</label>
                <textarea id="scenario-notes" rows="3" value={props.notes.clone()} dir="auto"
                    aria-describedby="scenario-notes-count" oninput={on_notes} onblur={on_blur}
                    data-testid="scenario-notes" />
                <span id="scenario-notes-count" class="counter" data-testid="scenario-notes-count">
                    { (s.counter)(notes_count, NOTES_MAX_CHARS) }
                </span>
            </form>
        </div>
    }
}

/// `text` cut to `max` characters; when it had more, `show` puts the cut text in the field.
fn within(text: String, max: usize, show: impl FnOnce(&str)) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => {
            let cut = text[..end].to_string();
            show(&cut);
            cut
        }
        None => text,
    }
}
