//! Which links and images a pack may show.
//!
//! A link's destination is read as a browser reads it: leading and trailing
//! spaces and control characters are ignored, and tabs and line breaks inside
//! are removed (`java\tscript:` is `javascript:`). Then only the schemes
//! `http`, `https` and `mailto` (in any case) make a web link, and `#x` makes
//! an in-page link; everything else (`javascript:`, `data:`, `file:`,
//! `//host`, a relative `other.md`) is unsafe.
//!
//! An image must be a relative path inside the pack, checked after its
//! `%XX` escapes are decoded (browsers read `%2e%2e` as `..`).

use super::anchor::{anchor_of_fragment, percent_decoded};
use super::LinkTarget;

/// The schemes a web link may use.
const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Where a link may go, or `None` when it is unsafe.
pub(super) fn link_target(destination: &str) -> Option<LinkTarget> {
    let cleaned = cleaned_destination(destination);
    if let Some(fragment) = cleaned.strip_prefix('#') {
        return anchor_of_fragment(fragment).map(LinkTarget::Anchor);
    }
    let scheme = scheme_of(&cleaned)?;
    SAFE_SCHEMES
        .iter()
        .any(|safe| safe.eq_ignore_ascii_case(scheme))
        .then(|| LinkTarget::Web(cleaned.clone()))
}

/// The path of an image whose source is a relative path inside the pack (as
/// a browser reads it), or `None` when it is not.
pub(super) fn image_path_inside_pack(source: &str) -> Option<String> {
    let cleaned = cleaned_destination(source);
    let decoded = percent_decoded(&cleaned);
    let is_inside = is_relative_pack_path(&cleaned) && is_relative_pack_path(&decoded);
    is_inside.then_some(cleaned)
}

/// Whether `path` is non-empty, relative, without scheme, backslash or `..` segment.
fn is_relative_pack_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains(['\\', ':'])
        && !path.chars().any(char::is_control)
        && path.split(['/', '?', '#']).all(|segment| segment != "..")
}

/// The destination as a browser reads it: trimmed of spaces and control
/// characters, without the tabs and line breaks inside.
fn cleaned_destination(destination: &str) -> String {
    destination
        .trim_matches(|character: char| character.is_whitespace() || character.is_control())
        .chars()
        .filter(|character| !matches!(character, '\t' | '\n' | '\r'))
        .collect()
}

/// The scheme of `url` (the letters before its first `:`), if it has one.
fn scheme_of(url: &str) -> Option<&str> {
    let (scheme, _) = url.split_once(':')?;
    let mut characters = scheme.chars();
    let starts_with_letter = characters
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic());
    let is_scheme = starts_with_letter
        && characters
            .all(|character| character.is_ascii_alphanumeric() || "+-.".contains(character));
    is_scheme.then_some(scheme)
}
