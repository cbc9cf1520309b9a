//! A snapshot as the text of a link's fragment: `s=` then, in URL-safe base64 without
//! padding, one byte of format version, the snapshot in postcard, and a CRC-32 of both
//! (little-endian), so that a link cut or altered on its way is refused rather than read as
//! some other scenario.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::{DecodeError, Engine};

use super::base::Base;
use super::snapshot::Snapshot;
use crate::domain::scenario::Scenario;
use crate::domain::validate::Invalid;

/// What starts a fragment that holds a scenario; any other fragment is an anchor in the page.
pub const PREFIX: &str = "s=";

/// The format version written today. Each version that ever shipped stays readable.
pub const VERSION: u8 = 1;

/// The longest fragment read, in bytes: the largest grid, 101 × 20 × 8, with every amount
/// changed takes about 300 000. Anything longer is refused before any work proportional to it.
pub const MAX_LINK_BYTES: usize = 400_000;

const CHECKSUM: crc::Crc<u32, crc::NoTable> =
    crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

/// Why a link's fragment is not a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not a scenario at all: no `s=`.
    NotAScenario,
    /// Longer than [`MAX_LINK_BYTES`].
    TooLong,
    /// A `%` not followed by two hexadecimal digits, or escapes that make no text.
    BadEscape,
    /// A character that base64 links never hold, at this position (from 1).
    BadCharacter { at: usize, ch: char },
    /// Too short to be a whole link: cut off.
    Truncated,
    /// The checksum does not match: changed on its way.
    Damaged,
    /// Written by a later version of the simulator.
    FutureVersion(u8),
    /// A version no simulator ever wrote.
    UnknownVersion(u8),
    /// The checksum matches but the content is not a scenario of its version.
    Malformed,
}

/// Why a link did not open: it is not a link of ours, or what it holds is not a scenario
/// the app can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    Link(LinkError),
    Invalid(Invalid),
}

/// The fragment of the link to `s`, a scenario built on `base` (whose scenario is
/// `baseline`), without the `#`.
pub fn link_to(base: Base, baseline: &Scenario, s: &Scenario) -> String {
    encode(&Snapshot::of(base, baseline, s))
}

/// The scenario a link's fragment holds, and what it builds on.
pub fn open(fragment: &str) -> Result<(Base, Scenario), OpenError> {
    let snapshot = decode(fragment).map_err(OpenError::Link)?;
    let scenario = snapshot.restore().map_err(OpenError::Invalid)?;
    Ok((snapshot.base, scenario))
}

/// The fragment for `snapshot`, without the `#`.
pub fn encode(snapshot: &Snapshot) -> String {
    let mut bytes = vec![VERSION];
    // Serialising into a vector only fails when memory does.
    bytes.extend(postcard::to_allocvec(snapshot).unwrap_or_default());
    let sum = CHECKSUM.checksum(&bytes);
    bytes.extend(sum.to_le_bytes());
    let mut text = String::with_capacity(PREFIX.len() + bytes.len() * 4 / 3 + 4);
    text.push_str(PREFIX);
    URL_SAFE_NO_PAD.encode_string(&bytes, &mut text);
    text
}

/// Reads a fragment, with or without its `#`, percent-escaped or not. Linear in its length,
/// and any text at all gives a snapshot or an error.
pub fn decode(fragment: &str) -> Result<Snapshot, LinkError> {
    if fragment.len() > MAX_LINK_BYTES {
        return Err(LinkError::TooLong);
    }
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let unescaped = percent_decoded(fragment)?;
    let body = unescaped
        .strip_prefix(PREFIX)
        .ok_or(LinkError::NotAScenario)?;
    let body = mended(body);
    let body = body.as_str();
    let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|e| match e {
        DecodeError::InvalidByte(at, _) => LinkError::BadCharacter {
            at: PREFIX.len() + body.get(..at).map_or(at, |b| b.chars().count()) + 1,
            ch: body.get(at..).and_then(|b| b.chars().next()).unwrap_or('?'),
        },
        _ => LinkError::Truncated,
    })?;
    let Some(split) = bytes.len().checked_sub(4).filter(|&n| n >= 1) else {
        return Err(LinkError::Truncated);
    };
    let (content, sum) = bytes.split_at(split);
    let sum = u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]]);
    if CHECKSUM.checksum(content) != sum {
        return Err(LinkError::Damaged);
    }
    match content[0] {
        1 => match postcard::take_from_bytes::<Snapshot>(&content[1..]) {
            Ok((snapshot, [])) => Ok(snapshot),
            _ => Err(LinkError::Malformed),
        },
        v if v > VERSION => Err(LinkError::FutureVersion(v)),
        v => Err(LinkError::UnknownVersion(v)),
    }
}

/// What mail clients do to a long link undone: line breaks and spaces inserted where they
/// wrap it, punctuation of the sentence it ends (`.`, `)`, `>`) glued to it. Base64 holds
/// none of these, and the checksum still catches any other change.
fn mended(body: &str) -> String {
    let kept: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    let end = kept
        .trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '-' && c != '_')
        .len();
    kept[..end].to_string()
}

/// `%XX` escapes undone, as a mail client or a browser may have added them.
fn percent_decoded(text: &str) -> Result<std::borrow::Cow<'_, str>, LinkError> {
    if !text.contains('%') {
        return Ok(text.into());
    }
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b != b'%' {
            out.push(b);
            continue;
        }
        let hex = |b: Option<u8>| b.and_then(|b| char::from(b).to_digit(16));
        match (hex(bytes.next()), hex(bytes.next())) {
            (Some(hi), Some(lo)) => out.push((hi * 16 + lo) as u8),
            _ => return Err(LinkError::BadEscape),
        }
    }
    String::from_utf8(out)
        .map(Into::into)
        .map_err(|_| LinkError::BadEscape)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::base::Base;
    use crate::domain::defaults::signed_convention;

    fn convention() -> Snapshot {
        let s = signed_convention();
        Snapshot::of(Base::Convention, &s, &s)
    }

    #[test]
    fn a_link_reads_back_escaped_or_not() {
        let link = encode(&convention());
        assert!(link.starts_with("s="));
        assert_eq!(decode(&link), Ok(convention()));
        assert_eq!(decode(&format!("#{link}")), Ok(convention()));
        assert_eq!(decode(&link.replace('=', "%3D")), Ok(convention()));
    }

    #[test]
    fn what_mail_clients_add_is_mended() {
        let link = encode(&convention());
        let (head, tail) = link.split_at(8);
        for mangled in [
            format!("{link}."),
            format!("{link})."),
            format!("{link}>"),
            format!("{head} {tail}"),
            format!("{head}\r\n{tail}"),
            format!("{head}%20{tail}"),
            format!("{head}%0A{tail}%2E"),
        ] {
            assert_eq!(decode(&mangled), Ok(convention()), "{mangled:?}");
        }
    }

    #[test]
    fn each_kind_of_bad_link_is_named() {
        let link = encode(&convention());
        let mut flipped = link.clone().into_bytes();
        let last = flipped.len() - 3;
        flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).unwrap();
        let cases = [
            ("", LinkError::NotAScenario),
            ("main", LinkError::NotAScenario),
            ("s=", LinkError::Truncated),
            ("s=AAAA", LinkError::Truncated),
            (&link[..link.len() - 4], LinkError::Damaged),
            (&link[..link.len() - 3], LinkError::Truncated),
            (&flipped, LinkError::Damaged),
            ("s=%zz", LinkError::BadEscape),
            ("s=%", LinkError::BadEscape),
            ("s=%ff%fe", LinkError::BadEscape),
            ("s=ab<script>", LinkError::BadCharacter { at: 5, ch: '<' }),
            ("s=abc€", LinkError::BadCharacter { at: 6, ch: '€' }),
        ];
        for (text, expected) in cases {
            assert_eq!(decode(text), Err(expected), "{text:?}");
        }
        assert_eq!(
            decode(&"A".repeat(MAX_LINK_BYTES + 1)),
            Err(LinkError::TooLong)
        );
    }

    /// A link with a valid checksum around the given bytes.
    fn sealed(content: &[u8]) -> String {
        let mut bytes = content.to_vec();
        bytes.extend(CHECKSUM.checksum(content).to_le_bytes());
        format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
    }

    #[test]
    fn versions_are_told_apart() {
        assert_eq!(decode(&sealed(&[2, 0])), Err(LinkError::FutureVersion(2)));
        assert_eq!(decode(&sealed(&[0, 0])), Err(LinkError::UnknownVersion(0)));
        assert_eq!(decode(&sealed(&[1])), Err(LinkError::Malformed));
        assert_eq!(decode(&sealed(&[1, 7, 7, 7])), Err(LinkError::Malformed));
        let mut trailing = vec![1];
        trailing.extend(postcard::to_allocvec(&convention()).unwrap());
        trailing.push(0);
        assert_eq!(decode(&sealed(&trailing)), Err(LinkError::Malformed));
    }

    #[test]
    fn a_claimed_length_past_the_end_is_malformed_not_a_huge_allocation() {
        // Version 1, base 0, a title claiming 2⁶³ bytes.
        let content = [1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
        assert_eq!(decode(&sealed(&content)), Err(LinkError::Malformed));
    }
}
