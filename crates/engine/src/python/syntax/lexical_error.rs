//! The lexer's errors: what can be wrong with strings, numbers, indentation and brackets.
//!
//! Each kind carries its data. [`LexicalError::cpython_message`] words it exactly
//! as CPython 3.11 does; [`LexicalError::explanation`] names the message of
//! `locales/*/python-lexer.ftl` that explains it to a pupil, with a hint
//! (the mapping lives in `lexical_error/explanation.rs`).

mod explanation;

/// A number literal's kind, as CPython's messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// `12`, `1.5`, `1e3`.
    Decimal,
    /// `0x1f`.
    Hexadecimal,
    /// `0o17`.
    Octal,
    /// `0b101`.
    Binary,
    /// `2j`.
    Imaginary,
}

impl NumberKind {
    /// The word CPython puts in "invalid ... literal".
    pub fn name(self) -> &'static str {
        match self {
            NumberKind::Decimal => "decimal",
            NumberKind::Hexadecimal => "hexadecimal",
            NumberKind::Octal => "octal",
            NumberKind::Binary => "binary",
            NumberKind::Imaginary => "imaginary",
        }
    }
}

/// What is wrong with a `\x`, `\u`, `\U` or `\N{...}` escape in a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EscapeProblem {
    /// `\x` without two hexadecimal digits.
    TruncatedX,
    /// `\u` without four hexadecimal digits.
    TruncatedSmallU,
    /// `\U` without eight hexadecimal digits.
    TruncatedBigU,
    /// `\U` with a code above `0010FFFF`.
    IllegalCharacter,
    /// `\N` without `{name}`.
    MalformedName,
    /// `\N{name}` with a name the sandbox does not know.
    UnknownName,
}

impl EscapeProblem {
    /// The codec's words for the problem.
    pub fn description(self) -> &'static str {
        match self {
            EscapeProblem::TruncatedX => "truncated \\xXX escape",
            EscapeProblem::TruncatedSmallU => "truncated \\uXXXX escape",
            EscapeProblem::TruncatedBigU => "truncated \\UXXXXXXXX escape",
            EscapeProblem::IllegalCharacter => "illegal Unicode character",
            EscapeProblem::MalformedName => "malformed \\N character escape",
            EscapeProblem::UnknownName => "unknown Unicode character name",
        }
    }
}

/// Something the lexer could not make a token of.
#[derive(Clone, Debug, PartialEq)]
pub enum LexicalError {
    /// A line indented with tabs and spaces so that its depth depends on the tab size (TabError).
    InconsistentTabs,
    /// A line indented less than its block but not as much as any outer block (IndentationError).
    UnindentMismatch,
    /// More than 99 nested indented blocks (IndentationError).
    TooManyIndentationLevels,
    /// Something other than the end of the line after a `\` that joins lines.
    UnexpectedCharacterAfterBackslash,
    /// The program ends just after a `\` that joins lines.
    EndOfFileAfterBackslash,
    /// A NUL character in the program.
    NullByte,
    /// More than 200 brackets open at once.
    TooManyNestedBrackets,
    /// A closing bracket with no opening one.
    UnmatchedClosingBracket {
        /// `)`, `]` or `}`.
        closing: char,
    },
    /// A closing bracket of another kind than the last opening one.
    MismatchedBrackets {
        /// The closing bracket found.
        closing: char,
        /// The bracket it should have closed.
        opening: char,
        /// The opening bracket's line, when it is not the closing bracket's line.
        opening_line: Option<u32>,
    },
    /// A bracket still open at the end of the program.
    UnclosedBracket {
        /// `(`, `[` or `{`.
        opening: char,
    },
    /// A character that cannot be part of Python code, such as `×` or `“`.
    InvalidCharacter {
        /// The character.
        character: char,
    },
    /// An invisible character, such as a no-break space.
    NonPrintableCharacter {
        /// The character.
        character: char,
    },
    /// A sign Python has no use for (`$`, `?`, a backtick, a lone `!`, `<>`): CPython's
    /// parser says "invalid syntax" there, unless its tokenizer finds a later error.
    UnknownSymbol {
        /// The sign as written.
        symbol: &'static str,
    },
    /// A number glued to letters, or with a misplaced `_` (`1abc`, `1_`, `0x`).
    InvalidNumber {
        /// Which kind of number it looked like.
        kind: NumberKind,
    },
    /// A digit its base does not have, such as `8` in `0o18`.
    InvalidDigit {
        /// The digit.
        digit: char,
        /// [`NumberKind::Octal`] or [`NumberKind::Binary`].
        kind: NumberKind,
    },
    /// A decimal integer written with leading zeros, such as `012`.
    LeadingZeros,
    /// A string in single quotes with no closing quote on its line.
    UnterminatedString {
        /// The line of the opening quote.
        start_line: u32,
        /// The line where CPython noticed the quote was missing.
        detected_at_line: u32,
    },
    /// A triple-quoted string that is never closed.
    UnterminatedTripleQuotedString {
        /// The line of the opening quotes.
        start_line: u32,
        /// The last line of the program.
        detected_at_line: u32,
    },
    /// A non-ASCII character in a `b"..."` literal.
    NonAsciiInBytes,
    /// A `\x`, `\u`, `\U` or `\N` escape that cannot be decoded.
    InvalidUnicodeEscape {
        /// What is wrong.
        problem: EscapeProblem,
        /// The first and last byte of the escape, counted as CPython's codec counts them.
        positions: (usize, usize),
    },
    /// A `\x` escape without two hexadecimal digits in a bytes literal.
    InvalidBytesEscape {
        /// The escape's byte position in the literal.
        position: usize,
    },
    /// An f-string field not closed by `}`.
    FStringExpectingClosingBrace,
    /// A lone `}` in an f-string's text.
    FStringSingleClosingBrace,
    /// A backslash inside an f-string's `{...}`.
    FStringBackslash,
    /// A `#` inside an f-string's `{...}`.
    FStringHash,
    /// An f-string's `{}` with nothing inside.
    FStringEmptyExpression,
    /// An f-string field starting with `!`, `:` or `=`.
    FStringExpressionRequired {
        /// The sign found where the expression should be.
        before: char,
    },
    /// A conversion other than `!r`, `!s` or `!a`.
    FStringInvalidConversion,
    /// A closing bracket with no opening one inside an f-string's `{...}`.
    FStringUnmatchedClosingBracket {
        /// The bracket.
        closing: char,
    },
    /// An opening bracket never closed inside an f-string's `{...}`.
    FStringUnclosedBracket {
        /// The bracket.
        opening: char,
    },
    /// Brackets of different kinds paired inside an f-string's `{...}`.
    FStringMismatchedBrackets {
        /// The closing bracket found.
        closing: char,
        /// The bracket it should have closed.
        opening: char,
    },
    /// A string inside an f-string's `{...}` that is not closed.
    FStringUnterminatedString,
    /// A field inside a field inside a field's format spec.
    FStringNestedTooDeeply,
    /// More than 200 brackets open at once inside an f-string's `{...}`.
    FStringTooManyNestedBrackets,
    /// An error of the tokenizer in an f-string's expression, which CPython
    /// finds when it compiles the expression (an unknown sign there is
    /// "f-string: invalid syntax").
    FStringExpression {
        /// The error, at its place in the whole program.
        error: Box<LexicalError>,
    },
}

impl LexicalError {
    /// The Python exception type.
    pub fn python_type(&self) -> &'static str {
        match self {
            LexicalError::FStringExpression { error } => error.python_type(),
            LexicalError::InconsistentTabs => "TabError",
            LexicalError::UnindentMismatch | LexicalError::TooManyIndentationLevels => {
                "IndentationError"
            }
            _ => "SyntaxError",
        }
    }

    /// CPython 3.11's message.
    pub fn cpython_message(&self) -> String {
        use LexicalError as E;
        let message = match self {
            E::InconsistentTabs => "inconsistent use of tabs and spaces in indentation",
            E::UnindentMismatch => "unindent does not match any outer indentation level",
            E::TooManyIndentationLevels => "too many levels of indentation",
            E::UnexpectedCharacterAfterBackslash => {
                "unexpected character after line continuation character"
            }
            E::EndOfFileAfterBackslash => "unexpected EOF while parsing",
            E::NullByte => "source code cannot contain null bytes",
            E::TooManyNestedBrackets => "too many nested parentheses",
            E::UnmatchedClosingBracket { closing } => return format!("unmatched '{closing}'"),
            E::MismatchedBrackets {
                closing,
                opening,
                opening_line,
            } => {
                let text = format!(
                    "closing parenthesis '{closing}' does not match opening parenthesis '{opening}'"
                );
                return match opening_line {
                    Some(line) => format!("{text} on line {line}"),
                    None => text,
                };
            }
            E::UnclosedBracket { opening } => return format!("'{opening}' was never closed"),
            E::InvalidCharacter { character } => {
                return format!(
                    "invalid character '{character}' (U+{:04X})",
                    u32::from(*character)
                )
            }
            E::NonPrintableCharacter { character } => {
                return format!(
                    "invalid non-printable character U+{:04X}",
                    u32::from(*character)
                )
            }
            E::UnknownSymbol { .. } => "invalid syntax",
            E::InvalidNumber { kind } => return format!("invalid {} literal", kind.name()),
            E::InvalidDigit { digit, kind } => {
                return format!("invalid digit '{digit}' in {} literal", kind.name())
            }
            E::LeadingZeros => {
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers"
            }
            E::UnterminatedString {
                detected_at_line, ..
            } => {
                return format!("unterminated string literal (detected at line {detected_at_line})")
            }
            E::UnterminatedTripleQuotedString {
                detected_at_line, ..
            } => {
                return format!(
                "unterminated triple-quoted string literal (detected at line {detected_at_line})"
            )
            }
            E::NonAsciiInBytes => "bytes can only contain ASCII literal characters",
            E::InvalidUnicodeEscape {
                problem,
                positions: (first, last),
            } => {
                return format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position \
                     {first}-{last}: {}",
                    problem.description()
                )
            }
            E::InvalidBytesEscape { position } => {
                return format!("(value error) invalid \\x escape at position {position}")
            }
            E::FStringExpectingClosingBrace => "f-string: expecting '}'",
            E::FStringSingleClosingBrace => "f-string: single '}' is not allowed",
            E::FStringBackslash => "f-string expression part cannot include a backslash",
            E::FStringHash => "f-string expression part cannot include '#'",
            E::FStringEmptyExpression => "f-string: empty expression not allowed",
            E::FStringExpressionRequired { before } => {
                return format!("f-string: expression required before '{before}'")
            }
            E::FStringInvalidConversion => {
                "f-string: invalid conversion character: expected 's', 'r', or 'a'"
            }
            E::FStringUnmatchedClosingBracket { closing: bracket }
            | E::FStringUnclosedBracket { opening: bracket } => {
                return format!("f-string: unmatched '{bracket}'")
            }
            E::FStringMismatchedBrackets { closing, opening } => {
                return format!(
                    "f-string: closing parenthesis '{closing}' does not match \
                     opening parenthesis '{opening}'"
                )
            }
            E::FStringUnterminatedString => "f-string: unterminated string",
            E::FStringNestedTooDeeply => "f-string: expressions nested too deeply",
            E::FStringTooManyNestedBrackets => "f-string: too many nested parenthesis",
            E::FStringExpression { error } => match **error {
                E::UnknownSymbol { .. } => "f-string: invalid syntax",
                _ => return error.cpython_message(),
            },
        };
        message.to_owned()
    }

    /// Whether CPython reports this error even when its parser found an error
    /// earlier in the program.
    ///
    /// After a grammar error (any message but "unexpected indent" and
    /// "unexpected unindent") CPython tokenizes the rest of the source, and an
    /// error its tokenizer raises at once (a bad character, number, string or
    /// bracket) replaces the grammar error. Indentation and `\` errors do not,
    /// and neither do the errors inside strings (escapes, f-strings and their
    /// expressions), which only the parser finds. An
    /// [`LexicalError::UnclosedBracket`] replaces it only when the bracket's
    /// line is before the line of the last token the parser read.
    pub fn replaces_invalid_syntax(&self) -> bool {
        use LexicalError as E;
        matches!(
            self,
            E::NullByte
                | E::TooManyNestedBrackets
                | E::UnmatchedClosingBracket { .. }
                | E::MismatchedBrackets { .. }
                | E::InvalidCharacter { .. }
                | E::NonPrintableCharacter { .. }
                | E::InvalidNumber { .. }
                | E::InvalidDigit { .. }
                | E::LeadingZeros
                | E::UnterminatedString { .. }
                | E::UnterminatedTripleQuotedString { .. }
        )
    }
}
