//! The query's options: `?embed=1&lang=en&readonly=1&view=plan&dept=62&origins=https://a.example`.
//! Anything not understood is left out, never an error: a host's typo must not break its page.

/// The section shown first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Grid,
    Rules,
    Plan,
}

impl View {
    pub const ALL: [View; 3] = [View::Grid, View::Rules, View::Plan];

    /// The option's value in the query.
    pub fn slug(self) -> &'static str {
        match self {
            View::Grid => "grid",
            View::Rules => "rules",
            View::Plan => "plan",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// `embed=1`: the compact layout, without the page's chrome.
    pub embed: bool,
    /// `readonly=1`: nothing can be changed; « Ouvrir dans le simulateur » opens it full-page.
    pub readonly: bool,
    /// `view=grid|rules|plan`.
    pub view: Option<View>,
    /// `dept=59`: one département only (its code).
    pub dept: Option<String>,
    /// `origins=https://a.example,https://b.example`: the host origins allowed to send
    /// messages, and the only ones the app posts to when given.
    pub origins: Vec<String>,
    /// `presenter=1`: large type and high contrast for a projected screen.
    pub presenter: bool,
}

/// The most origins read, and the longest query read: a host's address, not a document.
const MAX_ORIGINS: usize = 20;
const MAX_QUERY_BYTES: usize = 8_000;

impl Options {
    /// Reads a query string, with or without its `?`.
    pub fn from_query(query: &str) -> Options {
        let mut options = Options::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        if query.len() > MAX_QUERY_BYTES {
            return options;
        }
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = unescaped(value);
            let on = matches!(value.as_str(), "1" | "true" | "yes" | "oui");
            match key {
                "embed" => options.embed = on,
                "readonly" => options.readonly = on,
                "presenter" => options.presenter = on,
                "view" => {
                    options.view = match value.as_str() {
                        "grid" => Some(View::Grid),
                        "rules" => Some(View::Rules),
                        "plan" => Some(View::Plan),
                        _ => None,
                    }
                }
                "dept"
                    if !value.is_empty()
                        && value.len() <= 8
                        && value.bytes().all(|b| b.is_ascii_alphanumeric()) =>
                {
                    options.dept = Some(value)
                }
                "origins" => {
                    options.origins = value
                        .split(',')
                        .filter_map(origin)
                        .take(MAX_ORIGINS)
                        .collect()
                }
                _ => {}
            }
        }
        options
    }

    /// The query that asks for these options (with `lang=en` when asked), `?embed=1…`: what
    /// the « Intégrer » dialog writes into the snippet.
    pub fn to_query(&self, english: bool) -> String {
        let mut pairs = Vec::new();
        let mut on = |flag: bool, key: &str| {
            if flag {
                pairs.push(format!("{key}=1"));
            }
        };
        on(self.embed, "embed");
        on(self.readonly, "readonly");
        on(self.presenter, "presenter");
        if english {
            pairs.push("lang=en".into());
        }
        if let Some(view) = self.view {
            pairs.push(format!("view={}", view.slug()));
        }
        if let Some(dept) = &self.dept {
            pairs.push(format!("dept={dept}"));
        }
        if !self.origins.is_empty() {
            pairs.push(format!("origins={}", self.origins.join(",")));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// Whether a message from `origin` may be read: only from a listed origin.
    pub fn accepts(&self, origin: &str) -> bool {
        self.origins.iter().any(|o| o == origin)
    }
}

/// An origin as browsers write it (`https://a.example`, `http://localhost:8080`): scheme,
/// host and optional port, lower case, nothing after. Anything else is not an origin.
pub fn origin(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('/').to_ascii_lowercase();
    let (scheme, rest) = text.split_once("://")?;
    if !matches!(scheme, "http" | "https") || rest.is_empty() {
        return None;
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => {
            (h, Some(p))
        }
        Some(_) => return None,
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'[' || b == b']');
    host_ok.then(|| match port {
        Some(p) => format!("{scheme}://{host}:{p}"),
        None => format!("{scheme}://{host}"),
    })
}

/// `%XX` escapes and `+` undone, as a query may carry them; a bad escape is kept as written.
fn unescaped(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |j: usize| bytes.get(j).and_then(|b| char::from(*b).to_digit(16));
        match bytes[i] {
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_query_reads_as_documented() {
        let o = Options::from_query("?embed=1&lang=en&readonly=1&view=plan&dept=62&origins=https://a.example,https://b.example");
        assert_eq!(
            o,
            Options {
                embed: true,
                readonly: true,
                view: Some(View::Plan),
                dept: Some("62".into()),
                origins: vec!["https://a.example".into(), "https://b.example".into()],
                presenter: false,
            }
        );
        assert!(o.accepts("https://b.example"));
        assert!(!o.accepts("https://c.example"));
        assert!(!o.accepts("https://a.example.evil"));
    }

    #[test]
    fn nothing_a_host_writes_breaks_it() {
        assert_eq!(Options::from_query(""), Options::default());
        assert_eq!(
            Options::from_query("?embed=0&view=map&dept=<b>"),
            Options::default()
        );
        let o = Options::from_query("origins=https%3A%2F%2FA.example%2F,javascript:alert(1),*,http://localhost:8080,https://x.example/path");
        assert_eq!(
            o.origins,
            vec!["https://a.example", "http://localhost:8080"]
        );
        let long = format!("embed=1&{}", "x".repeat(10_000));
        assert_eq!(Options::from_query(&long), Options::default());
        assert!(
            !Options::default().accepts("https://a.example"),
            "no origin listed: no message read"
        );
    }

    #[test]
    fn the_snippet_s_query_reads_back_as_the_options_chosen() {
        let o = Options {
            embed: true,
            readonly: true,
            view: Some(View::Rules),
            dept: Some("59".into()),
            origins: vec!["https://a.example".into(), "http://localhost:8080".into()],
            presenter: false,
        };
        let q = o.to_query(true);
        assert_eq!(q, "?embed=1&readonly=1&lang=en&view=rules&dept=59&origins=https://a.example,http://localhost:8080");
        assert_eq!(Options::from_query(&q), o);
        assert_eq!(Options::default().to_query(false), "");
    }

    #[test]
    fn origins_are_written_as_browsers_write_them() {
        assert_eq!(
            origin("https://A.Example:8443/").as_deref(),
            Some("https://a.example:8443")
        );
        for bad in [
            "a.example",
            "ftp://a.example",
            "https://",
            "https://a.example:",
            "https://a.example:80x",
            "https://a b",
        ] {
            assert_eq!(origin(bad), None, "{bad}");
        }
    }
}
