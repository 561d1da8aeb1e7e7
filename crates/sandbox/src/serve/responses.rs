//! What the classroom server answers to one request: a pure function of the
//! request and the app's files, so it is tested without a network.

use std::borrow::Cow;

use super::app_files::{self, AppFile};

/// The answer to one request.
#[derive(Debug)]
pub struct Answer {
    /// The HTTP status code.
    pub status: u16,
    /// Headers besides `Content-Length`.
    pub headers: Vec<(&'static str, Cow<'static, str>)>,
    /// The body (empty for 304; also given for `HEAD`, whose body hyper
    /// leaves out while sending its `Content-Length`).
    pub body: Cow<'static, [u8]>,
}

/// The parts of a request the answer depends on.
#[derive(Debug, Default)]
pub struct Asked<'request> {
    /// `GET`, `HEAD`, ….
    pub method: &'request str,
    /// The request target as sent (`/packs/robot.toml?x=1`).
    pub target: &'request str,
    /// The `Accept-Encoding` header, if any.
    pub accept_encoding: Option<&'request str>,
    /// The `If-None-Match` header, if any.
    pub if_none_match: Option<&'request str>,
}

/// Answers `asked` from `files`.
pub fn answer(files: &[AppFile], asked: &Asked<'_>) -> Answer {
    let is_head = asked.method.eq_ignore_ascii_case("HEAD");
    if !is_head && !asked.method.eq_ignore_ascii_case("GET") {
        let mut answer = plain(405, "only GET and HEAD are served\n");
        answer.headers.push(("Allow", Cow::Borrowed("GET, HEAD")));
        return answer;
    }
    let Some(path) = file_path(asked.target) else {
        return plain(404, "not found\n");
    };
    let Some(file) = app_files::find(files, &path) else {
        return plain(404, "not found\n");
    };
    let tag = format!("\"{}\"", file.tag);
    let mut headers: Vec<(&'static str, Cow<'static, str>)> = vec![
        (
            "Content-Type",
            Cow::Borrowed(app_files::content_type(file.path)),
        ),
        ("Cache-Control", Cow::Borrowed(cache_control(file.path))),
        ("ETag", Cow::Owned(tag.clone())),
        ("X-Content-Type-Options", Cow::Borrowed("nosniff")),
    ];
    if file.is_gzip {
        headers.push(("Vary", Cow::Borrowed("Accept-Encoding")));
    }
    if asked.if_none_match.is_some_and(|tags| {
        tags.split(',')
            .any(|each| each.trim() == tag || each.trim() == "*")
    }) {
        return Answer {
            status: 304,
            headers,
            body: Cow::Borrowed(&[]),
        };
    }
    let body: Cow<'static, [u8]> = if !file.is_gzip {
        Cow::Borrowed(file.stored)
    } else if accepts_gzip(asked.accept_encoding) {
        headers.push(("Content-Encoding", Cow::Borrowed("gzip")));
        Cow::Borrowed(file.stored)
    } else {
        match gunzip(file.stored, file.size) {
            Some(bytes) => Cow::Owned(bytes),
            None => return plain(500, "a stored file is damaged\n"),
        }
    };
    Answer {
        status: 200,
        headers,
        body,
    }
}

/// The app file a request target names: `/` is `index.html`; the query and
/// fragment are ignored; percent escapes are decoded; anything that could
/// leave the app's folder or names a folder is refused.
pub fn file_path(target: &str) -> Option<String> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let path = path.strip_prefix('/')?;
    let decoded = percent_decode(path)?;
    if decoded.is_empty() {
        return Some("index.html".to_owned());
    }
    let is_safe = decoded.split('/').all(|part| {
        !part.is_empty() && part != "." && part != ".." && !part.contains(['\\', '\0'])
    });
    is_safe.then_some(decoded)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

/// Hashed files never change; everything else is checked with the server on
/// every use (the page, the service worker, the packs and the translations).
fn cache_control(path: &str) -> &'static str {
    if app_files::is_content_hashed(path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

fn accepts_gzip(accept_encoding: Option<&str>) -> bool {
    accept_encoding.is_some_and(|header| {
        header.split(',').any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|parameter| {
                let parameter = parameter.trim().replace(' ', "");
                parameter == "q=0" || parameter == "q=0.0" || parameter == "q=0.00"
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
    })
}

fn gunzip(stored: &[u8], size: usize) -> Option<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::with_capacity(size);
    flate2::read::GzDecoder::new(stored)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(bytes)
}

fn plain(status: u16, text: &'static str) -> Answer {
    Answer {
        status,
        headers: vec![
            ("Content-Type", Cow::Borrowed("text/plain; charset=utf-8")),
            ("Cache-Control", Cow::Borrowed("no-store")),
        ],
        body: Cow::Borrowed(text.as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn gzip_of(text: &str) -> &'static [u8] {
        use std::io::Write as _;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(text.as_bytes()).unwrap();
        Box::leak(encoder.finish().unwrap().into_boxed_slice())
    }

    fn files() -> Vec<AppFile> {
        let page = "<!doctype html><p>the app</p>".repeat(20);
        vec![
            AppFile {
                path: "index.html",
                stored: gzip_of(&page),
                is_gzip: true,
                size: page.len(),
                tag: "00000000000000aa",
            },
            AppFile {
                path: "app-0123456789abcdef_bg.wasm",
                stored: b"\0asm",
                is_gzip: false,
                size: 4,
                tag: "00000000000000bb",
            },
            AppFile {
                path: "packs/robot.toml",
                stored: b"id = 'robot'",
                is_gzip: false,
                size: 12,
                tag: "00000000000000cc",
            },
        ]
    }

    fn get(target: &str, accept_encoding: Option<&str>) -> Answer {
        answer(
            &files(),
            &Asked {
                method: "GET",
                target,
                accept_encoding,
                if_none_match: None,
            },
        )
    }

    fn header(answer: &Answer, name: &str) -> Option<String> {
        answer
            .headers
            .iter()
            .find(|(each, _)| *each == name)
            .map(|(_, value)| value.to_string())
    }

    #[test]
    fn the_page_is_sent_compressed_to_browsers_and_plain_to_others() {
        let compressed = get("/", Some("gzip, deflate, br"));
        assert_eq!(compressed.status, 200);
        assert_eq!(
            header(&compressed, "Content-Encoding").as_deref(),
            Some("gzip")
        );
        assert_eq!(
            header(&compressed, "Cache-Control").as_deref(),
            Some("no-cache")
        );
        assert!(compressed.body.starts_with(&[0x1f, 0x8b]));
        for refusing in [None, Some("identity"), Some("gzip;q=0, br")] {
            let plain = get("/index.html?from=link", refusing);
            assert_eq!(header(&plain, "Content-Encoding"), None, "{refusing:?}");
            assert!(plain.body.starts_with(b"<!doctype html>"));
            assert_eq!(plain.body.len(), files()[0].size);
        }
    }

    #[test]
    fn types_and_caching_follow_the_file() {
        let wasm = get("/app-0123456789abcdef_bg.wasm", Some("gzip"));
        assert_eq!(
            header(&wasm, "Content-Type").as_deref(),
            Some("application/wasm")
        );
        assert_eq!(
            header(&wasm, "Cache-Control").as_deref(),
            Some("public, max-age=31536000, immutable")
        );
        assert_eq!(header(&wasm, "Content-Encoding"), None);
        let pack = get("/packs/robot.toml", Some("gzip"));
        assert_eq!(
            header(&pack, "Content-Type").as_deref(),
            Some("text/plain; charset=utf-8")
        );
        assert_eq!(header(&pack, "Cache-Control").as_deref(), Some("no-cache"));
    }

    #[test]
    fn a_known_version_is_answered_with_not_modified() {
        let answered = answer(
            &files(),
            &Asked {
                method: "GET",
                target: "/packs/robot.toml",
                accept_encoding: None,
                if_none_match: Some("\"00000000000000cc\""),
            },
        );
        assert_eq!(answered.status, 304);
        assert!(answered.body.is_empty());
    }

    #[test]
    fn folders_outside_paths_and_other_methods_are_refused() {
        for target in [
            "/packs/",
            "/packs",
            "/../Cargo.toml",
            "/packs/%2e%2e/index.html",
            "/packs//robot.toml",
            "/%zz",
            "no-slash",
            "/packs\\robot.toml",
        ] {
            assert_eq!(get(target, None).status, 404, "{target}");
        }
        let posted = answer(
            &files(),
            &Asked {
                method: "POST",
                target: "/",
                ..Asked::default()
            },
        );
        assert_eq!(posted.status, 405);
    }

    #[test]
    fn trunk_hashes_are_told_from_plain_names() {
        assert!(app_files::is_content_hashed("bastau-36024e4fced505eb.js"));
        assert!(app_files::is_content_hashed(
            "bastau-36024e4fced505eb_bg.wasm"
        ));
        assert!(!app_files::is_content_hashed("index.html"));
        assert!(!app_files::is_content_hashed("service-worker.js"));
        assert!(!app_files::is_content_hashed("packs/first-steps.toml"));
    }
}
