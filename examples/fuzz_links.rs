//! Opens many generated hostile links, as a browser would hand them to the app:
//!
//! ```text
//! cargo run --release --example fuzz_links -- [N] [seed]     (N defaults to 1 000 000)
//! ```
//!
//! The links mix random bytes (base64 behind a valid checksum, to get past it, and raw),
//! mutations of real links (a character changed, inserted or removed, escapes added),
//! truncations, random text and percent-escapes, and huge lengths (up to 10⁶ characters).
//! Each goes through `decode` and, when that answers a snapshot, `restore`. A panic, or a
//! mutated link that opens to a scenario other than its own, fails the run.
//!
//! Under `panic = "abort"` (the release profile) a panic ends the run at the first offending
//! link; `CARGO_PROFILE_RELEASE_PANIC=unwind` (as `make fuzz` sets) counts them all.

use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::Instant;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use simulateur::codec::base::Base;
use simulateur::codec::link::{decode, encode, PREFIX};
use simulateur::codec::snapshot::Snapshot;
use simulateur::domain::edit::Edit;
use simulateur::domain::money::Money;
use simulateur::domain::scenario::{Funder, Scenario};

#[path = "common/cli.rs"]
mod cli;
#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

const SHOWN: usize = 5;
const HUGE: usize = 1_000_000;
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Real links to mutate: a few scenarios a user could have built.
fn real_links() -> Vec<(String, Scenario)> {
    let mut out = Vec::new();
    for base in [
        Base::Convention,
        Base::generated(3, 4, 2),
        Base::generated(10, 10, 4),
    ] {
        let baseline = base.scenario().expect("a valid base");
        let mut s = baseline.clone();
        out.push((encode(&Snapshot::of(base, &baseline, &s)), s.clone()));
        let keys: Vec<_> = s.cell_keys().collect();
        for (i, key) in keys.iter().enumerate().step_by(3) {
            s.set_amount(key, Funder::State, Money::from_cents(1_000 + i as u64));
        }
        let _ = s.apply(Edit::AddYear(2035), &baseline);
        let _ = s.apply(Edit::SetTitle("Atelier « A » <script>".into()), &baseline);
        out.push((encode(&Snapshot::of(base, &baseline, &s)), s));
    }
    out
}

fn random_bytes(rng: &mut Rng, n: usize) -> Vec<u8> {
    (0..n).map(|_| rng.next() as u8).collect()
}

fn sealed(content: &[u8]) -> String {
    let sum = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC).checksum(content);
    let mut bytes = content.to_vec();
    bytes.extend(sum.to_le_bytes());
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

fn length(rng: &mut Rng) -> usize {
    match rng.below(1000) {
        0 => HUGE,
        1..=5 => rng.below(HUGE + 1),
        6..=100 => rng.below(5_001),
        _ => rng.below(200),
    }
}

/// A hostile link, and the scenario it must open to if it opens at all (a mutation that
/// changed nothing).
fn hostile(rng: &mut Rng, real: &[(String, Scenario)]) -> (String, Option<Scenario>) {
    let (link, scenario) = &real[rng.below(real.len())];
    match rng.below(8) {
        0 => {
            let n = length(rng) / 2;
            let mut content = vec![1];
            content.extend(random_bytes(rng, n));
            (sealed(&content), None)
        }
        1 => {
            let n = length(rng);
            let bytes = random_bytes(rng, n);
            (format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes)), None)
        }
        2 => {
            let mut b = link.clone().into_bytes();
            let at = PREFIX.len() + rng.below(b.len() - PREFIX.len());
            let was = b[at];
            b[at] = rng.pick(ALPHABET);
            let same = b[at] == was;
            (
                String::from_utf8(b).unwrap_or_default(),
                same.then(|| scenario.clone()),
            )
        }
        3 => {
            let mut b = link.clone().into_bytes();
            let at = PREFIX.len() + rng.below(b.len() - PREFIX.len() + 1);
            if rng.one_in(2) || at == b.len() {
                b.insert(at, rng.pick(ALPHABET));
            } else {
                b.remove(at);
            }
            (String::from_utf8(b).unwrap_or_default(), None)
        }
        4 => {
            let cut = rng.below(link.len());
            (link[..cut].to_string(), None)
        }
        5 => {
            let n = length(rng);
            let pieces = [
                "%",
                "%2",
                "%41",
                "%e2%82%ac",
                "%ff",
                "%00",
                "s=",
                "#",
                "A",
                "<",
                "€",
                "\u{0}",
            ];
            ((0..n).map(|_| rng.pick(&pieces)).collect(), None)
        }
        6 => {
            let n = length(rng);
            let text: String = (0..n)
                .map(|_| char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('?'))
                .collect();
            (format!("{PREFIX}{text}"), None)
        }
        _ => {
            // The same link, escaped as a mail client might.
            let escaped: String = link
                .chars()
                .map(|c| {
                    if rng.one_in(4) {
                        format!("%{:02X}", c as u32)
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            (escaped, Some(scenario.clone()))
        }
    }
}

fn main() -> ExitCode {
    let (n, seed) = match cli::count_and_seed("fuzz_links") {
        Ok(given) => given,
        Err(usage) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    panic::set_hook(Box::new(|_| {}));
    let real = real_links();
    let mut rng = Rng(seed);
    let (mut panics, mut wrong, mut opened, mut longest) = (0usize, 0usize, 0usize, 0usize);
    let start = Instant::now();
    for _ in 0..n {
        let (link, expected) = hostile(&mut rng, &real);
        longest = longest.max(link.len());
        let answer =
            panic::catch_unwind(AssertUnwindSafe(|| decode(&link).ok().map(|s| s.restore())));
        match answer {
            Err(_) => {
                panics += 1;
                if panics <= SHOWN {
                    eprintln!("panic on {:?}…", &link.chars().take(80).collect::<String>());
                }
            }
            Ok(Some(Ok(s))) => {
                opened += 1;
                if expected.as_ref().is_some_and(|e| *e != s) {
                    wrong += 1;
                }
            }
            Ok(_) => {}
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "fuzz_links: {n} hostile links in {seconds:.1} s, {panics} panics, {wrong} opened to another scenario, {opened} opened, longest {longest} bytes (seed {seed})"
    );
    if panics + wrong > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
