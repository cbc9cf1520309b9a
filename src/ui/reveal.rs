//! Cards of a large scenario are drawn as they come near the window (`OnScreen`): an anchor,
//! a finding's link or a focus move aimed at one not drawn yet asks them all to draw, then
//! reaches its target once they have.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The window event every `OnScreen` placeholder listens for.
pub const REVEAL_EVENT: &str = "simulateur-reveal";

/// How long drawing every card may take before the target is looked for again.
const DRAWN_AFTER_MS: u32 = 60;

fn element(id: &str) -> Option<HtmlElement> {
    gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// Asks every card not drawn yet to draw.
fn reveal_all() {
    if let Ok(event) = web_sys::Event::new(REVEAL_EVENT) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// The browser's print, once every card is drawn: at once when none is waiting (the
/// convention's), else after they have had the time to draw. (Ctrl+P prints at once; the
/// cards draw on `beforeprint`, which the largest scenarios may outrun.)
pub fn print_when_drawn() {
    let print = || {
        let _ = gloo::utils::window().print();
    };
    let waiting = gloo::utils::document()
        .query_selector(".on-screen-placeholder")
        .ok()
        .flatten()
        .is_some();
    if !waiting {
        print();
        return;
    }
    reveal_all();
    Timeout::new(DRAWN_AFTER_MS, print).forget();
}

/// Whether focus has gone on from where an anchor to `id` left it: not on the page, the
/// target, or a link to it. The anchor's `hashchange` comes a task after the navigation: a
/// Tab pressed in between has already moved on from the target, and must not be undone.
pub fn focus_moved_on(id: &str) -> bool {
    let document = gloo::utils::document();
    let Some(active) = document.active_element() else {
        return false;
    };
    let to_target = format!("#{id}");
    !(document.body().is_some_and(|body| *body == active)
        || active.id() == id
        || active.get_attribute("href").as_deref() == Some(&to_target))
}

/// Runs `reach` on the element `id` at once if it is drawn, else once every card is.
pub fn when_drawn(id: &str, reach: impl Fn(&HtmlElement) + 'static) {
    if let Some(target) = element(id) {
        reach(&target);
        return;
    }
    reveal_all();
    let id = id.to_string();
    Timeout::new(DRAWN_AFTER_MS, move || {
        if let Some(target) = element(&id) {
            reach(&target);
        }
    })
    .forget();
}
