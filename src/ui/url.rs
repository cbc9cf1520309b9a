//! What the page's address asks for when the app starts.

use crate::domain::defaults::{generated, MAX_GENERATED};
use crate::domain::scenario::Scenario;

/// What was asked for and could not be opened as such.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Sizes outside 1…the maximum, brought within it: what was asked, what was opened.
    Clamped(String, String),
    /// An address the app does not understand (at most 40 characters of it).
    Refused(String),
}

/// `?bench=10x10x4` opens a generated scenario of 10 départements × 10 years × 4 axes, as
/// the benchmark does; sizes are brought within 1 and [`MAX_GENERATED`], and anything else
/// opens the signed convention. Either way the notice says so.
pub fn requested_scenario() -> (Option<Scenario>, Option<Notice>) {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let Some(value) = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("bench="))
    else {
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
    (Some(generated(depts, years, axes)), notice)
}
