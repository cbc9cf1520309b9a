//! What the page's address asks for when the app starts.

use crate::domain::defaults::generated;
use crate::domain::scenario::Scenario;

/// `?bench=10x10x4` opens a generated scenario of 10 départements × 10 years × 4 axes, as
/// the benchmark does. Anything else, or nothing, opens nothing special.
pub fn requested_scenario() -> Option<Scenario> {
    let search = gloo::utils::window().location().search().ok()?;
    let value = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("bench="))?;
    let sizes: Vec<usize> = value
        .split('x')
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    match sizes[..] {
        [depts, years, axes] => Some(generated(depts, years, axes)),
        _ => None,
    }
}
