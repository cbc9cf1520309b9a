//! Keystrokes reach the model once the browser has painted them.
//!
//! Working out what an edit changes (totals, rules, every card showing them) takes a
//! national scenario or a slow laptop longer than a frame; done in the keystroke's own task,
//! it holds the typed character off the screen until it is over. So a keystroke waits for
//! the frame that shows it, then applies. Keystrokes meanwhile in the same field replace it
//! (a field sends its whole value each time); any other action applies it first, so that
//! actions keep their order (an undo never lands before the keystroke it undoes).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::edit::Edit;
use crate::ui::state::{Action, AppState};

/// Applied after this long even when no frame comes (a page the browser does not draw).
const AT_THE_LATEST_MS: i32 = 100;

/// The keystroke not applied yet, and the dispatcher it goes to.
pub struct Typing {
    pending: RefCell<Option<(String, Edit)>>,
    /// Which wait is under way, if one is: a wait that ends after its keystroke was applied
    /// by something else must not apply a newer one before that one's frame.
    waiting: Cell<Option<u32>>,
    waits: Cell<u32>,
    to: UseReducerDispatcher<AppState>,
    /// Made once and handed to the browser at each keystroke, the wait's number passed as the
    /// timer's argument: three JS functions made per keystroke, in the task that answers it,
    /// were a tenth of that task's script.
    on_frame: Closure<dyn Fn()>,
    on_wait_end: Closure<dyn Fn(u32)>,
}

impl Typing {
    fn send(&self, action: Action) {
        match action {
            Action::Type(field, edit) if !hidden() => {
                let other = self
                    .pending
                    .borrow_mut()
                    .take_if(|(pending, _)| *pending != field);
                if let Some((field, edit)) = other {
                    self.to.dispatch(Action::Type(field, edit));
                }
                *self.pending.borrow_mut() = Some((field, edit));
                if self.waiting.get().is_none() {
                    let wait = self.waits.get().wrapping_add(1);
                    self.waits.set(wait);
                    self.waiting.set(Some(wait));
                    self.after_paint(wait);
                }
            }
            action => {
                let _ = self.flush();
                self.to.dispatch(action);
            }
        }
    }

    /// Applies the keystroke waiting, if any, and returns it.
    pub fn flush(&self) -> Option<Action> {
        self.waiting.set(None);
        let (field, edit) = self.pending.borrow_mut().take()?;
        self.to.dispatch(Action::Type(field.clone(), edit.clone()));
        Some(Action::Type(field, edit))
    }

    /// The first task after the next frame: a frame callback runs before that frame's
    /// layout and paint, a timeout set from it after them.
    fn after_paint(&self, wait: u32) {
        let window = gloo::utils::window();
        let asked = window.request_animation_frame(self.on_frame.as_ref().unchecked_ref());
        if asked.is_err() {
            let _ = self.flush();
            return;
        }
        self.end_wait_after(wait, AT_THE_LATEST_MS);
    }

    /// The frame has run: the wait under way, if any, ends in the task after it.
    fn frame_ran(&self) {
        if let Some(wait) = self.waiting.get() {
            self.end_wait_after(wait, 0);
        }
    }

    fn end_wait_after(&self, wait: u32, ms: i32) {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_1(
            self.on_wait_end.as_ref().unchecked_ref(),
            ms,
            &wait.into(),
        );
    }

    fn wait_ended(&self, wait: u32) {
        if self.waiting.get() == Some(wait) {
            let _ = self.flush();
        }
    }
}

/// A page in a background tab paints nothing: its keystrokes (a script's) apply at once.
fn hidden() -> bool {
    gloo::utils::document().hidden()
}

/// The app's one dispatch: keystrokes wait for their frame, other actions go at once.
#[hook]
pub fn use_typing(to: UseReducerDispatcher<AppState>) -> (Callback<Action>, Rc<Typing>) {
    let made = use_memo((), move |_| {
        let typing = Rc::new_cyclic(|me: &Weak<Typing>| {
            let (on_frame, on_wait_end) = (me.clone(), me.clone());
            Typing {
                pending: RefCell::new(None),
                waiting: Cell::new(None),
                waits: Cell::new(0),
                to,
                on_frame: Closure::new(move || {
                    if let Some(typing) = on_frame.upgrade() {
                        typing.frame_ran();
                    }
                }),
                on_wait_end: Closure::new(move |wait| {
                    if let Some(typing) = on_wait_end.upgrade() {
                        typing.wait_ended(wait);
                    }
                }),
            }
        });
        let send = typing.clone();
        (Callback::from(move |action| send.send(action)), typing)
    });
    (*made).clone()
}
