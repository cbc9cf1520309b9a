use yew::prelude::*;

use crate::domain::locale::Lang;
use crate::domain::report::StatusCounts;
use crate::strings::strings;
use crate::ui::components::{status_class, status_icon};
use crate::ui::pause::use_after_pause;
use crate::ui::state::{Action, REDO_ID, UNDO_ID};

/// How long the status waits for typing to pause before it is announced.
const ANNOUNCE_AFTER_MS: u32 = 700;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub can_undo: bool,
    pub can_redo: bool,
    pub changed: bool,
    /// The rules' status in numbers, always in view and announced when it changes.
    pub counts: StatusCounts,
    pub dispatch: Callback<Action>,
}

/// Undo, redo and back to the scenario as opened; the shortcuts are announced beside them.
#[function_component(Toolbar)]
pub fn toolbar(props: &Props) -> Html {
    let t = strings(props.lang);
    let d = &props.dispatch;
    let overall = props.counts.overall();
    // Screen readers hear the status once the typing pauses, not at each keystroke (« 2: »
    // on the way to « 2:1 » would announce a passing state).
    let text = (t.rules_summary)(props.counts);
    let announced = use_after_pause(text.clone(), ANNOUNCE_AFTER_MS);
    html! {
        <div class="toolbar" role="toolbar" aria-label={t.toolbar_label} data-testid="toolbar">
            <button type="button" id={UNDO_ID} disabled={!props.can_undo} onclick={d.reform(|_| Action::Undo { button: true })}
                aria-keyshortcuts="Control+Z" data-testid="undo">
                <span class="icon" aria-hidden="true">{ "↶ " }</span>{ t.undo }
            </button>
            <button type="button" id={REDO_ID} disabled={!props.can_redo} onclick={d.reform(|_| Action::Redo { button: true })}
                aria-keyshortcuts="Control+Shift+Z" data-testid="redo">
                <span class="icon" aria-hidden="true">{ "↷ " }</span>{ t.redo }
            </button>
            <button type="button" class="secondary" disabled={!props.changed} onclick={d.reform(|_| Action::ResetAll)}
                data-testid="reset-all" title={t.reset_all_hint}>
                { t.reset_all }
            </button>
            <p class={classes!("status-chip", status_class(overall))} data-testid="rules-status">
                <a href="#rules-heading">
                    <span aria-hidden="true">{ status_icon(overall) }{ " " }</span>
                    { text }
                </a>
            </p>
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="rules-announcer">
                { announced }
            </p>
            <span class="hint">{ t.shortcuts_hint }</span>
        </div>
    }
}
