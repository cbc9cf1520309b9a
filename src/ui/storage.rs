//! The browser's local storage: the autosaved scenario and the list of saved ones, each a
//! versioned JSON document holding share links (themselves versioned and checksummed). A
//! value that cannot be read is set aside under another key, never erased; when there is no
//! room for the copy, it stays where it is and the app writes that key no more.

use std::cell::RefCell;
use std::collections::BTreeSet;

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
    /// A value could not be read, nor set aside for want of room: it stays where it was, and
    /// its key is not written again in this page.
    UnreadableKept,
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

thread_local! {
    /// The keys holding a value that could be neither read nor set aside.
    static KEPT: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// A stored document, `Ok(None)` when there is none; one that cannot be read is moved aside,
/// and `Err` says whether it could be.
fn read<T: DeserializeOwned>(
    key: &'static str,
    valid: impl Fn(&T) -> bool,
) -> Result<Option<T>, Unreadable> {
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
        Some(value) => {
            // Written meanwhile by another tab: readable again, so writable again.
            KEPT.with(|kept| kept.borrow_mut().retain(|k| *k != key));
            Ok(Some(value))
        }
        None => Err(set_aside(&storage, key, &text)),
    }
}

/// What became of a value that could not be read.
enum Unreadable {
    SetAside,
    Kept,
}

/// Keeps `text` under another key, with the time, and frees `key`: set aside, never erased.
/// Without room for the copy, `key` keeps it and is not written again.
fn set_aside(storage: &web_sys::Storage, key: &'static str, text: &str) -> Unreadable {
    let aside = format!("{SET_ASIDE_PREFIX}{key}.{}", now() as u64);
    if storage.set_item(&aside, text).is_err() {
        KEPT.with(|kept| kept.borrow_mut().push(key));
        return Unreadable::Kept;
    }
    let _ = storage.remove_item(key);
    Unreadable::SetAside
}

/// Moves the autosave aside, for a stored link this version cannot open; the problem to show.
pub fn set_aside_autosave() -> StorageProblem {
    let kept = storage().and_then(|storage| {
        let text = storage.get_item(AUTOSAVE_KEY).ok().flatten()?;
        Some(set_aside(&storage, AUTOSAVE_KEY, &text))
    });
    problem(
        kept.unwrap_or(Unreadable::SetAside),
        StorageProblem::AutosaveSetAside,
    )
}

fn problem(unreadable: Unreadable, set_aside: StorageProblem) -> StorageProblem {
    match unreadable {
        Unreadable::SetAside => set_aside,
        Unreadable::Kept => StorageProblem::UnreadableKept,
    }
}

fn write<T: Serialize>(key: &'static str, value: &T) -> Result<(), StorageProblem> {
    if KEPT.with(|kept| kept.borrow().contains(&key)) {
        return Err(StorageProblem::UnreadableKept);
    }
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
        .map_err(|u| problem(u, StorageProblem::AutosaveSetAside))
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

/// Whether a `storage` event (another tab writing) gives a new list of saved scenarios: a
/// list removed there (set aside, or the site's data cleared) leaves this tab's copy as is.
pub fn is_new_saved_list(key: Option<&str>, new_value: Option<&str>) -> bool {
    key == Some(SAVED_KEY) && new_value.is_some()
}

pub fn load_saved() -> Result<Vec<SavedScenario>, StorageProblem> {
    read::<SavedList>(SAVED_KEY, |l| l.version == STORAGE_VERSION)
        .map(|list| distinct(list.map(|l| l.items).unwrap_or_default()))
        .map_err(|u| problem(u, StorageProblem::ListSetAside))
}

/// A list edited by hand may repeat an id. Ids key the rows and say which one « Renommer »
/// or « Supprimer » acts on, so the first entry keeps it and each repeat gets one of its own.
fn distinct(mut items: Vec<SavedScenario>) -> Vec<SavedScenario> {
    let mut ids = UnusedIds::default();
    let repeats: Vec<usize> = (0..items.len())
        .filter(|&i| !ids.mark_used(items[i].id))
        .collect();
    for i in repeats {
        items[i].id = ids.claim();
    }
    items
}

/// Ids for new entries of the saved list: above every id in use, then, once the largest id
/// has been used, the free ones from 0 up. Never one in use.
#[derive(Default)]
pub struct UnusedIds {
    used: BTreeSet<u32>,
    /// Where the last claim stopped: claims never scan the same ids twice.
    next: Option<u32>,
}

impl UnusedIds {
    /// Whether `id` was free until now.
    pub fn mark_used(&mut self, id: u32) -> bool {
        self.used.insert(id)
    }

    /// An id marked used from now on.
    pub fn claim(&mut self) -> u32 {
        let mut next = self
            .next
            .unwrap_or_else(|| self.used.last().map_or(1, |m| m.wrapping_add(1)));
        while !self.used.insert(next) {
            next = next.wrapping_add(1);
        }
        self.next = Some(next.wrapping_add(1));
        next
    }
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
