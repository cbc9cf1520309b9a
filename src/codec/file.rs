//! A scenario as a JSON document (`docs/scenario-file.md`): the whole scenario, readable by
//! other tools, with a format name and a version so that every version stays readable.
//! JSON text itself is read and written by the platform (`JSON.parse` in the browser,
//! serde_json in tests); this module writes the document, `file_read` checks what comes
//! back.

use serde::{Deserialize, Serialize};

use super::base::Base;
use crate::domain::scenario::Scenario;
use crate::domain::validate::Invalid;

/// The `format` field of every file the simulator writes.
pub const FORMAT: &str = "simulateur-bassin-minier";
/// The file version written today.
pub const FILE_VERSION: u32 = 1;
/// The largest file read: the largest grid, 101 × 20 × 8, takes about 3.5 MB.
pub const MAX_FILE_BYTES: usize = 8_000_000;

/// What a file says it is, read before the rest so that a file from elsewhere or from a
/// later version gets that answer rather than a list of missing fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: u32,
}

/// A file as written: the whole scenario, for its readers (`file_read` reads it back).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScenarioFile {
    pub format: String,
    pub version: u32,
    pub base: Base,
    pub scenario: Scenario,
}

/// Why a file was not opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    /// Not JSON, and where the parser stopped when it says so.
    NotJson(Option<JsonAt>),
    /// JSON, but not a simulator scenario.
    NotOurs,
    FutureVersion(u32),
    /// A field missing or of the wrong kind: where in the file (`scenario.cells[3].state`),
    /// and the reader's words.
    Structure {
        path: String,
        detail: String,
    },
    Invalid(Invalid),
}

/// Where in a file's text a JSON parser stopped, counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonAt {
    pub line: usize,
    pub column: usize,
}

impl JsonAt {
    /// The place a browser's `JSON.parse` error names, in its own words: « line 1 column 28 »
    /// (Chromium, Firefox) or « position 27 » (older Chromium, counted in UTF-16 units from
    /// 0 into `text`). The words themselves are the browser's, in its language, so only the
    /// place is kept.
    pub fn from_parser(message: &str, text: &str) -> Option<JsonAt> {
        if let (Some(line), Some(column)) = (
            number_after(message, "line "),
            number_after(message, "column "),
        ) {
            return (line > 0 && column > 0).then_some(JsonAt { line, column });
        }
        let position = number_after(message, "position ")?;
        let (mut line, mut column, mut units) = (1, 1, 0);
        for c in text.chars() {
            if units >= position {
                break;
            }
            units += c.len_utf16();
            if c == '\n' {
                (line, column) = (line + 1, 1);
            } else {
                column += 1;
            }
        }
        (units >= position).then_some(JsonAt { line, column })
    }
}

/// The number that follows the last `word` in `message`: the browser's place comes after any
/// piece of the file it quotes.
fn number_after(message: &str, word: &str) -> Option<usize> {
    let (_, rest) = message.rsplit_once(word)?;
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    rest[..digits].parse().ok()
}

impl From<Invalid> for FileError {
    fn from(e: Invalid) -> FileError {
        FileError::Invalid(e)
    }
}

pub fn to_file(base: Base, s: &Scenario) -> ScenarioFile {
    ScenarioFile {
        format: FORMAT.into(),
        version: FILE_VERSION,
        base,
        scenario: s.clone(),
    }
}

pub fn check_header(h: &Header) -> Result<(), FileError> {
    if h.format != FORMAT {
        return Err(FileError::NotOurs);
    }
    match h.version {
        FILE_VERSION => Ok(()),
        v if v > FILE_VERSION => Err(FileError::FutureVersion(v)),
        _ => Err(FileError::NotOurs),
    }
}

/// The file's name: `scenario-<title or base>.json`, kept to letters, digits and dashes.
pub fn file_name(title: &str) -> String {
    let source = if title.trim().is_empty() {
        "bassin-minier"
    } else {
        title
    };
    let mut slug = String::new();
    for c in source.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    format!("scenario-{}.json", slug.trim_end_matches('-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::file_read::{input, opened, FileInput};
    use crate::domain::defaults::signed_convention;
    use crate::domain::edit::Edit;
    use crate::domain::money::Money;

    fn read(json: &str) -> Result<(Base, Scenario), FileError> {
        let header: Header = serde_json::from_str(json).map_err(|_| FileError::NotOurs)?;
        check_header(&header)?;
        let file: FileInput = input(&mut serde_json::Deserializer::from_str(json))?;
        opened(file)
    }

    #[test]
    fn a_parser_error_gives_its_place_and_not_its_words() {
        let at = |line, column| Some(JsonAt { line, column });
        let text = "{\n  \"é\": [1, 2\n}";
        for (message, expected) in [
            ("Expected ',' or ']' after array element in JSON at position 27 (line 1 column 28)", at(1, 28)),
            ("JSON.parse: expected ',' or ']' after array element at line 3 column 1 of the JSON data", at(3, 1)),
            ("Unexpected token } in JSON at position 15", at(3, 1)),
            ("Unexpected token : in JSON at position 7", at(2, 6)),
            ("Unexpected token 'l', \"line 9 column 9\" is not valid JSON at position 7 (line 2 column 6)", at(2, 6)),
            ("Unexpected end of JSON input", None),
            ("JSON Parse error: Unexpected EOF", None),
            ("at position 99", None),
            ("line 0 column 0", None),
            ("line 99999999999999999999999 column 2", None),
        ] {
            assert_eq!(JsonAt::from_parser(message, text), expected, "{message}");
        }
    }

    #[test]
    fn a_file_is_named_for_its_title() {
        assert_eq!(file_name(""), "scenario-bassin-minier.json");
        assert_eq!(
            file_name("Atelier « Réduction » 2021 / <b>"),
            "scenario-atelier-reduction-2021-b.json"
        );
        assert_eq!(
            file_name(&"é".repeat(500)).len(),
            "scenario-.json".len() + 60
        );
    }

    #[test]
    fn a_file_reads_back_as_written() {
        let base = signed_convention();
        let mut s = base.clone();
        s.apply(Edit::AddYear(2022), &base).unwrap();
        s.apply(Edit::SetFloor(Money::euros(3)), &base).unwrap();
        s.apply(Edit::SetTitle("Atelier \"A\"".into()), &base)
            .unwrap();
        let json = serde_json::to_string_pretty(&to_file(Base::Convention, &s)).unwrap();
        assert!(json.contains("\"format\": \"simulateur-bassin-minier\""));
        assert_eq!(read(&json), Ok((Base::Convention, s)));
    }

    #[test]
    fn what_the_simulator_sets_comes_from_the_simulator() {
        let mut s = signed_convention();
        s.name.fr = "<img src=x onerror=alert(1)>".into();
        s.departements_mut()[0].name = "Ailleurs".into();
        let json = serde_json::to_string(&to_file(Base::Convention, &s)).unwrap();
        assert_eq!(read(&json), Ok((Base::Convention, signed_convention())));
    }

    #[test]
    fn each_kind_of_bad_file_is_named() {
        let good = serde_json::to_value(to_file(Base::Convention, &signed_convention())).unwrap();
        let with = |f: fn(&mut serde_json::Value)| {
            let mut v = good.clone();
            f(&mut v);
            read(&v.to_string())
        };
        assert_eq!(read("[1, 2]"), Err(FileError::NotOurs));
        assert_eq!(
            with(|v| v["format"] = "autre".into()),
            Err(FileError::NotOurs)
        );
        assert_eq!(
            with(|v| v["version"] = 2.into()),
            Err(FileError::FutureVersion(2))
        );
        assert!(matches!(
            with(|v| v["scenario"]["years"] = "x".into()),
            Err(FileError::Structure { path, .. }) if path == "scenario.years"
        ));
        assert!(matches!(
            with(|v| v["scenario"]["cells"][3]["state"] = "-5".into()),
            Err(FileError::Structure { path, .. }) if path == "scenario.cells[3].state"
        ));
        assert_eq!(
            with(|v| v["scenario"]["departements"][1]["id"] = "75".into()),
            Err(FileError::Invalid(Invalid::DeptsDiffer))
        );
        assert_eq!(
            with(|v| v["scenario"]["years"][0]["year"] = 2030.into()),
            Err(FileError::Invalid(Invalid::YearOutOfOrder(2020)))
        );
        assert_eq!(
            with(|v| v["scenario"]["rules"][3]["ratio"] = "1000000000000".into()),
            Err(FileError::Invalid(Invalid::Ratio(
                crate::domain::ratio::RatioError::TooLarge
            )))
        );
    }
}
