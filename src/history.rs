//! Undo and redo over immutable snapshots, kept apart from the UI so that it is tested
//! natively.

use std::collections::VecDeque;
use std::rc::Rc;

/// The present value with the values before it (undo) and after it (redo). Consecutive
/// changes tagged with the same key — the keystrokes of one field — make one step.
#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    present: Rc<T>,
    undo: VecDeque<Rc<T>>,
    redo: Vec<Rc<T>>,
    /// The key of the change still being made, if any.
    open: Option<String>,
    limit: usize,
}

impl<T: PartialEq> History<T> {
    /// A history that keeps at most `limit` undo steps, dropping the oldest.
    pub fn new(present: T, limit: usize) -> History<T> {
        History {
            present: Rc::new(present),
            undo: VecDeque::new(),
            redo: Vec::new(),
            open: None,
            limit,
        }
    }

    pub fn present(&self) -> &Rc<T> {
        &self.present
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Moves to `next`. With a key equal to the open change's, `next` replaces the present
    /// instead of adding a step. Returns false, changing nothing, when `next` is the present.
    pub fn push(&mut self, next: T, key: Option<String>) -> bool {
        if next == *self.present {
            return false;
        }
        let continues = key.is_some() && key == self.open;
        // Typing that comes back to where its step began (a typo, then Escape) leaves no
        // empty step behind.
        if continues && self.undo.back().is_some_and(|before| **before == next) {
            if let Some(before) = self.undo.pop_back() {
                self.present = before;
            }
            self.open = None;
            return true;
        }
        if !continues {
            self.undo.push_back(Rc::clone(&self.present));
            if self.undo.len() > self.limit {
                self.undo.pop_front();
            }
        }
        self.redo.clear();
        self.present = Rc::new(next);
        self.open = key;
        true
    }

    /// Ends the open change: the next keyed change starts a new step.
    pub fn close(&mut self) {
        self.open = None;
    }

    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.undo.pop_back() else {
            return false;
        };
        self.redo
            .push(std::mem::replace(&mut self.present, previous));
        self.open = None;
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.undo
            .push_back(std::mem::replace(&mut self.present, next));
        self.open = None;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_back_to_the_start_leaves_no_step() {
        let mut h = History::new(0, 200);
        assert!(h.push(1, Some("field".into())));
        assert!(h.push(2, Some("field".into())));
        assert!(h.push(0, Some("field".into())));
        assert!(!h.can_undo(), "the step came back to where it began");
        assert!(h.push(5, Some("field".into())));
        assert!(h.undo());
        assert_eq!(**h.present(), 0);
    }

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut h = History::new(0, 200);
        assert!(!h.can_undo());
        for i in 1..=3 {
            assert!(h.push(i, None));
        }
        assert!(h.undo());
        assert!(h.undo());
        assert_eq!(**h.present(), 1);
        assert!(h.redo());
        assert_eq!(**h.present(), 2);
        assert!(h.push(9, None), "a new change drops what could be redone");
        assert!(!h.can_redo());
        assert!(h.undo());
        assert_eq!(**h.present(), 2);
    }

    #[test]
    fn keystrokes_in_one_field_make_one_step() {
        let mut h = History::new(310_000, 200);
        for typed in [2, 20, 200, 2_000, 20_000, 200_000] {
            h.push(typed, Some("cell".into()));
        }
        h.close();
        h.push(300_000, Some("cell".into()));
        assert!(h.undo());
        assert_eq!(**h.present(), 200_000);
        assert!(h.undo());
        assert_eq!(**h.present(), 310_000);
        assert!(!h.can_undo());
    }

    #[test]
    fn another_field_starts_a_new_step() {
        let mut h = History::new(0, 200);
        h.push(1, Some("a".into()));
        h.push(2, Some("b".into()));
        h.push(3, Some("b".into()));
        assert!(h.undo());
        assert_eq!(**h.present(), 1);
    }

    #[test]
    fn no_change_is_no_step() {
        let mut h = History::new(5, 200);
        assert!(!h.push(5, None));
        assert!(!h.can_undo());
    }

    #[test]
    fn at_least_a_hundred_steps_are_kept_and_the_oldest_go_first() {
        let mut h = History::new(0, 200);
        for i in 1..=250 {
            h.push(i, None);
        }
        let mut undone = 0;
        while h.undo() {
            undone += 1;
        }
        assert_eq!(undone, 200);
        assert_eq!(**h.present(), 50);
    }
}
