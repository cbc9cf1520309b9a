use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

use crate::ui::reveal::REVEAL_EVENT;

/// How many cards of a list are drawn at once: the convention's two départements, and the top
/// of a larger scenario.
pub const EAGER_CARDS: usize = 4;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Drawn at once: the first cards of a page, whatever their place.
    pub eager: bool,
    /// The placeholder's class, which gives it about the card's height.
    pub placeholder: AttrValue,
    /// The card's heading and its level (`h2`, `h3`), which the placeholder carries: heading
    /// navigation and find-in-page reach every département, and reaching one draws it.
    pub heading: AttrValue,
    pub level: AttrValue,
    pub children: Html,
}

/// Its props compare equal to themselves (`Html` is compared by value): so a card passed
/// again as the same node is found unchanged by address (`Rc`'s comparison of `Eq` types).
impl Eq for Props {}

/// Its children, once they come within a screen of the window (or the page is printed, or
/// something asks for an element not drawn yet): a national scenario opens with the cards in
/// view, not 4 000 fields, and an edit costs the same however many départements lie below.
/// Once drawn, a card stays drawn; its own props decide when it renders again.
#[function_component(OnScreen)]
pub fn on_screen(props: &Props) -> Html {
    let shown = use_state(|| props.eager);
    let node = use_node_ref();
    {
        let (shown, node) = (shown.clone(), node.clone());
        use_effect_with(*shown, move |already| {
            let mut guards = None;
            if !*already {
                let show = {
                    let shown = shown.clone();
                    Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let near = entries.iter().any(|e| {
                            e.dyn_into::<IntersectionObserverEntry>()
                                .is_ok_and(|e| e.is_intersecting())
                        });
                        if near {
                            shown.set(true);
                        }
                    })
                };
                let options = IntersectionObserverInit::new();
                options.set_root_margin("100% 0px");
                let observer =
                    IntersectionObserver::new_with_options(show.as_ref().unchecked_ref(), &options)
                        .ok();
                if let (Some(observer), Some(element)) =
                    (&observer, node.cast::<web_sys::Element>())
                {
                    observer.observe(&element);
                }
                let window = gloo::utils::window();
                let reveal = {
                    let shown = shown.clone();
                    gloo::events::EventListener::new(&window, REVEAL_EVENT, move |_| {
                        shown.set(true)
                    })
                };
                let print = gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                    shown.set(true)
                });
                guards = Some((observer, show, reveal, print));
            }
            move || {
                if let Some((Some(observer), ..)) = &guards {
                    observer.disconnect();
                }
                drop(guards)
            }
        });
    }
    if *shown {
        props.children.clone()
    } else {
        html! {
            <div ref={node} class={classes!("on-screen-placeholder", props.placeholder.clone())}>
                <@{props.level.to_string()} class="placeholder-heading">{ props.heading.clone() }</@>
            </div>
        }
    }
}
