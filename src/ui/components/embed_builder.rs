use yew::prelude::*;

use crate::domain::locale::Lang;
use crate::embed::options::{origin, Options, View};
use crate::strings::share::share_strings;
use crate::ui::clipboard;
use crate::ui::pause::use_after_pause;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// The scenario's fragment, `s=…`.
    pub fragment: AttrValue,
    /// This page's address without query or fragment (`https://…/index.html`), and its folder.
    pub page: AttrValue,
    pub folder: AttrValue,
}

const SNIPPET_ID: &str = "embed-snippet";
/// The preview follows the options once they pause: each new address starts a second
/// simulator, and typing an origin would otherwise start one per keystroke.
const PREVIEW_AFTER_MS: u32 = 400;

/// « Intégrer »: choose the options, see the embed live, copy the two lines.
/// Drawn only while open: the preview runs a second simulator.
#[function_component(EmbedBuilder)]
pub fn embed_builder(props: &Props) -> Html {
    let (lang, s) = (props.lang, share_strings(props.lang));
    let open = use_state(|| false);
    let options = use_state(|| Options {
        embed: true,
        ..Options::default()
    });
    let english = use_state(|| lang == Lang::En);
    let origins_text = use_state(String::new);
    let copied = use_state(|| None::<bool>);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open(),
            )
        })
    };
    let url = format!(
        "{}{}#{}",
        props.page,
        options.to_query(*english),
        props.fragment
    );
    let preview = use_after_pause(url.clone(), PREVIEW_AFTER_MS);
    let snippet = format!(
        "<div data-simulateur-src=\"{}\" data-simulateur-title=\"Simulateur bassin minier\"></div>\n<script src=\"{}embed.js\" defer></script>",
        url.replace('&', "&amp;"),
        props.folder
    );
    let update = |f: fn(&mut Options, String)| {
        let (options, copied) = (options.clone(), copied.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut next = (*options).clone();
            f(&mut next, value);
            options.set(next);
            copied.set(None);
        })
    };
    let on_readonly = {
        let (options, copied) = (options.clone(), copied.clone());
        Callback::from(move |e: Event| {
            let checked = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            options.set(Options {
                readonly: checked,
                ..(*options).clone()
            });
            copied.set(None);
        })
    };
    let on_view = update(|o, v| o.view = View::ALL.into_iter().find(|view| view.slug() == v));
    let on_dept = update(|o, v| o.dept = (!v.is_empty()).then_some(v));
    let on_lang = {
        let english = english.clone();
        Callback::from(move |e: Event| {
            english.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value()
                    == "en",
            )
        })
    };
    let on_origins = {
        let (options, origins_text) = (options.clone(), origins_text.clone());
        Callback::from(move |e: InputEvent| {
            let text = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut next = (*options).clone();
            next.origins = text.split(',').filter_map(origin).take(20).collect();
            options.set(next);
            origins_text.set(text);
        })
    };
    let on_copy = {
        let (copied, snippet) = (copied.clone(), snippet.clone());
        Callback::from(move |_| {
            let (copied, snippet) = (copied.clone(), snippet.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(clipboard::copy(&snippet, SNIPPET_ID).await));
            });
        })
    };
    html! {
        <details class="embed-builder" ontoggle={on_toggle} data-testid="embed-builder">
            <summary>{ s.embed_heading }</summary>
            if *open {
                <p class="hint">{ s.embed_intro }</p>
                <div class="embed-options">
                    <label class="check"><input type="checkbox" checked={options.readonly} onchange={on_readonly}
                        data-testid="embed-readonly" />{ " " }{ s.embed_readonly }</label>
                    <label for="embed-view">{ s.embed_view }</label>
                    <select id="embed-view" onchange={on_view} data-testid="embed-view">
                        <option value="" selected={options.view.is_none()}>{ s.embed_view_default }</option>
                        { for [(View::Grid, s.embed_view_grid), (View::Rules, s.embed_view_rules), (View::Plan, s.embed_view_plan)].into_iter().map(|(v, label)| html! {
                            <option value={v.slug()} selected={options.view == Some(v)}>{ label }</option>
                        }) }
                    </select>
                    <label for="embed-dept">{ s.embed_dept }</label>
                    <select id="embed-dept" onchange={on_dept} data-testid="embed-dept">
                        <option value="" selected={options.dept.is_none()}>{ s.embed_dept_all }</option>
                        <option value="59" selected={options.dept.as_deref() == Some("59")}>{ "Nord" }</option>
                        <option value="62" selected={options.dept.as_deref() == Some("62")}>{ "Pas-de-Calais" }</option>
                    </select>
                    <label for="embed-lang">{ s.embed_lang }</label>
                    <select id="embed-lang" onchange={on_lang} data-testid="embed-lang">
                        <option value="fr" selected={!*english}>{ "Français" }</option>
                        <option value="en" lang="en" selected={*english}>{ "English" }</option>
                    </select>
                    <label for="embed-origins">{ s.embed_origins }</label>
                    <input id="embed-origins" type="text" value={(*origins_text).clone()} oninput={on_origins}
                        placeholder="https://intranet.example" data-testid="embed-origins" />
                </div>
                <label for={SNIPPET_ID}>{ s.embed_snippet }</label>
                <textarea id={SNIPPET_ID} readonly=true rows="3" value={snippet} data-testid="embed-snippet" />
                <button type="button" onclick={on_copy} data-testid="embed-copy">{ s.embed_copy }</button>
                <p class="copy-status" role="status">{ match *copied {
                    Some(true) => s.embed_copied,
                    Some(false) => s.copy_failed,
                    None => "",
                } }</p>
                <iframe class="embed-preview" title={s.embed_preview} src={preview} data-testid="embed-preview" />
            }
        </details>
    }
}
