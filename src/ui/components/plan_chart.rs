use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::domain::locale::Lang;
use crate::domain::money::Money;
use crate::domain::plan::{PlanRow, PlanView};
use crate::strings::strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub view: PlanView,
    pub name: AttrValue,
}

// Coordinates are whole tenths of an SVG unit: exact integers, printed as `12.3`, so that no
// floating point (and none of its formatting code) enters the bundle.
const WIDTH: i64 = 4800;
const HEIGHT: i64 = 2800;
const LEFT: i64 = 80;
const TOP: i64 = 480;
const BOTTOM: i64 = 400;

fn coord(tenths: i64) -> String {
    format!(
        "{}{}.{}",
        if tenths < 0 { "-" } else { "" },
        tenths.abs() / 10,
        tenths.abs() % 10
    )
}

/// The four parts of a bar, bottom to top, with the class that colours them like the
/// tables (State blue, Département rust; the plan hatched, the bassin minier amounts solid).
/// Not `plan-dept`: that is the class of a département's block in the plan card.
fn segments(row: &PlanRow) -> [(&'static str, Money); 4] {
    [
        ("planned-state", row.plan.state),
        ("planned-dept", row.plan.departement),
        ("env-state", row.bassin.state),
        ("env-dept", row.bassin.departement),
    ]
}

/// An amount's height in tenths of a unit, rounded.
fn height(amount: Money, scale: Decimal) -> i64 {
    (amount.as_decimal() * scale).round().to_i64().unwrap_or(0)
}

/// A stacked bar per year: plan State, plan Département, bassin minier State, bassin minier
/// Département, with the total and the share added on top. The table below it holds the
/// same figures for whoever cannot see the chart.
#[function_component(PlanChart)]
pub fn plan_chart(props: &Props) -> Html {
    let (lang, view) = (props.lang, &props.view);
    let t = strings(lang);
    let slug = &view.dept.0;
    let max = view
        .rows
        .iter()
        .map(|r| r.total())
        .max()
        .unwrap_or_default();
    let plot_height = Decimal::from(HEIGHT - TOP - BOTTOM);
    let scale = if max.is_zero() {
        Decimal::ZERO
    } else {
        plot_height / max.as_decimal()
    };
    let n = view.rows.len().max(1) as i64;
    let slot = (WIDTH - LEFT * 2) / n;
    let bar = (slot * 56 / 100).min(1100);
    let baseline = HEIGHT - BOTTOM;
    let title_id = format!("chart-title-{slug}");
    let desc_id = format!("chart-desc-{slug}");
    let description = view
        .rows
        .iter()
        .map(|r| {
            let share = r
                .share_added()
                .map_or_else(String::new, |s| format!(" ({})", lang.percent(s, true)));
            format!(
                "{}{}{} {} + {} {}{share}.",
                r.year.unwrap_or_default(),
                t.colon,
                t.plan_total,
                lang.money_compact(r.plan.total()),
                t.added_total,
                lang.money_compact(r.bassin.total())
            )
        })
        .collect::<Vec<_>>()
        .join(" ");

    html! {
        <figure class="chart" data-testid={format!("chart-{slug}")}>
            <svg viewBox={format!("0 0 {} {}", coord(WIDTH), coord(HEIGHT))} role="img" aria-labelledby={format!("{title_id} {desc_id}")}
                preserveAspectRatio="xMidYMid meet">
                <title id={title_id}>{ (t.chart_title)(&props.name) }</title>
                <desc id={desc_id.clone()}>{ description }</desc>
                <defs>
                    <pattern id={format!("hatch-state-{slug}")} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                        <rect width="8" height="8" class="hatch-bg-state" />
                        <line x1="0" y1="0" x2="0" y2="8" class="hatch-line-state" />
                    </pattern>
                    <pattern id={format!("hatch-dept-{slug}")} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                        <rect width="8" height="8" class="hatch-bg-dept" />
                        <line x1="0" y1="0" x2="0" y2="8" class="hatch-line-dept" />
                    </pattern>
                </defs>
                <line x1={coord(LEFT)} x2={coord(WIDTH - LEFT)} y1={coord(baseline)} y2={coord(baseline)} class="axis-line" />
                { for view.rows.iter().enumerate().map(|(i, row)| {
                    let x = LEFT + slot * i as i64 + (slot - bar) / 2;
                    let mut y = baseline;
                    let rects = segments(row).into_iter().map(|(class, amount)| {
                        let h = height(amount, scale);
                        y -= h;
                        html! {
                            <rect class={classes!("seg", class)} x={coord(x)} y={coord(y)} width={coord(bar)}
                                height={coord(h)} fill={hatch(class, slug)} />
                        }
                    }).collect::<Html>();
                    let label_x = x + bar / 2;
                    // What the bassin minier adds, in words on the bar: its slice is thin beside a
                    // plan forty times larger.
                    let added = format!("+{}", lang.money_compact(row.bassin.total()));
                    let share = match row.share_added() {
                        Some(s) => format!("{added} ({})", lang.percent(s, true)),
                        None => added,
                    };
                    html! {
                        <g class="bar" data-testid={format!("bar-{slug}-{}", row.year.unwrap_or_default())}>
                            { rects }
                            <text x={coord(label_x)} y={coord(y)} dy="-1.5em" class="bar-total" text-anchor="middle">
                                { lang.money_compact(row.total()) }
                            </text>
                            <text x={coord(label_x)} y={coord(y)} dy="-0.45em" class="bar-share" text-anchor="middle">
                                { share }
                            </text>
                            <text x={coord(label_x)} y={coord(baseline + 220)} class="bar-year" text-anchor="middle">
                                { row.year.unwrap_or_default() }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption>
                <ul class="legend">
                    <li>{ swatch("planned-state", slug) }{ t.plan_state }</li>
                    <li>{ swatch("planned-dept", slug) }{ t.plan_dept }</li>
                    <li>{ swatch("env-state", slug) }{ t.added_state }</li>
                    <li>{ swatch("env-dept", slug) }{ t.added_dept }</li>
                </ul>
                <p class="chart-note">{ t.chart_note }</p>
            </figcaption>
        </figure>
    }
}

/// The plan's parts are hatched with this chart's patterns; the bassin minier's are solid,
/// coloured by their class.
fn hatch(class: &str, slug: &str) -> Option<String> {
    match class {
        "planned-state" => Some(format!("url(#hatch-state-{slug})")),
        "planned-dept" => Some(format!("url(#hatch-dept-{slug})")),
        _ => None,
    }
}

/// A legend's sample of a bar's fill, drawn as the bars are: paper keeps it when the browser
/// prints no backgrounds, as it does unless asked.
fn swatch(class: &'static str, slug: &str) -> Html {
    html! {
        <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect class={class} x="0.5" y="0.5" width="15" height="15" fill={hatch(class, slug)} />
        </svg>
    }
}
