//! What went wrong with a link, a file or a stored scenario, phrased for the person who
//! opened it: what was wrong, in their words, and what the app did instead.

use super::file::{FileError, JsonAt, MAX_FILE_BYTES};
use super::link::{LinkError, OpenError};
use crate::domain::defaults::MAX_GENERATED;
use crate::domain::i18n::ratio_error;
use crate::domain::locale::Lang;
use crate::domain::validate::Invalid;

fn pick(lang: Lang, fr: &str, en: &str) -> String {
    match lang {
        Lang::Fr => fr.into(),
        Lang::En => en.into(),
    }
}

pub fn link_error(e: &LinkError, lang: Lang) -> String {
    match e {
        LinkError::NotAScenario => pick(lang, "Cette adresse ne contient pas de scénario.", "This address holds no scenario."),
        LinkError::TooLong => pick(lang, "Ce lien est bien trop long pour être un scénario du simulateur.", "This link is far too long to be a scenario of the simulator."),
        LinkError::BadEscape => pick(lang, "Ce lien contient des séquences d’échappement invalides (un signe pour cent mal suivi)\u{a0}: il a été modifié en chemin.", "This link holds invalid encoded characters (%): it was changed on its way."),
        LinkError::BadCharacter { at, ch } => {
            // A character that does not show (a control, a direction mark) is named by its code.
            let ch = if ch.is_alphanumeric() || ch.is_ascii_punctuation() {
                ch.to_string()
            } else {
                format!("U+{:04X}", u32::from(*ch))
            };
            match lang {
                Lang::Fr => format!("Ce lien contient un caractère inattendu, «\u{a0}{ch}\u{a0}», en position {at}\u{a0}: il a été modifié en chemin."),
                Lang::En => format!("This link holds an unexpected character, “{ch}”, at position {at}: it was changed on its way."),
            }
        }
        LinkError::Truncated => pick(lang, "Ce lien est incomplet\u{a0}: il a sans doute été coupé. Copiez-le en entier.", "This link is incomplete: it was probably cut. Copy all of it."),
        LinkError::Damaged => pick(lang, "Ce lien a été abîmé ou modifié en chemin (sa somme de contrôle ne correspond pas)\u{a0}: l’ouvrir montrerait un autre scénario.", "This link was damaged or altered on its way (its checksum does not match): opening it would show some other scenario."),
        LinkError::FutureVersion(v) => match lang {
            Lang::Fr => format!("Ce lien vient d’une version plus récente du simulateur (format {v})\u{a0}: celle-ci ne sait pas encore le lire."),
            Lang::En => format!("This link comes from a newer version of the simulator (format {v}): this one cannot read it yet."),
        },
        LinkError::UnknownVersion(v) => match lang {
            Lang::Fr => format!("Ce lien annonce un format inconnu ({v})."),
            Lang::En => format!("This link claims an unknown format ({v})."),
        },
        LinkError::Malformed => pick(lang, "Ce lien est mal formé\u{a0}: son contenu n’est pas un scénario.", "This link is malformed: its content is not a scenario."),
    }
}

pub fn open_error(e: &OpenError, lang: Lang) -> String {
    match e {
        OpenError::Link(e) => link_error(e, lang),
        OpenError::Invalid(e) => invalid(e, lang),
    }
}

pub fn file_error(e: &FileError, lang: Lang) -> String {
    match e {
        FileError::TooLarge => {
            let mb = MAX_FILE_BYTES / 1_000_000;
            match lang {
                Lang::Fr => format!("Ce fichier est trop gros pour être un scénario ({mb}\u{a0}Mo au plus)."),
                Lang::En => format!("This file is too large to be a scenario ({mb} MB at most)."),
            }
        }
        FileError::NotJson(None) => pick(lang, "Ce fichier n’est pas du JSON lisible.", "This file is not readable JSON."),
        FileError::NotJson(Some(JsonAt { line, column })) => match lang {
            Lang::Fr => format!("Ce fichier n’est pas du JSON lisible (erreur ligne\u{a0}{line}, colonne\u{a0}{column})."),
            Lang::En => format!("This file is not readable JSON (error at line {line}, column {column})."),
        },
        FileError::NotOurs => pick(lang, "Ce fichier n’est pas un scénario du simulateur (champ «\u{a0}format\u{a0}» absent ou différent).", "This file is not a scenario of the simulator (its “format” field is missing or different)."),
        FileError::FutureVersion(v) => match lang {
            Lang::Fr => format!("Ce fichier vient d’une version plus récente du simulateur (version {v})."),
            Lang::En => format!("This file comes from a newer version of the simulator (version {v})."),
        },
        FileError::Structure { path, detail } => match lang {
            Lang::Fr => format!("Ce fichier ne suit pas le schéma d’un scénario\u{a0}: le champ «\u{a0}{path}\u{a0}» manque ou n’a pas la forme attendue (détail technique\u{a0}: {detail})."),
            Lang::En => format!("This file does not follow the scenario schema: the field “{path}” is missing or not of the expected form (technical detail: {detail})."),
        },
        FileError::Invalid(e) => invalid(e, lang),
    }
}

/// A scenario whose content breaks the model's invariants.
pub fn invalid(e: &Invalid, lang: Lang) -> String {
    match e {
        Invalid::NoYear => pick(lang, "Ce scénario n’a aucune année.", "This scenario has no year."),
        Invalid::NoDepartement => pick(lang, "Ce scénario n’a aucun département.", "This scenario has no département."),
        Invalid::NoAxis => pick(lang, "Ce scénario n’a aucun axe.", "This scenario has no axis."),
        Invalid::YearOutOfRange(y) => match lang {
            Lang::Fr => format!("L’année {y} est hors de la période possible (2018 à 2040)."),
            Lang::En => format!("The year {y} is outside the possible period (2018 to 2040)."),
        },
        Invalid::YearOutOfOrder(y) => match lang {
            Lang::Fr => format!("Les années doivent se suivre, chacune une fois\u{a0}: {y} est en double ou mal placée."),
            Lang::En => format!("Years must follow each other, each once: {y} is repeated or out of place."),
        },
        Invalid::DeptTwice(d) => match lang {
            Lang::Fr => format!("Le département {} figure deux fois.", d.0),
            Lang::En => format!("The département {} is listed twice.", d.0),
        },
        Invalid::AxisTwice(a) => match lang {
            Lang::Fr => format!("L’axe {} figure deux fois.", a.0),
            Lang::En => format!("The axis {} is listed twice.", a.0),
        },
        Invalid::DeptsDiffer => pick(lang, "Ses départements ne sont pas ceux du scénario de référence.", "Its départements are not those of the reference scenario."),
        Invalid::AxesDiffer => pick(lang, "Ses axes ne sont pas ceux du scénario de référence.", "Its axes are not those of the reference scenario."),
        Invalid::CellOutsideGrid => pick(lang, "Il donne un montant hors de la grille (année, département ou axe absent).", "It gives an amount outside the grid (a year, département or axis it does not have)."),
        Invalid::Amount => pick(lang, "Il contient un montant impossible (négatif, au-delà de 1\u{a0}000\u{a0}milliards d’euros, ou plus fin que le centime).", "It holds an impossible amount (negative, above €1 trillion, or finer than a cent)."),
        Invalid::Ratio(e) => match lang {
            Lang::Fr => format!("Son ratio de contrepartie n’est pas accepté\u{a0}: {}", ratio_error(*e, lang)),
            Lang::En => format!("Its matching ratio is not accepted: {}", ratio_error(*e, lang)),
        },
        Invalid::PlanPeriod(d) => match lang {
            Lang::Fr => format!("La période du plan du département {} est impossible.", d.0),
            Lang::En => format!("The period of département {}'s plan is impossible.", d.0),
        },
        Invalid::RuleTwice(id) => match lang {
            Lang::Fr => format!("La règle «\u{a0}{}\u{a0}» figure deux fois.", id.slug()),
            Lang::En => format!("The rule “{}” is listed twice.", id.slug()),
        },
        Invalid::TextTooLong => pick(lang, "Son titre ou ses notes dépassent la longueur permise.", "Its title or notes exceed the length allowed."),
        Invalid::TooLarge => {
            let (d, y, a) = MAX_GENERATED;
            match lang {
                Lang::Fr => format!("Sa grille dépasse la taille que le simulateur ouvre ({d}\u{a0}départements × {y}\u{a0}années × {a}\u{a0}axes)."),
                Lang::En => format!("Its grid exceeds the size the simulator opens ({d} départements × {y} years × {a} axes)."),
            }
        }
        Invalid::UnknownYear(y) => match lang {
            Lang::Fr => format!("L’année {y} n’existe pas dans le scénario de référence."),
            Lang::En => format!("The year {y} does not exist in the reference scenario."),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invisible_character_is_named_by_its_code() {
        let e = LinkError::BadCharacter {
            at: 9,
            ch: '\u{202e}',
        };
        assert!(link_error(&e, Lang::En).contains("“U+202E”"));
    }

    #[test]
    fn a_bad_character_is_named_with_its_place() {
        let e = LinkError::BadCharacter { at: 7, ch: '<' };
        assert_eq!(
            link_error(&e, Lang::Fr),
            "Ce lien contient un caractère inattendu, «\u{a0}<\u{a0}», en position 7\u{a0}: il a été modifié en chemin."
        );
    }

    /// The limits a refusal states are the ones the code applies.
    #[test]
    fn limits_are_said_as_they_are() {
        assert_eq!(
            file_error(&FileError::TooLarge, Lang::En),
            "This file is too large to be a scenario (8 MB at most)."
        );
        assert_eq!(
            invalid(&Invalid::TooLarge, Lang::Fr),
            "Sa grille dépasse la taille que le simulateur ouvre (101\u{a0}départements × 20\u{a0}années × 8\u{a0}axes)."
        );
    }
}
