//! The app mounted in a real browser (headless Chromium via wasm-bindgen-test): what it
//! shows first, and how it answers typing, typos, fixes, goal-seek and the language switch.
//! Each test waits for what it expects (never a fixed sleep) and unmounts what it mounted.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};
use yew::AppHandle;

use simulateur::ui::App;

wasm_bindgen_test_configure!(run_in_browser);

/// The app mounted in an element of its own.
struct Mounted {
    root: Element,
    handle: Option<AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

/// Polls `check` every 10 ms for up to 3 s; panics with `what` if it never holds.
async fn until(what: &str, mut check: impl FnMut() -> bool) {
    for _ in 0..300 {
        if check() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

async fn mount() -> Mounted {
    mount_with_storage(&[]).await
}

/// Mounted on a browser's storage holding only `entries` (key, value): no autosave, no
/// scenario in the address.
async fn mount_with_storage(entries: &[(&str, &str)]) -> Mounted {
    let window = gloo::utils::window();
    if let Ok(Some(storage)) = window.local_storage() {
        storage.clear().unwrap();
        for (key, value) in entries {
            storage.set_item(key, value).unwrap();
        }
    }
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    let app = Mounted {
        root,
        handle: Some(handle),
    };
    until("the app to render", || find(&app.root, "app").is_some()).await;
    app
}

fn find(root: &Element, testid: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid='{testid}']"))
        .ok()
        .flatten()
}

fn text(root: &Element, testid: &str) -> String {
    find(root, testid)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Waits until the element `testid` reads `expected`, then checks it (for the message).
async fn expect_text(root: &Element, testid: &str, expected: &str) {
    until(&format!("{testid} to read {expected:?}"), || {
        text(root, testid) == expected
    })
    .await;
}

fn status(root: &Element, testid: &str) -> Option<String> {
    find(root, testid).and_then(|e| e.get_attribute("data-status"))
}

fn input(root: &Element, testid: &str) -> HtmlInputElement {
    find(root, testid)
        .unwrap_or_else(|| panic!("no input {testid}"))
        .unchecked_into()
}

/// Types into a field the way a browser does: set the value, fire a bubbling `input`.
fn type_into(root: &Element, testid: &str, text: &str) {
    let field = input(root, testid);
    field.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

const PDC_PREVENTION_DEPT: &str = "cell-input-62-2021-prevention-dept";

#[wasm_bindgen_test]
async fn first_screen_answers_the_question_in_the_summary_band() {
    let app = mount().await;
    let r = &app.root;
    expect_text(r, "summary-62-plan", "20\u{a0}M€").await;
    assert_eq!(text(r, "summary-62-added"), "+2,5\u{a0}M€");
    assert_eq!(text(r, "summary-62-total"), "22,5\u{a0}M€");
    assert_eq!(text(r, "summary-62-share"), "+12,5\u{202f}%");
    assert_eq!(
        text(r, "plan-62-total-combined"),
        "22\u{202f}500\u{202f}000\u{a0}€"
    );
    assert!(text(r, "summary-status").contains("6\u{a0}règles sur 6 respectées"));
}

#[wasm_bindgen_test]
async fn every_rule_holds_at_first_load_and_says_so() {
    let app = mount().await;
    let r = &app.root;
    for slug in [
        "state-ceiling",
        "state-total",
        "state-commitment",
        "matching",
        "dept-floor",
        "both-axes",
    ] {
        assert_eq!(
            status(r, &format!("rule-{slug}")).as_deref(),
            Some("holds"),
            "{slug}"
        );
        assert_eq!(text(r, &format!("rule-{slug}-status")), "Respectée");
    }
    assert_eq!(text(r, "rules-summary"), "6\u{a0}règles sur 6 respectées.");
}

#[wasm_bindgen_test]
async fn the_language_toggle_switches_to_english_formats() {
    let app = mount().await;
    let r = &app.root;
    find(r, "lang-toggle")
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    expect_text(r, "plan-62-total-combined", "€22,500,000").await;
    assert_eq!(text(r, "plan-62-total-share"), "+12.5%");
    assert_eq!(text(r, "summary-62-total"), "€22.5M");
    // The page's `lang` follows in an effect, after the render that changed the texts.
    until("the page's lang to be en", || {
        gloo::utils::document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .as_deref()
            == Some("en")
    })
    .await;
    find(r, "lang-toggle")
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    expect_text(r, "plan-62-total-share", "+12,5\u{202f}%").await;
}

#[wasm_bindgen_test]
async fn typing_an_amount_moves_totals_band_and_rules_at_once() {
    let app = mount().await;
    let r = &app.root;
    type_into(r, PDC_PREVENTION_DEPT, "200 000");
    expect_text(r, "total-62-2021-dept", "390\u{202f}000\u{a0}€").await;
    assert_eq!(
        text(r, "plan-62-total-envelope"),
        "2\u{202f}390\u{202f}000\u{a0}€"
    );
    assert_eq!(text(r, "summary-62-added"), "+2,39\u{a0}M€");
    assert_eq!(status(r, "rule-matching").as_deref(), Some("violated"));
    assert!(text(r, "rule-matching").contains("il manque 110\u{202f}000\u{a0}€"));
}

#[wasm_bindgen_test]
async fn a_typo_costs_nothing_and_escape_restores_the_field() {
    let app = mount().await;
    let r = &app.root;
    // "25O 000" with a letter O: each keystroke arrives; "25" alone would be 25 €.
    for typed in ["2", "25", "25O", "25O 000"] {
        type_into(r, PDC_PREVENTION_DEPT, typed);
    }
    until("the error message", || {
        find(r, &format!("{PDC_PREVENTION_DEPT}-error")).is_some()
    })
    .await;
    assert!(text(r, &format!("{PDC_PREVENTION_DEPT}-error"))
        .contains("Saisissez un montant en chiffres"));
    expect_text(r, "total-62-2021-dept", "500\u{202f}000\u{a0}€").await;
    assert_eq!(status(r, "rule-matching").as_deref(), Some("holds"));
    let field = input(r, PDC_PREVENTION_DEPT);
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    field
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
    until("the field to show its amount again", || {
        field.value() == "310\u{202f}000"
    })
    .await;
    assert!(find(r, &format!("{PDC_PREVENTION_DEPT}-error")).is_none());
}

#[wasm_bindgen_test]
async fn the_chart_describes_its_figures_for_assistive_technology() {
    let app = mount().await;
    let r = &app.root;
    let svg = r
        .query_selector("[data-testid='chart-62'] > svg")
        .unwrap()
        .expect("chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let desc = r
        .query_selector("[data-testid='chart-62'] desc")
        .unwrap()
        .expect("desc")
        .text_content()
        .unwrap_or_default();
    assert!(desc.contains("2020"), "{desc}");
    assert!(desc.contains("1\u{a0}M€"), "{desc}");
    assert!(desc.contains("+15\u{202f}%"), "{desc}");
}

#[wasm_bindgen_test]
async fn corriger_applies_the_fix_and_every_rule_holds_again() {
    let app = mount().await;
    let r = &app.root;
    type_into(r, PDC_PREVENTION_DEPT, "200 000");
    until("a fix button", || find(r, "fix-matching").is_some()).await;
    find(r, "fix-matching")
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    expect_text(r, "rules-summary", "6\u{a0}règles sur 6 respectées.").await;
    until("the field to show the fixed amount", || {
        input(r, PDC_PREVENTION_DEPT).value() == "310\u{202f}000"
    })
    .await;
}

#[wasm_bindgen_test]
async fn au_minimum_sets_the_lowest_amount_that_keeps_every_rule() {
    let app = mount().await;
    let r = &app.root;
    type_into(r, PDC_PREVENTION_DEPT, "900 000");
    expect_text(r, "total-62-2021-dept", "1\u{202f}090\u{202f}000\u{a0}€").await;
    input(r, PDC_PREVENTION_DEPT).focus().unwrap();
    let seek = format!("{PDC_PREVENTION_DEPT}-seek");
    until("the « Au minimum » button", || find(r, &seek).is_some()).await;
    let button = find(r, &seek).unwrap();
    assert_eq!(button.text_content().as_deref(), Some("Au minimum"));
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("Au minimum\u{a0}: Pas-de-Calais, 2021, Prévention, Département")
    );
    button.unchecked_into::<HtmlElement>().click();
    until("the field to hold the minimum", || {
        input(r, PDC_PREVENTION_DEPT).value() == "310\u{202f}000"
    })
    .await;
    assert_eq!(status(r, "rule-matching").as_deref(), Some("holds"));
}

#[wasm_bindgen_test]
async fn a_title_shows_as_text_with_its_counter_and_travels_in_the_link() {
    let app = mount().await;
    let r = &app.root;
    let link_before = input(r, "share-link").value();
    let hostile = "<img src=x onerror=alert(1)><b>Atelier</b>";
    type_into(r, "scenario-title", hostile);
    expect_text(r, "scenario-title-shown", hostile).await;
    assert!(
        r.query_selector("header img, header b").unwrap().is_none(),
        "the title is never markup"
    );
    assert_eq!(
        text(r, "scenario-title-count"),
        format!(
            "{}\u{a0}/\u{a0}120\u{a0}caractères",
            hostile.chars().count()
        )
    );
    until("the link to follow the title", || {
        input(r, "share-link").value() != link_before
    })
    .await;
    let link = input(r, "share-link").value();
    let fragment = link.split_once('#').unwrap().1;
    let (_, opened) = simulateur::codec::link::open(fragment).unwrap();
    assert_eq!(opened.title, hostile);
}

#[wasm_bindgen_test]
async fn a_saved_list_edited_by_hand_with_a_repeated_id_keeps_every_entry_under_an_id_of_its_own() {
    let link = "s=AQAAAAAAAAD334ip";
    let list = format!(
        r#"{{"version":1,"items":[{{"id":1,"name":"A","saved_at":0,"link":"{link}"}},{{"id":1,"name":"A bis","saved_at":0,"link":"{link}"}},{{"id":2,"name":"B","saved_at":0,"link":"{link}"}}]}}"#
    );
    let app = mount_with_storage(&[("simulateur-bassin-minier.scenarios", &list)]).await;
    let names = || {
        let found = app
            .root
            .query_selector_all("[data-testid='saved-name']")
            .unwrap();
        (0..found.length())
            .filter_map(|i| found.item(i).and_then(|n| n.text_content()))
            .collect::<Vec<_>>()
    };
    until("the saved list", || !names().is_empty()).await;
    assert_eq!(names(), ["A", "A bis", "B"]);
    let opens = app
        .root
        .query_selector_all("[data-testid='saved-open']")
        .unwrap();
    let ids: std::collections::BTreeSet<_> = (0..opens.length())
        .filter_map(|i| opens.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .map(|e| e.id())
        .collect();
    assert_eq!(
        ids.len(),
        3,
        "each row's « Ouvrir » has an id of its own: {ids:?}"
    );
}
