use std::rc::Rc;

use yew::prelude::*;

use crate::codec::link::open;
use crate::codec::messages::open_error;
use crate::domain::locale::Lang;
use crate::strings::share::share_strings;
use crate::ui::focus::focus_by_id;
use crate::ui::state::{Action, SaveNote, UNDO_DELETE_ID};
use crate::ui::storage::{date_time, now, SavedScenario};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub saved: Rc<Vec<SavedScenario>>,
    /// The entry deleted last, which « Annuler la suppression » brings back.
    pub deleted: Option<SavedScenario>,
    /// The fragment of the open scenario's link, and the entry it was opened from or saved
    /// as: that entry is marked while the two agree.
    pub current: AttrValue,
    pub opened_id: Option<u32>,
    pub save_note: Option<SaveNote>,
    pub dispatch: Callback<Action>,
}

/// « Mes scénarios »: save the open scenario, and open, rename, duplicate or delete (with
/// undo) each saved one.
#[function_component(SavedList)]
pub fn saved_list(props: &Props) -> Html {
    let (lang, d) = (props.lang, &props.dispatch);
    let s = share_strings(lang);
    let renaming = use_state(|| None::<(u32, String)>);
    // A saved entry that did not open, and why, shown on its row.
    let failed = use_state(|| None::<(u32, String)>);
    // Into the name field when renaming starts; back to « Renommer » when Escape ends it.
    let editing = renaming.as_ref().map(|(id, _)| *id);
    let was_editing = use_mut_ref(|| None::<u32>);
    use_effect_with(editing, move |editing| {
        let before = std::mem::replace(&mut *was_editing.borrow_mut(), *editing);
        match (editing, before) {
            (Some(id), _) => focus_by_id(&format!("rename-{id}")),
            (None, Some(id)) => focus_by_id(&format!("rename-button-{id}")),
            (None, None) => {}
        }
    });
    let on_save = d.reform(|_| Action::Save(now()));
    let rows = props.saved.iter().map(|item| {
        let id = item.id;
        let name = item.name.clone();
        let is_current = props.opened_id == Some(id) && item.link == props.current.as_str();
        let on_open = {
            let (d, link, failed) = (d.clone(), item.link.clone(), failed.clone());
            Callback::from(move |_| match open(&link) {
                Ok((base, scenario)) => {
                    failed.set(None);
                    d.emit(Action::Open(base, scenario, now(), Some(id)));
                }
                Err(e) => failed.set(Some((id, open_error(&e, lang)))),
            })
        };
        let on_rename = {
            let (renaming, name) = (renaming.clone(), name.clone());
            Callback::from(move |_| renaming.set(Some((id, name.clone()))))
        };
        let on_duplicate = d.reform(move |_| Action::Duplicate(id, now()));
        let on_delete = d.reform(move |_| Action::Delete(id));
        let editing = renaming.as_ref().filter(|(r, _)| *r == id).map(|(_, v)| v.clone());
        let row_error = failed.as_ref().filter(|(f, _)| *f == id).map(|(_, m)| m.clone());
        let field_id = format!("rename-{id}");
        html! {
            <li key={id} class={classes!("saved-item", is_current.then_some("current"))} data-testid="saved-item">
                if let Some(value) = editing {
                    { rename_form(lang, id, &name, value, &field_id, renaming.clone(), d.clone()) }
                } else {
                    <span class="saved-title">
                        <bdi class="saved-name" data-testid="saved-name">{ name.clone() }</bdi>
                        if is_current { <span class="saved-current">{ " " }{ s.current }</span> }
                    </span>
                    <span class="saved-date">{ (s.saved_on)(&date_time(item.saved_at, lang)) }</span>
                    <span class="saved-actions">
                        <button type="button" id={format!("saved-open-{id}")} onclick={on_open} aria-label={(s.action_on)(s.open, &name)} data-testid="saved-open">{ s.open }</button>
                        <button type="button" id={format!("rename-button-{id}")} class="secondary" onclick={on_rename} aria-label={(s.action_on)(s.rename, &name)} data-testid="saved-rename">{ s.rename }</button>
                        <button type="button" class="secondary" onclick={on_duplicate} aria-label={(s.action_on)(s.duplicate, &name)} data-testid="saved-duplicate">{ s.duplicate }</button>
                        <button type="button" class="secondary" onclick={on_delete} aria-label={(s.action_on)(s.delete, &name)} data-testid="saved-delete">{ s.delete }</button>
                    </span>
                }
                if let Some(message) = row_error {
                    <p class="field-error" role="alert" data-testid="saved-error">{ message }</p>
                }
            </li>
        }
    });
    html! {
        <div class="saved" data-testid="saved">
            <h3>{ s.saved_heading }</h3>
            <div class="save-row">
                <button type="button" onclick={on_save} data-testid="save-scenario">{ s.save }</button>
                <span class="save-note" role="status" data-testid="save-note">
                    { match &props.save_note {
                        Some(SaveNote::Saved(name)) => (s.save_done)(name),
                        Some(SaveNote::AlreadySaved(name)) => (s.save_already)(name),
                        Some(SaveNote::Renamed(name)) => (s.renamed)(name),
                        Some(SaveNote::Restored(name)) => (s.restored)(name),
                        None => String::new(),
                    } }
                </span>
            </div>
            if let Some(item) = &props.deleted {
                <p class="deleted-note" role="status" data-testid="deleted-note">
                    { (s.deleted)(&item.name) }{ " " }
                    <button type="button" id={UNDO_DELETE_ID} class="secondary" onclick={d.reform(|_| Action::UndoDelete)} data-testid="undo-delete">{ s.undo_delete }</button>
                </p>
            }
            if props.saved.is_empty() {
                <p class="hint" data-testid="saved-empty">{ s.saved_empty }</p>
            } else {
                <ul class="saved-list">{ for rows }</ul>
            }
        </div>
    }
}

/// The inline form that renames one entry: Enter or « Valider » confirms, Escape cancels.
fn rename_form(
    lang: Lang,
    id: u32,
    name: &str,
    value: String,
    field_id: &str,
    renaming: UseStateHandle<Option<(u32, String)>>,
    d: Callback<Action>,
) -> Html {
    let s = share_strings(lang);
    let on_input = {
        let renaming = renaming.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            renaming.set(Some((id, v)));
        })
    };
    let on_submit = {
        let (renaming, value) = (renaming.clone(), value.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.emit(Action::Rename(id, value.clone()));
            renaming.set(None);
        })
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            renaming.set(None);
        }
    });
    html! {
        <form class="rename-form" onsubmit={on_submit}>
            <label for={field_id.to_string()} class="visually-hidden">{ (s.rename_label)(name) }</label>
            <input id={field_id.to_string()} type="text" value={value} dir="auto"
                oninput={on_input} onkeydown={on_key} data-testid="rename-input" />
            <button type="submit" data-testid="rename-confirm">{ s.rename_done }</button>
        </form>
    }
}
