use std::rc::Rc;

use yew::prelude::*;

use crate::domain::edit::{AmountField, Edit};
use crate::domain::i18n::{
    base_phrase, basis_note, finding_text, fix_text, rule_description, rule_name, status_label,
};
use crate::domain::locale::Lang;
use crate::domain::report::{Finding, Fix, RuleResult, Status};
use crate::domain::rule::{MatchingBase, Rule, RuleParams};
use crate::domain::scenario::Scenario;
use crate::strings::strings;
use crate::ui::components::{MoneyInput, RatioInput, SourceBadge};
use crate::ui::state::Action;

#[derive(Properties)]
pub struct Props {
    pub lang: Lang,
    pub rule: Rule,
    pub result: RuleResult,
    /// For the names findings are phrased with.
    pub scenario: Rc<Scenario>,
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
        l.dept.as_ref().map_or("", |d| d.0.as_str()),
        l.year.unwrap_or(0),
        l.axis.as_ref().map_or("", |a| a.0.as_str())
    )
}

/// Findings shown per rule before the rest are folded.
const FINDINGS_SHOWN: usize = 5;

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

fn base_slug(base: MatchingBase) -> &'static str {
    match base {
        MatchingBase::DeptYear => "dept-year",
        MatchingBase::DeptYearAxis => "dept-year-axis",
        MatchingBase::DeptPeriod => "dept-period",
    }
}

/// The parameters a rule carries itself; the envelopes are set per year elsewhere.
fn rule_params(rule: &Rule, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let t = strings(lang);
    let on_commit = dispatch.reform(|_| Action::EndTyping);
    match &rule.params {
        RuleParams::Matching { ratio, base } => {
            let on_ratio = dispatch.reform(|r| Action::Type("ratio".into(), Edit::SetRatio(r)));
            let on_base = dispatch.reform(|e: Event| {
                let value = e
                    .target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value();
                let base = MatchingBase::ALL
                    .into_iter()
                    .find(|b| base_slug(*b) == value)
                    .unwrap_or(MatchingBase::DeptYear);
                Action::Edit(Edit::SetBase(base))
            });
            html! {
                <div class="rule-params">
                    <label for="param-ratio">{ t.ratio }</label>
                    <RatioInput id="param-ratio" value={*ratio} {lang} on_change={on_ratio} {on_commit} />
                    <label for="param-base">{ t.base }</label>
                    <select id="param-base" data-testid="param-base" onchange={on_base}>
                        { for MatchingBase::ALL.iter().map(|b| html! {
                            <option value={base_slug(*b)} selected={b == base}>{ base_phrase(*b, lang) }</option>
                        }) }
                    </select>
                </div>
            }
        }
        RuleParams::DeptFloor { floor } => html! {
            <div class="rule-params">
                <label for={AmountField::Floor.slug()}>{ t.floor }</label>
                <MoneyInput field={AmountField::Floor} label={t.floor} value={*floor} {lang} dispatch={dispatch.clone()} />
            </div>
        },
        RuleParams::StateCeiling | RuleParams::StateTotal | RuleParams::StateCommitment => html! {
            <p class="rule-params-note">{ t.envelopes_in_parameters }</p>
        },
        RuleParams::BothAxes { minimum } => html! {
            <div class="rule-params">
                <label for={AmountField::AxisMinimum.slug()}>{ t.axis_minimum }</label>
                <MoneyInput field={AmountField::AxisMinimum} label={t.axis_minimum} value={*minimum} {lang} dispatch={dispatch.clone()} />
            </div>
        },
    }
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
    let on_toggle = {
        let (dispatch, id, enabled) = (props.dispatch.clone(), r.rule, rule.enabled);
        Callback::from(move |_: Event| {
            dispatch.emit(Action::Edit(Edit::SetRuleEnabled(id, !enabled)))
        })
    };
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
    let switch_id = format!("switch-{slug}");
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
                <span class="switch">
                    <input type="checkbox" id={switch_id.clone()} checked={rule.enabled}
                        data-testid={format!("switch-{slug}")} onchange={on_toggle} />
                    <label for={switch_id}>
                        { t.rule_enabled }<span class="visually-hidden">{ t.colon }{ rule_name(r.rule, lang) }</span>
                    </label>
                </span>
            </div>
            <p class="rule-description">{ rule_description(rule, lang) }</p>
            { rule_params(rule, lang, &props.dispatch) }
            if !r.findings.is_empty() {
                <ul class="findings">
                    { for r.findings.iter().take(shown).map(|f| {
                        let fix = f.fix.clone();
                        html! {
                            <li class="finding" key={finding_key(f)} data-testid={format!("finding-{slug}")}>
                                <span class="finding-text">{ finding_text(f, s, lang) }</span>
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
            }
            <p class="rule-source">
                <SourceBadge {lang} provenance={r.source.clone()} />
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
