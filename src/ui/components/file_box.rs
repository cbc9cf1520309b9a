use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::codec::base::Base;
use crate::codec::csv::{csv_file_name, to_csv};
use crate::codec::file::{file_name, FileError};
use crate::codec::messages::file_error;
use crate::domain::locale::Lang;
use crate::domain::scenario::Scenario;
use crate::strings::share::share_strings;
use crate::ui::files::{download, read, to_json};
use crate::ui::state::Action;
use crate::ui::storage::now;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub base: Base,
    pub scenario: Shared<Scenario>,
    pub dispatch: Callback<Action>,
}

/// Export as JSON, import a JSON file (picked, or dropped on the box), and what came of the
/// last import, said where it was asked for.
#[function_component(FileBox)]
pub fn file_box(props: &Props) -> Html {
    let (lang, d) = (props.lang, &props.dispatch);
    let s = share_strings(lang);
    let outcome = use_state(|| None::<Result<String, FileError>>);
    let dragging = use_state(|| false);
    let on_export = {
        let (base, scenario) = (props.base, props.scenario.clone());
        Callback::from(move |_| {
            if let Some(json) = to_json(base, &scenario) {
                download(&file_name(&scenario.title), "application/json", &json);
            }
        })
    };
    let on_csv = {
        let scenario = props.scenario.clone();
        Callback::from(move |_| {
            download(
                &csv_file_name(&scenario.title),
                "text/csv;charset=utf-8",
                &to_csv(&scenario, lang),
            );
        })
    };
    let import = {
        let (d, outcome) = (d.clone(), outcome.clone());
        Callback::from(move |file: web_sys::File| {
            let (d, outcome) = (d.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                match read(file).await {
                    Ok((base, scenario)) => {
                        d.emit(Action::Open(base, scenario, now(), None));
                        outcome.set(Some(Ok(name)));
                    }
                    Err(e) => outcome.set(Some(Err(e))),
                }
            });
        })
    };
    let on_pick = {
        let import = import.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                import.emit(file);
            }
            // The same file picked again is read again.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|t| t.files())
                .and_then(|f| f.get(0))
            {
                import.emit(file);
            }
        })
    };
    html! {
        <div class={classes!("file-box", dragging.then_some("dragging"))} ondragover={on_drag_over}
            ondragleave={on_drag_leave} ondrop={on_drop} data-testid="file-box">
            <h3>{ s.files_heading }</h3>
            <div class="file-actions">
                <button type="button" onclick={on_export} data-testid="export-json">{ s.export }</button>
                <button type="button" onclick={on_csv} data-testid="export-csv">{ s.export_csv }</button>
                <label class="file-pick">
                    <span class="button-like">{ s.import }</span>
                    <input type="file" accept=".json,application/json" class="visually-hidden-file"
                        onchange={on_pick} data-testid="import-json" />
                </label>
                <span class="hint">{ s.drop_hint }</span>
            </div>
            { match &*outcome {
                Some(Ok(name)) => html! { <p class="file-ok" role="status" data-testid="import-status">{ (s.imported)(name) }</p> },
                Some(Err(e)) => html! { <p class="field-error" role="alert" data-testid="import-error">{ (s.import_failed)(&file_error(e, lang)) }</p> },
                None => html! {},
            } }
        </div>
    }
}
