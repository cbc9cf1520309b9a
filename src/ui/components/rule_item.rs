use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::domain::edit::{AmountField, Edit};
use crate::domain::i18n::{
    basis_note, finding_text, fix_text, funder_name, location_label, rule_description, rule_name,
    status_label,
};
use crate::domain::locale::Lang;
use crate::domain::report::{Finding, Fix, Location, RuleResult, Status};
use crate::domain::rule::{Rule, RuleParams};
use crate::domain::rules::finding_cells;
use crate::domain::scenario::{CellKey, Funder, Scenario};
use crate::strings::output::output_strings;
use crate::strings::strings;
use crate::ui::components::{SourceBadge, HYPOTHESES_ID};
use crate::ui::state::Action;

#[derive(Properties)]
pub struct Props {
    pub lang: Lang,
    pub rule: Rule,
    pub result: RuleResult,
    /// Its parameters differ from the scenario as opened (a 2:1 ratio): its findings are
    /// measured against those, not the convention's.
    pub modified: bool,
    /// For the names findings are phrased with.
    pub scenario: Shared<Scenario>,
    pub dispatch: Callback<Action>,
}

impl PartialEq for Props {
    /// Equal while the rule, its result and the names its findings use are: an edit that
    /// changes another rule's findings does not re-render this one.
    fn eq(&self, other: &Props) -> bool {
        let (a, b) = (&*self.scenario, &*other.scenario);
        let period = |s: &Scenario| {
            (
                s.years.first().map(|y| y.year),
                s.years.last().map(|y| y.year),
            )
        };
        self.lang == other.lang
            && self.dispatch == other.dispatch
            && self.rule == other.rule
            && self.modified == other.modified
            && self.result == other.result
            && a.axes == b.axes
            && period(a) == period(b)
            && a.departements
                .iter()
                .map(|d| &d.name)
                .eq(b.departements.iter().map(|d| &d.name))
    }
}

/// A finding's place, stable while the finding lasts, so that a new finding inserts one
/// item instead of rewriting the ones after it.
fn finding_key(f: &Finding) -> String {
    let l = &f.location;
    format!(
        "{}/{}/{}",
        l.dept.as_ref().map_or("", |d| &*d.0),
        l.year.unwrap_or(0),
        l.axis.as_ref().map_or("", |a| &*a.0)
    )
}

/// Findings shown per rule before the rest are folded.
pub const FINDINGS_SHOWN: usize = 5;
/// Findings printed per rule: with every rule broken in many places the note still holds on
/// one page, each rule saying where to look first and how many more places there are.
pub const FINDINGS_PRINTED: usize = 1;

fn status_slug(status: Status) -> &'static str {
    match status {
        Status::Holds => "holds",
        Status::Violated => "violated",
        Status::Warning => "warning",
        Status::Off => "off",
    }
}

/// A symbol beside the status word, so the status never rests on colour alone.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Holds => "✓",
        Status::Violated => "✗",
        Status::Warning => "!",
        Status::Off => "–",
    }
}

/// Where a rule's parameters are set, when it has any.
fn rule_params(rule: &Rule, lang: Lang) -> Html {
    let t = strings(lang);
    match &rule.params {
        RuleParams::StateCeiling | RuleParams::StateTotal | RuleParams::StateCommitment => html! {
            <p class="rule-params-note">{ t.envelopes_in_parameters }</p>
        },
        RuleParams::Matching { .. }
        | RuleParams::DeptFloor { .. }
        | RuleParams::BothAxes { .. } => html! {
            <p class="rule-params-note"><a href={format!("#{HYPOTHESES_ID}")}>{ t.hypotheses_heading }</a></p>
        },
    }
}

/// "Pas-de-Calais, 2021, Prévention, Département": a cell's name, as its field is named.
fn cell_label(key: &CellKey, funder: Funder, s: &Scenario, lang: Lang) -> String {
    let place = location_label(
        &Location {
            dept: Some(key.dept.clone()),
            year: Some(key.year),
            axis: Some(key.axis.clone()),
        },
        s,
        lang,
    );
    format!("{place}, {}", funder_name(funder, lang))
}

/// The id of a finding's item, where a flagged cell's link lands.
pub fn finding_anchor(f: &Finding) -> String {
    let l = &f.location;
    format!(
        "finding-{}-{}-{}-{}",
        f.rule.slug(),
        l.dept.as_ref().map_or("all", |d| &*d.0),
        l.year.map_or("all".to_string(), |y| y.to_string()),
        l.axis.as_ref().map_or("all", |a| &*a.0)
    )
}

/// One rule: its status in words and symbol, its switch and parameters, its findings with
/// their fixes, and its source.
#[function_component(RuleItem)]
pub fn rule_item(props: &Props) -> Html {
    let (lang, s, r, rule) = (props.lang, &*props.scenario, &props.result, &props.rule);
    let t = strings(lang);
    // Long lists of findings are folded: the first few say where to look.
    let expanded = use_state(|| false);
    let slug = r.rule.slug();
    let on_more = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    // The button goes away with its finding: focus moves to the field it changed.
    let on_fix = |fix: Fix| {
        let field = AmountField::Cell(fix.cell.clone(), fix.funder).slug();
        props.dispatch.reform(move |_: MouseEvent| {
            Action::EditThenFocus(Edit::ApplyFix(fix.clone()), field.clone())
        })
    };
    let shown = if *expanded {
        usize::MAX
    } else {
        FINDINGS_SHOWN
    };
    html! {
        <li class={classes!("rule", format!("rule-{}", status_slug(r.status)))} id={format!("rule-{slug}")}
            data-testid={format!("rule-{slug}")} data-status={status_slug(r.status)}>
            <div class="rule-head">
                <span class="status-icon" aria-hidden="true">{ status_icon(r.status) }</span>
                <strong class="rule-name" id={format!("rule-name-{slug}")} tabindex="-1">{ rule_name(r.rule, lang) }</strong>
                <span class="status-label" data-testid={format!("rule-{slug}-status")}>{ status_label(r.status, lang) }</span>
            </div>
            <p class="rule-description">{ rule_description(rule, lang) }</p>
            { rule_params(rule, lang) }
            if !r.findings.is_empty() {
                <ul class="findings">
                    { for r.findings.iter().take(shown).enumerate().map(|(at, f)| {
                        let fix = f.fix.clone();
                        // The cell to look at: the one the fix changes, or the first concerned.
                        let cell = fix.as_ref().map(|x| (x.cell.clone(), x.funder))
                            .or_else(|| finding_cells(f, s).into_iter().next());
                        html! {
                            <li class={classes!("finding", (at >= FINDINGS_PRINTED).then_some("screen-only"))} key={finding_key(f)}
                                id={finding_anchor(f)} tabindex="-1" data-testid={format!("finding-{slug}")}>
                                <span class="finding-text">{ finding_text(f, s, lang) }</span>
                                if let Some((key, funder)) = cell {
                                    <a class="cell-link" href={format!("#{}", AmountField::Cell(key.clone(), funder).slug())}
                                        data-testid={format!("cell-link-{slug}")}>
                                        { (t.go_to_cell)(&cell_label(&key, funder, s, lang)) }
                                    </a>
                                }
                                if props.modified {
                                    <span class="finding-basis" data-testid={format!("modified-{slug}")}>
                                        { t.modified_params_note }{ "\u{a0}" }<SourceBadge {lang} provenance={r.source.clone()} changed={true} />
                                    </span>
                                }
                                if let Some(basis) = &f.basis {
                                    <span class="finding-basis" data-testid={format!("basis-{slug}")}>
                                        { basis_note(basis.kind, lang) }{ "\u{a0}" }<SourceBadge {lang} provenance={basis.clone()} />
                                    </span>
                                }
                                if let Some(fix) = fix {
                                    <span class="fix">
                                        <span class="fix-text">{ fix_text(&fix, s, lang) }</span>
                                        <button type="button" class="fix-button" data-testid={format!("fix-{slug}")}
                                            aria-label={format!("{}{}{}", t.fix, t.colon, fix_text(&fix, s, lang))}
                                            onclick={on_fix(fix.clone())}>
                                            { t.fix }
                                        </button>
                                    </span>
                                } else {
                                    <span class="fix-text" data-testid={format!("no-fix-{slug}")}>{ t.no_single_fix }</span>
                                }
                            </li>
                        }
                    }) }
                </ul>
                if r.findings.len() > FINDINGS_SHOWN {
                    <button type="button" class="secondary small" data-testid={format!("more-{slug}")}
                        aria-expanded={expanded.to_string()} onclick={on_more}>
                        if *expanded {
                            { t.show_fewer }
                        } else {
                            { (t.show_more)(r.findings.len() - FINDINGS_SHOWN) }
                        }
                    </button>
                }
                if r.findings.len() > FINDINGS_PRINTED {
                    // Paper has no button: it says how many places it leaves out.
                    <p class="print-only" data-testid={format!("more-printed-{slug}")}>
                        { (output_strings(lang).note_more_findings)(r.findings.len() - FINDINGS_PRINTED) }
                    </p>
                }
            }
            <p class="rule-source">
                <SourceBadge {lang} provenance={r.source.clone()} changed={props.modified} />
                // Beside its findings a rule quotes its source; otherwise the badge's tooltip does.
                if let (Some(q), false) = (&r.source.quote, r.findings.is_empty()) {
                    <q lang="fr" class="quote">{ q }</q>
                }
                if r.status != Status::Off {
                    <span class="checked">{ (t.checked_places)(r.checked) }</span>
                }
            </p>
        </li>
    }
}
