//! Talking to the page that embeds the app: posting `ready`, `resize` and `change`, reading
//! `set-scenario` and `get-scenario` from the parent window at a listed origin, and watching
//! the content's height.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::embed::messages::{Incoming, Outgoing};
use crate::embed::options::Options;

/// `?readonly=1`, given to every field through a context: text fields are read-only,
/// switches and choices disabled (the reducer refuses changes besides).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadOnly(pub bool);

/// Whether the fields around are read-only.
#[yew::hook]
pub fn use_read_only() -> bool {
    yew::use_context::<ReadOnly>().unwrap_or_default().0
}

/// The options of the page's address.
pub fn address_options() -> Options {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    Options::from_query(&search)
}

/// The window that embeds this one, if any.
fn parent() -> Option<web_sys::Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

pub fn framed() -> bool {
    parent().is_some()
}

/// The parent page's origin, where the browser tells it (`location.ancestorOrigins`:
/// Chromium, Safari; not Firefox).
fn parent_origin() -> Option<String> {
    let location = gloo::utils::window().location();
    let list = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok()?;
    if list.is_undefined() || list.is_null() {
        return None;
    }
    js_sys::Reflect::get(&list, &0.into()).ok()?.as_string()
}

/// Posts to the parent window: to each listed origin, or to any when none is listed (the
/// figures are public). Where the browser says which origin the parent is at, only that one
/// of the listed origins: the others would not receive the message anyway, and each attempt
/// prints an error in the console (the « Intégrer » preview, a host not listed).
pub fn post(message: &Outgoing, origins: &[String]) {
    let Some(parent) = parent() else {
        return;
    };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let Ok(value) = serde::Serialize::serialize(message, &serializer) else {
        return;
    };
    if origins.is_empty() {
        let _ = parent.post_message(&value, "*");
    }
    let at = parent_origin();
    for origin in origins {
        if at.as_ref().is_none_or(|at| at == origin) {
            let _ = parent.post_message(&value, origin);
        }
    }
}

/// Calls `on` with each message from the parent window at a listed origin that reads as one
/// of ours; every other message is ignored, silently.
pub fn listen(options: Options, on: impl Fn(Incoming) + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = match (event.source(), parent()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent || !options.accepts(&event.origin()) {
            return;
        }
        // Three fields read as text, one by one: nothing else of the message is walked.
        let data = event.data();
        let text = |name: &str| {
            js_sys::Reflect::get(&data, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        let (source, kind) = (text("source"), text("type"));
        if let Some(message) = Incoming::read(source.as_deref(), kind.as_deref(), text("link")) {
            on(message);
        }
    })
}

/// Watches an element's height (the app's content, never a box sized by the window) and
/// calls `on` with it, rounded up to a CSS pixel, each time it changes.
pub struct HeightWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl HeightWatch {
    pub fn new(element: &web_sys::Element, on: impl Fn(u32) + 'static) -> Option<HeightWatch> {
        let target = element.clone();
        let mut last = 0;
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
            let height = target.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            if height != last {
                last = height;
                on(height);
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(HeightWatch {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The page's root element gets a class per mode, for the style sheet.
pub fn mark_root(class: &str, on: bool) {
    if let Some(root) = gloo::utils::document().document_element() {
        let list = root.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}
