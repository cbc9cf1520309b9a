//! The scenario as components receive it: compared by address, not by content.
//!
//! Every edit makes a new scenario, and only an edit does: two different addresses always
//! hold different scenarios as far as rendering goes. Comparing contents would walk a
//! national scenario's 101 départements and 4 040 amounts in each of a dozen components on
//! every keystroke, only to find what the address already says.

use std::ops::Deref;
use std::rc::Rc;

#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}
