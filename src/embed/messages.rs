//! The messages between the app and the page that embeds it. Every message is an object with
//! `source: "simulateur-bassin-minier"` and a `type`; what does not read as one of these is
//! ignored.

use serde::Serialize;

use crate::domain::compare::Figures;
use crate::domain::money::Money;

/// The `source` of every message, both ways.
pub const SOURCE: &str = "simulateur-bassin-minier";

/// What a host may send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// `set-scenario`: opens the scenario of a share link (or of just its fragment).
    SetScenario { link: String },
    /// `get-scenario`: asks for a `change` message with the current scenario.
    GetScenario,
}

impl Incoming {
    /// The message from its `source`, `type` and `link` fields, each read on its own, when it
    /// is for the simulator. Never the whole object: a host's message may nest without end or
    /// refer to itself, which a deserializer walking it would follow until the stack gives.
    pub fn read(
        source: Option<&str>,
        kind: Option<&str>,
        link: Option<String>,
    ) -> Option<Incoming> {
        if source != Some(SOURCE) {
            return None;
        }
        match kind? {
            "set-scenario" => Some(Incoming::SetScenario { link: link? }),
            "get-scenario" => Some(Incoming::GetScenario),
            _ => None,
        }
    }

    /// The fragment of a `set-scenario` link: after its `#`, or all of it.
    pub fn fragment(link: &str) -> &str {
        link.split_once('#').map_or(link, |(_, f)| f)
    }
}

/// What the app posts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Outgoing {
    Ready {
        source: &'static str,
    },
    /// The content's height in CSS pixels, posted when it changes.
    Resize {
        source: &'static str,
        height: u32,
    },
    Change {
        source: &'static str,
        /// The full share link (the simulator full-page, not the embed).
        link: String,
        /// No rule violated.
        compliant: bool,
        /// How many rules are violated.
        violations: usize,
        totals: Vec<DeptTotals>,
    },
}

/// One département's figures over its plan's period, as decimal strings in euros.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeptTotals {
    pub dept: String,
    pub plan: String,
    pub bassin_minier: String,
    pub total: String,
    /// What the bassin minier adds to the plan (`0.125` for +12,5 %); absent without a plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_added: Option<String>,
}

impl Outgoing {
    pub fn ready() -> Outgoing {
        Outgoing::Ready { source: SOURCE }
    }

    pub fn resize(height: u32) -> Outgoing {
        Outgoing::Resize {
            source: SOURCE,
            height,
        }
    }

    /// The scenario's figures as a host reads them, from the same figures the comparison
    /// shows.
    pub fn change(link: String, figures: &Figures) -> Outgoing {
        let euros = |m: Money| m.as_decimal().normalize().to_string();
        let totals = figures
            .depts
            .iter()
            .map(|d| DeptTotals {
                dept: d.dept.0.to_string(),
                plan: euros(d.plan),
                bassin_minier: euros(d.bassin_state.saturating_add(d.bassin_departement)),
                total: euros(d.total),
                share_added: d.share_added.map(|r| r.normalize().to_string()),
            })
            .collect();
        Outgoing::Change {
            source: SOURCE,
            link,
            compliant: figures.violations == 0,
            violations: figures.violations,
            totals,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::compare::figures;
    use crate::domain::defaults::signed_convention;

    #[test]
    fn messages_read_only_when_they_are_for_the_simulator() {
        let ours = Some(SOURCE);
        let link = || Some("https://x/#s=AB".to_string());
        assert_eq!(
            Incoming::read(ours, Some("set-scenario"), link()),
            Some(Incoming::SetScenario {
                link: "https://x/#s=AB".into()
            })
        );
        assert_eq!(
            Incoming::read(ours, Some("get-scenario"), None),
            Some(Incoming::GetScenario)
        );
        // Another source, none, an unknown type, no type, a set-scenario without a link (or
        // with one that is not text, which the browser glue reads as none).
        assert_eq!(
            Incoming::read(Some("autre"), Some("get-scenario"), None),
            None
        );
        assert_eq!(Incoming::read(None, Some("get-scenario"), None), None);
        assert_eq!(Incoming::read(ours, Some("delete-all"), link()), None);
        assert_eq!(Incoming::read(ours, None, link()), None);
        assert_eq!(Incoming::read(ours, Some("set-scenario"), None), None);
        assert_eq!(
            Incoming::fragment("https://x/index.html?lang=en#s=AB"),
            "s=AB"
        );
        assert_eq!(Incoming::fragment("s=AB"), "s=AB");
    }

    #[test]
    fn a_change_carries_the_figures_as_decimal_strings() {
        let message = Outgoing::change("https://x/#s=A".into(), &figures(&signed_convention()));
        let json = serde_json::to_value(&message).unwrap();
        assert_eq!(json["type"], "change");
        assert_eq!(json["source"], SOURCE);
        assert_eq!(json["compliant"], true);
        assert_eq!(json["violations"], 0);
        assert_eq!(
            json["totals"][1],
            serde_json::json!({"dept": "62", "plan": "20000000", "bassinMinier": "2500000", "total": "22500000", "shareAdded": "0.125"})
        );
        let resize = serde_json::to_value(Outgoing::resize(812)).unwrap();
        assert_eq!(
            resize,
            serde_json::json!({"type": "resize", "source": SOURCE, "height": 812})
        );
    }
}
