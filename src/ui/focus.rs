//! Keyboard focus: moving it on purpose, and catching it when the element that had it goes
//! away or is disabled, so that it never falls to the page.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::reveal::when_drawn;

/// Focuses the element `id`, drawing the cards of a large scenario first when it is in one
/// not drawn yet.
pub fn focus_by_id(id: &str) {
    when_drawn(id, |element| {
        let _ = element.focus();
    });
}

/// The element that had the focus last, and the heading of the card it sat in.
pub type LastFocus = Rc<RefCell<Option<(Element, Option<String>)>>>;

/// Remembers every element that takes the focus, with its card's heading (found now: once
/// the element is removed, its card can no longer be found from it).
pub fn remember(last: LastFocus) -> EventListener {
    EventListener::new(&gloo::utils::document(), "focusin", move |event| {
        let Some(element) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let heading = element
            .closest("section[aria-labelledby]")
            .ok()
            .flatten()
            .and_then(|s| s.get_attribute("aria-labelledby"));
        *last.borrow_mut() = Some((element, heading));
    })
}

/// When the focus has fallen to the page because the element that had it was removed or
/// disabled, puts it on the heading of that element's card, or else on `fallback`.
pub fn restore_if_lost(last: &LastFocus, fallback: &str) {
    let document = gloo::utils::document();
    let active = document.active_element();
    let disabled = |e: &Element| e.has_attribute("disabled");
    let on_page = active
        .as_ref()
        .is_none_or(|a| document.body().is_some_and(|b| b.is_same_node(Some(a))) || disabled(a));
    let Some((element, heading)) = last.borrow().clone() else {
        return;
    };
    if !on_page || (element.is_connected() && !disabled(&element)) {
        return;
    }
    let target = heading
        .and_then(|id| document.get_element_by_id(&id))
        .or_else(|| document.get_element_by_id(fallback));
    if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        if !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let _ = target.focus();
    }
}
