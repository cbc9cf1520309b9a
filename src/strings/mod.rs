//! The interface's own words. One struct per language, so a string missing in one language
//! is a compile error, not a blank on screen. Pure, so the typography of every French string
//! is checked natively (`tests/typography.rs`).

pub mod output;
pub mod share;

use crate::domain::locale::Lang;
use crate::domain::report::StatusCounts;

pub struct Strings {
    pub app_title: &'static str,
    /// The convention's official title, word for word.
    pub official_title: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub scenario: &'static str,
    pub amounts_caption: &'static str,
    pub year: &'static str,
    pub total: &'static str,
    pub state: &'static str,
    pub departement: &'static str,
    pub rules_heading: &'static str,
    pub rules_summary: fn(StatusCounts) -> String,
    pub checked_places: fn(usize) -> String,
    pub summary_heading: &'static str,
    pub summary_plan: &'static str,
    pub summary_added: &'static str,
    pub summary_added_split: fn(&str, &str) -> String,
    pub summary_total: &'static str,
    pub summary_detail: fn(&str) -> String,
    pub summary_rules: &'static str,
    pub plan_heading: &'static str,
    pub plan_intro: &'static str,
    pub plan_state: &'static str,
    pub plan_dept: &'static str,
    pub plan_total: &'static str,
    pub added_total: &'static str,
    pub added_state: &'static str,
    pub added_dept: &'static str,
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
    pub axis_minimum: &'static str,
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
    pub plan_from: fn(&str) -> String,
    pub plan_to: fn(&str) -> String,
    pub plan_period_label: &'static str,
    pub plan_of: fn(&str) -> String,
    pub plans_heading: &'static str,
    pub ratio: &'static str,
    pub redo: &'static str,
    pub undo: &'static str,
    pub remove_year: fn(u16) -> String,
    pub reset_all: &'static str,
    pub reset_dept: fn(&str) -> String,
    pub seek_min: &'static str,
    pub seek_max: &'static str,
    pub seek_label: fn(&str, &str) -> String,
    pub seek_min_hint: &'static str,
    pub seek_max_hint: &'static str,
    pub shortcuts_hint: &'static str,
    pub skip_to_content: &'static str,
    /// The skip links' own name, not their first link's.
    pub skip_links: &'static str,
    pub source_column: &'static str,
    pub split_note: &'static str,
    pub state_envelope: &'static str,
    pub territory_envelope: &'static str,
    pub toolbar_label: &'static str,
    pub years_caption: &'static str,
    pub flag_label: &'static str,
    pub go_to_finding: &'static str,
    pub go_to_cell: fn(&str) -> String,
    pub fix_all: &'static str,
    pub fix_all_done: fn(usize, usize) -> String,
    pub hypotheses_heading: &'static str,
    pub hypotheses_intro: &'static str,
    pub skip_to_hypotheses: &'static str,
    pub convention_value: fn(&str) -> String,
    pub rule_switches: &'static str,
    pub on_in_convention: &'static str,
    pub off_in_convention: &'static str,
    pub bench_clamped: fn(&str, &str) -> String,
    pub bench_refused: fn(&str) -> String,
    pub modified_params_note: &'static str,
    pub last_year: fn(u16) -> String,
}

const FR: Strings = Strings {
    app_title: "Simulateur bassin minier",
    official_title: "Convention de déclinaison renforcée sur le territoire du bassin minier de la stratégie nationale de prévention et de lutte contre la pauvreté (Nord, Pas-de-Calais, 10\u{a0}juillet 2019)",
    switch_lang: "English",
    switch_lang_label: "Switch to English",
    scenario: "Scénario",
    amounts_caption: "Apport bassin minier de l’État et du Département",
    year: "Année",
    total: "Total",
    state: "État",
    departement: "Département",
    rules_heading: "Règles de la convention",
    rules_summary: |c| {
        let mut parts = Vec::new();
        if c.violated > 0 {
            parts.push(format!("{}\u{a0}règle{} non respectée{}", c.violated, plural(c.violated), plural(c.violated)));
        }
        // The first count names what it counts, so that the line makes sense heard alone.
        if c.warnings > 0 && c.violated == 0 {
            parts.push(format!("{}\u{a0}règle{} en avertissement", c.warnings, plural(c.warnings)));
        } else if c.warnings > 0 {
            parts.push(format!("{}\u{a0}avertissement{}", c.warnings, plural(c.warnings)));
        }
        let all = c.holds + c.violated + c.warnings + c.off;
        if c.holds == all {
            parts.push(format!("{}\u{a0}règle{} sur {all} respectée{}", c.holds, plural(c.holds), plural(c.holds)));
        } else if parts.is_empty() {
            parts.push(format!("{}\u{a0}règle{} respectée{}", c.holds, plural(c.holds), plural(c.holds)));
        } else {
            parts.push(format!("{}\u{a0}respectée{}", c.holds, plural(c.holds)));
        }
        if c.off > 0 {
            parts.push(format!("{}\u{a0}désactivée{}", c.off, plural(c.off)));
        }
        format!("{}.", parts.join(", "))
    },
    checked_places: |n| format!("{}\u{a0}vérification{}", Lang::Fr.count(n), plural(n)),
    summary_heading: "L’essentiel",
    summary_plan: "Plan départemental",
    summary_added: "Apport bassin minier",
    summary_added_split: |state, dept| format!("État {state}, Département {dept}"),
    summary_total: "Ensemble",
    summary_detail: |name| format!("Détail pour {name}"),
    summary_rules: "Règles",
    plan_heading: "Ce que l’apport bassin minier ajoute aux plans départementaux",
    plan_intro: "Plan départemental de la stratégie pauvreté (réparti également sur ses années) et apport bassin minier des mêmes années, État et Département.",
    plan_state: "Plan\u{a0}: État",
    plan_dept: "Plan\u{a0}: Département",
    plan_total: "Plan\u{a0}: total",
    added_total: "Bassin minier\u{a0}: total",
    added_state: "Bassin minier\u{a0}: État",
    added_dept: "Bassin minier\u{a0}: Département",
    combined: "Ensemble",
    share_added: "Part ajoutée",
    period_total: "Période",
    plan_period: |from, to| format!("Plan {from}–{to}"),
    not_applicable: "—",
    model_note: "Le simulateur raisonne en années civiles\u{a0}; en pratique, les actions d’une année ont pu se poursuivre l’année suivante.",
    provenance_of: "Provenance",
    colon: "\u{a0}: ",
    show_more: |n| format!("Afficher {}\u{a0}écart{} de plus", Lang::Fr.count(n), plural(n)),
    show_fewer: "Afficher moins d’écarts",
    go_to: "Voir\u{a0}:",
    modified: "modifié",
    no_single_fix: "Aucun montant seul ne suffit à corriger cet écart\u{a0}: répartissez la correction sur plusieurs montants, ou revoyez l’enveloppe.",
    restore_year: |y| format!("Remettre l’année {y}"),
    modified_badge: "Modifié",
    modified_from_default: "Valeur modifiée par rapport au scénario d’origine. Provenance de la valeur d’origine",
    partial_amounts: |y| format!("Montants {y}, année partielle"),
    reset_all_hint: "Revenir au scénario d’origine (annulable)",
    actions: "Actions",
    add_year: |y| format!("Ajouter l’année {y}"),
    add_year_hint: "Une année ajoutée reprend, à titre d’hypothèse, les paramètres et les montants de la dernière année pleine\u{a0}: les montants des avenants de 2022 et 2023 n’ont pas été publiés.",
    axis_minimum: "Minimum par axe et par an (en\u{a0}€)",
    base: "Base du cofinancement",
    chart_note: "Hachuré\u{a0}: plan départemental\u{a0}; plein\u{a0}: apport bassin minier. Les chiffres exacts sont dans le tableau.",
    chart_title: |name| format!("{name}\u{a0}: plan départemental et apport bassin minier par année"),
    envelopes_in_parameters: "Les enveloppes de l’État se règlent année par année dans «\u{a0}Paramètres de la convention\u{a0}».",
    fix: "Corriger",
    floor: "Engagement minimal du Département (année pleine, en\u{a0}€)",
    full_year: "Année pleine",
    no: "Non",
    yes: "Oui",
    parameters_heading: "Paramètres de la convention",
    partial_year: "année partielle",
    plan_from: |name| format!("{name}, première année du plan"),
    plan_to: |name| format!("{name}, dernière année du plan"),
    plan_period_label: "Période du plan",
    plan_of: |name| format!("Plan départemental\u{a0}: {name}"),
    plans_heading: "Plans départementaux de la stratégie pauvreté",
    ratio: "Ratio Département\u{a0}: État",
    redo: "Rétablir",
    undo: "Annuler",
    remove_year: |y| format!("Retirer {y}"),
    reset_all: "Tout réinitialiser",
    reset_dept: |name| format!("Réinitialiser {name}"),
    seek_min: "Au minimum",
    seek_max: "Au maximum",
    seek_label: |action, field| format!("{action}\u{a0}: {field}"),
    seek_min_hint: "Le plus petit montant du Département pour lequel aucune règle n’est enfreinte",
    seek_max_hint: "Le plus grand montant de l’État pour lequel aucune règle n’est enfreinte",
    shortcuts_hint: "Raccourcis\u{a0}: Ctrl+Z, Ctrl+Maj+Z\u{a0}; flèches haut et bas\u{a0}: ±10\u{202f}000\u{a0}€, avec Maj\u{a0}: ±100\u{202f}000\u{a0}€.",
    skip_to_content: "Aller au contenu",
    skip_links: "Liens d’évitement",
    source_column: "Source",
    split_note: "Répartition par axe par défaut",
    state_envelope: "Enveloppe de l’État par département",
    territory_envelope: "Enveloppe de l’État pour le territoire",
    toolbar_label: "Historique des modifications",
    years_caption: "Années de la convention et enveloppes de l’État",
    flag_label: "Écart",
    go_to_finding: "Voir l’écart",
    go_to_cell: |label| format!("Aller à la case {label}"),
    fix_all: "Tout corriger",
    fix_all_done: |applied, left| {
        let done = match applied {
            0 => "Aucune correction appliquée".to_string(),
            n => format!("{}\u{a0}correction{} appliquée{}", Lang::Fr.count(n), plural(n), plural(n)),
        };
        match left {
            0 => format!("{done}\u{a0}: toutes les règles actives sont respectées."),
            n => format!("{done}\u{a0}; {}\u{a0}écart{} demande{} de répartir la correction sur plusieurs montants ou de revoir une enveloppe.", Lang::Fr.count(n), plural(n), if n > 1 { "nt" } else { "" }),
        }
    },
    hypotheses_heading: "Hypothèses de calcul",
    hypotheses_intro: "Ce qu’un atelier fait varier\u{a0}: le ratio et la base du cofinancement, l’engagement minimal, le minimum par axe, les règles vérifiées.",
    skip_to_hypotheses: "Aller aux hypothèses de calcul",
    convention_value: |v| format!("convention\u{a0}: {v}"),
    rule_switches: "Règles vérifiées",
    on_in_convention: "active",
    off_in_convention: "désactivée",
    bench_clamped: |asked, opened| format!("Taille demandée {asked} ramenée à {opened}\u{a0}: au plus 101\u{a0}départements, 20\u{a0}années et 8\u{a0}axes."),
    bench_refused: |asked| format!("Adresse non comprise (bench={asked})\u{a0}: la convention signée est ouverte. Écrivez par exemple ?bench=10x10x4."),
    modified_params_note: "Écart mesuré avec des hypothèses modifiées, non celles de la convention",
    last_year: |y| format!("{y}\u{a0}: dernière année possible"),
};

const EN: Strings = Strings {
    app_title: "Bassin minier simulator",
    official_title: "Reinforced convention for the bassin minier territory under the national strategy for preventing and fighting poverty (Nord, Pas-de-Calais, 10 July 2019)",
    switch_lang: "Français",
    switch_lang_label: "Passer en français",
    scenario: "Scenario",
    amounts_caption: "Bassin minier amounts from the State and the Département",
    year: "Year",
    total: "Total",
    state: "State",
    departement: "Département",
    rules_heading: "Rules of the convention",
    rules_summary: |c| {
        let mut parts = Vec::new();
        if c.violated > 0 {
            parts.push(format!("{} rule{} violated", c.violated, plural_en(c.violated)));
        }
        // The first count names what it counts, so that the line makes sense heard alone.
        if c.warnings > 0 && c.violated == 0 {
            parts.push(format!("{} rule{} with a warning", c.warnings, plural_en(c.warnings)));
        } else if c.warnings > 0 {
            parts.push(format!("{} warning{}", c.warnings, plural_en(c.warnings)));
        }
        let all = c.holds + c.violated + c.warnings + c.off;
        let holds = if c.holds == 1 { "s" } else { "" };
        if c.holds == all {
            parts.push(format!("{} of {all} rules hold", c.holds));
        } else if parts.is_empty() {
            parts.push(format!("{} rule{} hold{holds}", c.holds, plural_en(c.holds)));
        } else {
            parts.push(format!("{} hold{holds}", c.holds));
        }
        if c.off > 0 {
            parts.push(format!("{} switched off", c.off));
        }
        format!("{}.", parts.join(", "))
    },
    checked_places: |n| format!("{} check{}", Lang::En.count(n), plural_en(n)),
    summary_heading: "At a glance",
    summary_plan: "Département plan",
    summary_added: "Bassin minier adds",
    summary_added_split: |state, dept| format!("State {state}, Département {dept}"),
    summary_total: "Together",
    summary_detail: |name| format!("Details for {name}"),
    summary_rules: "Rules",
    plan_heading: "What the bassin minier amounts add to the département plans",
    plan_intro: "The département-wide plan under the poverty strategy (spread evenly over its years) and the bassin minier amounts of the same years, State and Département.",
    plan_state: "Plan: State",
    plan_dept: "Plan: Département",
    plan_total: "Plan: total",
    added_total: "Bassin minier: total",
    added_state: "Bassin minier: State",
    added_dept: "Bassin minier: Département",
    combined: "Together",
    share_added: "Share added",
    period_total: "Period",
    plan_period: |from, to| format!("Plan {from}–{to}"),
    not_applicable: "—",
    model_note: "The simulator works in calendar years; in practice one year's actions could run on into the next.",
    provenance_of: "Provenance",
    colon: ": ",
    show_more: |n| format!("Show {} more gap{}", Lang::En.count(n), plural_en(n)),
    show_fewer: "Show fewer gaps",
    go_to: "Go to:",
    modified: "modified",
    no_single_fix: "No single amount can fix this: spread the change over several amounts, or revise the envelope.",
    restore_year: |y| format!("Put back year {y}"),
    modified_badge: "Modified",
    modified_from_default: "Changed from the original scenario. Provenance of the original value",
    partial_amounts: |y| format!("{y} amounts, a partial year"),
    reset_all_hint: "Back to the original scenario (can be undone)",
    actions: "Actions",
    add_year: |y| format!("Add year {y}"),
    add_year_hint: "An added year copies, as a hypothesis, the parameters and amounts of the latest full year: the amounts of the 2022 and 2023 amendments were not published.",
    axis_minimum: "Minimum per axis and year (in €)",
    base: "Matching base",
    chart_note: "Hatched: département plan; solid: bassin minier amounts. Exact figures are in the table.",
    chart_title: |name| format!("{name}: département plan and bassin minier amounts per year"),
    envelopes_in_parameters: "The State's envelopes are set year by year under \u{201c}Convention parameters\u{201d}.",
    fix: "Fix",
    floor: "Département minimum (full year, in €)",
    full_year: "Full year",
    no: "No",
    yes: "Yes",
    parameters_heading: "Convention parameters",
    partial_year: "partial year",
    plan_from: |name| format!("{name}, first year of the plan"),
    plan_to: |name| format!("{name}, last year of the plan"),
    plan_period_label: "Plan period",
    plan_of: |name| format!("Département plan: {name}"),
    plans_heading: "Département plans under the poverty strategy",
    ratio: "Département-to-State ratio",
    redo: "Redo",
    undo: "Undo",
    remove_year: |y| format!("Remove {y}"),
    reset_all: "Reset all",
    reset_dept: |name| format!("Reset {name}"),
    seek_min: "Set to minimum",
    seek_max: "Set to maximum",
    seek_label: |action, field| format!("{action}: {field}"),
    seek_min_hint: "The lowest Département amount at which no rule is broken",
    seek_max_hint: "The highest State amount at which no rule is broken",
    shortcuts_hint: "Shortcuts: Ctrl+Z, Ctrl+Shift+Z; arrow up and down: ±€10,000, with Shift: ±€100,000.",
    skip_to_content: "Skip to content",
    skip_links: "Skip links",
    source_column: "Source",
    split_note: "Default split between axes",
    state_envelope: "State envelope per département",
    territory_envelope: "State envelope for the territory",
    toolbar_label: "Edit history",
    years_caption: "Convention years and the State's envelopes",
    flag_label: "Gap",
    go_to_finding: "See the gap",
    go_to_cell: |label| format!("Go to the cell {label}"),
    fix_all: "Fix all",
    fix_all_done: |applied, left| {
        let done = match applied {
            0 => "No fix applied".to_string(),
            1 => "1 fix applied".to_string(),
            n => format!("{} fixes applied", Lang::En.count(n)),
        };
        match left {
            0 => format!("{done}: every enabled rule holds."),
            n => format!("{done}; {} gap{} need{} the change spread over several amounts or an envelope revised.", Lang::En.count(n), plural_en(n), if n == 1 { "s" } else { "" }),
        }
    },
    hypotheses_heading: "Calculation hypotheses",
    hypotheses_intro: "What a workshop varies: the matching ratio and base, the minimum commitment, the minimum per axis, the rules checked.",
    skip_to_hypotheses: "Skip to the calculation hypotheses",
    convention_value: |v| format!("convention: {v}"),
    rule_switches: "Rules checked",
    on_in_convention: "on",
    off_in_convention: "off",
    bench_clamped: |asked, opened| format!("Size asked {asked} brought down to {opened}: at most 101 départements, 20 years and 8 axes."),
    bench_refused: |asked| format!("Address not understood (bench={asked}): the signed convention is open. Write for example ?bench=10x10x4."),
    modified_params_note: "Gap measured with changed hypotheses, not the convention's",
    last_year: |y| format!("{y}: the last year allowed"),
};

fn plural(n: usize) -> &'static str {
    Lang::Fr.plural(n)
}

fn plural_en(n: usize) -> &'static str {
    Lang::En.plural(n)
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

impl Strings {
    /// Every text these strings can produce, the functions called with typical arguments.
    /// The destructuring names every field, so a new string is a compile error here until
    /// it is listed, and so checked by the typography test.
    pub fn all_texts(&self, name: &str, amount: &str) -> Vec<String> {
        let Strings {
            app_title,
            official_title,
            switch_lang,
            switch_lang_label,
            scenario,
            amounts_caption,
            year,
            total,
            state,
            departement,
            rules_heading,
            rules_summary,
            checked_places,
            summary_heading,
            summary_plan,
            summary_added,
            summary_added_split,
            summary_total,
            summary_detail,
            summary_rules,
            plan_heading,
            plan_intro,
            plan_state,
            plan_dept,
            plan_total,
            added_total,
            added_state,
            added_dept,
            combined,
            share_added,
            period_total,
            plan_period,
            not_applicable,
            model_note,
            provenance_of,
            colon,
            show_more,
            show_fewer,
            go_to,
            modified,
            no_single_fix,
            restore_year,
            modified_badge,
            modified_from_default,
            partial_amounts,
            reset_all_hint,
            actions,
            add_year,
            add_year_hint,
            axis_minimum,
            base,
            chart_note,
            chart_title,
            envelopes_in_parameters,
            fix,
            floor,
            full_year,
            no,
            yes,
            parameters_heading,
            partial_year,
            plan_from,
            plan_to,
            plan_period_label,
            plan_of,
            plans_heading,
            ratio,
            redo,
            undo,
            remove_year,
            reset_all,
            reset_dept,
            seek_min,
            seek_max,
            seek_label,
            seek_min_hint,
            seek_max_hint,
            shortcuts_hint,
            skip_to_content,
            skip_links,
            source_column,
            split_note,
            state_envelope,
            territory_envelope,
            toolbar_label,
            years_caption,
            flag_label,
            go_to_finding,
            go_to_cell,
            fix_all,
            fix_all_done,
            hypotheses_heading,
            hypotheses_intro,
            skip_to_hypotheses,
            convention_value,
            rule_switches,
            on_in_convention,
            off_in_convention,
            bench_clamped,
            bench_refused,
            modified_params_note,
            last_year,
        } = self;
        let fixed = [
            app_title,
            official_title,
            switch_lang,
            switch_lang_label,
            scenario,
            amounts_caption,
            year,
            total,
            state,
            departement,
            rules_heading,
            summary_heading,
            summary_plan,
            summary_added,
            summary_total,
            summary_rules,
            plan_heading,
            plan_intro,
            plan_state,
            plan_dept,
            plan_total,
            added_total,
            added_state,
            added_dept,
            combined,
            share_added,
            period_total,
            not_applicable,
            model_note,
            provenance_of,
            colon,
            show_fewer,
            go_to,
            modified,
            no_single_fix,
            modified_badge,
            modified_from_default,
            reset_all_hint,
            actions,
            add_year_hint,
            axis_minimum,
            base,
            chart_note,
            envelopes_in_parameters,
            fix,
            floor,
            full_year,
            no,
            yes,
            parameters_heading,
            partial_year,
            plan_period_label,
            plans_heading,
            ratio,
            redo,
            undo,
            reset_all,
            seek_min,
            seek_max,
            seek_min_hint,
            seek_max_hint,
            shortcuts_hint,
            skip_to_content,
            skip_links,
            source_column,
            split_note,
            state_envelope,
            territory_envelope,
            toolbar_label,
            years_caption,
            flag_label,
            go_to_finding,
            fix_all,
            hypotheses_heading,
            hypotheses_intro,
            skip_to_hypotheses,
            rule_switches,
            on_in_convention,
            off_in_convention,
            modified_params_note,
        ];
        let mut texts: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
        for n in [0, 1, 2, 5] {
            for c in [
                StatusCounts {
                    holds: n,
                    violated: n,
                    warnings: n,
                    off: n,
                },
                StatusCounts {
                    holds: n + 1,
                    ..StatusCounts::default()
                },
            ] {
                texts.push(rules_summary(c));
            }
            texts.extend([checked_places(n), show_more(n)]);
        }
        texts.extend([
            summary_added_split(amount, amount),
            summary_detail(name),
            plan_period(2019, 2021),
            restore_year(2021),
            partial_amounts(2019),
            add_year(2022),
            chart_title(name),
            plan_from(name),
            plan_to(name),
            plan_of(name),
            remove_year(2021),
            reset_dept(name),
            seek_label(seek_min, name),
            go_to_cell(name),
            convention_value(amount),
            bench_clamped("999×1×1", "101×1×1"),
            bench_refused("abc"),
            last_year(2040),
        ]);
        for (applied, left) in [(0, 0), (1, 0), (3, 1), (0, 2)] {
            texts.push(fix_all_done(applied, left));
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::strings;
    use crate::domain::locale::Lang;
    use crate::domain::report::StatusCounts;

    /// The status is read out alone, in a live region: its first count says it counts rules.
    #[test]
    fn the_rules_status_names_rules_first() {
        let counts = |holds, violated, warnings, off| StatusCounts {
            holds,
            violated,
            warnings,
            off,
        };
        for (c, fr, en) in [
            (
                counts(6, 0, 0, 0),
                "6\u{a0}règles sur 6 respectées.",
                "6 of 6 rules hold.",
            ),
            (
                counts(4, 2, 0, 0),
                "2\u{a0}règles non respectées, 4\u{a0}respectées.",
                "2 rules violated, 4 hold.",
            ),
            (
                counts(5, 0, 1, 0),
                "1\u{a0}règle en avertissement, 5\u{a0}respectées.",
                "1 rule with a warning, 5 hold.",
            ),
            (
                counts(5, 0, 0, 1),
                "5\u{a0}règles respectées, 1\u{a0}désactivée.",
                "5 rules hold, 1 switched off.",
            ),
            (
                counts(1, 0, 0, 5),
                "1\u{a0}règle respectée, 5\u{a0}désactivées.",
                "1 rule holds, 5 switched off.",
            ),
            (
                counts(3, 2, 1, 0),
                "2\u{a0}règles non respectées, 1\u{a0}avertissement, 3\u{a0}respectées.",
                "2 rules violated, 1 warning, 3 hold.",
            ),
        ] {
            assert_eq!((strings(Lang::Fr).rules_summary)(c), fr);
            assert_eq!((strings(Lang::En).rules_summary)(c), en);
        }
    }
}
