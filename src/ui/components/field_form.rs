//! Each field the user types into (the amounts, the ratio, the scenario's title and notes) is
//! a form of its own.
//!
//! After every keystroke, Chromium's autofill reads the whole form of the field typed in,
//! every field of it with its label; fields outside any form count as one form, the whole
//! page's (56 of them on the first screen). Measured at 4× CPU slowdown, a keystroke in a grid
//! cell then waited about 10 ms for that reading before it could be painted; in a form of its
//! own, 2 ms.
//!
//! A form whose only text field is this one submits when Enter is pressed in it; here that
//! means nothing, and the page stays as it is.

use yew::prelude::*;

/// The form's `onsubmit`: nothing is sent anywhere, the page is not reloaded.
pub fn stay_on_page() -> Callback<SubmitEvent> {
    Callback::from(|e: SubmitEvent| e.prevent_default())
}
