//! Which scenario the app opens with: the link in the address, else `?bench=`, else the
//! autosaved scenario, else the signed convention. Whatever the address holds, nothing saved
//! is lost: a link that would replace unsaved work first keeps that work in the list, and a
//! link that does not open leaves the autosave as it was.

use std::rc::Rc;

use super::state::{AppState, Banner};
use super::storage::{self, load_autosave, load_saved, now};
use super::url::{
    fragment, is_anchor, requested_bench, requested_exercise, requested_lang, Notice,
};
use crate::codec::base::Base;
use crate::codec::link::{open, OpenError};
use crate::domain::locale::Lang;
use crate::domain::scenario::Scenario;
use crate::strings::share::share_strings;

pub struct Opening {
    pub state: AppState,
    /// What `?bench=` asked for and could not be opened as such.
    pub bench_notice: Option<Notice>,
}

/// `embedded`: in another site's page, the app opens what its address says and leaves this
/// browser's autosave and saved list alone.
pub fn initial(embedded: bool) -> Opening {
    let lang = requested_lang().unwrap_or(Lang::Fr);
    let (bench, bench_notice) = requested_bench();
    let mut banners = Vec::new();
    let saved = if embedded {
        Vec::new()
    } else {
        load_saved().unwrap_or_else(|p| {
            banners.push(Banner::Storage(p));
            Vec::new()
        })
    };
    let autosave = if embedded {
        None
    } else {
        load_autosave().unwrap_or_else(|p| {
            banners.push(Banner::Storage(p));
            None
        })
    };
    // A stored link this version cannot open (from a later version, say) is set aside like
    // an unreadable value, so that autosaving does not write over it.
    let autosaved: Option<(Base, Scenario)> = autosave.as_ref().and_then(|a| match open(&a.link) {
        Ok(opened) => Some(opened),
        Err(_) => {
            banners.push(Banner::Storage(storage::set_aside_autosave()));
            None
        }
    });
    let fragment = fragment();
    // A reload within the typing pause shows the address as it was before the last edits;
    // the autosave, newer, says so.
    let stale = autosave
        .as_ref()
        .is_some_and(|a| a.stale_address.as_deref() == Some(fragment.as_str()));
    let asked = (!fragment.is_empty() && !is_anchor(&fragment) && !stale).then(|| open(&fragment));

    // Every way of starting keeps the saved list: the first write puts it back as read.
    let saved = Rc::new(saved);
    let start = |opened: Option<(Base, Scenario)>| {
        let (base, scenario) = opened.unwrap_or_else(|| {
            (
                Base::Convention,
                crate::domain::defaults::signed_convention(),
            )
        });
        AppState::new(base, scenario).with_saved(saved.clone())
    };
    let exercise = requested_exercise();
    let mut state = match (asked, bench) {
        (Some(Err(e)), _) => {
            banners.push(Banner::LinkRefused(e, autosaved.is_some()));
            start(autosaved)
        }
        (Some(Ok(linked)), _) => arrive(start(autosaved), linked, &mut banners, lang, true),
        (None, Some(base)) => match base.scenario() {
            Ok(s) => arrive(start(autosaved), (base, s), &mut banners, lang, false),
            Err(e) => {
                banners.push(Banner::LinkRefused(
                    OpenError::Invalid(e),
                    autosaved.is_some(),
                ));
                start(autosaved)
            }
        },
        (None, None) => match &exercise {
            Some(e) => arrive(
                start(autosaved),
                (Base::Convention, e.start()),
                &mut banners,
                lang,
                false,
            ),
            None => start(autosaved),
        },
    };
    state.exercise = exercise.map(|e| e.id);
    state.lang = lang;
    state.banners = banners;
    state.embedded = embedded;
    if embedded {
        // The host page says what it shows; a banner about it would only take room.
        state
            .banners
            .retain(|b| !matches!(b, Banner::LinkOpened(_)));
    }
    Opening {
        state,
        bench_notice,
    }
}

/// Opens `arriving` over the autosaved `present`: unsaved work there is first kept in the
/// list, and a link's scenario new to this browser is listed too.
fn arrive(
    present: AppState,
    arriving: (Base, Scenario),
    banners: &mut Vec<Banner>,
    lang: Lang,
    from_link: bool,
) -> AppState {
    let at = now();
    let date = storage::date_time(at, lang);
    let s = share_strings(lang);
    let mut state = AppState { lang, ..present };
    let same = state.base == arriving.0 && **state.scenario() == arriving.1;
    if !same {
        if let Some(kept) = state.keep((s.work_in_progress)(&date), at) {
            banners.push(Banner::KeptWork(kept));
        }
    }
    let mut state = state.opened(arriving.0, arriving.1);
    if from_link && !same {
        let name = state.link_name(at);
        state.keep(name, at);
        banners.push(Banner::LinkOpened(state.base));
    }
    // What was opened is where the app starts: no undo step back to the autosave, which
    // the list now holds if it was work.
    AppState::new(state.base, (**state.scenario()).clone()).with_saved(state.saved)
}
