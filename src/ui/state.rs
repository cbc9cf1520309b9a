//! The one state of the app and the actions that change it (Yew's `Reducible`).

use std::rc::Rc;

use yew::Reducible;

use crate::codec::base::Base;
use crate::codec::link::{link_to, OpenError};
use crate::domain::defaults::signed_convention;
use crate::domain::edit::{AmountField, Edit};
use crate::domain::exercise::exercise;
use crate::domain::fix_all::fix_all;
use crate::domain::goal_seek::{goal_seek, NoSolution};
use crate::domain::locale::Lang;
use crate::domain::rule::RuleId;
use crate::domain::scenario::{CellKey, Funder, Scenario, ScenarioError, TITLE_MAX_CHARS};
use crate::history::History;
use crate::strings::share::share_strings;
use crate::ui::shared::Shared;
use crate::ui::storage::{date_time, SavedScenario, StorageProblem, UnusedIds};

/// Undo steps kept; the issue asks for at least 100.
const HISTORY_LIMIT: usize = 200;

/// The id of the toolbar's Undo button.
pub const UNDO_ID: &str = "undo";
/// The id of the toolbar's Redo button.
pub const REDO_ID: &str = "redo";
/// The id of the rules panel's heading.
pub const RULES_HEADING_ID: &str = "rules-heading";
/// The id of the exercise panel's heading, where focus goes when an exercise starts.
pub const EXERCISE_HEADING_ID: &str = "exercise-heading";
/// The id of « Annuler la suppression », where focus goes after a deletion.
pub const UNDO_DELETE_ID: &str = "undo-delete";

/// What saving did: saved under a name, or found already saved under one.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveNote {
    Saved(String),
    AlreadySaved(String),
    Renamed(String),
    /// Put back by « Annuler la suppression ».
    Restored(String),
}

/// How many deletions « Annuler la suppression » can take back.
const DELETIONS_KEPT: usize = 20;

/// A message about what was opened, or could not be, shown above the page until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Banner {
    /// A link that did not open, and whether the autosaved scenario was opened instead.
    LinkRefused(OpenError, bool),
    /// A link new to this browser opened: differences are against its base.
    LinkOpened(Base),
    /// A link opened over other work; that work was kept under this name.
    KeptWork(String),
    Storage(StorageProblem),
    /// A new version of the simulator is installed and waits for a reload.
    NewVersion,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub history: History<Scenario>,
    /// What the scenario builds on: the signed convention, or the generated grid `?bench=`
    /// asked for.
    pub base: Base,
    /// The base's scenario: what changed cells are compared with and resets return to.
    pub baseline: Rc<Scenario>,
    /// The scenarios saved in this browser, newest last.
    pub saved: Rc<Vec<SavedScenario>>,
    /// The saved scenarios deleted, and where each was, the latest last: « Annuler la
    /// suppression » puts them back one by one.
    pub deleted: Vec<(usize, SavedScenario)>,
    /// The saved entry opened or saved last, marked « (ouvert) » while the scenario is its.
    pub opened_id: Option<u32>,
    /// What « Enregistrer ce scénario » did, said beside it until the next change to the list.
    pub save_note: Option<SaveNote>,
    pub banners: Vec<Banner>,
    /// `?readonly=1`: no action of the page changes the scenario (only the host's
    /// `set-scenario`).
    pub readonly: bool,
    /// `?embed=1`: the app lives in another site's page; it neither reads nor writes this
    /// browser's autosave and saved list, which belong to the simulator full-page.
    pub embedded: bool,
    /// Presenter mode: large type, high contrast, the summary and the rules first, secondary
    /// panels folded (`?presenter=1`, Ctrl+Alt+P, or the header's switch).
    pub presenter: bool,
    /// The exercise under way (`?exercise=<id>` or « Commencer »), by its id.
    pub exercise: Option<&'static str>,
    pub lang: Lang,
    /// Why the last edit was refused, shown until the next change.
    pub refused: Option<ScenarioError>,
    /// The field whose « Au minimum » / « Au maximum » found no amount, and the rule that
    /// stays broken; shown beside that field until the next change.
    pub seek_refused: Option<(CellKey, Funder, RuleId)>,
    /// The amount the user changed last: fixes land there when they can.
    pub last_edited: Option<(CellKey, Funder)>,
    /// What the last « Tout corriger » did (fixes applied, findings left), until the next change.
    pub fixed: Option<(usize, usize)>,
    /// Where keyboard focus goes once the page has re-rendered, when the control that had it
    /// goes away or is disabled by its own action; the counter tells repeated requests apart.
    pub focus: Option<(u32, String)>,
}

impl AppState {
    /// `scenario` must be built on `base` (a link, a file, or `base`'s own scenario).
    pub fn new(base: Base, scenario: Scenario) -> AppState {
        let baseline = base.scenario().unwrap_or_else(|_| signed_convention());
        AppState {
            baseline: Rc::new(baseline),
            base,
            saved: Rc::default(),
            deleted: Vec::new(),
            opened_id: None,
            save_note: None,
            banners: Vec::new(),
            readonly: false,
            embedded: false,
            presenter: false,
            exercise: None,
            history: History::new(scenario, HISTORY_LIMIT),
            lang: Lang::Fr,
            refused: None,
            seek_refused: None,
            last_edited: None,
            fixed: None,
            focus: None,
        }
    }

    pub fn scenario(&self) -> &Rc<Scenario> {
        self.history.present()
    }

    /// The scenario as components and hooks receive it, compared by address.
    pub fn shared(&self) -> Shared<Scenario> {
        Shared::from(Rc::clone(self.history.present()))
    }

    /// Applies an edit as a new undo step, or as part of the open one when `field` names
    /// the field still being typed in.
    fn apply(self: Rc<Self>, edit: Edit, field: Option<String>, focus: Option<String>) -> Rc<Self> {
        let mut next = (**self.scenario()).clone();
        let mut state = (*self).clone();
        match next.apply(edit, &self.baseline) {
            Ok(()) => {
                if !state.history.push(next, field) && !self.shows_notice() {
                    return self;
                }
                state.clear_notices();
                state = state.focus_on(focus);
            }
            Err(e) => {
                state.history.close();
                state.refused = Some(e);
            }
        }
        Rc::new(state)
    }

    /// Whether a message about the last action is on screen (a refusal, a goal-seek without
    /// answer, what « Tout corriger » did).
    fn shows_notice(&self) -> bool {
        self.refused.is_some() || self.seek_refused.is_some() || self.fixed.is_some()
    }

    /// The next change makes the last action's messages stale.
    fn clear_notices(&mut self) {
        self.refused = None;
        self.seek_refused = None;
        self.fixed = None;
    }

    /// Remembers the amount an edit sets, so that fixes prefer it.
    fn edited(self: Rc<Self>, edit: &Edit) -> Rc<Self> {
        let Edit::SetAmount { key, funder, .. } = edit else {
            return self;
        };
        if self.last_edited.as_ref() == Some(&(key.clone(), *funder)) {
            return self;
        }
        let mut state = (*self).clone();
        state.last_edited = Some((key.clone(), *funder));
        Rc::new(state)
    }

    fn focus_on(mut self, id: Option<String>) -> AppState {
        if let Some(id) = id {
            let seq = self.focus.as_ref().map_or(0, |(n, _)| n.wrapping_add(1));
            self.focus = Some((seq, id));
        }
        self
    }

    fn focus_if(self: Rc<Self>, condition: bool, id: &str) -> Rc<Self> {
        if condition {
            Rc::new((*self).clone().focus_on(Some(id.into())))
        } else {
            self
        }
    }

    /// Runs a history move; no change, no new state.
    fn step(self: Rc<Self>, f: impl FnOnce(&mut History<Scenario>) -> bool) -> Rc<Self> {
        let mut state = (*self).clone();
        if f(&mut state.history) {
            state.clear_notices();
            Rc::new(state)
        } else {
            self
        }
    }
}

impl Default for AppState {
    fn default() -> AppState {
        AppState::new(Base::Convention, signed_convention())
    }
}

impl AppState {
    /// The fragment of the link to the present scenario.
    pub fn link(&self) -> String {
        link_to(self.base, &self.baseline, self.scenario())
    }

    /// Opens another scenario: on the same base as one undo step, so that Undo brings back
    /// what was there; on another base, with a history of its own.
    pub fn opened(mut self, base: Base, scenario: Scenario) -> AppState {
        self.clear_notices();
        if base == self.base {
            self.history.push(scenario, None);
        } else {
            let (lang, readonly, embedded, presenter, exercise) = (
                self.lang,
                self.readonly,
                self.embedded,
                self.presenter,
                self.exercise,
            );
            let (saved, banners) = (self.saved.clone(), std::mem::take(&mut self.banners));
            self = AppState {
                lang,
                saved,
                banners,
                readonly,
                embedded,
                presenter,
                exercise,
                ..AppState::new(base, scenario)
            };
        }
        self
    }

    /// Opens another scenario after keeping unsaved work in the list.
    fn open_keeping_work(mut self, base: Base, scenario: Scenario, at: f64) -> AppState {
        let name = (share_strings(self.lang).work_in_progress)(&date_time(at, self.lang));
        if let Some(kept) = self.keep(name, at) {
            self.banners.retain(|b| !matches!(b, Banner::KeptWork(_)));
            self.banners.push(Banner::KeptWork(kept));
        }
        self.opened(base, scenario)
    }

    /// A new link replaces what was said about the previous one.
    fn clear_link_banners(&mut self) {
        self.banners.retain(|b| matches!(b, Banner::Storage(_)));
    }

    pub fn with_saved(mut self, saved: Rc<Vec<SavedScenario>>) -> AppState {
        self.saved = saved;
        self
    }

    /// Keeps the present scenario in the list under `name` unless it is the base itself or
    /// already saved there; returns the name it was kept under.
    pub fn keep(&mut self, name: String, at: f64) -> Option<String> {
        let link = self.link();
        let is_base = **self.scenario() == *self.baseline;
        if is_base || self.saved.iter().any(|s| s.link == link) {
            return None;
        }
        self.add_saved(name.clone(), at, link);
        Some(name)
    }

    /// An id that no saved entry has, nor any deleted one « Annuler la suppression » can
    /// bring back.
    fn unused_id(&self) -> u32 {
        let deleted = self.deleted.iter().map(|(_, s)| s);
        let mut ids = UnusedIds::default();
        for s in self.saved.iter().chain(deleted) {
            ids.mark_used(s.id);
        }
        ids.claim()
    }

    fn add_saved(&mut self, name: String, saved_at: f64, link: String) {
        let id = self.unused_id();
        let mut list = (*self.saved).clone();
        list.push(SavedScenario {
            id,
            name,
            saved_at,
            link,
        });
        self.saved = Rc::new(list);
        self.save_note = None;
    }

    fn with_list(mut self, f: impl FnOnce(&mut Vec<SavedScenario>)) -> AppState {
        let mut list = (*self.saved).clone();
        f(&mut list);
        self.saved = Rc::new(list);
        self
    }

    /// The name an opened link's scenario is listed under: its title, or « Lien ouvert le … ».
    pub fn link_name(&self, at: f64) -> String {
        let title = self.scenario().title.trim();
        if title.is_empty() {
            (share_strings(self.lang).opened_link)(&date_time(at, self.lang))
        } else {
            title.to_string()
        }
    }

    /// The name a scenario is saved under: its title, or « Scénario du … ».
    fn default_name(&self, at: f64) -> String {
        let title = self.scenario().title.trim();
        if title.is_empty() {
            (share_strings(self.lang).untitled)(&date_time(at, self.lang))
        } else {
            title.to_string()
        }
    }
}

pub enum Action {
    SetLang(Lang),
    /// A change of its own undo step: a click, a choice, a fix.
    Edit(Edit),
    /// The same, from a control that the change removes or disables: focus then moves to
    /// the element with this id.
    EditThenFocus(Edit, String),
    /// A keystroke in the field named: consecutive ones in one field make one undo step.
    Type(String, Edit),
    /// The field lost focus: the next keystroke starts a new undo step.
    EndTyping,
    /// `button`: from the toolbar's button, which disables itself at the end of the history;
    /// focus then moves to the other one. From the keyboard shortcut, focus stays put.
    Undo {
        button: bool,
    },
    Redo {
        button: bool,
    },
    ResetAll,
    /// « Au minimum » (Département) or « Au maximum » (State) on one cell: the amount at
    /// which no rule is broken, as one undo step, or why there is none.
    GoalSeek(CellKey, Funder),
    /// « Tout corriger »: every fix, as one undo step; focus then goes to the rules' heading.
    FixAll,
    /// A scenario from a saved entry (its id) or a file: one undo step when on the same
    /// base, a new history on another; unsaved work it replaces is first kept in the list
    /// (named with this time).
    Open(Base, Scenario, f64, Option<u32>),
    /// A link pasted in the address bar of the open page (`hashchange`); the time, for the
    /// name under which the work it replaces is kept.
    OpenLink(Result<(Base, Scenario), OpenError>, f64),
    /// « Enregistrer ce scénario », at this time.
    Save(f64),
    Rename(u32, String),
    Duplicate(u32, f64),
    Delete(u32),
    UndoDelete,
    AddBanner(Banner),
    DismissBanner(usize),
    TogglePresenter,
    /// « Commencer »: the exercise's starting scenario, opened like a saved one (unsaved work
    /// kept first), at this time.
    StartExercise(&'static str, f64),
    LeaveExercise,
    /// Another tab of the app changed the saved list: this tab shows (and later writes) it.
    SavedElsewhere(Vec<SavedScenario>),
}

impl Action {
    /// What a read-only embed refuses: every change the page itself could make. A host's
    /// `set-scenario` (`OpenLink`) still applies.
    fn changes_scenario(&self) -> bool {
        matches!(
            self,
            Action::Edit(_)
                | Action::EditThenFocus(..)
                | Action::Type(..)
                | Action::Undo { .. }
                | Action::Redo { .. }
                | Action::ResetAll
                | Action::GoalSeek(..)
                | Action::FixAll
                | Action::Open(..)
                | Action::StartExercise(..)
        )
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if self.readonly && action.changes_scenario() {
            return self;
        }
        match action {
            Action::SetLang(lang) if lang == self.lang => self,
            Action::SetLang(lang) => Rc::new(AppState {
                lang,
                ..(*self).clone()
            }),
            Action::Edit(edit) => self.edited(&edit).apply(edit, None, None),
            Action::EditThenFocus(edit, id) => self.apply(edit, None, Some(id)),
            Action::Type(field, edit) => self.edited(&edit).apply(edit, Some(field), None),
            // Closing the open step changes nothing on screen: no re-render.
            Action::EndTyping => {
                let mut state = (*self).clone();
                state.history.close();
                if state == *self {
                    self
                } else {
                    Rc::new(state)
                }
            }
            Action::Undo { button } => {
                let state = self.step(History::undo);
                let exhausted = button && !state.history.can_undo();
                state.focus_if(exhausted, REDO_ID)
            }
            Action::Redo { button } => {
                let state = self.step(History::redo);
                let exhausted = button && !state.history.can_redo();
                state.focus_if(exhausted, UNDO_ID)
            }
            Action::GoalSeek(key, funder) => match goal_seek(self.scenario(), &key, funder) {
                Ok(amount) => {
                    let field = AmountField::Cell(key, funder);
                    self.apply(field.edit(amount), None, None)
                }
                Err(NoSolution { rule }) => {
                    let mut state = (*self).clone();
                    state.history.close();
                    state.seek_refused = Some((key, funder, rule));
                    Rc::new(state)
                }
            },
            Action::FixAll => {
                let done = fix_all(self.scenario());
                let mut state = (*self).clone();
                state.history.push(done.scenario, None);
                state.clear_notices();
                state.fixed = Some((done.applied, done.left.len()));
                Rc::new(state.focus_on(Some(RULES_HEADING_ID.into())))
            }
            Action::Open(base, scenario, at, from) => {
                let mut state = (*self).clone().open_keeping_work(base, scenario, at);
                state.opened_id = from;
                Rc::new(state)
            }
            Action::OpenLink(Err(e), _) => {
                let mut state = (*self).clone();
                state.clear_link_banners();
                state.banners.push(Banner::LinkRefused(e, false));
                Rc::new(state)
            }
            Action::OpenLink(Ok((base, scenario)), at) => {
                let mut state = (*self).clone();
                state.clear_link_banners();
                let s = share_strings(state.lang);
                if let Some(kept) = state.keep((s.work_in_progress)(&date_time(at, state.lang)), at)
                {
                    state.banners.push(Banner::KeptWork(kept));
                }
                let mut state = state.opened(base, scenario);
                let name = state.link_name(at);
                state.keep(name, at);
                state.opened_id = state.saved.last().map(|s| s.id);
                if !state.embedded {
                    state.banners.push(Banner::LinkOpened(base));
                }
                Rc::new(state)
            }
            Action::Save(at) => {
                let mut state = (*self).clone();
                let link = state.link();
                if let Some(same) = state.saved.iter().find(|s| s.link == link) {
                    state.opened_id = Some(same.id);
                    state.save_note = Some(SaveNote::AlreadySaved(same.name.clone()));
                    return Rc::new(state);
                }
                let name = state.default_name(at);
                state.add_saved(name.clone(), at, link);
                state.opened_id = state.saved.last().map(|s| s.id);
                state.save_note = Some(SaveNote::Saved(name));
                Rc::new(state)
            }
            Action::Rename(id, name) => {
                let name = name
                    .trim()
                    .chars()
                    .take(TITLE_MAX_CHARS)
                    .collect::<String>();
                let focus = Some(format!("rename-button-{id}"));
                if name.is_empty() {
                    return Rc::new((*self).clone().focus_on(focus));
                }
                let mut state = (*self).clone().with_list(|l| {
                    l.iter_mut()
                        .filter(|s| s.id == id)
                        .for_each(|s| s.name = name.clone())
                });
                state.save_note = Some(SaveNote::Renamed(name));
                Rc::new(state.focus_on(focus))
            }
            Action::Duplicate(id, at) => {
                let mut state = (*self).clone();
                if let Some(original) = state.saved.iter().find(|s| s.id == id).cloned() {
                    let name = (share_strings(state.lang).copy_of)(&original.name);
                    state.add_saved(name, at, original.link);
                }
                Rc::new(state)
            }
            Action::Delete(id) => {
                let Some(at) = self.saved.iter().position(|s| s.id == id) else {
                    return self;
                };
                let mut state = (*self).clone();
                let mut list = (*state.saved).clone();
                let removed = list.remove(at);
                state.saved = Rc::new(list);
                state.save_note = None;
                state.deleted.push((at, removed));
                if state.deleted.len() > DELETIONS_KEPT {
                    state.deleted.remove(0);
                }
                Rc::new(state.focus_on(Some(UNDO_DELETE_ID.into())))
            }
            Action::UndoDelete => {
                let mut state = (*self).clone();
                let Some((at, mut item)) = state.deleted.pop() else {
                    return self;
                };
                // Another tab's list, taken meanwhile, may have given its id to another entry.
                if state.saved.iter().any(|s| s.id == item.id) {
                    item.id = state.unused_id();
                }
                let id = item.id;
                state.save_note = Some(SaveNote::Restored(item.name.clone()));
                let state = state.with_list(|l| l.insert(at.min(l.len()), item));
                Rc::new(state.focus_on(Some(format!("saved-open-{id}"))))
            }
            Action::AddBanner(banner) => {
                let mut state = (*self).clone();
                if !state.banners.contains(&banner) {
                    state.banners.push(banner);
                }
                Rc::new(state)
            }
            Action::SavedElsewhere(list) if list == *self.saved => self,
            Action::SavedElsewhere(list) => {
                let mut state = (*self).clone();
                state.saved = Rc::new(list);
                state.save_note = None;
                Rc::new(state)
            }
            Action::StartExercise(id, at) => {
                let Some(exercise) = exercise(id) else {
                    return self;
                };
                let mut state =
                    (*self)
                        .clone()
                        .open_keeping_work(Base::Convention, exercise.start(), at);
                state.exercise = Some(exercise.id);
                Rc::new(state.focus_on(Some(EXERCISE_HEADING_ID.into())))
            }
            Action::LeaveExercise => Rc::new(AppState {
                exercise: None,
                ..(*self).clone()
            }),
            Action::TogglePresenter => Rc::new(AppState {
                presenter: !self.presenter,
                ..(*self).clone()
            }),
            Action::DismissBanner(i) => {
                let mut state = (*self).clone();
                if i < state.banners.len() {
                    state.banners.remove(i);
                }
                Rc::new(state)
            }
            // The reset button disables itself: focus goes to Undo, which can take it back.
            Action::ResetAll => {
                let mut state = (*self).clone();
                if !state.history.push((*self.baseline).clone(), None) {
                    return self;
                }
                state.clear_notices();
                Rc::new(state.focus_on(Some(UNDO_ID.into())))
            }
        }
    }
}
