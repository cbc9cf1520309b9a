//! The service worker (`www/sw.js`, its file list written at build time): registered once the
//! app is on screen, so that it never competes with the first render; a new version waits
//! until the user chooses to reload, so nothing is swapped under work in progress.

use std::rc::Rc;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

const WORKER: &str = "sw.js";

/// The browser's service workers, where it has them (not on `file://`, nor over plain http
/// away from localhost, nor in some private windows).
fn workers() -> Option<ServiceWorkerContainer> {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker; `on_waiting` runs when a new version is installed and waits for a
/// reload (at once if one was already waiting). A first install is not news: it serves the
/// version on screen.
pub fn register(on_waiting: impl Fn() + 'static) {
    let Some(container) = workers() else {
        return;
    };
    let on_waiting: Rc<dyn Fn()> = Rc::new(on_waiting);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register(WORKER)).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if registration.waiting().is_some() && container.controller().is_some() {
            on_waiting();
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let on_waiting = on_waiting.clone();
            let this = worker.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                let replaces_one = workers().and_then(|c| c.controller()).is_some();
                if this.state() == ServiceWorkerState::Installed && replaces_one {
                    on_waiting();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            // Lives as long as the worker it watches, which outlives nothing of ours.
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// The waiting version takes over, and the page reloads once it has: the caller saves the
/// scenario first (the reload's `pagehide` does too).
pub fn reload_into_new_version() {
    let Some(container) = workers() else {
        return;
    };
    let on_change = Closure::<dyn Fn()>::new(|| {
        let _ = gloo::utils::window().location().reload();
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(ready) = container.ready().map(JsFuture::from) else {
            return;
        };
        let Ok(registration) = ready.await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        match registration.waiting() {
            Some(worker) => skip_waiting(&worker),
            // Already taken over (another tab reloaded first): this page only reloads.
            None => {
                let _ = gloo::utils::window().location().reload();
            }
        }
    });
}

fn skip_waiting(worker: &ServiceWorker) {
    let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
}
