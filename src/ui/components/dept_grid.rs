use std::rc::Rc;

use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::domain::edit::{AmountField, Edit};
use crate::domain::i18n::{funder_name, no_solution_text};
use crate::domain::locale::Lang;
use crate::domain::money::Money;
use crate::domain::rule::RuleId;
use crate::domain::scenario::{Axis, CellKey, Contribution, DeptId, Funder, Scenario, Year};
use crate::domain::totals::Totals;
use crate::strings::strings;
use crate::ui::components::{Flag, MoneyInput, OnScreen, SourceBadge, EAGER_CARDS};
use crate::ui::flags::CellFlags;
use crate::ui::state::Action;

#[derive(Properties, Clone)]
pub struct Props {
    pub lang: Lang,
    pub scenario: Shared<Scenario>,
    pub baseline: Rc<Scenario>,
    pub totals: Rc<Totals>,
    /// The same object while the scenario's years and axes are equal (see [`use_grid_shape`]).
    pub shape: Rc<GridShape>,
    pub dept: DeptId,
    /// Where the département sits in the scenario's list: comparing props finds it at once
    /// instead of searching 101 names for each of 101 grids.
    pub at: usize,
    /// A field of this grid whose goal-seek found no amount, and the rule that stays broken.
    pub seek_refused: Option<(CellKey, Funder, RuleId)>,
    /// The amounts of this département that findings are about.
    pub flags: Rc<CellFlags>,
    pub dispatch: Callback<Action>,
}

impl PartialEq for Props {
    /// Equal while this département's figures and the grid's shape are: an edit elsewhere
    /// does not re-render this grid. Its totals follow from its cells, years and axes.
    fn eq(&self, other: &Props) -> bool {
        let (a, b) = (&*self.scenario, &*other.scenario);
        self.lang == other.lang
            && self.dept == other.dept
            && self.at == other.at
            && self.dispatch == other.dispatch
            && self.seek_refused == other.seek_refused
            && self.flags == other.flags
            && Rc::ptr_eq(&self.baseline, &other.baseline)
            && (self.scenario == other.scenario
                || (Rc::ptr_eq(&self.shape, &other.shape)
                    && (Rc::ptr_eq(&a.departements, &b.departements)
                        || a.departements.get(self.at) == b.departements.get(other.at))
                    && a.dept_cells(&self.dept).eq(b.dept_cells(&other.dept))))
    }
}

/// The grids' cards as last rendered, in their order, with the props each was built from.
#[derive(Default)]
pub struct Cards(Vec<(Props, Html)>);

impl Cards {
    /// The grids' cards, each drawn as it comes near the window: a card whose props are
    /// equal to last time's is the same node again, which Yew compares by address, where
    /// it compared each of a national scenario's 101 cards with its grid inside.
    pub fn render(&mut self, grids: impl Iterator<Item = Props>) -> Html {
        let last = std::mem::take(&mut self.0);
        let mut last = last.into_iter();
        for props in grids {
            let card = match last.next() {
                Some((before, card)) if before == props => card,
                _ => card(&props),
            };
            self.0.push((props, card));
        }
        self.0.iter().map(|(_, card)| card.clone()).collect()
    }
}

fn card(props: &Props) -> Html {
    let name = props
        .scenario
        .departements
        .get(props.at)
        .map(|d| d.name.clone())
        .unwrap_or_default();
    html! {
        <OnScreen key={props.dept.0.clone()} eager={props.at < EAGER_CARDS} placeholder="dept-placeholder" heading={name} level="h2">
            <DeptGrid ..props.clone() />
        </OnScreen>
    }
}

/// A token for the grids' years and axes: 101 grids compare it by address where each would
/// compare the years' figures and sources.
pub struct GridShape;

/// The same [`GridShape`] from render to render while the scenario's years and axes are equal.
#[hook]
pub fn use_grid_shape(s: &Shared<Scenario>) -> Rc<GridShape> {
    let last = use_mut_ref(|| None::<(Shared<Scenario>, Rc<GridShape>)>);
    let mut last = last.borrow_mut();
    let shape = match &*last {
        Some((before, shape))
            if *before == *s || (before.years == s.years && before.axes == s.axes) =>
        {
            shape.clone()
        }
        _ => Rc::new(GridShape),
    };
    *last = Some((s.clone(), shape.clone()));
    shape
}

/// One département's grid: years down, axes across, a State and a Département amount in
/// each cell, with totals per year and per axis.
#[function_component(DeptGrid)]
pub fn dept_grid(props: &Props) -> Html {
    let (lang, s, totals) = (props.lang, &*props.scenario, &props.totals);
    let t = strings(lang);
    let Some(dept) = s.departement(&props.dept) else {
        return Html::default();
    };
    let id = &dept.id.0;
    let heading_id = format!("amounts-{id}");
    let caption = format!("{} — {}", dept.name, t.amounts_caption);
    // Each funder's split is « Modifié » once one of its amounts is.
    let funder_changed = |f: Funder| {
        s.dept_cell_keys(&dept.id)
            .any(|k| s.changed_from(&props.baseline, &k, f).is_some())
    };
    let (state_changed, dept_changed) = (
        funder_changed(Funder::State),
        funder_changed(Funder::Departement),
    );
    let cells_changed = state_changed || dept_changed;
    let changed = cells_changed || props.baseline.departement(&dept.id) != Some(dept);

    let pair = |c: Contribution, testid: String, label: &str| totals_pair(lang, c, testid, label);
    let axes: Rc<Vec<Axis>> = Rc::new(s.axes.clone());
    // The reset button disables itself: focus moves to the département's heading.
    let on_reset = {
        let (dept, heading) = (dept.id.clone(), heading_id.clone());
        props
            .dispatch
            .reform(move |_| Action::EditThenFocus(Edit::ResetDept(dept.clone()), heading.clone()))
    };

    html! {
        <section class="card dept" aria-labelledby={heading_id.clone()} data-testid={format!("dept-{id}")}>
            <div class="card-head">
                <h2 id={heading_id} tabindex="-1">{ &dept.name }</h2>
                <button type="button" class="secondary" disabled={!changed} onclick={on_reset}
                    data-testid={format!("reset-{id}")}>
                    { (t.reset_dept)(&dept.name) }
                </button>
            </div>
            <p class="split-source">
                <span>{ t.split_note }{ t.colon }{ t.state }{ "\u{a0}" }<SourceBadge {lang} provenance={dept.split_state.clone()} changed={state_changed} />
                    { ", " }{ t.departement }{ "\u{a0}" }<SourceBadge {lang} provenance={dept.split_departement.clone()} changed={dept_changed} /></span>
                // A partial year's amounts rest on the same prorata as its envelope.
                { for s.years.iter().filter(|y| !y.full_year.value).map(|y| html! {
                    <span>{ (t.partial_amounts)(y.year) }{ " " }<SourceBadge {lang} provenance={y.state_envelope.provenance.clone()}
                        changed={props.baseline.year(y.year).is_some_and(|b| b != y)} /></span>
                }) }
            </p>
            <div class="table-box">
                <table class="amounts grid">
                    <caption class="visually-hidden">{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{ t.year }</th>
                            { for s.axes.iter().map(|a| html! { <th scope="colgroup" colspan="2">{ a.name.get(lang) }</th> }) }
                            <th scope="colgroup" colspan="2">{ t.total }</th>
                        </tr>
                        <tr>
                            { for (0..=s.axes.len()).map(|_| html! { <>
                                <th scope="col" class="state">{ t.state }</th>
                                <th scope="col" class="dept">{ t.departement }</th>
                            </> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for s.years.iter().map(|y| {
                            let cells = s.axes.iter().map(|a| {
                                let key = CellKey::new(&dept.id, y.year, &a.id);
                                RowCell {
                                    amounts: s.cell(&key),
                                    before: Funder::ALL.map(|f| s.changed_from(&props.baseline, &key, f)),
                                    flags: Funder::ALL.map(|f| props.flags.get(&(key.clone(), f)).cloned().unwrap_or_default()),
                                }
                            }).collect::<Vec<_>>();
                            let refused = props.seek_refused.clone().filter(|(key, ..)| key.year == y.year);
                            html! {
                                <GridRow key={y.year} {lang} dept={dept.id.clone()} dept_name={dept.name.clone()}
                                    year={y.year} partial={!y.full_year.value} axes={axes.clone()} {cells} {refused}
                                    total={totals.get(Some(&dept.id), Some(y.year), None)} dispatch={props.dispatch.clone()} />
                            }
                        }) }
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ t.total }</th>
                            { for s.axes.iter().map(|a| pair(totals.get(Some(&dept.id), None, Some(&a.id)), format!("total-{id}-{}", a.id.0), a.name.get(lang))) }
                            { pair(totals.get(Some(&dept.id), None, None), format!("total-{id}"), t.total) }
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

/// A grid's two totals cells, State then Département.
fn totals_pair(lang: Lang, c: Contribution, testid: String, label: &str) -> Html {
    let t = strings(lang);
    html! { <>
        <td class="num state" data-label={format!("{label} — {}", t.state)} data-testid={format!("{testid}-state")}>{ lang.money(c.state) }</td>
        <td class="num dept" data-label={format!("{label} — {}", t.departement)} data-testid={format!("{testid}-dept")}>{ lang.money(c.departement) }</td>
    </> }
}

/// One cell's amounts and, per funder, the original amount when it differs and the findings
/// the amount is concerned by.
#[derive(Clone, PartialEq)]
struct RowCell {
    amounts: Contribution,
    before: [Option<Money>; 2],
    flags: [Rc<Vec<Flag>>; 2],
}

#[derive(Properties, PartialEq)]
struct RowProps {
    lang: Lang,
    dept: DeptId,
    dept_name: AttrValue,
    year: Year,
    partial: bool,
    axes: Rc<Vec<Axis>>,
    /// One per axis, in the axes' order.
    cells: Vec<RowCell>,
    total: Contribution,
    refused: Option<(CellKey, Funder, RuleId)>,
    dispatch: Callback<Action>,
}

/// One year of a grid; its own component so that typing re-renders one row, not the grid.
#[function_component(GridRow)]
fn grid_row(props: &RowProps) -> Html {
    let (lang, year) = (props.lang, props.year);
    let t = strings(lang);
    let input = |axis: &Axis, cell: &RowCell, funder: Funder| {
        let axis_name = axis.name.get(lang);
        let label = format!(
            "{}, {year}, {axis_name}, {}",
            props.dept_name,
            funder_name(funder, lang)
        );
        let key = CellKey::new(&props.dept, year, &axis.id);
        let i = match funder {
            Funder::State => 0,
            Funder::Departement => 1,
        };
        let (before, flags) = (cell.before[i], cell.flags[i].clone());
        let notice = props
            .refused
            .as_ref()
            .filter(|(refused, f, _)| *refused == key && *f == funder)
            .map(|(.., rule)| AttrValue::from(no_solution_text(*rule, lang)));
        let field = AmountField::Cell(key, funder);
        html! {
            <td class={classes!("cell", funder.slug())} data-label={format!("{axis_name} — {}", funder_name(funder, lang))}>
                <MoneyInput {field} {label} value={cell.amounts.get(funder)} {lang}
                    baseline={before} {notice} {flags} dispatch={props.dispatch.clone()} />
            </td>
        }
    };
    html! {
        <tr>
            <th scope="row" class="year">
                { year }
                if props.partial {
                    <span class="partial">{ t.partial_year }</span>
                }
            </th>
            { for props.axes.iter().zip(&props.cells).map(|(a, c)| html! {
                <>{ input(a, c, Funder::State) }{ input(a, c, Funder::Departement) }</>
            }) }
            { totals_pair(lang, props.total, format!("total-{}-{year}", props.dept.0), t.total) }
        </tr>
    }
}
