use std::rc::Rc;

use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::ui::embed::use_read_only;

use crate::domain::edit::{AmountField, Edit};
use crate::domain::i18n::{base_phrase, rule_name};
use crate::domain::locale::Lang;
use crate::domain::money::Money;
use crate::domain::rule::{MatchingBase, Rule, RuleParams};
use crate::domain::scenario::Scenario;
use crate::strings::strings;
use crate::ui::components::{ChangedNote, MoneyInput, RatioInput, SourceBadge};
use crate::ui::state::Action;

#[derive(Properties)]
pub struct Props {
    pub lang: Lang,
    pub scenario: Shared<Scenario>,
    /// The scenario as opened: a hypothesis that differs from it is marked « Modifié ».
    pub baseline: Rc<Scenario>,
    pub dispatch: Callback<Action>,
}

impl PartialEq for Props {
    /// Equal while the rules are: typing in a grid does not re-render this.
    fn eq(&self, other: &Props) -> bool {
        self.lang == other.lang
            && self.dispatch == other.dispatch
            && Rc::ptr_eq(&self.baseline, &other.baseline)
            && self.scenario.rules == other.scenario.rules
    }
}

/// The id of the bar's heading, where « Aller aux hypothèses de calcul » lands.
pub const HYPOTHESES_ID: &str = "hypotheses-heading";

fn base_slug(base: MatchingBase) -> &'static str {
    match base {
        MatchingBase::DeptYear => "dept-year",
        MatchingBase::DeptYearAxis => "dept-year-axis",
        MatchingBase::DeptPeriod => "dept-period",
    }
}

fn matching(rules: &[Rule]) -> Option<(&Rule, rust_decimal::Decimal, MatchingBase)> {
    rules.iter().find_map(|r| match r.params {
        RuleParams::Matching { ratio, base } => Some((r, ratio, base)),
        _ => None,
    })
}

fn floor(rules: &[Rule]) -> Option<Money> {
    rules.iter().find_map(|r| match r.params {
        RuleParams::DeptFloor { floor } => Some(floor),
        _ => None,
    })
}

fn axis_minimum(rules: &[Rule]) -> Option<Money> {
    rules.iter().find_map(|r| match r.params {
        RuleParams::BothAxes { minimum } => Some(minimum),
        _ => None,
    })
}

/// The hypotheses a workshop varies, in one short bar near the top, reached by a skip link:
/// the matching ratio and base, the Département's minimum commitment, the minimum per axis
/// and which rules are checked. Each one changed from the scenario as opened says so and
/// gives the convention's value beside it.
#[function_component(HypothesesBar)]
pub fn hypotheses_bar(props: &Props) -> Html {
    let read_only = use_read_only();
    let (lang, s, base_s, dispatch) = (
        props.lang,
        &*props.scenario,
        &*props.baseline,
        &props.dispatch,
    );
    let t = strings(lang);
    // « Modifié convention : 1:1 » beside what differs from the scenario as opened.
    let changed_note = |differs: bool, value: String, testid: &str, badge: bool| -> Html {
        if differs {
            html! { <ChangedNote {lang} id={format!("{testid}-changed")} {value} {badge} /> }
        } else {
            Html::default()
        }
    };

    let ratio_html = matching(&s.rules).map(|(rule, ratio, base)| {
        let original = matching(&base_s.rules);
        let on_ratio = dispatch.reform(|r| Action::Type("ratio".into(), Edit::SetRatio(r)));
        let on_commit = dispatch.reform(|_| Action::EndTyping);
        let on_base = dispatch.reform(|e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let base = MatchingBase::ALL
                .into_iter()
                .find(|b| base_slug(*b) == value)
                .unwrap_or(MatchingBase::DeptYear);
            Action::Edit(Edit::SetBase(base))
        });
        let ratio_changed = original.is_some_and(|(_, r, _)| r != ratio);
        let base_changed = original.is_some_and(|(_, _, b)| b != base);
        let ratio_note = original.map_or(Html::default(), |(_, r, _)| {
            changed_note(r != ratio, format!("{}:1", lang.number(r)), "param-ratio", false)
        });
        let base_note = original.map_or(Html::default(), |(_, _, b)| {
            changed_note(b != base, base_phrase(b, lang).to_string(), "param-base", true)
        });
        html! { <>
            <div class="hypothesis">
                <label for="param-ratio">{ t.ratio }</label>
                // A block, as the ratio's field is a form.
                <div class="hypothesis-value">
                    <RatioInput id="param-ratio" value={ratio} {lang} on_change={on_ratio} {on_commit}
                        described_by={ratio_changed.then_some(AttrValue::from("param-ratio-changed"))} />
                    <SourceBadge {lang} provenance={rule.source.clone()}
                        changed={original.is_some_and(|(_, r, _)| r != ratio)} />
                </div>
                { ratio_note }
            </div>
            <div class="hypothesis wide">
                <label for="param-base">{ t.base }</label>
                <select id="param-base" data-testid="param-base" onchange={on_base} disabled={read_only}
                    aria-describedby={base_changed.then_some("param-base-changed")}>
                    { for MatchingBase::ALL.iter().map(|b| html! {
                        <option value={base_slug(*b)} selected={*b == base}>{ base_phrase(*b, lang) }</option>
                    }) }
                </select>
                { base_note }
            </div>
        </> }
    });
    let money_html = |value: Option<Money>,
                      original: Option<Money>,
                      field: AmountField,
                      label: &'static str| {
        value.map_or(Html::default(), |value| {
            let baseline = original.filter(|o| *o != value);
            html! {
                <div class="hypothesis">
                    <label for={field.slug()}>{ label }</label>
                    <MoneyInput {field} {label} {value} {lang} {baseline} dispatch={dispatch.clone()} />
                </div>
            }
        })
    };
    let switches = s.rules.iter().map(|rule| {
        let id = rule.id();
        let slug = id.slug();
        let enabled = rule.enabled;
        let was = base_s.rules.iter().find(|r| r.id() == id).map(|r| r.enabled);
        let on_toggle = dispatch.reform(move |_: Event| Action::Edit(Edit::SetRuleEnabled(id, !enabled)));
        let switch_id = format!("switch-{slug}");
        let note = was.map_or(Html::default(), |was| {
            let word = if was { t.on_in_convention } else { t.off_in_convention };
            changed_note(was != enabled, word.to_string(), &switch_id, true)
        });
        html! {
            <li class="switch">
                <input type="checkbox" id={switch_id.clone()} checked={enabled} data-testid={switch_id.clone()} onchange={on_toggle} disabled={read_only} />
                <label for={switch_id.clone()}>{ rule_name(id, lang) }</label>
                { note }
            </li>
        }
    });

    html! {
        <section class="hypotheses" aria-labelledby={HYPOTHESES_ID} data-testid="hypotheses">
            <h2 id={HYPOTHESES_ID} tabindex="-1">{ t.hypotheses_heading }</h2>
            <p class="intro">{ t.hypotheses_intro }</p>
            <div class="hypotheses-row">
                { ratio_html.unwrap_or_default() }
                { money_html(floor(&s.rules), floor(&base_s.rules), AmountField::Floor, t.floor) }
                { money_html(axis_minimum(&s.rules), axis_minimum(&base_s.rules), AmountField::AxisMinimum, t.axis_minimum) }
            </div>
            <fieldset class="rule-switches">
                <legend>{ t.rule_switches }</legend>
                <ul>{ for switches }</ul>
            </fieldset>
        </section>
    }
}
