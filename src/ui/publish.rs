//! The link to the scenario, published into the address and the autosave (or, in another
//! site's page, to its host) once typing pauses, so that the address does not step through
//! keystrokes; at once the first time, and at once when it is wanted: copied, printed, asked
//! for by the host.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::embed::post;
use super::shared::Shared;
use super::state::{Action, AppState, Banner};
use super::storage::{now, save_autosave};
use super::url::{share_link, show_in_address};
use crate::domain::compare::figures;
use crate::domain::scenario::Scenario;
use crate::embed::messages::Outgoing;
use crate::embed::options::Options;

/// How long the address and the autosave wait for typing to pause.
const PUBLISH_AFTER_MS: u32 = 300;

/// The message that tells the host page what the scenario is now.
pub fn change_message(state: &AppState, fragment: &str) -> Outgoing {
    Outgoing::change(share_link(state.lang, fragment), &figures(state.scenario()))
}

/// The link as last published, and the way to publish the one waiting.
pub struct Published {
    /// The scenario the link was made from, and the link's fragment: the share field says the
    /// link lags while the scenario on screen is another.
    pub link: UseStateHandle<(Shared<Scenario>, String)>,
    /// The same fragment, for what runs outside rendering.
    pub current: Rc<RefCell<String>>,
    /// The address before the last time it followed, and when that was (see pagehide).
    pub replaced: Rc<RefCell<Option<(String, f64)>>>,
    /// Publishes at once the link waiting for the pause, if one is.
    pub now: Rc<dyn Fn()>,
}

#[hook]
pub fn use_published(
    state: UseReducerHandle<AppState>,
    dispatch: Callback<Action>,
    options: Rc<Options>,
) -> Published {
    let link = use_state(|| (state.shared(), state.link()));
    let current = use_mut_ref(|| link.1.clone());
    let replaced = use_mut_ref(|| None::<(String, f64)>);
    let publish = {
        let (link, current, replaced) = (link.clone(), current.clone(), replaced.clone());
        use_memo((), move |_| {
            move |state: &AppState| {
                let fragment = state.link();
                show_in_address(state.lang, &fragment);
                if state.embedded {
                    post(&change_message(state, &fragment), &options.origins);
                } else if let Err(problem) = save_autosave(&fragment, now(), None) {
                    dispatch.emit(Action::AddBanner(Banner::Storage(problem)));
                }
                let before = std::mem::replace(&mut *current.borrow_mut(), fragment.clone());
                *replaced.borrow_mut() = Some((before, now()));
                link.set((state.shared(), fragment));
            }
        })
    };
    // The state whose link waits for typing to pause.
    let unpublished = use_mut_ref(|| None::<UseReducerHandle<AppState>>);
    let publish_now = {
        let (publish, unpublished) = (publish.clone(), unpublished.clone());
        use_memo((), move |_| {
            move || {
                let waiting = unpublished.borrow_mut().take();
                if let Some(state) = waiting {
                    publish(&state);
                }
            }
        })
    };
    {
        let publish_now = publish_now.clone();
        let first = use_mut_ref(|| true);
        let lang = state.lang;
        use_effect_with((state.shared(), lang), move |_| {
            let pending = if std::mem::replace(&mut *first.borrow_mut(), false) {
                publish(&state);
                None
            } else {
                *unpublished.borrow_mut() = Some(state);
                Some(Timeout::new(PUBLISH_AFTER_MS, move || publish_now()))
            };
            move || drop(pending)
        });
    }
    Published {
        link,
        current,
        replaced,
        now: publish_now,
    }
}
