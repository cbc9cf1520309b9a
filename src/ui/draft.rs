use std::cell::{Cell, RefCell};
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
    /// Shared across renders and read when an event comes, not as last rendered: a valid
    /// keystroke re-renders nothing (the field already shows what was typed), so the text
    /// may be newer than the last render.
    text: Rc<RefCell<Option<String>>>,
    /// Whether the text last typed did not parse: the field re-renders when that changes,
    /// and at each keystroke while it holds (the message may change).
    invalid: Rc<Cell<bool>>,
    redraw: UseForceUpdateHandle,
    /// The value before the edit began, and the last value this field sent. Shared across
    /// renders: keystrokes can arrive faster than the field re-renders.
    edit: Rc<RefCell<Option<(T, T)>>>,
    /// The model moved on its own since the last render: the text is stale from now on,
    /// though it is only cleared by the re-render this asks for.
    stale: bool,
}

impl<T: Copy + PartialEq + 'static> Draft<T> {
    pub fn text(&self) -> Option<String> {
        self.text.borrow().clone().filter(|_| !self.stale)
    }

    /// The value the field had when this edit began, if one is under way.
    pub fn origin(&self) -> Option<T> {
        self.edit.borrow().as_ref().map(|(origin, _)| *origin)
    }

    /// The value this field sent last in the edit under way: keystrokes reach the model a
    /// frame later, so a key pressed meanwhile steps from here, not from the model's value,
    /// and the field shows it.
    pub fn sent(&self) -> Option<T> {
        self.edit.borrow().as_ref().map(|(_, last)| *last)
    }

    /// A key set the value to `to`: the field shows it, the next key steps from it, and
    /// Escape stays there.
    pub fn stepped(&self, to: T) {
        *self.edit.borrow_mut() = Some((to, to));
        self.set_text(None, false);
    }

    /// Records `text` as typed and returns the value the model should now hold: the parsed
    /// value, or the edit's origin while the text is invalid. The reducer drops a change
    /// that changes nothing.
    pub fn typed<E>(&self, value: T, text: String, parsed: Result<T, E>) -> T {
        let mut edit = self.edit.borrow_mut();
        let origin = edit.map_or(value, |(origin, _)| origin);
        let invalid = parsed.is_err();
        let target = parsed.unwrap_or(origin);
        *edit = Some((origin, target));
        // Valid after valid: the field shows the text already and the model follows.
        if invalid || self.invalid.get() {
            self.set_text(Some(text), invalid);
        } else {
            *self.text.borrow_mut() = Some(text);
        }
        target
    }

    /// Ends the edit: the field shows the model's value again.
    pub fn clear(&self) {
        self.edit.borrow_mut().take();
        self.set_text(None, false);
    }

    fn set_text(&self, text: Option<String>, invalid: bool) {
        *self.text.borrow_mut() = text;
        self.invalid.set(invalid);
        self.redraw.force_update();
    }
}

#[hook]
pub fn use_draft<T>(value: T, lang: Lang) -> Draft<T>
where
    T: PartialEq + Copy + 'static,
{
    let text = use_mut_ref(|| None::<String>);
    let invalid = use_memo((), |_| Cell::new(false));
    let redraw = use_force_update();
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
    let stale = moved && (text.borrow().is_some() || edit.borrow().is_some());
    let draft = Draft {
        text,
        invalid,
        redraw,
        edit,
        stale,
    };
    if stale {
        draft.clear();
    }
    draft
}
