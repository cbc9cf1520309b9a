use std::rc::Rc;

use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::codec::base::Base;
use crate::domain::locale::Lang;
use crate::domain::scenario::Scenario;
use crate::strings::share::share_strings;
use crate::ui::components::{EmbedBuilder, FileBox, LinkBox, SavedList, ScenarioText};
use crate::ui::state::{Action, SaveNote};
use crate::ui::storage::SavedScenario;
use crate::ui::url::{page_address, page_folder};

/// The id of the card's heading, for the skip link and the toolbar's « Partager ».
pub const SHARE_HEADING_ID: &str = "share-heading";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub base: Base,
    pub scenario: Shared<Scenario>,
    /// The fragment of the link to the scenario, and the full link.
    pub fragment: AttrValue,
    pub link: AttrValue,
    /// The full link to the scenario on screen, published at once if it was waiting.
    pub link_now: Callback<(), AttrValue>,
    /// Whether the link waits for typing to pause, so shows the scenario as it was before.
    pub link_lags: bool,
    pub saved: Rc<Vec<SavedScenario>>,
    pub deleted: Option<SavedScenario>,
    pub opened_id: Option<u32>,
    pub save_note: Option<SaveNote>,
    pub dispatch: Callback<Action>,
}

/// « Partager et enregistrer »: the scenario's title and notes, its link and QR code, the
/// scenarios saved in this browser, and files.
#[function_component(SharePanel)]
pub fn share_panel(props: &Props) -> Html {
    let (lang, d) = (props.lang, &props.dispatch);
    let s = share_strings(lang);
    html! {
        <section class="card share" aria-labelledby={SHARE_HEADING_ID} data-testid="share-panel">
            <h2 id={SHARE_HEADING_ID} tabindex="-1">{ s.heading }</h2>
            <p class="hint">{ s.intro }</p>
            <ScenarioText {lang} title={props.scenario.title.clone()} notes={props.scenario.notes.clone()} dispatch={d.clone()} />
            <LinkBox {lang} link={props.link.clone()} link_now={props.link_now.clone()} lags={props.link_lags} />
            <EmbedBuilder {lang} fragment={props.fragment.clone()} page={page_address()} folder={page_folder()} />
            <div class="share-columns">
                <SavedList {lang} saved={props.saved.clone()} deleted={props.deleted.clone()} current={props.fragment.clone()}
                    opened_id={props.opened_id} save_note={props.save_note.clone()} dispatch={d.clone()} />
                <FileBox {lang} base={props.base} scenario={props.scenario.clone()} dispatch={d.clone()} />
            </div>
        </section>
    }
}
