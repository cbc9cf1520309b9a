use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::codec::qr::qr_path;
use crate::domain::locale::Lang;
use crate::strings::output::output_strings;
use crate::ui::components::qr_svg;
use crate::ui::storage::{date_time, now};

/// Beyond this many characters a link is no use on paper: nobody types it, and its QR code at
/// the printed size (30 mm: version 15 and above, modules of 0.35 mm or less) is past what a
/// phone reads.
const PAPER_LINK_MAX: usize = 400;

/// The notes' share of the page, so that it stays one: beyond these many lines or characters
/// the rest is left to the simulator, and the paper says so.
const PAPER_NOTES_LINES: usize = 6;
const PAPER_NOTES_CHARS: usize = 450;

/// The notes as paper holds them, and whether some were left out.
fn on_paper(notes: &str) -> (String, bool) {
    let mut kept = String::new();
    let (mut lines, mut chars) = (1, 0);
    for c in notes.trim_end().chars() {
        if chars == PAPER_NOTES_CHARS {
            return (kept, true);
        }
        if c == '\n' {
            lines += 1;
            if lines > PAPER_NOTES_LINES {
                return (kept, true);
            }
        }
        kept.push(c);
        chars += 1;
    }
    (kept, false)
}

/// How often the date of the note follows the clock.
const CLOCK_MS: u32 = 5_000;

fn to_the_minute(ms: f64) -> f64 {
    (ms / 60_000.0).floor() * 60_000.0
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// The full link to the scenario.
    pub link: AttrValue,
    pub notes: AttrValue,
}

/// What only the printed note carries: when it was printed, the scenario's notes, and the way
/// back to the scenario, as a link and as a QR code. Hidden on screen (the style sheet's
/// print rules show it and fold the editor away).
#[function_component(PrintNote)]
pub fn print_note(props: &Props) -> Html {
    let s = output_strings(props.lang);
    // When it is printed, to the minute. The clock is followed rather than read when printing
    // starts: what `beforeprint` changes reaches paper in Chromium, but Firefox lays the page
    // out for paper before the app can draw it.
    let printed = use_state_eq(|| to_the_minute(now()));
    {
        let printed = printed.clone();
        use_effect_with((), move |_| {
            let tick = printed.clone();
            let clock = Interval::new(CLOCK_MS, move || tick.set(to_the_minute(now())));
            let listener = gloo::events::EventListener::new(
                &gloo::utils::window(),
                "beforeprint",
                move |_| printed.set(to_the_minute(now())),
            );
            move || drop((clock, listener))
        });
    }
    let qr = use_memo(props.link.clone(), |link| {
        (link.chars().count() <= PAPER_LINK_MAX)
            .then(|| qr_path(link))
            .flatten()
    });
    let (notes, cut) = on_paper(&props.notes);
    html! {
        <aside class="print-note" aria-hidden="true" data-testid="print-note">
            if !props.notes.trim().is_empty() {
                <div class="print-notes">
                    <h2>{ s.note_notes }</h2>
                    <p data-testid="print-notes">
                        <bdi>{ notes }</bdi>
                        if cut { { "…\u{a0}" }{ s.note_notes_cut } }
                    </p>
                </div>
            }
            if let Some(qr) = &*qr {
                <figure class="print-qr-corner">
                    { qr_svg(qr, "print-qr", s.note_qr_alt, "print-qr") }
                    <figcaption>{ s.note_qr_caption }</figcaption>
                </figure>
            }
            <div class="print-link">
                if qr.is_some() {
                    <p>{ s.note_link }{ " " }<span class="print-url" data-testid="print-link">{ props.link.clone() }</span></p>
                } else {
                    <p data-testid="print-link-too-long">{ s.note_link_too_long }</p>
                }
                <p data-testid="print-date">{ (s.note_printed)(&date_time(*printed, props.lang)) }</p>
            </div>
        </aside>
    }
}
