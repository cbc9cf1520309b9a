use yew::prelude::*;

use crate::codec::base::Base;
use crate::codec::messages::open_error;
use crate::domain::locale::Lang;
use crate::strings::output::output_strings;
use crate::strings::share::share_strings;
use crate::ui::offline::reload_into_new_version;
use crate::ui::state::{Action, Banner};
use crate::ui::storage::StorageProblem;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub banners: Vec<Banner>,
    pub dispatch: Callback<Action>,
}

/// What the app has to say about what was opened: a link refused and why, work kept aside,
/// storage that could not be used, a new version ready. Each stays until dismissed.
///
/// The list is a polite live region from the first render, so that a banner arriving later
/// (a new version) is read out: screen readers may stay silent about a status region that
/// appears with its text already in it. A problem is an alert of its own.
#[function_component(Banners)]
pub fn banners(props: &Props) -> Html {
    let (lang, s) = (props.lang, share_strings(props.lang));
    html! {
        <div class="banners" aria-live="polite" data-testid="banners">
            { for props.banners.iter().enumerate().map(|(i, banner)| {
                let (kind, alert, text) = match banner {
                    Banner::LinkRefused(e, kept) => {
                        let mut text = (s.link_refused)(&open_error(e, lang));
                        if *kept {
                            text.push(' ');
                            text.push_str(s.link_refused_kept);
                        }
                        ("link-refused", true, text)
                    }
                    Banner::LinkOpened(Base::Convention) => ("link-opened", false, s.link_opened.to_string()),
                    Banner::LinkOpened(Base::Generated { .. }) => ("link-opened", false, s.link_opened_generated.to_string()),
                    Banner::KeptWork(name) => ("kept-work", false, (s.kept_work)(name)),
                    Banner::NewVersion => ("new-version", false, output_strings(lang).new_version.to_string()),
                    Banner::Storage(p) => ("storage", true, match p {
                        StorageProblem::AutosaveSetAside => s.autosave_set_aside,
                        StorageProblem::ListSetAside => s.list_set_aside,
                        StorageProblem::UnreadableKept => s.unreadable_kept,
                        StorageProblem::Full => s.storage_full,
                        StorageProblem::Unavailable => s.storage_unavailable,
                    }.to_string()),
                };
                html! {
                    <div class={classes!("banner", alert.then_some("banner-alert"))} role={alert.then_some("alert")}
                        data-testid="banner" data-kind={kind}>
                        <span class="banner-icon" aria-hidden="true">{ if alert { "⚠" } else { "ℹ" } }</span>
                        <p>{ text }</p>
                        if *banner == Banner::NewVersion {
                            <button type="button" class="fix-button" data-testid="reload-new-version"
                                onclick={|_| reload_into_new_version()}>{ output_strings(lang).reload }</button>
                        }
                        <button type="button" class="secondary" aria-label={s.dismiss}
                            onclick={props.dispatch.reform(move |_| Action::DismissBanner(i))} data-testid="banner-dismiss">
                            <span aria-hidden="true">{ "×" }</span>
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}
