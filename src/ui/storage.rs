//! The browser's local storage: the autosaved scenario and the list of saved ones, each a
//! versioned JSON document holding share links (themselves versioned and checksummed). A
//! value that cannot be read is set aside under another key, never erased.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// Keys, prefixed so that other apps on the same origin keep theirs.
const AUTOSAVE_KEY: &str = "simulateur-bassin-minier.autosave";
const SAVED_KEY: &str = "simulateur-bassin-minier.scenarios";
/// Where an unreadable value goes, with the time it was set aside.
const SET_ASIDE_PREFIX: &str = "simulateur-bassin-minier.set-aside.";
/// The version of both documents.
const STORAGE_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Autosave {
    pub version: u32,
    /// The share link's fragment.
    pub link: String,
    /// Milliseconds since 1970, as `Date.now()` gives them.
    pub saved_at: f64,
    /// The fragment the address still showed when the page went away before it could follow
    /// the last edits (a reload within the typing pause): that address is older than this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stale_address: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedScenario {
    pub id: u32,
    pub name: String,
    pub saved_at: f64,
    pub link: String,
}

#[derive(Serialize, Deserialize)]
struct SavedList {
    version: u32,
    items: Vec<SavedScenario>,
}

/// Why storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The autosave could not be read and was set aside.
    AutosaveSetAside,
    /// The list of saved scenarios could not be read and was set aside.
    ListSetAside,
    /// Writing failed: the quota is full.
    Full,
    /// No storage at all (disabled, or a private mode that refuses it).
    Unavailable,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn now() -> f64 {
    js_sys::Date::now()
}

/// A stored document, `Ok(None)` when there is none; one that cannot be read is moved aside.
fn read<T: DeserializeOwned>(key: &str, valid: impl Fn(&T) -> bool) -> Result<Option<T>, ()> {
    let Some(storage) = storage() else {
        return Ok(None);
    };
    let Ok(Some(text)) = storage.get_item(key) else {
        return Ok(None);
    };
    let parsed = js_sys::JSON::parse(&text)
        .ok()
        .and_then(|v| serde_wasm_bindgen::from_value::<T>(v).ok())
        .filter(|v| valid(v));
    match parsed {
        Some(value) => Ok(Some(value)),
        None => {
            set_aside(&storage, key, &text);
            Err(())
        }
    }
}

/// Keeps `text` under another key, with the time, and frees `key`: set aside, never erased.
fn set_aside(storage: &web_sys::Storage, key: &str, text: &str) {
    let aside = format!("{SET_ASIDE_PREFIX}{key}.{}", now() as u64);
    let _ = storage.set_item(&aside, text);
    let _ = storage.remove_item(key);
}

/// Moves the autosave aside, for a stored link this version cannot open.
pub fn set_aside_autosave() {
    if let Some(storage) = storage() {
        if let Ok(Some(text)) = storage.get_item(AUTOSAVE_KEY) {
            set_aside(&storage, AUTOSAVE_KEY, &text);
        }
    }
}

fn write<T: Serialize>(key: &str, value: &T) -> Result<(), StorageProblem> {
    let storage = storage().ok_or(StorageProblem::Unavailable)?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let text = value
        .serialize(&serializer)
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .and_then(|s| s.as_string())
        .ok_or(StorageProblem::Unavailable)?;
    storage
        .set_item(key, &text)
        .map_err(|e| quota_or_unavailable(&e))
}

fn quota_or_unavailable(e: &JsValue) -> StorageProblem {
    let name = js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name.contains("Quota") {
        StorageProblem::Full
    } else {
        StorageProblem::Unavailable
    }
}

pub fn load_autosave() -> Result<Option<Autosave>, StorageProblem> {
    read::<Autosave>(AUTOSAVE_KEY, |a| a.version == STORAGE_VERSION)
        .map_err(|()| StorageProblem::AutosaveSetAside)
}

pub fn save_autosave(
    link: &str,
    saved_at: f64,
    stale_address: Option<String>,
) -> Result<(), StorageProblem> {
    write(
        AUTOSAVE_KEY,
        &Autosave {
            version: STORAGE_VERSION,
            link: link.into(),
            saved_at,
            stale_address,
        },
    )
}

/// Whether a `storage` event (another tab writing) is about the list of saved scenarios.
pub fn is_saved_list(key: Option<&str>) -> bool {
    key == Some(SAVED_KEY)
}

pub fn load_saved() -> Result<Vec<SavedScenario>, StorageProblem> {
    read::<SavedList>(SAVED_KEY, |l| l.version == STORAGE_VERSION)
        .map(|list| distinct(list.map(|l| l.items).unwrap_or_default()))
        .map_err(|()| StorageProblem::ListSetAside)
}

/// A list edited by hand may repeat an id: the first entry keeps it, since ids key the rows
/// and say which one « Renommer » or « Supprimer » acts on.
fn distinct(mut items: Vec<SavedScenario>) -> Vec<SavedScenario> {
    let mut seen = std::collections::BTreeSet::new();
    items.retain(|item| seen.insert(item.id));
    items
}

pub fn store_saved(items: &[SavedScenario]) -> Result<(), StorageProblem> {
    write(
        SAVED_KEY,
        &SavedList {
            version: STORAGE_VERSION,
            items: items.to_vec(),
        },
    )
}

/// « 29/11/2026 10:42 » in French, « 29/11/2026, 10:42 » in English (the day first in both:
/// the users are in France), in the browser's time zone.
pub fn date_time(ms: f64, lang: crate::domain::locale::Lang) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    let date = format!(
        "{:02}/{:02}/{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    );
    let time = format!("{:02}:{:02}", d.get_hours(), d.get_minutes());
    match lang {
        crate::domain::locale::Lang::Fr => format!("{date} {time}"),
        crate::domain::locale::Lang::En => format!("{date}, {time}"),
    }
}
