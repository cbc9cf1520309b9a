//! The app mounted in a real browser (headless Chromium via wasm-bindgen-test): what it
//! shows first, and how it answers typing, fixes and the language switch.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

use simulateur::ui::App;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh element and waits until it has rendered.
async fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    for _ in 0..100 {
        if root.query_selector("[data-testid=app]").unwrap().is_some() {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    root
}

fn text(root: &Element, testid: &str) -> String {
    root.query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element {testid}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn first_screen_shows_the_pas_de_calais_plan_plus_envelope() {
    let root = mount().await;
    assert_eq!(
        text(&root, "plan-62-total-plan"),
        "20\u{202f}000\u{202f}000\u{a0}€"
    );
    assert_eq!(
        text(&root, "plan-62-total-envelope"),
        "2\u{202f}500\u{202f}000\u{a0}€"
    );
    assert_eq!(
        text(&root, "plan-62-total-combined"),
        "22\u{202f}500\u{202f}000\u{a0}€"
    );
    assert_eq!(text(&root, "plan-62-total-share"), "+12,5\u{202f}%");
    root.remove();
}

#[wasm_bindgen_test]
async fn every_rule_holds_at_first_load_and_says_so() {
    let root = mount().await;
    for slug in [
        "state-ceiling",
        "state-total",
        "matching",
        "dept-floor",
        "both-axes",
    ] {
        let rule = root
            .query_selector(&format!("[data-testid='rule-{slug}']"))
            .unwrap()
            .expect(slug);
        assert_eq!(
            rule.get_attribute("data-status").as_deref(),
            Some("holds"),
            "{slug}"
        );
        assert_eq!(text(&root, &format!("rule-{slug}-status")), "Respectée");
    }
    assert_eq!(
        text(&root, "rules-summary"),
        "Toutes les règles actives sont respectées."
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_language_toggle_switches_to_english_formats() {
    let root = mount().await;
    let toggle: HtmlElement = root
        .query_selector("[data-testid='lang-toggle']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    toggle.click();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(text(&root, "plan-62-total-combined"), "€22,500,000");
    assert_eq!(text(&root, "plan-62-total-share"), "+12.5%");
    let lang = gloo::utils::document()
        .document_element()
        .unwrap()
        .get_attribute("lang");
    assert_eq!(lang.as_deref(), Some("en"));
    root.remove();
}

/// Types into a field the way a browser does: set the value, fire a bubbling `input`.
async fn type_into(root: &Element, testid: &str, text: &str) {
    let input: HtmlInputElement = root
        .query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no input {testid}"))
        .unchecked_into();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

#[wasm_bindgen_test]
async fn typing_an_amount_moves_totals_and_rules_at_once() {
    let root = mount().await;
    type_into(&root, "cell-input-62-2021-prevention-dept", "200 000").await;
    assert_eq!(text(&root, "total-62-2021-dept"), "390\u{202f}000\u{a0}€");
    assert_eq!(
        text(&root, "plan-62-total-envelope"),
        "2\u{202f}390\u{202f}000\u{a0}€"
    );
    let matching = root
        .query_selector("[data-testid='rule-matching']")
        .unwrap()
        .unwrap();
    assert_eq!(
        matching.get_attribute("data-status").as_deref(),
        Some("violated")
    );
    assert!(text(&root, "rule-matching").contains("il manque 110\u{202f}000\u{a0}€"));
    root.remove();
}

#[wasm_bindgen_test]
async fn invalid_text_shows_a_message_and_keeps_the_model() {
    let root = mount().await;
    type_into(&root, "cell-input-62-2021-prevention-dept", "abc").await;
    assert!(
        text(&root, "cell-input-62-2021-prevention-dept-error").contains("Ce n'est pas un montant")
    );
    assert_eq!(text(&root, "total-62-2021-dept"), "500\u{202f}000\u{a0}€");
    assert_eq!(
        text(&root, "rules-summary"),
        "Toutes les règles actives sont respectées."
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_chart_describes_its_figures_for_assistive_technology() {
    let root = mount().await;
    let svg = root
        .query_selector("[data-testid='chart-62'] svg")
        .unwrap()
        .expect("chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let desc = root
        .query_selector("[data-testid='chart-62'] desc")
        .unwrap()
        .expect("desc")
        .text_content()
        .unwrap_or_default();
    assert!(desc.contains("2020"), "{desc}");
    assert!(desc.contains("1\u{202f}000\u{202f}000\u{a0}€"), "{desc}");
    assert!(desc.contains("+15\u{202f}%"), "{desc}");
    root.remove();
}

#[wasm_bindgen_test]
async fn corriger_applies_the_fix_and_every_rule_holds_again() {
    let root = mount().await;
    type_into(&root, "cell-input-62-2021-prevention-dept", "200 000").await;
    let fix: HtmlElement = root
        .query_selector("[data-testid='fix-matching']")
        .unwrap()
        .expect("fix button")
        .unchecked_into();
    fix.click();
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    assert_eq!(
        text(&root, "rules-summary"),
        "Toutes les règles actives sont respectées."
    );
    let input: HtmlInputElement = root
        .query_selector("[data-testid='cell-input-62-2021-prevention-dept']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(input.value(), "310\u{202f}000");
    root.remove();
}
