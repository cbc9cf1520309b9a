//! Where a default figure comes from, so the app can show how far to trust it.

use serde::{Deserialize, Serialize};

use super::locale::Lang;

/// How firm a figure is: written in the convention's press release, read from its words by
/// the simulator, reported elsewhere, or assumed by the simulator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    Convention,
    Inference,
    Secondary,
    Hypothesis,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    pub kind: SourceKind,
    /// The document or reasoning the figure rests on.
    pub source: Text,
    /// The words of the source, in the source's language, when there are any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

impl Provenance {
    pub fn new(kind: SourceKind, source: Text, quote: Option<&str>) -> Provenance {
        Provenance {
            kind,
            source,
            quote: quote.map(str::to_string),
        }
    }
}

/// A value with its provenance. The value may be edited; the provenance keeps describing
/// the default, and the UI tells the two apart by comparing with the default scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: T,
    pub provenance: Provenance,
}

impl<T> Sourced<T> {
    pub fn new(value: T, provenance: Provenance) -> Sourced<T> {
        Sourced { value, provenance }
    }
}

/// A short text in both languages of the app.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Text {
    pub fr: String,
    pub en: String,
}

impl Text {
    pub fn new(fr: &str, en: &str) -> Text {
        Text {
            fr: fr.to_string(),
            en: en.to_string(),
        }
    }

    /// The same words in both languages (a proper name).
    pub fn same(name: &str) -> Text {
        Text::new(name, name)
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}
