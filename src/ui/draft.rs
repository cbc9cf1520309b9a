use yew::prelude::*;

use crate::domain::locale::Lang;

/// What the user is typing in a field, and the value the field had when this edit began.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft<T> {
    pub text: String,
    pub origin: T,
}

/// The state of a field that parses text into a value. While the text is not valid the
/// model holds the field's value from before the edit began, so that a typo costs nothing
/// (`25O 000` never leaves 25 € in the totals). The draft goes when the model moves on its
/// own (undo, a fix, a reset) and when the language changes, since text typed in one
/// language may read differently in the other ("1,234").
#[hook]
pub fn use_draft<T, E>(
    value: T,
    lang: Lang,
    parse: fn(&str, Lang) -> Result<T, E>,
) -> UseStateHandle<Option<Draft<T>>>
where
    T: PartialEq + Copy + 'static,
    E: 'static,
{
    let draft = use_state(|| None::<Draft<T>>);
    {
        let draft = draft.clone();
        use_effect_with(value, move |value| {
            if let Some(d) = &*draft {
                let ours = match parse(&d.text, lang) {
                    Ok(v) => v == *value,
                    Err(_) => d.origin == *value,
                };
                if !ours {
                    draft.set(None);
                }
            }
        });
    }
    {
        let draft = draft.clone();
        use_effect_with(lang, move |_| {
            if draft.is_some() {
                draft.set(None);
            }
        });
    }
    draft
}

/// Records `text` as typed and returns the value the model should now hold, if it must
/// change: the parsed value, or the edit's origin while the text is invalid.
pub fn type_text<T: PartialEq + Copy, E>(
    draft: &UseStateHandle<Option<Draft<T>>>,
    value: T,
    text: String,
    parsed: Result<T, E>,
) -> Option<T> {
    let origin = draft.as_ref().map_or(value, |d| d.origin);
    let target = parsed.unwrap_or(origin);
    draft.set(Some(Draft { text, origin }));
    (target != value).then_some(target)
}
