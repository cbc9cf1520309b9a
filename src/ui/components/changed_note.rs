use yew::prelude::*;

use crate::domain::locale::Lang;
use crate::strings::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// Its id and test id, which a field's `aria-describedby` can name.
    pub id: AttrValue,
    /// The convention's value, as people read it (« 1:1 », « Oui », « 2019–2021 »).
    pub value: AttrValue,
    /// Without its own « Modifié » badge where the field's source badge already says so.
    #[prop_or(true)]
    pub badge: bool,
}

/// « Modifié convention : 1:1 »: beside a hypothesis changed from the scenario as opened.
#[function_component(ChangedNote)]
pub fn changed_note(props: &Props) -> Html {
    let t = strings(props.lang);
    html! {
        <span class="changed-note" id={props.id.clone()} data-testid={props.id.clone()}>
            if props.badge {
                <span class="badge badge-modified static">{ t.modified_badge }</span>{ " " }
            }
            { (t.convention_value)(&props.value) }
        </span>
    }
}
