//! What follows typing without following each keystroke.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value` as it was when it last stayed the same for `ms`; a newer value restarts the wait.
#[hook]
pub fn use_after_pause<T: Clone + PartialEq + 'static>(value: T, ms: u32) -> T {
    let settled = use_state_eq(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let pending = Timeout::new(ms, move || settled.set(value));
            move || drop(pending)
        });
    }
    (*settled).clone()
}
