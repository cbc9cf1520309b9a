//! The one state of the app and the actions that change it (Yew's `Reducible`).

use std::rc::Rc;

use yew::Reducible;

use crate::domain::defaults::signed_convention;
use crate::domain::edit::Edit;
use crate::domain::locale::Lang;
use crate::domain::scenario::{Scenario, ScenarioError};
use crate::history::History;

/// Undo steps kept; the issue asks for at least 100.
const HISTORY_LIMIT: usize = 200;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub history: History<Scenario>,
    /// The scenario as opened (the signed convention unless the address asked for another):
    /// what changed cells are compared with and resets return to.
    pub baseline: Rc<Scenario>,
    pub lang: Lang,
    /// Why the last edit was refused, shown until the next change.
    pub refused: Option<ScenarioError>,
}

impl AppState {
    pub fn new(scenario: Scenario) -> AppState {
        AppState {
            baseline: Rc::new(scenario.clone()),
            history: History::new(scenario, HISTORY_LIMIT),
            lang: Lang::Fr,
            refused: None,
        }
    }

    pub fn scenario(&self) -> &Rc<Scenario> {
        self.history.present()
    }

    /// Applies an edit as a new undo step, or as part of the open one when `field` names
    /// the field still being typed in.
    fn apply(self: Rc<Self>, edit: Edit, field: Option<String>) -> Rc<Self> {
        let mut next = (**self.scenario()).clone();
        let mut state = (*self).clone();
        match next.apply(edit, &self.baseline) {
            Ok(()) => {
                if !state.history.push(next, field) && self.refused.is_none() {
                    return self;
                }
                state.refused = None;
            }
            Err(e) => {
                state.history.close();
                state.refused = Some(e);
            }
        }
        Rc::new(state)
    }

    /// Runs a history move; no change, no new state.
    fn step(self: Rc<Self>, f: impl FnOnce(&mut History<Scenario>) -> bool) -> Rc<Self> {
        let mut state = (*self).clone();
        if f(&mut state.history) {
            state.refused = None;
            Rc::new(state)
        } else {
            self
        }
    }
}

impl Default for AppState {
    fn default() -> AppState {
        AppState::new(signed_convention())
    }
}

pub enum Action {
    SetLang(Lang),
    /// A change of its own undo step: a click, a choice, a fix.
    Edit(Edit),
    /// A keystroke in the field named: consecutive ones in one field make one undo step.
    Type(String, Edit),
    /// The field lost focus: the next keystroke starts a new undo step.
    EndTyping,
    Undo,
    Redo,
    ResetAll,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLang(lang) if lang == self.lang => self,
            Action::SetLang(lang) => Rc::new(AppState {
                lang,
                ..(*self).clone()
            }),
            Action::Edit(edit) => self.apply(edit, None),
            Action::Type(field, edit) => self.apply(edit, Some(field)),
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
            Action::Undo => self.step(History::undo),
            Action::Redo => self.step(History::redo),
            Action::ResetAll => {
                let baseline = (*self.baseline).clone();
                self.step(|h| h.push(baseline, None))
            }
        }
    }
}
