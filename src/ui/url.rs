//! The page's address: what it asks for when the app starts, and keeping it in step with
//! the scenario. The scenario lives in the fragment (`#s=…`), which static hosts never see;
//! how it is shown lives in the query (`?lang=en`).

use crate::codec::base::Base;
use crate::codec::link::PREFIX;
use crate::domain::defaults::MAX_GENERATED;
use crate::domain::locale::Lang;
use yew::AttrValue;

/// What was asked for and could not be opened as such.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Sizes outside 1…the maximum, brought within it: what was asked, what was opened.
    Clamped(String, String),
    /// An address the app does not understand (at most 40 characters of it).
    Refused(String),
}

fn location() -> web_sys::Location {
    gloo::utils::window().location()
}

fn query_pairs() -> Vec<(String, String)> {
    let search = location().search().unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (p.to_string(), String::new()),
        })
        .collect()
}

fn query_value(key: &str) -> Option<String> {
    query_pairs()
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// `?lang=en` or `?lang=fr`; anything else leaves the app in French.
pub fn requested_lang() -> Option<Lang> {
    match query_value("lang")?.as_str() {
        "en" => Some(Lang::En),
        "fr" => Some(Lang::Fr),
        _ => None,
    }
}

/// `?exercise=<id>`: an exercise the simulator ships; any other id is ignored.
pub fn requested_exercise() -> Option<crate::domain::exercise::Exercise> {
    crate::domain::exercise::exercise(&query_value("exercise")?)
}

/// The fragment as the browser gives it, without its `#`.
pub fn fragment() -> String {
    let hash = location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Whether a fragment is meant as a scenario rather than a place in the page. The page's own
/// anchors are ids (`main`, `rule-matching`); anything else that is not `s=…` is a link
/// gone wrong, and is said so.
pub fn is_anchor(fragment: &str) -> bool {
    !fragment.starts_with(PREFIX)
        && fragment.len() <= 80
        && fragment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `?bench=10x10x4` opens a generated scenario of 10 départements × 10 years × 4 axes, as
/// the benchmark does; sizes are brought within 1 and [`MAX_GENERATED`], and anything else
/// opens what would have opened without it. Either way the notice says so.
pub fn requested_bench() -> (Option<Base>, Option<Notice>) {
    let Some(value) = query_value("bench") else {
        return (None, None);
    };
    let sizes: Option<Vec<usize>> = value.split('x').map(|n| n.parse().ok()).collect();
    let Some([depts, years, axes]) = sizes
        .as_deref()
        .and_then(|s| <[usize; 3]>::try_from(s).ok())
    else {
        let shown: String = value.chars().take(40).collect();
        return (None, Some(Notice::Refused(shown)));
    };
    let (max_d, max_y, max_a) = MAX_GENERATED;
    let opened = (
        depts.clamp(1, max_d),
        years.clamp(1, max_y),
        axes.clamp(1, max_a),
    );
    let notice = (opened != (depts, years, axes)).then(|| {
        Notice::Clamped(
            format!("{depts}×{years}×{axes}"),
            format!("{}×{}×{}", opened.0, opened.1, opened.2),
        )
    });
    (Some(Base::generated(depts, years, axes)), notice)
}

/// The query the address keeps: whatever else it holds, without `bench` (the fragment now
/// says which scenario) and with the language when it is not French.
fn query(lang: Lang) -> String {
    let kept = query_pairs()
        .into_iter()
        .filter(|(k, _)| k != "bench" && k != "lang" && k != "exercise");
    query_of(kept, (lang == Lang::En).then_some("lang=en"))
}

/// `?a=1&b` from pairs and one more, or nothing when there are none.
fn query_of(pairs: impl Iterator<Item = (String, String)>, added: Option<&str>) -> String {
    let pairs: Vec<String> = pairs
        .map(|(k, v)| if v.is_empty() { k } else { format!("{k}={v}") })
        .chain(added.map(String::from))
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

fn replace_address(url: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Puts the scenario's fragment and the language in the address without a history entry.
pub fn show_in_address(lang: Lang, link: &str) {
    let path = location().pathname().unwrap_or_default();
    replace_address(&format!("{path}{}#{link}", query(lang)));
}

/// Presenter mode in the address as it is on the page, so that a reload keeps it on or off:
/// leaving it by the switch or Ctrl+Alt+P leaves no `?presenter=1` to turn it back on.
pub fn show_presenter_in_address(on: bool) {
    let kept = query_pairs().into_iter().filter(|(k, _)| k != "presenter");
    let query = query_of(kept, on.then_some("presenter=1"));
    let here = location();
    if query != here.search().unwrap_or_default() {
        let (path, hash) = (
            here.pathname().unwrap_or_default(),
            here.hash().unwrap_or_default(),
        );
        replace_address(&format!("{path}{query}{hash}"));
    }
}

/// The full link to share: this page, the language when not French, the scenario.
pub fn share_link(lang: Lang, link: &str) -> String {
    let lang = if lang == Lang::En { "?lang=en" } else { "" };
    format!("{}{lang}#{link}", page_address())
}

/// This page without query or fragment: `https://…/index.html` (or `…/` as it was opened).
pub fn page_address() -> AttrValue {
    let l = location();
    format!(
        "{}{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default()
    )
    .into()
}

/// The folder this page is served from, `https://…/`: where embed.js sits.
pub fn page_folder() -> AttrValue {
    let page = page_address();
    match page.rfind('/') {
        Some(end) => page[..=end].to_string().into(),
        None => page,
    }
}
