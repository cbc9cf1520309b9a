//! Share links and files: every scenario a user can build comes back from its link and its
//! file; any text or bytes at all get an answer, never a panic; links of every format
//! version that shipped still open to the same report; and links stay short.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;
use rust_decimal::Decimal;

use simulateur::codec::base::Base;
use simulateur::codec::file::{check_header, to_file, Header, JsonAt};
use simulateur::codec::file_read::{opened, FileInput};
use simulateur::codec::link::{decode, encode, LinkError, MAX_LINK_BYTES, PREFIX};
use simulateur::codec::qr::qr_path;
use simulateur::codec::snapshot::Snapshot;
use simulateur::domain::edit::{Edit, PlanField};
use simulateur::domain::money::Money;
use simulateur::domain::plan::plan_view;
use simulateur::domain::rule::{MatchingBase, RuleId};
use simulateur::domain::rules::evaluate;
use simulateur::domain::scenario::{CellKey, Funder, Scenario};
use simulateur::domain::totals::Totals;

/// What a user can do, as indices into whatever the scenario has at that moment.
#[derive(Clone, Debug)]
enum Step {
    Amount(usize, bool, u64),
    StateEnvelope(usize, u64),
    TerritoryEnvelope(usize, u64),
    FullYear(usize, bool),
    Floor(u64),
    Minimum(u64),
    Ratio(i64),
    Base(usize),
    Rule(usize, bool),
    PlanAmount(usize, bool, u64),
    PlanYears(usize, u16, u16),
    AddYear(u16),
    RemoveYear(usize),
    ResetDept(usize),
    Title(String),
    Notes(String),
}

fn cents() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..=100_000_000,
        Just(0),
        Just(Money::MAX.cents()),
        0u64..=Money::MAX.cents()
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let i = || 0usize..64;
    prop_oneof![
        6 => (i(), any::<bool>(), cents()).prop_map(|(c, f, m)| Step::Amount(c, f, m)),
        1 => (i(), cents()).prop_map(|(y, m)| Step::StateEnvelope(y, m)),
        1 => (i(), cents()).prop_map(|(y, m)| Step::TerritoryEnvelope(y, m)),
        1 => (i(), any::<bool>()).prop_map(|(y, b)| Step::FullYear(y, b)),
        1 => cents().prop_map(Step::Floor),
        1 => cents().prop_map(Step::Minimum),
        1 => (0i64..=100_000).prop_map(Step::Ratio),
        1 => (0usize..3).prop_map(Step::Base),
        1 => (0usize..6, any::<bool>()).prop_map(|(r, b)| Step::Rule(r, b)),
        1 => (i(), any::<bool>(), cents()).prop_map(|(d, f, m)| Step::PlanAmount(d, f, m)),
        1 => (i(), 2015u16..2045, 2015u16..2045).prop_map(|(d, a, b)| Step::PlanYears(d, a, b)),
        2 => (2016u16..2043).prop_map(Step::AddYear),
        1 => i().prop_map(Step::RemoveYear),
        1 => i().prop_map(Step::ResetDept),
        1 => "\\PC{0,130}".prop_map(Step::Title),
        1 => prop::collection::vec(any::<char>(), 0..1010).prop_map(|c| Step::Notes(c.into_iter().collect())),
    ]
}

fn edit_for(s: &Scenario, step: &Step) -> Option<Edit> {
    let nth_year = |i: usize| s.years.get(i % s.years.len()).map(|y| y.year);
    let nth_dept = |i: usize| {
        s.departements
            .get(i % s.departements.len())
            .map(|d| d.id.clone())
    };
    let m = Money::from_cents;
    Some(match step.clone() {
        Step::Amount(i, state, c) => {
            let keys: Vec<CellKey> = s.cell_keys().collect();
            let key = keys.get(i % keys.len())?.clone();
            let funder = if state {
                Funder::State
            } else {
                Funder::Departement
            };
            Edit::SetAmount {
                key,
                funder,
                amount: m(c),
            }
        }
        Step::StateEnvelope(y, c) => Edit::SetStateEnvelope(nth_year(y)?, m(c)),
        Step::TerritoryEnvelope(y, c) => Edit::SetTerritoryEnvelope(nth_year(y)?, m(c)),
        Step::FullYear(y, b) => Edit::SetFullYear(nth_year(y)?, b),
        Step::Floor(c) => Edit::SetFloor(m(c)),
        Step::Minimum(c) => Edit::SetAxisMinimum(m(c)),
        Step::Ratio(n) => Edit::SetRatio(Decimal::new(n, 4)),
        Step::Base(b) => Edit::SetBase(MatchingBase::ALL[b]),
        Step::Rule(r, b) => Edit::SetRuleEnabled(RuleId::ALL[r], b),
        Step::PlanAmount(d, state, c) => {
            let field = if state {
                PlanField::State(m(c))
            } else {
                PlanField::Departement(m(c))
            };
            Edit::SetPlan(nth_dept(d)?, field)
        }
        Step::PlanYears(d, first, last) => {
            let dept = nth_dept(d)?;
            return Some(Edit::SetPlan(
                dept,
                if first % 2 == 0 {
                    PlanField::FirstYear(first)
                } else {
                    PlanField::LastYear(last)
                },
            ));
        }
        Step::AddYear(y) => Edit::AddYear(y),
        Step::RemoveYear(y) => Edit::RemoveYear(nth_year(y)?),
        Step::ResetDept(d) => Edit::ResetDept(nth_dept(d)?),
        Step::Title(t) => Edit::SetTitle(t),
        Step::Notes(n) => Edit::SetNotes(n),
    })
}

fn any_base() -> impl Strategy<Value = Base> {
    prop_oneof![
        2 => Just(Base::Convention),
        3 => (1usize..=6, 1usize..=8, 1usize..=4).prop_map(|(d, y, a)| Base::generated(d, y, a)),
    ]
}

/// A base and what a user made of it, edit by edit (refused edits change nothing).
fn edited() -> impl Strategy<Value = (Base, Scenario)> {
    (any_base(), prop::collection::vec(step(), 0..40)).prop_map(|(base, steps)| {
        let baseline = base.scenario().unwrap();
        let mut s = baseline.clone();
        for step in &steps {
            if let Some(edit) = edit_for(&s, step) {
                let _ = s.apply(edit, &baseline);
            }
        }
        (base, s)
    })
}

fn link_of(base: Base, s: &Scenario) -> String {
    encode(&Snapshot::of(base, &base.scenario().unwrap(), s))
}

fn opened_link(link: &str) -> Result<Scenario, String> {
    decode(link)
        .map_err(|e| format!("{e:?}"))?
        .restore()
        .map_err(|e| format!("{e:?}"))
}

/// Any text at all: a scenario or an error, never a panic.
fn answers(text: &str) {
    if let Ok(snapshot) = decode(text) {
        let _ = snapshot.restore();
    }
}

/// A link sealed with a valid checksum around any bytes, to reach the reader behind it.
fn sealed(content: &[u8]) -> String {
    let sum = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC).checksum(content);
    let mut bytes = content.to_vec();
    bytes.extend(sum.to_le_bytes());
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_scenario_comes_back_from_its_link((base, s) in edited()) {
        let link = link_of(base, &s);
        prop_assert_eq!(opened_link(&link), Ok(s.clone()));
        // The way a browser may hand it back: with its `#`, escaped.
        prop_assert_eq!(opened_link(&format!("#{}", link.replace('=', "%3D"))), Ok(s));
    }

    #[test]
    fn a_scenario_comes_back_from_its_file((base, s) in edited()) {
        let json = serde_json::to_string(&to_file(base, &s)).unwrap();
        let header: Header = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(check_header(&header), Ok(()));
        let file: FileInput = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(opened(file), Ok((base, s)));
    }

    #[test]
    fn any_text_gets_an_answer(text in "\\PC{0,400}") {
        answers(&text);
        answers(&format!("{PREFIX}{text}"));
    }

    #[test]
    fn any_bytes_behind_a_valid_checksum_get_an_answer(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        answers(&sealed(&bytes));
        let mut versioned = vec![1];
        versioned.extend(&bytes);
        answers(&sealed(&versioned));
    }

    #[test]
    fn a_real_link_changed_anywhere_is_refused_or_still_a_scenario(
        (base, s) in edited(),
        at in any::<prop::sample::Index>(),
        by in any::<prop::sample::Index>(),
        cut in any::<prop::sample::Index>(),
    ) {
        let link = link_of(base, &s);
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut changed = link.clone().into_bytes();
        let i = PREFIX.len() + at.index(changed.len() - PREFIX.len());
        let replacement = alphabet[by.index(alphabet.len())];
        let same = changed[i] == replacement;
        changed[i] = replacement;
        let changed = String::from_utf8(changed).unwrap();
        // A one-character change is caught by the checksum (or the base64 reader).
        if !same {
            prop_assert!(decode(&changed).is_err(), "{} accepted", changed);
        }
        let cut_at = PREFIX.len() + cut.index(link.len() - PREFIX.len());
        prop_assert!(decode(&link[..cut_at]).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn long_text_gets_an_answer(chars in prop::collection::vec(any::<char>(), 0..=100_000)) {
        let text: String = chars.into_iter().collect();
        answers(&text);
        answers(&format!("{PREFIX}{text}"));
    }

    /// A file that is not JSON is told where the parser stopped: any message over any text
    /// gets a place within the text, or none, never a panic.
    #[test]
    fn any_parser_message_gets_a_place_in_the_text_or_none(
        chars in prop::collection::vec(any::<char>(), 0..=100_000),
        at in 0usize..=200_000,
        said_line in any::<bool>(),
    ) {
        let text: String = chars.into_iter().collect();
        let message = if said_line {
            format!("at line {at} column {at} of the JSON data")
        } else {
            format!("in JSON at position {at}")
        };
        if let Some(JsonAt { line, column }) = JsonAt::from_parser(&message, &text) {
            prop_assert!(line >= 1 && column >= 1);
            if !said_line {
                prop_assert!(line <= text.lines().count().max(1) + 1);
                prop_assert!(at <= text.encode_utf16().count());
            }
        }
    }

    /// The sharing card draws any link it is given as a QR code: a link past what a QR code
    /// holds (2 331 bytes of a link at level M) gets none, never a panic.
    #[test]
    fn any_link_gets_a_qr_code_or_none(chars in prop::collection::vec(any::<char>(), 0..=100_000)) {
        let text = format!("https://{}", chars.into_iter().collect::<String>());
        match qr_path(&text) {
            Some(qr) => {
                prop_assert!(text.len() <= 2_331, "{} bytes in a QR code", text.len());
                prop_assert!((21 + 8..=177 + 8).contains(&qr.size));
            }
            None => prop_assert!(text.len() > 2_331, "{} bytes refused", text.len()),
        }
    }

    #[test]
    fn long_base64_and_escapes_get_an_answer(len in 0usize..=100_000, pick in any::<u64>()) {
        let pieces = ["A", "Q", "_", "-", "%41", "%", "%2", "AAAA", "////"];
        let text: String = (0..len)
            .map(|i| pieces[((pick.rotate_left(i as u32 % 64) ^ i as u64) % pieces.len() as u64) as usize])
            .collect();
        answers(&format!("{PREFIX}{text}"));
    }
}

/// What a user would compare between two openings of a scenario: each rule's status and
/// findings, and each département's plan with the bassin minier's addition.
fn report_digest(s: &Scenario) -> String {
    let totals = Totals::new(s);
    let report = evaluate(s);
    let mut out = String::new();
    for r in &report.rules {
        let _ = writeln!(
            out,
            "rule {} {:?} checked {}",
            r.rule.slug(),
            r.status,
            r.checked
        );
        for f in &r.findings {
            let _ = writeln!(
                out,
                "  {:?} {:?} {:?} expected {} actual {} gap {}",
                f.location.dept.as_ref().map(|d| &d.0),
                f.location.year,
                f.location.axis.as_ref().map(|a| &a.0),
                f.expected.as_decimal().normalize(),
                f.actual.as_decimal().normalize(),
                f.gap.as_decimal().normalize()
            );
        }
    }
    for d in s.departements.iter() {
        if let Some(view) = plan_view(s, &totals, &d.id) {
            let t = &view.total;
            let _ = writeln!(
                out,
                "plan {} plan {}+{} bassin {}+{} total {}",
                d.id.0,
                t.plan.state.as_decimal().normalize(),
                t.plan.departement.as_decimal().normalize(),
                t.bassin.state.as_decimal().normalize(),
                t.bassin.departement.as_decimal().normalize(),
                t.total().as_decimal().normalize()
            );
        }
    }
    out
}

/// Links written by each format version, with the report each opened to when it shipped:
/// they must open to the same report forever.
const FROZEN: &str = include_str!("links/frozen.txt");

#[test]
fn frozen_links_of_every_version_open_to_the_same_report() {
    let mut count = 0;
    for block in FROZEN.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let mut lines = block.lines();
        let name = lines.next().unwrap();
        let link = lines.next().unwrap();
        let expected: String = lines.map(|l| format!("{l}\n")).collect();
        let s = opened_link(link).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(report_digest(&s), expected, "{name}");
        count += 1;
    }
    assert!(count >= 5, "{count} frozen links");
}

/// The scenarios whose links were frozen when version 1 shipped.
fn version_1_examples() -> Vec<(&'static str, Base, Vec<Edit>)> {
    let key = |d: &str, y, a: &str| {
        CellKey::new(
            &simulateur::domain::scenario::DeptId(d.into()),
            y,
            &simulateur::domain::scenario::AxisId(a.into()),
        )
    };
    vec![
        ("# v1 signed convention", Base::Convention, vec![]),
        (
            "# v1 PdC 2021 prevention cut, ratio 1,5, both-axes off, titled",
            Base::Convention,
            vec![
                Edit::SetAmount {
                    key: key("62", 2021, "prevention"),
                    funder: Funder::Departement,
                    amount: Money::euros(200_000),
                },
                Edit::SetRatio(Decimal::new(15, 1)),
                Edit::SetRuleEnabled(RuleId::BothAxes, false),
                Edit::SetTitle("Atelier « réduction » <b>2021</b>".into()),
                Edit::SetNotes("Hypothèse de travail.\nÀ discuter.".into()),
            ],
        ),
        (
            "# v1 prolonged to 2023, 2019 removed, floor and plan changed",
            Base::Convention,
            vec![
                Edit::AddYear(2022),
                Edit::AddYear(2023),
                Edit::RemoveYear(2019),
                Edit::SetStateEnvelope(2023, Money::euros(450_000)),
                Edit::SetFloor(Money::euros(400_000)),
                Edit::SetBase(MatchingBase::DeptPeriod),
                Edit::SetPlan(
                    simulateur::domain::scenario::DeptId("59".into()),
                    PlanField::LastYear(2023),
                ),
                Edit::SetPlan(
                    simulateur::domain::scenario::DeptId("59".into()),
                    PlanField::State(Money::euros(30_000_000)),
                ),
            ],
        ),
        (
            "# v1 every amount of the convention changed",
            Base::Convention,
            every_amount_changed_edits(),
        ),
        (
            "# v1 generated 10x10x4 with one change",
            Base::generated(10, 10, 4),
            vec![Edit::SetAmount {
                key: key("D10", 2028, "axe-4"),
                funder: Funder::State,
                amount: Money::from_cents(1),
            }],
        ),
    ]
}

fn every_amount_changed_edits() -> Vec<Edit> {
    let base = simulateur::domain::defaults::signed_convention();
    let mut edits = Vec::new();
    for (i, key) in base.cell_keys().enumerate() {
        for funder in Funder::ALL {
            let amount = base
                .amount(&key, funder)
                .saturating_add(Money::from_cents(100_017 + i as u64 * 7_919));
            edits.push(Edit::SetAmount {
                key: key.clone(),
                funder,
                amount,
            });
        }
    }
    for y in &base.years {
        edits.push(Edit::SetStateEnvelope(
            y.year,
            y.state_envelope.value.saturating_add(Money::euros(1_234)),
        ));
        edits.push(Edit::SetTerritoryEnvelope(
            y.year,
            y.territory_envelope
                .value
                .saturating_add(Money::euros(2_468)),
        ));
    }
    for d in base.departements.iter() {
        edits.push(Edit::SetPlan(
            d.id.clone(),
            PlanField::State(d.plan.state.saturating_add(Money::euros(98_765))),
        ));
        edits.push(Edit::SetPlan(
            d.id.clone(),
            PlanField::Departement(d.plan.departement.saturating_add(Money::euros(45_678))),
        ));
    }
    edits.push(Edit::SetFloor(Money::euros(480_000)));
    edits.push(Edit::SetAxisMinimum(Money::euros(10_000)));
    edits
}

fn built(base: Base, edits: Vec<Edit>) -> Scenario {
    let baseline = base.scenario().unwrap();
    let mut s = baseline.clone();
    for e in edits {
        s.apply(e, &baseline).unwrap();
    }
    s
}

/// Prints the frozen block for each version-1 example: `cargo test --test codec
/// print_version_1_links -- --ignored --nocapture`. Run once, when version 1 shipped; its
/// output is `tests/links/frozen.txt`. Later versions append their own blocks.
#[test]
#[ignore]
fn print_version_1_links() {
    for (name, base, edits) in version_1_examples() {
        let s = built(base, edits);
        println!("{name}\n{}\n{}", link_of(base, &s), report_digest(&s));
    }
}

#[test]
fn today_s_encoder_writes_the_frozen_version_1_links() {
    let frozen: Vec<&str> = FROZEN.lines().filter(|l| l.starts_with(PREFIX)).collect();
    for (name, base, edits) in version_1_examples() {
        let link = link_of(base, &built(base, edits));
        assert!(frozen.contains(&link.as_str()), "{name}: {link}");
    }
}

/// Link sizes, as the README records them.
#[test]
fn links_stay_short() {
    let convention = link_of(Base::Convention, &built(Base::Convention, vec![]));
    let every = link_of(
        Base::Convention,
        &built(Base::Convention, every_amount_changed_edits()),
    );
    let big_base = Base::generated(10, 10, 4);
    let big = built(big_base, vec![]);
    let mut big_changed = big.clone();
    for (i, key) in big.cell_keys().enumerate() {
        for funder in Funder::ALL {
            big_changed.set_amount(
                &key,
                funder,
                Money::from_cents(40_000_000 + i as u64 * 1_001),
            );
        }
    }
    let big_unchanged = link_of(big_base, &big);
    let big_all = link_of(big_base, &big_changed);
    println!(
        "link lengths (#{{fragment}}): convention {}, every amount changed {}, 10x10x4 unchanged {}, 10x10x4 every amount changed {}",
        convention.len() + 1,
        every.len() + 1,
        big_unchanged.len() + 1,
        big_all.len() + 1
    );
    let added = convention.len() + 1; // with its `#`
    assert!(added <= 60, "{convention}");
    assert!(every.len() + 1 < 1000, "{}", every.len());
    assert_eq!(opened_link(&big_all), Ok(big_changed));
    assert_eq!(
        decode(&"x".repeat(MAX_LINK_BYTES + 1)),
        Err(LinkError::TooLong)
    );
}

/// The example in `docs/scenario-file.md`: a file written by version 1, which must keep
/// opening to the same scenario.
const EXAMPLE_FILE: &str = include_str!("../docs/scenario-example.json");

fn example_scenario() -> Scenario {
    built(
        Base::Convention,
        vec![
            Edit::SetAmount {
                key: CellKey::new(
                    &simulateur::domain::scenario::DeptId("62".into()),
                    2021,
                    &simulateur::domain::scenario::AxisId("prevention".into()),
                ),
                funder: Funder::Departement,
                amount: Money::euros(200_000),
            },
            Edit::SetTitle("Exemple de la documentation".into()),
        ],
    )
}

#[test]
fn the_documented_example_file_opens() {
    if std::env::var_os("WRITE_EXAMPLE_FILE").is_some() {
        let json =
            serde_json::to_string_pretty(&to_file(Base::Convention, &example_scenario())).unwrap();
        std::fs::write("docs/scenario-example.json", json + "\n").unwrap();
    }
    let file: FileInput = serde_json::from_str(EXAMPLE_FILE).unwrap();
    assert_eq!(opened(file), Ok((Base::Convention, example_scenario())));
}
