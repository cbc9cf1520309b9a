use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::domain::locale::Lang;
use crate::domain::scenario::Scenario;
use crate::strings::output::output_strings;
use crate::strings::share::share_strings;
use crate::strings::strings;
use crate::ui::url::Notice;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub scenario: Shared<Scenario>,
    /// The scenario differs from the one it was opened as.
    pub changed: bool,
    /// What the address asked for and could not be opened as such.
    pub notice: Option<Notice>,
    pub on_lang: Callback<Lang>,
    pub presenter: bool,
    pub on_presenter: Callback<()>,
    /// « Imprimer »; none inside another site's page, which prints as a whole.
    pub on_print: Option<Callback<()>>,
}

/// The départements the printed note holds on one A4 page (the style sheet's print rules lay
/// out two side by side); a generated scenario with more prints on several pages.
const ONE_PAGE_DEPTS: usize = 2;

#[function_component(Header)]
pub fn header(props: &Props) -> Html {
    let t = strings(props.lang);
    let other = match props.lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    let printed = output_strings(props.lang);
    let print_label = if props.scenario.departements.len() <= ONE_PAGE_DEPTS {
        printed.print_label
    } else {
        printed.print_label_pages
    };
    let on_click = {
        let on_lang = props.on_lang.clone();
        Callback::from(move |_| on_lang.emit(other))
    };
    html! {
        <header class="masthead">
            <div class="masthead-text">
                <h1>{ t.app_title }</h1>
                <p class="subtitle">{ t.official_title }</p>
                <p class="scenario-name">
                    { t.scenario }{ t.colon }
                    <strong data-testid="scenario-name">{ props.scenario.name.get(props.lang) }</strong>
                    if !props.scenario.title.trim().is_empty() {
                        { " — " }<strong class="scenario-title"><bdi data-testid="scenario-title-shown">{ props.scenario.title.clone() }</bdi></strong>
                    }
                    if props.changed {
                        { " " }<span class="modified" data-testid="scenario-modified">{ t.modified }</span>
                    }
                </p>
                if let Some(notice) = &props.notice {
                    <p class="address-notice" role="status" data-testid="address-notice">
                        { match notice {
                            Notice::Clamped(asked, opened) => (t.bench_clamped)(asked, opened),
                            Notice::Refused(asked) => (t.bench_refused)(asked),
                        } }
                    </p>
                }
            </div>
            <div class="masthead-actions">
                if let Some(on_print) = &props.on_print {
                    <button type="button" class="lang-toggle print-button" aria-label={print_label}
                        aria-keyshortcuts="Control+P" data-testid="print" onclick={on_print.reform(|_| ())}>
                        { printed.print }
                    </button>
                }
                <button type="button" class="lang-toggle presenter-toggle" aria-pressed={props.presenter.to_string()}
                    title={share_strings(props.lang).presenter_hint} aria-keyshortcuts="Control+Alt+P"
                    data-testid="presenter-toggle" onclick={props.on_presenter.reform(|_| ())}>
                    { share_strings(props.lang).presenter }
                </button>
                <button type="button" class="lang-toggle" lang={other.tag()} aria-label={t.switch_lang_label}
                    data-testid="lang-toggle" onclick={on_click}>
                    { t.switch_lang }
                </button>
            </div>
        </header>
    }
}
