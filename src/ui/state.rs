//! The one state of the app and the actions that change it (Yew's `Reducible`).

use std::rc::Rc;

use yew::Reducible;

use crate::domain::defaults::signed_convention;
use crate::domain::edit::{AmountField, Edit};
use crate::domain::fix_all::fix_all;
use crate::domain::goal_seek::{goal_seek, NoSolution};
use crate::domain::locale::Lang;
use crate::domain::rule::RuleId;
use crate::domain::scenario::{CellKey, Funder, Scenario, ScenarioError};
use crate::history::History;

/// Undo steps kept; the issue asks for at least 100.
const HISTORY_LIMIT: usize = 200;

/// The id of the toolbar's Undo button.
pub const UNDO_ID: &str = "undo";
/// The id of the toolbar's Redo button.
pub const REDO_ID: &str = "redo";
/// The id of the rules panel's heading.
pub const RULES_HEADING_ID: &str = "rules-heading";

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub history: History<Scenario>,
    /// The scenario as opened (the signed convention unless the address asked for another):
    /// what changed cells are compared with and resets return to.
    pub baseline: Rc<Scenario>,
    pub lang: Lang,
    /// Why the last edit was refused, shown until the next change.
    pub refused: Option<ScenarioError>,
    /// The field whose « Au minimum » / « Au maximum » found no amount, and the rule that
    /// stays broken; shown beside that field until the next change.
    pub seek_refused: Option<(String, RuleId)>,
    /// The amount the user changed last: fixes land there when they can.
    pub last_edited: Option<(CellKey, Funder)>,
    /// What the last « Tout corriger » did (fixes applied, findings left), until the next change.
    pub fixed: Option<(usize, usize)>,
    /// Where keyboard focus goes once the page has re-rendered, when the control that had it
    /// goes away or is disabled by its own action; the counter tells repeated requests apart.
    pub focus: Option<(u32, String)>,
}

impl AppState {
    pub fn new(scenario: Scenario) -> AppState {
        AppState {
            baseline: Rc::new(scenario.clone()),
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
        AppState::new(signed_convention())
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
                    state.seek_refused = Some((AmountField::Cell(key, funder).slug(), rule));
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
