//! Moving keyboard focus, for when the element that had it goes away.

use wasm_bindgen::JsCast;

pub fn focus_by_id(id: &str) {
    let element = gloo::utils::document().get_element_by_id(id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
