//! The interface's own words. One struct per language, so a string missing in one language
//! is a compile error, not a blank on screen.

use crate::domain::locale::Lang;

pub struct Strings {
    pub app_title: &'static str,
    pub app_subtitle: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub scenario: &'static str,
    pub amounts_caption: &'static str,
    pub year: &'static str,
    pub total: &'static str,
    pub state: &'static str,
    pub departement: &'static str,
    pub rules_heading: &'static str,
    pub rules_all_hold: &'static str,
    pub rules_summary: fn(usize, usize, usize) -> String,
    pub checked_places: fn(usize) -> String,
    pub plan_heading: &'static str,
    pub plan_intro: &'static str,
    pub plan_state: &'static str,
    pub plan_dept: &'static str,
    pub plan_total: &'static str,
    pub envelope_total: &'static str,
    pub envelope_state: &'static str,
    pub envelope_dept: &'static str,
    pub combined: &'static str,
    pub share_added: &'static str,
    pub period_total: &'static str,
    pub plan_period: fn(u16, u16) -> String,
    pub not_applicable: &'static str,
    pub model_note: &'static str,
    pub provenance_of: &'static str,
    /// " : " in French (no-break space before), ": " in English.
    pub colon: &'static str,
    pub show_more: fn(usize) -> String,
    pub show_fewer: &'static str,
    pub go_to: &'static str,
    pub modified: &'static str,
    pub no_single_fix: &'static str,
    pub restore_year: fn(u16) -> String,
    pub modified_badge: &'static str,
    pub modified_from_default: &'static str,
    pub partial_amounts: fn(u16) -> String,
    pub reset_all_hint: &'static str,
    pub actions: &'static str,
    pub add_year: fn(u16) -> String,
    pub add_year_hint: &'static str,
    pub base: &'static str,
    pub chart_note: &'static str,
    pub chart_title: fn(&str) -> String,
    pub envelopes_in_parameters: &'static str,
    pub fix: &'static str,
    pub floor: &'static str,
    pub full_year: &'static str,
    pub no: &'static str,
    pub yes: &'static str,
    pub parameters_heading: &'static str,
    pub partial_year: &'static str,
    pub plan_from: &'static str,
    pub plan_to: &'static str,
    pub plan_of: fn(&str) -> String,
    pub plans_heading: &'static str,
    pub ratio: &'static str,
    pub redo: &'static str,
    pub undo: &'static str,
    pub remove_year: fn(u16) -> String,
    pub reset_all: &'static str,
    pub reset_dept: fn(&str) -> String,
    pub rule_enabled: &'static str,
    pub shortcuts_hint: &'static str,
    pub skip_to_content: &'static str,
    pub source_column: &'static str,
    pub split_note: &'static str,
    pub state_envelope: &'static str,
    pub territory_envelope: &'static str,
    pub toolbar_label: &'static str,
    pub years_caption: &'static str,
}

const FR: Strings = Strings {
    app_title: "Simulateur bassin minier",
    app_subtitle: "Convention de déclinaison renforcée de la stratégie nationale de prévention et de lutte contre la pauvreté sur le bassin minier (Nord, Pas-de-Calais)",
    switch_lang: "English",
    switch_lang_label: "Switch to English",
    scenario: "Scénario",
    amounts_caption: "Montants de l'État et du Département",
    year: "Année",
    total: "Total",
    state: "État",
    departement: "Département",
    rules_heading: "Règles de la convention",
    rules_all_hold: "Toutes les règles actives sont respectées.",
    rules_summary: |holds, violated, warnings| {
        let mut parts = Vec::new();
        if violated > 0 {
            parts.push(format!("{violated} règle{} non respectée{}", plural(violated), plural(violated)));
        }
        if warnings > 0 {
            parts.push(format!("{warnings} avertissement{}", plural(warnings)));
        }
        parts.push(format!("{holds} respectée{}", plural(holds)));
        format!("{}.", parts.join(", "))
    },
    checked_places: |n| format!("{n} contrôle{}", plural(n)),
    plan_heading: "Ce que l'enveloppe bassin minier ajoute aux plans départementaux",
    plan_intro: "Plan départemental de la stratégie pauvreté (réparti également sur ses années) et enveloppe bassin minier des mêmes années.",
    plan_state: "Plan\u{a0}: État",
    plan_dept: "Plan\u{a0}: Département",
    plan_total: "Plan\u{a0}: total",
    envelope_total: "Bassin minier\u{a0}: total",
    envelope_state: "Bassin minier\u{a0}: État",
    envelope_dept: "Bassin minier\u{a0}: Département",
    combined: "Total",
    share_added: "Part ajoutée",
    period_total: "Période",
    plan_period: |from, to| format!("Plan {from}–{to}"),
    not_applicable: "—",
    model_note: "Le simulateur raisonne en années civiles\u{a0}; en pratique, les actions d'une année ont pu se poursuivre l'année suivante.",
    provenance_of: "Provenance",
    colon: "\u{a0}: ",
    show_more: |n| format!("Afficher {n} constat{} de plus", plural(n)),
    show_fewer: "Afficher moins de constats",
    go_to: "Voir\u{a0}:",
    modified: "modifié",
    no_single_fix: "Aucun montant seul ne suffit à corriger ce constat\u{a0}: répartissez la correction sur plusieurs montants, ou revoyez l'enveloppe.",
    restore_year: |y| format!("Rétablir l'année {y}"),
    modified_badge: "Modifié",
    modified_from_default: "Valeur modifiée par rapport au scénario d'origine. Provenance de la valeur d'origine",
    partial_amounts: |y| format!("Montants {y}, année partielle"),
    reset_all_hint: "Revenir à la convention signée le 10 juillet 2019 (annulable)",
    actions: "Actions",
    add_year: |y| format!("Ajouter l'année {y}"),
    add_year_hint: "Une année ajoutée reprend les paramètres et les montants de la dernière année, comme les avenants de 2022 et 2023.",
    base: "Base du cofinancement",
    chart_note: "Hachuré\u{a0}: plan départemental\u{a0}; plein\u{a0}: enveloppe bassin minier. Les chiffres exacts sont dans le tableau.",
    chart_title: |name| format!("{name}\u{a0}: plan départemental et enveloppe bassin minier par année"),
    envelopes_in_parameters: "Les enveloppes se règlent année par année dans «\u{a0}Paramètres de la convention\u{a0}».",
    fix: "Corriger",
    floor: "Engagement minimal du Département (année pleine)",
    full_year: "Année pleine",
    no: "Non",
    yes: "Oui",
    parameters_heading: "Paramètres de la convention",
    partial_year: "année partielle",
    plan_from: "De",
    plan_to: "à",
    plan_of: |name| format!("Plan départemental\u{a0}: {name}"),
    plans_heading: "Plans départementaux de la stratégie pauvreté",
    ratio: "Ratio Département\u{a0}: État",
    redo: "Rétablir",
    undo: "Annuler",
    remove_year: |y| format!("Retirer {y}"),
    reset_all: "Tout rétablir",
    reset_dept: |name| format!("Rétablir {name}"),
    rule_enabled: "Active",
    shortcuts_hint: "Raccourcis\u{a0}: Ctrl+Z, Ctrl+Maj+Z\u{a0}; flèches haut et bas\u{a0}: ±10 000 €, avec Maj\u{a0}: ±100 000 €.",
    skip_to_content: "Aller au contenu",
    source_column: "Source",
    split_note: "Répartition par axe par défaut",
    state_envelope: "Enveloppe de l'État par département",
    territory_envelope: "Enveloppe de l'État pour le territoire",
    toolbar_label: "Historique des modifications",
    years_caption: "Années de la convention et enveloppes",
};

const EN: Strings = Strings {
    app_title: "Bassin minier simulator",
    app_subtitle: "Reinforced bassin minier convention of the national strategy for preventing and fighting poverty (Nord, Pas-de-Calais)",
    switch_lang: "Français",
    switch_lang_label: "Passer en français",
    scenario: "Scenario",
    amounts_caption: "State and Département amounts",
    year: "Year",
    total: "Total",
    state: "State",
    departement: "Département",
    rules_heading: "Rules of the convention",
    rules_all_hold: "Every enabled rule holds.",
    rules_summary: |holds, violated, warnings| {
        let mut parts = Vec::new();
        if violated > 0 {
            parts.push(format!("{violated} rule{} violated", plural_en(violated)));
        }
        if warnings > 0 {
            parts.push(format!("{warnings} warning{}", plural_en(warnings)));
        }
        parts.push(format!("{holds} hold{}", if holds == 1 { "s" } else { "" }));
        format!("{}.", parts.join(", "))
    },
    checked_places: |n| format!("{n} check{}", plural_en(n)),
    plan_heading: "What the bassin minier envelope adds to the département plans",
    plan_intro: "The département-wide plan under the poverty strategy (spread evenly over its years) and the bassin minier envelope of the same years.",
    plan_state: "Plan: State",
    plan_dept: "Plan: Département",
    plan_total: "Plan: total",
    envelope_total: "Bassin minier: total",
    envelope_state: "Bassin minier: State",
    envelope_dept: "Bassin minier: Département",
    combined: "Total",
    share_added: "Share added",
    period_total: "Period",
    plan_period: |from, to| format!("Plan {from}–{to}"),
    not_applicable: "—",
    model_note: "The simulator works in calendar years; in practice one year's actions could run on into the next.",
    provenance_of: "Provenance",
    colon: ": ",
    show_more: |n| format!("Show {n} more finding{}", plural_en(n)),
    show_fewer: "Show fewer findings",
    go_to: "Go to:",
    modified: "modified",
    no_single_fix: "No single amount can fix this: spread the change over several amounts, or revise the envelope.",
    restore_year: |y| format!("Restore year {y}"),
    modified_badge: "Modified",
    modified_from_default: "Changed from the original scenario. Provenance of the original value",
    partial_amounts: |y| format!("{y} amounts, a partial year"),
    reset_all_hint: "Back to the convention signed on 10 July 2019 (can be undone)",
    actions: "Actions",
    add_year: |y| format!("Add year {y}"),
    add_year_hint: "An added year copies the last year's parameters and amounts, as the 2022 and 2023 amendments did.",
    base: "Matching base",
    chart_note: "Hatched: département plan; solid: bassin minier envelope. Exact figures are in the table.",
    chart_title: |name| format!("{name}: département plan and bassin minier envelope per year"),
    envelopes_in_parameters: "Envelopes are set year by year under \"Convention parameters\".",
    fix: "Fix",
    floor: "Département minimum (full year)",
    full_year: "Full year",
    no: "No",
    yes: "Yes",
    parameters_heading: "Convention parameters",
    partial_year: "partial year",
    plan_from: "From",
    plan_to: "to",
    plan_of: |name| format!("Département plan: {name}"),
    plans_heading: "Département plans under the poverty strategy",
    ratio: "Département : State ratio",
    redo: "Redo",
    undo: "Undo",
    remove_year: |y| format!("Remove {y}"),
    reset_all: "Reset all",
    reset_dept: |name| format!("Reset {name}"),
    rule_enabled: "On",
    shortcuts_hint: "Shortcuts: Ctrl+Z, Ctrl+Shift+Z; arrow up and down: ±€10,000, with Shift: ±€100,000.",
    skip_to_content: "Skip to content",
    source_column: "Source",
    split_note: "Default split between axes",
    state_envelope: "State envelope per département",
    territory_envelope: "State envelope for the territory",
    toolbar_label: "Edit history",
    years_caption: "Convention years and envelopes",
};

/// French counts 0 and 1 as singular.
fn plural(n: usize) -> &'static str {
    if n > 1 {
        "s"
    } else {
        ""
    }
}

/// English counts only 1 as singular.
fn plural_en(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}
