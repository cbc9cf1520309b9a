use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::codec::base::Base;
use crate::codec::link::open;
use crate::codec::messages::open_error;
use crate::domain::compare::{difference, figures, Figures};
use crate::domain::defaults::signed_convention;
use crate::domain::locale::Lang;
use crate::domain::money::Money;
use crate::domain::scenario::Scenario;
use crate::embed::messages::Incoming;
use crate::strings::share::share_strings;
use crate::strings::strings;
use crate::ui::storage::SavedScenario;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub base: Base,
    pub scenario: Shared<Scenario>,
    pub saved: Rc<Vec<SavedScenario>>,
}

/// The most scenarios compared beside the convention.
const MAX_COMPARED: usize = 3;

/// Each comparison on a page gets its own prefix for ids and ARIA references.
static INSTANCES: AtomicU32 = AtomicU32::new(0);

#[derive(Clone, Debug, PartialEq)]
enum Choice {
    Current,
    /// A saved scenario: its id, its link when it was chosen, and its figures, worked out
    /// then rather than at each edit of the current scenario.
    Saved(u32, String, Rc<Figures>),
    /// A pasted link: its fragment, and its scenario.
    Pasted(String, Rc<Scenario>),
}

impl Choice {
    fn is_saved(&self, id: u32) -> bool {
        matches!(self, Choice::Saved(x, ..) if *x == id)
    }
}

/// « Comparer des scénarios »: up to three scenarios beside the signed convention, a table of
/// their figures with each difference from the convention's, and their bassin minier
/// contributions drawn on one scale.
#[function_component(Comparison)]
pub fn comparison(props: &Props) -> Html {
    let (lang, s) = (props.lang, share_strings(props.lang));
    let prefix = use_state(|| format!("cmp{}", INSTANCES.fetch_add(1, Ordering::Relaxed)));
    let chosen = use_state(Vec::<Choice>::new);
    let pasted = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let convention = use_memo((), |_| figures(&signed_convention()));
    // A saved scenario deleted after it was chosen (or replaced, from another tab) leaves
    // the choice, and its place among the three, with its checkbox.
    {
        let chosen = chosen.clone();
        use_effect_with(props.saved.clone(), move |saved| {
            let kept: Vec<Choice> = chosen
                .iter()
                .filter(|c| match c {
                    Choice::Saved(id, link, _) => {
                        saved.iter().any(|i| i.id == *id && i.link == *link)
                    }
                    _ => true,
                })
                .cloned()
                .collect();
            if kept.len() != chosen.len() {
                chosen.set(kept);
            }
        });
    }

    let toggle = |choice: Choice| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| {
            let mut next = (*chosen).clone();
            match next.iter().position(|c| *c == choice) {
                Some(i) => {
                    next.remove(i);
                }
                None if next.len() < MAX_COMPARED => next.push(choice.clone()),
                None => {}
            }
            chosen.set(next);
        })
    };
    // A saved scenario is opened once, when it is chosen; one not built on the convention is
    // refused there, with its name, rather than chosen without a column.
    let toggle_saved = |id: u32| {
        let (chosen, problem, saved) = (chosen.clone(), problem.clone(), props.saved.clone());
        Callback::from(move |e: Event| {
            let Some(item) = saved.iter().find(|i| i.id == id) else {
                return;
            };
            let mut next = (*chosen).clone();
            if let Some(i) = next.iter().position(|c| c.is_saved(id)) {
                next.remove(i);
            } else if next.len() < MAX_COMPARED {
                let refused = match open(&item.link) {
                    Ok((Base::Convention, scenario)) => {
                        let f = Rc::new(figures(&scenario));
                        next.push(Choice::Saved(id, item.link.clone(), f));
                        None
                    }
                    Ok(_) => Some((s.compare_saved_not_convention)(&item.name)),
                    Err(e) => Some(open_error(&e, lang)),
                };
                if refused.is_some() {
                    // Yew leaves the box as the click left it when its `checked` stays false.
                    e.target_unchecked_into::<web_sys::HtmlInputElement>()
                        .set_checked(false);
                    problem.set(refused);
                    return;
                }
                problem.set(None);
            }
            chosen.set(next);
        })
    };
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            pasted.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_add = {
        let (chosen, pasted, problem) = (chosen.clone(), pasted.clone(), problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if chosen.len() >= MAX_COMPARED {
                problem.set(Some(s.compare_full.into()));
                return;
            }
            let fragment = Incoming::fragment(pasted.trim()).to_string();
            match open(&fragment) {
                Ok((Base::Convention, scenario)) => {
                    let mut next = (*chosen).clone();
                    next.push(Choice::Pasted(fragment, Rc::new(scenario)));
                    chosen.set(next);
                    pasted.set(String::new());
                    problem.set(None);
                }
                Ok(_) => problem.set(Some(s.compare_not_convention.into())),
                Err(e) => problem.set(Some(open_error(&e, lang))),
            }
        })
    };

    // The scenarios chosen, in order, with their labels and figures; the current one only
    // when it is built on the convention.
    let columns: Vec<(String, Figures)> = chosen
        .iter()
        .filter_map(|c| match c {
            Choice::Current => (props.base == Base::Convention)
                .then(|| (s.compare_current.to_string(), figures(&props.scenario))),
            Choice::Saved(id, _, f) => {
                let item = props.saved.iter().find(|i| i.id == *id)?;
                Some((item.name.clone(), (**f).clone()))
            }
            Choice::Pasted(_, scenario) => Some((pasted_label(lang, scenario), figures(scenario))),
        })
        .collect();

    let p = (*prefix).clone();
    let checkbox = |id: String, label: String, checked: bool, onchange: Callback<Event>| {
        let disabled = !checked && chosen.len() >= MAX_COMPARED;
        html! {
            <label class="check" for={id.clone()}>
                <input type="checkbox" id={id.clone()} {checked} {disabled} {onchange} data-testid={id} />
                { " " }{ label }
            </label>
        }
    };
    html! {
        <section class="card comparison" aria-labelledby={format!("{p}-heading")} data-testid="comparison">
            <h2 id={format!("{p}-heading")} tabindex="-1">{ s.compare_heading }</h2>
            <p class="hint">{ s.compare_intro }</p>
            <fieldset class="compare-choices">
                <legend>{ s.compare_choose }</legend>
                if props.base == Base::Convention {
                    { checkbox(format!("{p}-current"), s.compare_current.into(), chosen.contains(&Choice::Current), toggle(Choice::Current)) }
                }
                { for props.saved.iter().map(|item| checkbox(format!("{p}-saved-{}", item.id), item.name.clone(),
                    chosen.iter().any(|c| c.is_saved(item.id)), toggle_saved(item.id))) }
                { for chosen.iter().filter_map(|c| match c {
                    Choice::Pasted(_, scenario) => {
                        // Its own label: the columns leave out choices that cannot be shown,
                        // so their places are not the choices'.
                        let label = pasted_label(lang, scenario);
                        let remove = {
                            let (chosen, c) = (chosen.clone(), c.clone());
                            Callback::from(move |_| chosen.set(chosen.iter().filter(|x| **x != c).cloned().collect()))
                        };
                        Some(html! {
                            <p class="pasted">{ label.clone() }{ " " }
                                <button type="button" class="secondary small" onclick={remove}
                                    aria-label={format!("{}{}{label}", s.compare_remove, strings(lang).colon)}>{ s.compare_remove }</button>
                            </p>
                        })
                    }
                    _ => None,
                }) }
                <form class="compare-paste" onsubmit={on_add}>
                    <label for={format!("{p}-paste")}>{ s.compare_paste }</label>
                    <input id={format!("{p}-paste")} type="text" value={(*pasted).clone()} oninput={on_paste}
                        aria-describedby={problem.is_some().then(|| format!("{p}-problem"))}
                        aria-invalid={problem.is_some().then_some("true")} data-testid="compare-paste" />
                    <button type="submit" data-testid="compare-add">{ s.compare_add }</button>
                </form>
                if let Some(why) = &*problem {
                    <p id={format!("{p}-problem")} class="field-error" role="alert" data-testid="compare-problem">{ why.clone() }</p>
                }
            </fieldset>
            if !columns.is_empty() {
                { table(lang, &p, &convention, &columns) }
                { chart(lang, &p, &convention, &columns) }
            }
        </section>
    }
}

/// A pasted scenario is named by its title, or as pasted when it has none.
fn pasted_label(lang: Lang, scenario: &Scenario) -> String {
    match scenario.title.trim() {
        "" => share_strings(lang).compare_pasted.to_string(),
        title => title.to_string(),
    }
}

fn signed(lang: Lang, d: Decimal) -> String {
    let sign = if d.is_sign_negative() { "−" } else { "+" };
    let amount = Money::try_from_decimal(d.abs()).unwrap_or(Money::ZERO);
    format!("{sign}{}", lang.money(amount))
}

fn table(lang: Lang, p: &str, convention: &Figures, columns: &[(String, Figures)]) -> Html {
    let s = share_strings(lang);
    let money_row = |label: String, get: &dyn Fn(&Figures) -> Option<Money>| {
        let reference = get(convention);
        html! {
            <tr>
                <th scope="row">{ label }</th>
                <td data-label={s.compare_convention}>{ reference.map(|m| lang.money(m)).unwrap_or_default() }</td>
                { for columns.iter().map(|(column, f)| {
                    let value = get(f);
                    let diff = value.zip(reference).map(|(v, r)| difference(v, r)).filter(|d| !d.is_zero());
                    html! {
                        <td data-label={column.clone()}>
                            { value.map(|m| lang.money(m)).unwrap_or_default() }
                            if let Some(d) = diff { <span class="field-diff">{ " (" }{ signed(lang, d) }{ ")" }</span> }
                        </td>
                    }
                }) }
            </tr>
        }
    };
    let t = crate::strings::strings(lang);
    html! {
        <div class="table-box">
            <table class="compare-table" data-testid="compare-table">
                <caption class="visually-hidden">{ s.compare_heading }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ s.compare_figure }</th>
                        <th scope="col">{ s.compare_convention }</th>
                        { for columns.iter().enumerate().map(|(i, (label, _))| html! {
                            <th scope="col" id={format!("{p}-col-{i}")}><bdi>{ label.clone() }</bdi></th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for convention.depts.iter().enumerate().map(|(d, dept)| {
                        let name = dept.name.clone();
                        html! {
                            <>
                                { money_row(format!("{name} — {}", t.summary_plan), &|f: &Figures| f.depts.get(d).map(|x| x.plan)) }
                                { money_row(format!("{name} — {}, {}", t.summary_added, t.state), &|f: &Figures| f.depts.get(d).map(|x| x.bassin_state)) }
                                { money_row(format!("{name} — {}, {}", t.summary_added, t.departement), &|f: &Figures| f.depts.get(d).map(|x| x.bassin_departement)) }
                                { money_row(format!("{name} — {}", t.summary_total), &|f: &Figures| f.depts.get(d).map(|x| x.total)) }
                                <tr>
                                    <th scope="row">{ format!("{name} — {}", t.share_added) }</th>
                                    <td data-label={s.compare_convention}>{ dept.share_added.map(|r| lang.percent(r, true)).unwrap_or_default() }</td>
                                    { for columns.iter().map(|(column, f)| html! {
                                        <td data-label={column.clone()}>{ f.depts.get(d).and_then(|x| x.share_added).map(|r| lang.percent(r, true)).unwrap_or_default() }</td>
                                    }) }
                                </tr>
                            </>
                        }
                    }) }
                    <tr>
                        <th scope="row">{ s.compare_violations }</th>
                        <td data-label={s.compare_convention}>{ convention.violations }</td>
                        { for columns.iter().map(|(column, f)| html! { <td data-label={column.clone()} data-testid="compare-violations">{ f.violations }</td> }) }
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

/// Horizontal bars of each département's bassin minier contribution, the convention's first,
/// all on the scale of the largest.
fn chart(lang: Lang, p: &str, convention: &Figures, columns: &[(String, Figures)]) -> Html {
    let s = share_strings(lang);
    let series: Vec<(String, &Figures)> =
        std::iter::once((s.compare_convention.to_string(), convention))
            .chain(columns.iter().map(|(l, f)| (l.clone(), f)))
            .collect();
    let bassin = |f: &Figures, d: usize| {
        f.depts.get(d).map_or(Money::ZERO, |x| {
            x.bassin_state.saturating_add(x.bassin_departement)
        })
    };
    let max = series
        .iter()
        .flat_map(|(_, f)| (0..f.depts.len()).map(move |d| bassin(f, d)))
        .max()
        .unwrap_or(Money::ZERO);
    const WIDTH: i64 = 600;
    let width = |m: Money| -> i64 {
        if max.is_zero() {
            return 0;
        }
        (m.as_decimal() * Decimal::from(WIDTH) / max.as_decimal())
            .round()
            .to_i64()
            .unwrap_or(0)
    };
    let rows: Vec<(String, String, i64)> = convention
        .depts
        .iter()
        .enumerate()
        .flat_map(|(d, dept)| {
            series.iter().map(move |(label, f)| {
                (
                    format!("{} — {label}", dept.name),
                    lang.money(bassin(f, d)),
                    width(bassin(f, d)),
                )
            })
        })
        .collect();
    let described = rows
        .iter()
        .map(|(l, v, _)| format!("{l} : {v}"))
        .collect::<Vec<_>>()
        .join(" ; ");
    html! {
        <figure class="compare-chart">
            <figcaption id={format!("{p}-chart-title")}>{ s.compare_chart }</figcaption>
            <ul class="bars" aria-labelledby={format!("{p}-chart-title")} aria-describedby={format!("{p}-chart-desc")}>
                { for rows.iter().enumerate().map(|(i, (label, value, w))| html! {
                    <li class={classes!("bar", (i % series.len() == 0).then_some("reference"))}>
                        <span class="bar-label"><bdi>{ label.clone() }</bdi></span>
                        <svg class="bar-svg" viewBox={format!("0 0 {WIDTH} 20")} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect x="0" y="2" width={w.to_string()} height="16" />
                        </svg>
                        <span class="bar-value">{ value.clone() }</span>
                    </li>
                }) }
            </ul>
            <p id={format!("{p}-chart-desc")} class="visually-hidden">{ described }</p>
        </figure>
    }
}
