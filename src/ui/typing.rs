//! Keystrokes reach the model once the browser has painted them.
//!
//! Working out what an edit changes (totals, rules, every card showing them) takes a
//! national scenario or a slow laptop longer than a frame; done in the keystroke's own task,
//! it holds the typed character off the screen until it is over. So a keystroke waits for
//! the frame that shows it, then applies. Keystrokes meanwhile in the same field replace it
//! (a field sends its whole value each time); any other action applies it first, so that
//! actions keep their order (an undo never lands before the keystroke it undoes).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

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
}

impl Typing {
    fn send(self: &Rc<Self>, action: Action) {
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
    fn after_paint(self: &Rc<Self>, wait: u32) {
        let window = gloo::utils::window();
        let end = {
            let typing = self.clone();
            move || {
                if typing.waiting.get() == Some(wait) {
                    let _ = typing.flush();
                }
            }
        };
        let later = Closure::once_into_js(end.clone());
        let frame = {
            let later = later.clone();
            Closure::once_into_js(move || {
                let _ = gloo::utils::window()
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        later.unchecked_ref(),
                        0,
                    );
            })
        };
        if window
            .request_animation_frame(frame.unchecked_ref())
            .is_err()
        {
            let _ = self.flush();
            return;
        }
        let fallback = Closure::once_into_js(end);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            fallback.unchecked_ref(),
            AT_THE_LATEST_MS,
        );
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
        let typing = Rc::new(Typing {
            pending: RefCell::new(None),
            waiting: Cell::new(None),
            waits: Cell::new(0),
            to,
        });
        let send = typing.clone();
        (Callback::from(move |action| send.send(action)), typing)
    });
    (*made).clone()
}
