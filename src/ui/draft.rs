use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::locale::Lang;

/// What the user is typing in a field that parses text into a value, and what the field has
/// done to the model since this edit began.
///
/// While the text is not valid the model holds the field's value from before the edit began,
/// so that a typo costs nothing (`25O 000` never leaves 25 € in the totals). The text goes
/// when the model moves on its own (undo, a fix, a reset) and when the language changes,
/// since text typed in one language may read differently in the other ("1,234").
#[derive(Clone)]
pub struct Draft<T: 'static> {
    text: UseStateHandle<Option<String>>,
    /// The value before the edit began, and the last value this field sent. Shared across
    /// renders: keystrokes can arrive faster than the field re-renders.
    edit: Rc<RefCell<Option<(T, T)>>>,
}

impl<T: Copy + PartialEq + 'static> Draft<T> {
    pub fn text(&self) -> Option<&String> {
        self.text.as_ref()
    }

    /// The value the field had when this edit began, if one is under way.
    pub fn origin(&self) -> Option<T> {
        self.edit.borrow().as_ref().map(|(origin, _)| *origin)
    }

    /// Records `text` as typed and returns the value the model should now hold: the parsed
    /// value, or the edit's origin while the text is invalid. The reducer drops a change
    /// that changes nothing.
    pub fn typed<E>(&self, value: T, text: String, parsed: Result<T, E>) -> T {
        let mut edit = self.edit.borrow_mut();
        let origin = edit.map_or(value, |(origin, _)| origin);
        let target = parsed.unwrap_or(origin);
        *edit = Some((origin, target));
        self.text.set(Some(text));
        target
    }

    /// Ends the edit: the field shows the model's value again.
    pub fn clear(&self) {
        self.edit.borrow_mut().take();
        self.text.set(None);
    }
}

#[hook]
pub fn use_draft<T>(value: T, lang: Lang) -> Draft<T>
where
    T: PartialEq + Copy + 'static,
{
    let draft = Draft {
        text: use_state_eq(|| None::<String>),
        edit: use_mut_ref(|| None::<(T, T)>),
    };
    // What the field last rendered with: effects can run after the first keystroke, so
    // "changed" means changed since then, not "ran".
    let seen = use_mut_ref(|| (value, lang));
    {
        let draft = draft.clone();
        use_effect_with((value, lang), move |(value, lang)| {
            let (value_changed, lang_changed) = {
                let mut seen = seen.borrow_mut();
                let changed = (seen.0 != *value, seen.1 != *lang);
                *seen = (*value, *lang);
                changed
            };
            let ours = draft.edit.borrow().is_some_and(|(_, last)| last == *value);
            if lang_changed || (value_changed && !ours) {
                draft.clear();
            }
        });
    }
    draft
}
