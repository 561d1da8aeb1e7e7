//! Which Fluent message explains each lexical error, and with which arguments.

use super::{EscapeProblem, LexicalError, NumberKind};

impl LexicalError {
    /// The Fluent message explaining it, with its arguments.
    pub fn explanation(&self) -> (&'static str, Vec<(&'static str, String)>) {
        use LexicalError as E;
        let text = |value: &dyn std::fmt::Display| value.to_string();
        match self {
            E::InconsistentTabs => ("python-lexer-inconsistent-tabs", Vec::new()),
            E::UnindentMismatch => ("python-lexer-unindent-mismatch", Vec::new()),
            E::TooManyIndentationLevels => ("python-lexer-too-many-indentation-levels", Vec::new()),
            E::UnexpectedCharacterAfterBackslash => {
                ("python-lexer-character-after-backslash", Vec::new())
            }
            E::EndOfFileAfterBackslash => ("python-lexer-end-after-backslash", Vec::new()),
            E::NullByte => ("python-lexer-null-byte", Vec::new()),
            E::TooManyNestedBrackets => ("python-lexer-too-many-nested-brackets", Vec::new()),
            E::UnmatchedClosingBracket { closing } => (
                "python-lexer-unmatched-closing-bracket",
                vec![("closing", text(closing))],
            ),
            E::MismatchedBrackets {
                closing,
                opening,
                opening_line,
            } => {
                let mut arguments = vec![
                    ("closing", text(closing)),
                    ("opening", text(opening)),
                    ("expected", text(&closing_bracket_for(*opening))),
                ];
                match opening_line {
                    Some(line) => {
                        arguments.push(("line", text(line)));
                        ("python-lexer-mismatched-brackets-on-line", arguments)
                    }
                    None => ("python-lexer-mismatched-brackets", arguments),
                }
            }
            E::UnclosedBracket { opening } => (
                "python-lexer-unclosed-bracket",
                vec![
                    ("opening", text(opening)),
                    ("closing", text(&closing_bracket_for(*opening))),
                ],
            ),
            E::InvalidCharacter { character } => invalid_character_explanation(*character),
            E::NonPrintableCharacter { character } => (
                "python-lexer-non-printable-character",
                vec![("code", format!("U+{:04X}", u32::from(*character)))],
            ),
            E::UnknownSymbol { symbol } => match *symbol {
                "<>" => ("python-lexer-old-not-equal", Vec::new()),
                "!" => ("python-lexer-lone-exclamation-mark", Vec::new()),
                _ => (
                    "python-lexer-unknown-symbol",
                    vec![("symbol", text(symbol))],
                ),
            },
            E::InvalidNumber { kind } => (
                match kind {
                    NumberKind::Decimal => "python-lexer-invalid-decimal",
                    NumberKind::Hexadecimal => "python-lexer-invalid-hexadecimal",
                    NumberKind::Octal => "python-lexer-invalid-octal",
                    NumberKind::Binary => "python-lexer-invalid-binary",
                    NumberKind::Imaginary => "python-lexer-invalid-imaginary",
                },
                Vec::new(),
            ),
            E::InvalidDigit { digit, kind } => (
                match kind {
                    NumberKind::Binary => "python-lexer-invalid-binary-digit",
                    _ => "python-lexer-invalid-octal-digit",
                },
                vec![("digit", text(digit))],
            ),
            E::LeadingZeros => ("python-lexer-leading-zeros", Vec::new()),
            E::UnterminatedString { start_line, .. } => (
                "python-lexer-unterminated-string",
                vec![("line", text(start_line))],
            ),
            E::UnterminatedTripleQuotedString { start_line, .. } => (
                "python-lexer-unterminated-triple-quoted-string",
                vec![("line", text(start_line))],
            ),
            E::NonAsciiInBytes => ("python-lexer-non-ascii-in-bytes", Vec::new()),
            E::InvalidUnicodeEscape { problem, .. } => (
                match problem {
                    EscapeProblem::TruncatedX => "python-lexer-escape-x",
                    EscapeProblem::TruncatedSmallU => "python-lexer-escape-small-u",
                    EscapeProblem::TruncatedBigU => "python-lexer-escape-big-u",
                    EscapeProblem::IllegalCharacter => "python-lexer-escape-too-big",
                    EscapeProblem::MalformedName => "python-lexer-escape-malformed-name",
                    EscapeProblem::UnknownName => "python-lexer-escape-unknown-name",
                },
                Vec::new(),
            ),
            E::InvalidBytesEscape { .. } => ("python-lexer-escape-x", Vec::new()),
            E::FStringExpectingClosingBrace => ("python-lexer-fstring-expecting-brace", Vec::new()),
            E::FStringSingleClosingBrace => ("python-lexer-fstring-single-brace", Vec::new()),
            E::FStringBackslash => ("python-lexer-fstring-backslash", Vec::new()),
            E::FStringHash => ("python-lexer-fstring-hash", Vec::new()),
            E::FStringEmptyExpression => ("python-lexer-fstring-empty", Vec::new()),
            E::FStringExpressionRequired { before } => (
                "python-lexer-fstring-expression-required",
                vec![("sign", text(before))],
            ),
            E::FStringInvalidConversion => ("python-lexer-fstring-conversion", Vec::new()),
            E::FStringUnmatchedClosingBracket { closing } => (
                "python-lexer-fstring-unmatched-closing",
                vec![("closing", text(closing))],
            ),
            E::FStringUnclosedBracket { opening } => (
                "python-lexer-fstring-unclosed-bracket",
                vec![
                    ("opening", text(opening)),
                    ("closing", text(&closing_bracket_for(*opening))),
                ],
            ),
            E::FStringMismatchedBrackets { closing, opening } => (
                "python-lexer-fstring-mismatched-brackets",
                vec![
                    ("closing", text(closing)),
                    ("opening", text(opening)),
                    ("expected", text(&closing_bracket_for(*opening))),
                ],
            ),
            E::FStringUnterminatedString => {
                ("python-lexer-fstring-unterminated-string", Vec::new())
            }
            E::FStringNestedTooDeeply => ("python-lexer-fstring-nested-too-deeply", Vec::new()),
            E::FStringExpression { error } => error.explanation(),
            E::FStringTooManyNestedBrackets => {
                ("python-lexer-too-many-nested-brackets", Vec::new())
            }
        }
    }
}

/// The bracket that closes `opening`.
fn closing_bracket_for(opening: char) -> char {
    match opening {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// A friendlier explanation for the characters word processors and phones put in.
fn invalid_character_explanation(character: char) -> (&'static str, Vec<(&'static str, String)>) {
    let replacement = match character {
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' => Some("\""),
        '‘' | '’' | '‚' | '‛' | '′' => Some("'"),
        '–' | '—' | '−' | '‐' | '‑' | '‒' => Some("-"),
        '×' | '·' => Some("*"),
        '÷' => Some("/"),
        '≠' => Some("!="),
        '≤' => Some("<="),
        '≥' => Some(">="),
        '（' => Some("("),
        '）' => Some(")"),
        '，' => Some(","),
        '：' => Some(":"),
        _ => None,
    };
    let code = format!("U+{:04X}", u32::from(character));
    let arguments = vec![("character", character.to_string()), ("code", code)];
    match replacement {
        Some(replacement) => {
            let mut arguments = arguments;
            arguments.push(("replacement", replacement.to_owned()));
            ("python-lexer-look-alike-character", arguments)
        }
        None => ("python-lexer-invalid-character", arguments),
    }
}
