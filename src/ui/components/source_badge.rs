use yew::prelude::*;

use crate::domain::i18n::source_kind_label;
use crate::domain::locale::Lang;
use crate::domain::provenance::{Provenance, SourceKind};
use crate::ui::strings::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub provenance: Provenance,
}

/// The kind of a figure's source, as a word (never colour alone), with the source and its
/// quote shown on hover and on keyboard focus.
#[function_component(SourceBadge)]
pub fn source_badge(props: &Props) -> Html {
    let lang = props.lang;
    let p = &props.provenance;
    let kind = match p.kind {
        SourceKind::Convention => "convention",
        SourceKind::Secondary => "secondary",
        SourceKind::Hypothesis => "hypothesis",
    };
    html! {
        <span class={classes!("badge", format!("badge-{kind}"))} tabindex="0" data-kind={kind}>
            { source_kind_label(p.kind, lang) }
            <span class="tip" role="tooltip">
                <strong>{ strings(lang).provenance_of }{ strings(lang).colon }</strong>
                { p.source.get(lang) }
                if let Some(q) = &p.quote {
                    <q lang="fr">{ q }</q>
                }
            </span>
        </span>
    }
}
