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
    /// The model moved on its own since the last render: the text is stale from now on,
    /// though its state is only cleared by the re-render this asks for.
    stale: bool,
}

impl<T: Copy + PartialEq + 'static> Draft<T> {
    pub fn text(&self) -> Option<&String> {
        self.text.as_ref().filter(|_| !self.stale)
    }

    /// The value the field had when this edit began, if one is under way.
    pub fn origin(&self) -> Option<T> {
        self.edit.borrow().as_ref().map(|(origin, _)| *origin)
    }

    /// The value this field sent last in the edit under way: keystrokes reach the model a
    /// frame later, so a key pressed meanwhile steps from here, not from the model's value.
    pub fn sent(&self) -> Option<T> {
        self.edit.borrow().as_ref().map(|(_, last)| *last)
    }

    /// A key set the value to `to`: the field shows the model's value again, the next key
    /// steps from `to`, and Escape stays there.
    pub fn stepped(&self, to: T) {
        *self.edit.borrow_mut() = Some((to, to));
        self.text.set(None);
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
    let text = use_state_eq(|| None::<String>);
    let edit = use_mut_ref(|| None::<(T, T)>);
    // What the field last rendered with. Checked at each render rather than in an effect:
    // two renders can come before an effect runs (a keystroke then a fix), and the field
    // re-renders with its old value when only its text changed.
    let seen = use_mut_ref(|| (value, lang));
    let moved = {
        let mut seen = seen.borrow_mut();
        let ours = edit.borrow().is_some_and(|(_, last)| last == value);
        let moved = (seen.0 != value && !ours) || seen.1 != lang;
        *seen = (value, lang);
        moved
    };
    let stale = moved && (text.is_some() || edit.borrow().is_some());
    let draft = Draft { text, edit, stale };
    if stale {
        draft.clear();
    }
    draft
}
