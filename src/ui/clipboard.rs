//! Copying a link: the asynchronous clipboard where the page may use it (HTTPS, localhost),
//! else the older `copy` command on the selected text of the field that shows the link.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `field_id` is the field (input or text area) that shows it, selected for the fallback (and
/// left selected when both fail, so that Ctrl+C does it). Whether the text was copied.
pub async fn copy(text: &str, field_id: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    // A page served over plain HTTP has no `navigator.clipboard` at all: calling it would
    // throw before the fallback is reached.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if has_clipboard
        && JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
    {
        return true;
    }
    let document = gloo::utils::document();
    let Some(field) = document.get_element_by_id(field_id) else {
        return false;
    };
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    } else {
        return false;
    }
    document
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
