use yew::prelude::*;

use crate::domain::locale::Lang;

/// What the user has typed in a field while it differs from the model's value, for fields
/// that parse text into a value. The draft goes when the model moves on its own (undo, a
/// fix, a reset) and when the language changes, since text typed in one language may read
/// differently in the other ("1,234").
#[hook]
pub fn use_draft<T, E>(
    value: T,
    lang: Lang,
    parse: fn(&str, Lang) -> Result<T, E>,
) -> UseStateHandle<Option<String>>
where
    T: PartialEq + Copy + 'static,
    E: PartialEq + 'static,
{
    let draft = use_state(|| None::<String>);
    {
        let draft = draft.clone();
        use_effect_with(value, move |value| {
            if let Some(text) = &*draft {
                if parse(text, lang) != Ok(*value) {
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
