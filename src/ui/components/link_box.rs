use yew::prelude::*;

use crate::codec::qr::qr_path;
use crate::domain::locale::Lang;
use crate::strings::share::share_strings;
use crate::ui::clipboard;
use crate::ui::components::qr_svg;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// The full link to share.
    pub link: AttrValue,
    /// The link to the scenario on screen, even while `link` waits for typing to pause.
    pub link_now: Callback<(), AttrValue>,
    /// Whether `link` is waiting so.
    pub lags: bool,
}

const LINK_FIELD_ID: &str = "share-link";

/// The link as text, « Copier le lien », and the link as a QR code, drawn only while its
/// section is open.
#[function_component(LinkBox)]
pub fn link_box(props: &Props) -> Html {
    let s = share_strings(props.lang);
    // Whether the last copy worked; cleared when the link changes.
    let copied = use_state(|| None::<bool>);
    {
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(None));
    }
    let on_copy = {
        let (copied, link_now) = (copied.clone(), props.link_now.clone());
        Callback::from(move |_| {
            let (copied, link) = (copied.clone(), link_now.emit(()));
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(clipboard::copy(&link, LINK_FIELD_ID).await));
            });
        })
    };
    let qr_open = use_state(|| false);
    let on_toggle = {
        let qr_open = qr_open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            qr_open.set(details.open());
        })
    };
    let qr = use_memo((props.link.clone(), *qr_open), |(link, open)| {
        open.then(|| qr_path(link)).flatten()
    });
    html! {
        <div class="link-box">
            <label for={LINK_FIELD_ID}>{ s.link_label }</label>
            <div class="link-row">
                <input id={LINK_FIELD_ID} type="text" readonly=true value={props.link.clone()}
                    aria-busy={props.lags.then_some("true")} data-testid="share-link" />
                <button type="button" onclick={on_copy} data-testid="copy-link">{ s.copy_link }</button>
            </div>
            <p class="copy-status" role="status" data-testid="copy-status">
                { match *copied {
                    Some(true) => s.copied,
                    Some(false) => s.copy_failed,
                    None => "",
                } }
            </p>
            <details class="qr" ontoggle={on_toggle} data-testid="qr-details">
                <summary>{ s.qr_show }</summary>
                if *qr_open {
                    { match &*qr {
                        Some(qr) => html! {
                            <figure class="qr-figure">
                                { qr_svg(qr, "qr-code", s.qr_alt, "qr-code") }
                                <figcaption class="qr-link" data-testid="qr-link">{ props.link.clone() }</figcaption>
                            </figure>
                        },
                        None => html! { <p data-testid="qr-too-long">{ s.qr_too_long }</p> },
                    } }
                }
            </details>
        </div>
    }
}
