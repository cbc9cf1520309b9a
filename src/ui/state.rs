//! The one state of the app and the actions that change it (Yew's `Reducible`), with undo
//! and redo.

use std::collections::VecDeque;
use std::rc::Rc;

use yew::Reducible;

use crate::domain::defaults::signed_convention;
use crate::domain::edit::Edit;
use crate::domain::locale::Lang;
use crate::domain::scenario::{Scenario, ScenarioError};

/// Undo steps kept; the issue asks for at least 100.
pub const HISTORY_LIMIT: usize = 200;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub scenario: Rc<Scenario>,
    /// The signed convention: what changed cells are compared with and resets return to.
    pub baseline: Rc<Scenario>,
    pub lang: Lang,
    undo: VecDeque<Rc<Scenario>>,
    redo: Vec<Rc<Scenario>>,
    /// The field being typed in: its keystrokes make one undo step, not one per key.
    typing: Option<String>,
    /// Why the last edit was refused, shown until the next action.
    pub refused: Option<ScenarioError>,
}

impl AppState {
    pub fn new(scenario: Scenario) -> AppState {
        AppState {
            scenario: Rc::new(scenario),
            baseline: Rc::new(signed_convention()),
            lang: Lang::Fr,
            undo: VecDeque::new(),
            redo: Vec::new(),
            typing: None,
            refused: None,
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Moves to `next`, recording the current scenario as an undo step unless the same
    /// field is still being typed in.
    fn commit(&self, next: Scenario, typing: Option<String>) -> AppState {
        let mut state = self.clone();
        let same_field = typing.is_some() && typing == self.typing;
        if !same_field {
            state.undo.push_back(self.scenario.clone());
            if state.undo.len() > HISTORY_LIMIT {
                state.undo.pop_front();
            }
        }
        state.redo.clear();
        state.scenario = Rc::new(next);
        state.typing = typing;
        state.refused = None;
        state
    }

    fn apply(self: Rc<Self>, edit: Edit, typing: Option<String>) -> Rc<Self> {
        let mut next = (*self.scenario).clone();
        match next.apply(edit, &self.baseline) {
            Ok(()) if next == *self.scenario => self,
            Ok(()) => Rc::new(self.commit(next, typing)),
            Err(e) => Rc::new(AppState {
                refused: Some(e),
                typing: None,
                ..(*self).clone()
            }),
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
            Action::EndTyping if self.typing.is_none() => self,
            Action::EndTyping => Rc::new(AppState {
                typing: None,
                ..(*self).clone()
            }),
            Action::Undo => {
                let mut state = (*self).clone();
                let Some(previous) = state.undo.pop_back() else {
                    return self;
                };
                state
                    .redo
                    .push(std::mem::replace(&mut state.scenario, previous));
                state.typing = None;
                state.refused = None;
                Rc::new(state)
            }
            Action::Redo => {
                let mut state = (*self).clone();
                let Some(next) = state.redo.pop() else {
                    return self;
                };
                state
                    .undo
                    .push_back(std::mem::replace(&mut state.scenario, next));
                state.typing = None;
                state.refused = None;
                Rc::new(state)
            }
            Action::ResetAll if *self.scenario == *self.baseline => self,
            Action::ResetAll => Rc::new(self.commit((*self.baseline).clone(), None)),
        }
    }
}
