//! Undo, redo, print and presenter mode from the keyboard, wherever the focus is.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

/// Calls `on_undo` on Ctrl+Z (⌘Z) and `on_redo` on Ctrl+Shift+Z or Ctrl+Y, instead of the
/// browser's own undo in text fields, so that one history covers every change.
///
/// And `on_print`, where there is one, on Ctrl+P (⌘P) instead of starting the browser's print
/// at once, so that the shortcut does what « Imprimer » does: cards not drawn yet and a link
/// waiting for the typing pause are drawn first. Firefox prints the page as it is when asked:
/// what it would redraw at `beforeprint` comes too late for paper.
pub fn listen(
    on_undo: impl Fn() + 'static,
    on_redo: impl Fn() + 'static,
    on_print: Option<impl Fn() + 'static>,
) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
            return;
        }
        match (event.key().to_lowercase().as_str(), event.shift_key()) {
            ("z", false) => {
                event.prevent_default();
                on_undo();
            }
            ("z", true) | ("y", false) => {
                event.prevent_default();
                on_redo();
            }
            ("p", false) => {
                if let Some(on_print) = &on_print {
                    event.prevent_default();
                    if !event.repeat() {
                        on_print();
                    }
                }
            }
            _ => {}
        }
    })
}

/// Calls `on_toggle` on Ctrl+Alt+P: presenter mode on and off.
pub fn listen_presenter(on_toggle: impl Fn() + 'static) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if event.ctrl_key() && event.alt_key() && !event.shift_key() && event.code() == "KeyP" {
            event.prevent_default();
            on_toggle();
        }
    })
}
