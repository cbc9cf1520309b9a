//! Words for what leaves the screen: the printed note, and a new version of the simulator
//! waiting to take over.

use crate::domain::locale::Lang;

pub struct OutputStrings {
    pub print: &'static str,
    pub print_label: &'static str,
    /// More départements than one page holds (generated scenarios).
    pub print_label_pages: &'static str,
    pub note_printed: fn(&str) -> String,
    pub note_link: &'static str,
    pub note_link_too_long: &'static str,
    pub note_qr_alt: &'static str,
    pub note_qr_caption: &'static str,
    pub note_notes: &'static str,
    /// After notes too long for the page, cut.
    pub note_notes_cut: &'static str,
    pub note_more_findings: fn(usize) -> String,
    pub new_version: &'static str,
    pub reload: &'static str,
}

pub const FR: OutputStrings = OutputStrings {
    print: "Imprimer",
    print_label: "Imprimer une note d’une page A4 (Ctrl+P)",
    print_label_pages: "Imprimer une note A4 de plusieurs pages (Ctrl+P)",
    note_printed: |date| format!("Note imprimée le {date}."),
    note_link: "Pour ouvrir ce scénario dans le simulateur\u{a0}:",
    note_link_too_long: "Le lien vers ce scénario est trop long pour le papier (il porte les notes)\u{a0}: pour le transmettre, copiez-le depuis le simulateur ou exportez le scénario dans un fichier.",
    note_qr_alt: "Code QR du lien vers ce scénario",
    note_qr_caption: "Ouvrir ce scénario",
    note_notes: "Notes",
    note_notes_cut: "(suite dans le simulateur)",
    note_more_findings: |n| if n == 1 {
        "Et 1\u{a0}autre écart, à voir dans le simulateur.".to_string()
    } else {
        format!("Et {}\u{a0}autres écarts, à voir dans le simulateur.", Lang::Fr.count(n))
    },
    new_version: "Une nouvelle version du simulateur est prête. Votre scénario est enregistré\u{a0}: il sera là après le rechargement.",
    reload: "Recharger",
};

pub const EN: OutputStrings = OutputStrings {
    print: "Print",
    print_label: "Print a one-page A4 note (Ctrl+P)",
    print_label_pages: "Print an A4 note of several pages (Ctrl+P)",
    note_printed: |date| format!("Note printed on {date}."),
    note_link: "To open this scenario in the simulator:",
    note_link_too_long: "The link to this scenario is too long for paper (it carries the notes): to pass it on, copy it from the simulator or export the scenario to a file.",
    note_qr_alt: "QR code of the link to this scenario",
    note_qr_caption: "Open this scenario",
    note_notes: "Notes",
    note_notes_cut: "(continued in the simulator)",
    note_more_findings: |n| if n == 1 {
        "And 1 more finding, in the simulator.".to_string()
    } else {
        format!("And {} more findings, in the simulator.", Lang::En.count(n))
    },
    new_version: "A new version of the simulator is ready. Your scenario is saved: it will be there after reloading.",
    reload: "Reload",
};

pub fn output_strings(lang: Lang) -> &'static OutputStrings {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

impl OutputStrings {
    /// Every text, for the typography test; the destructuring makes a new one a compile error
    /// here until it is listed.
    pub fn all_texts(&self) -> Vec<String> {
        let OutputStrings {
            print,
            print_label,
            print_label_pages,
            note_printed,
            note_link,
            note_link_too_long,
            note_qr_alt,
            note_qr_caption,
            note_notes,
            note_notes_cut,
            note_more_findings,
            new_version,
            reload,
        } = self;
        let mut texts: Vec<String> = [
            print,
            print_label,
            print_label_pages,
            note_link,
            note_link_too_long,
            note_qr_alt,
            note_qr_caption,
            note_notes,
            note_notes_cut,
            new_version,
            reload,
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.push(note_printed("29/11/2026 à 10:42"));
        texts.push(note_more_findings(1));
        texts.push(note_more_findings(12));
        texts
    }
}
