//! Runs the amount and ratio parsers over many generated inputs:
//!
//! ```text
//! cargo run --release --example fuzz_parsers -- [N] [seed]     (N defaults to 1 000 000)
//! ```
//!
//! The inputs mix random Unicode, amounts and ratios as the app formats them (which must
//! parse back to the same value), near misses of those, and long runs of what amounts are
//! made of, up to 100 000 characters. Each goes through `parse` and `parse_ratio` in French
//! and English. A panic, a formatted value that does not come back, or an answer outside the
//! parsers' contract (text past `MAX_INPUT_CHARS` refused as too long, nothing shorter
//! refused so, nothing accepted beyond the limits) is counted and fails the run.
//!
//! The release profile sets `panic = "abort"`, so there `catch_unwind` cannot count panics:
//! the panic hook names the offending input and the process dies at the first one. Build
//! with `CARGO_PROFILE_RELEASE_PANIC=unwind` to count them all.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use rust_decimal::Decimal;
use simulateur::domain::locale::Lang;
use simulateur::domain::money::{Money, MoneyError, MAX_INPUT_CHARS};
use simulateur::domain::parse::{parse, parse_ratio};
use simulateur::domain::ratio::{self, RatioError};

/// Failures of each kind printed in full; the rest are only counted.
const SHOWN: usize = 5;
const LONGEST: usize = 100_000;

#[path = "common/cli.rs"]
mod cli;
#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

const SIGNS: [char; 3] = ['-', '\u{2212}', '+'];
const SEPARATORS: [char; 6] = [',', '.', ' ', '\u{a0}', '\u{202f}', '\''];
const LETTERS: [char; 12] = ['k', 'K', 'M', 'm', 'd', 'e', 'O', 'l', '€', '%', '$', 'x'];
/// What amounts are made of, for the long runs.
const PIECES: [&str; 22] = [
    "-", "\u{2212}", "+", "0", "1", "5", "9", "123", ",", ".", " ", "\u{a0}", "\u{202f}", "k", "M",
    "Md", "€", "euros", "1 000", "0,5", ":", "\t",
];

/// Mostly short, often right around the length limit, sometimes long, rarely the longest
/// (which is what makes a run slow to generate, not to parse).
fn length(rng: &mut Rng) -> usize {
    match rng.below(2000) {
        0 => LONGEST,
        1 => rng.below(LONGEST + 1),
        2..=201 => rng.below(1001),
        202..=601 => MAX_INPUT_CHARS - 10 + rng.below(21),
        _ => rng.below(25),
    }
}

fn random_char(rng: &mut Rng) -> char {
    match rng.below(6) {
        // Any scalar value; surrogates are not chars, so draw again.
        0 => loop {
            if let Some(c) = char::from_u32(rng.below(0x11_0000) as u32) {
                break c;
            }
        },
        // ASCII, controls included.
        1 => rng.below(128) as u8 as char,
        // Spaces of other kinds, combining marks, a byte-order mark, fullwidth digits.
        2 => char::from_u32(rng.pick(&[0x2000, 0x2008, 0x3000, 0x0301, 0xFEFF, 0xFF10, 0x0660]))
            .unwrap(),
        3 => rng.pick(&SIGNS),
        4 => rng.pick(&SEPARATORS),
        _ => char::from(b'0' + rng.below(10) as u8),
    }
}

fn random_unicode(rng: &mut Rng) -> String {
    let n = length(rng);
    (0..n).map(|_| random_char(rng)).collect()
}

/// An amount of any magnitude up to `Money::MAX`, small ones as likely as large ones.
fn random_money(rng: &mut Rng) -> Money {
    let digits = rng.below(15) as u32;
    let cents = rng.next() % 10u64.pow(digits);
    Money::from_cents(cents).min(Money::MAX)
}

fn random_ratio(rng: &mut Rng) -> Decimal {
    Decimal::new(rng.below(100_001) as i64, 4).normalize()
}

/// A value as the app writes it, with the value it must parse back to.
enum Formatted {
    Amount(Money),
    Ratio(Decimal),
}

fn formatted(rng: &mut Rng, lang: Lang) -> (String, Formatted) {
    match rng.below(5) {
        0 => {
            let r = random_ratio(rng);
            let text = if rng.one_in(2) {
                lang.number(r)
            } else {
                format!("{} : 1", lang.number(r))
            };
            (text, Formatted::Ratio(r))
        }
        1 | 2 => {
            let m = random_money(rng);
            (lang.money(m), Formatted::Amount(m))
        }
        _ => {
            let m = random_money(rng);
            (lang.amount(m), Formatted::Amount(m))
        }
    }
}

/// A formatted amount with one to three slips of the kind people make.
fn near_miss(rng: &mut Rng, lang: Lang) -> String {
    let mut chars: Vec<char> = lang.money(random_money(rng)).chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(chars.len() + 1);
        match rng.below(6) {
            0 => chars.insert(at, rng.pick(&SEPARATORS)),
            1 => chars.insert(at, rng.pick(&LETTERS)),
            2 => {
                chars.insert(0, rng.pick(&SIGNS));
                chars.insert(0, rng.pick(&SIGNS));
            }
            3 if at < chars.len() => {
                chars.remove(at);
            }
            4 if at < chars.len() => chars[at] = rng.pick(&SEPARATORS),
            _ => chars.insert(at, char::from(b'0' + rng.below(10) as u8)),
        }
    }
    chars.into_iter().collect()
}

/// Runs of signs, digits, separators and suffixes, cut to a drawn length.
fn long_run(rng: &mut Rng) -> String {
    let n = length(rng);
    let mut text = String::new();
    let mut count = 0;
    while count < n {
        let piece = rng.pick(&PIECES);
        for _ in 0..1 + rng.below(n.min(20_000) + 1) {
            for c in piece.chars() {
                if count == n {
                    return text;
                }
                text.push(c);
                count += 1;
            }
        }
    }
    text
}

thread_local! {
    /// The input being parsed, for the panic hook to name: under `panic = "abort"` it is
    /// the only thing that runs before the process dies.
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}
static HOOK_CALLS: AtomicUsize = AtomicUsize::new(0);

/// Escaped and cut short, so that a 100 000-character input or a control character does not
/// flood or garble the terminal.
fn shown(text: &str) -> String {
    let n = text.chars().count();
    let head: String = text.chars().take(60).collect();
    if n > 60 {
        format!("{head:?}… ({n} chars)")
    } else {
        format!("{head:?}")
    }
}

#[derive(Default)]
struct Tally {
    panics: usize,
    round_trip: usize,
    contract: usize,
    longest: usize,
    amounts_accepted: usize,
    ratios_accepted: usize,
}

impl Tally {
    fn contract_failure(&mut self, text: &str, what: String) {
        self.contract += 1;
        if self.contract <= SHOWN {
            eprintln!("contract: {} {what}", shown(text));
        }
    }

    fn round_trip_failure(&mut self, text: &str, what: String) {
        self.round_trip += 1;
        if self.round_trip <= SHOWN {
            eprintln!("round trip: {} {what}", shown(text));
        }
    }
}

/// Calls a parser, turning a panic into `None`.
fn guarded<T>(tally: &mut Tally, call: impl FnOnce() -> T) -> Option<T> {
    let answer = panic::catch_unwind(AssertUnwindSafe(call)).ok();
    tally.panics += usize::from(answer.is_none());
    answer
}

/// One language's answers, `None` where the parser panicked.
type Answers = (
    Option<Result<Money, MoneyError>>,
    Option<Result<Decimal, RatioError>>,
);

/// Runs the four parser calls on one input and checks the contract; returns each
/// language's answers for the round-trip check.
fn check(text: &str, tally: &mut Tally) -> [Answers; 2] {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        c.clear();
        c.push_str(text);
    });
    let chars = text.chars().count();
    tally.longest = tally.longest.max(chars);
    let long = chars > MAX_INPUT_CHARS;
    Lang::ALL.map(|lang| {
        let amount = guarded(tally, || parse(text, lang));
        let ratio = guarded(tally, || parse_ratio(text, lang));
        match (long, amount) {
            (true, Some(a)) if a != Err(MoneyError::TooLong) => {
                tally.contract_failure(text, format!("{lang:?}: {chars} chars gave {a:?}"))
            }
            (false, Some(Err(MoneyError::TooLong))) => {
                tally.contract_failure(text, format!("{lang:?}: {chars} chars gave TooLong"))
            }
            (_, Some(Ok(m))) if m > Money::MAX => {
                tally.contract_failure(text, format!("{lang:?}: {m} is above Money::MAX"))
            }
            (_, Some(Ok(_))) => tally.amounts_accepted += 1,
            _ => {}
        }
        match (long, ratio) {
            (true, Some(r)) if r != Err(RatioError::TooLong) => {
                tally.contract_failure(text, format!("{lang:?}: {chars} chars gave {r:?}"))
            }
            (false, Some(Err(RatioError::TooLong))) => {
                tally.contract_failure(text, format!("{lang:?}: {chars} chars gave TooLong"))
            }
            (_, Some(Ok(r))) if ratio::checked(r) != Ok(r) => {
                tally.contract_failure(text, format!("{lang:?}: ratio {r} is out of bounds"))
            }
            (_, Some(Ok(_))) => tally.ratios_accepted += 1,
            _ => {}
        }
        (amount, ratio)
    })
}

fn main() -> ExitCode {
    let (n, seed) = match cli::count_and_seed("fuzz_parsers") {
        Ok(given) => given,
        Err(usage) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    if cfg!(panic = "abort") {
        eprintln!("fuzz_parsers: built with panic = \"abort\": a panic ends the run at the first offending input (CARGO_PROFILE_RELEASE_PANIC=unwind counts them all)");
    }
    panic::set_hook(Box::new(|info| {
        if HOOK_CALLS.fetch_add(1, Ordering::Relaxed) < SHOWN {
            let input = CURRENT.with(|c| c.try_borrow().map(|t| shown(&t)).unwrap_or_default());
            eprintln!("panic: {info} on input {input}");
        }
    }));

    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    let start = Instant::now();
    for _ in 0..n {
        let lang = rng.pick(&Lang::ALL);
        match rng.below(4) {
            0 => {
                let text = random_unicode(&mut rng);
                check(&text, &mut tally);
            }
            1 => {
                let (text, value) = formatted(&mut rng, lang);
                let [fr, en] = check(&text, &mut tally);
                let (amount, ratio) = if lang == Lang::Fr { fr } else { en };
                match value {
                    Formatted::Amount(m) if amount != Some(Ok(m)) => {
                        tally.round_trip_failure(&text, format!("{lang:?}: {amount:?}, wanted {m}"))
                    }
                    Formatted::Ratio(r) if ratio != Some(Ok(r)) => {
                        tally.round_trip_failure(&text, format!("{lang:?}: {ratio:?}, wanted {r}"))
                    }
                    _ => {}
                }
            }
            2 => {
                let text = near_miss(&mut rng, lang);
                check(&text, &mut tally);
            }
            _ => {
                let text = long_run(&mut rng);
                check(&text, &mut tally);
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "fuzz_parsers: {n} inputs × 4 parser calls in {seconds:.1} s, {} panics, {} round-trip failures, {} contract failures, longest input {} chars ({} amounts and {} ratios accepted; seed {seed})",
        tally.panics,
        tally.round_trip,
        tally.contract,
        tally.longest,
        tally.amounts_accepted,
        tally.ratios_accepted,
    );
    if tally.panics + tally.round_trip + tally.contract > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
