//! Tokens, and where they are in the source.

/// A range of the source, as byte offsets: `start..end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// The first byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// The span from `start` to `end`.
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The same span moved `offset` bytes later (for code inside f-strings).
    pub fn shifted(self, offset: u32) -> Span {
        Span {
            start: self.start + offset,
            end: self.end + offset,
        }
    }
}

/// Finds the line and column of a byte offset.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the line starts of `source` (`\n`, `\r\n` and lone `\r` end lines).
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut index = 0;
        while index < bytes.len() {
            match bytes[index] {
                b'\n' => line_starts.push(index as u32 + 1),
                b'\r' if bytes.get(index + 1) != Some(&b'\n') => line_starts.push(index as u32 + 1),
                _ => {}
            }
            index += 1;
        }
        LineIndex { line_starts }
    }

    /// The 1-based line of `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(index) => index as u32 + 1,
            Err(index) => index as u32,
        }
    }

    /// The 1-based line and 1-based column (in characters) of `offset` in `source`.
    pub fn line_and_column(&self, source: &str, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        let line_start = self.line_starts[line as usize - 1] as usize;
        let end = (offset as usize).min(source.len());
        let column = source
            .get(line_start..end)
            .map_or(0, |text| text.chars().count());
        (line, column as u32 + 1)
    }
}

/// A token and its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Where it is.
    pub span: Span,
}

/// The kinds of Python tokens.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    /// A name: `x`, `print`, `сан`, `алға`.
    Name(String),
    /// An integer literal's digits, without `_` and without the base prefix.
    Int {
        /// The digits, in `radix`.
        digits: String,
        /// 2, 8, 10 or 16.
        radix: u32,
    },
    /// A float literal's value.
    Float(f64),
    /// An imaginary literal such as `2j` (its imaginary part).
    Imaginary(f64),
    /// A string literal after its escapes are decoded (`b"..."` included, flagged).
    String {
        /// The decoded text.
        value: String,
        /// Whether it was a bytes literal (`b"..."`).
        is_bytes: bool,
    },
    /// An f-string, cut into literal text and replacement fields.
    FString(Vec<FStringPart>),
    /// A reserved word.
    Keyword(Keyword),
    /// Punctuation and operators.
    Operator(Operator),
    /// The end of a logical line.
    Newline,
    /// The start of a more indented block.
    Indent,
    /// The end of an indented block.
    Dedent,
    /// The end of the source.
    EndOfFile,
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Text as it is (`{{` and `}}` already turned into `{` and `}`).
    Literal(String),
    /// A `{expression!conversion:format_spec}` field.
    Replacement(FStringReplacement),
}

/// One `{...}` field of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub struct FStringReplacement {
    /// The expression's source text, exactly as written between `{` and `=`, `!`, `:` or `}`.
    pub expression_source: String,
    /// The byte offset of `expression_source` in the whole program.
    pub expression_offset: u32,
    /// For `f"{x = }"`: the text to print before the value (`"x = "`).
    pub debug_text: Option<String>,
    /// `'r'`, `'s'` or `'a'` from `!r`, `!s`, `!a`.
    pub conversion: Option<char>,
    /// The format spec after `:`, which may hold nested fields.
    pub format_spec: Vec<FStringPart>,
}

macro_rules! keywords {
    ($($variant:ident => $text:literal,)*) => {
        /// Python's reserved words.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Keyword {
            $(#[doc = concat!("`", $text, "`")] $variant,)*
        }

        impl Keyword {
            /// The keyword spelled `text`, if it is one.
            pub fn from_text(text: &str) -> Option<Keyword> {
                match text {
                    $($text => Some(Keyword::$variant),)*
                    _ => None,
                }
            }

            /// How the keyword is spelled.
            pub fn text(self) -> &'static str {
                match self {
                    $(Keyword::$variant => $text,)*
                }
            }
        }
    };
}

keywords! {
    False => "False", None => "None", True => "True", And => "and", As => "as",
    Assert => "assert", Async => "async", Await => "await", Break => "break",
    Class => "class", Continue => "continue", Def => "def", Del => "del",
    Elif => "elif", Else => "else", Except => "except", Finally => "finally",
    For => "for", From => "from", Global => "global", If => "if", Import => "import",
    In => "in", Is => "is", Lambda => "lambda", Nonlocal => "nonlocal", Not => "not",
    Or => "or", Pass => "pass", Raise => "raise", Return => "return", Try => "try",
    While => "while", With => "with", Yield => "yield",
}

macro_rules! operators {
    ($($variant:ident => $text:literal,)*) => {
        /// Python's punctuation and operators.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Operator {
            $(#[doc = concat!("`", $text, "`")] $variant,)*
        }

        impl Operator {
            /// Every operator, longest spellings first, so a lexer can match greedily.
            pub const LONGEST_FIRST: &'static [Operator] = &{
                let mut all = [$(Operator::$variant,)*];
                // Sorted by a const insertion sort on the spelling's length.
                let mut i = 1;
                while i < all.len() {
                    let mut j = i;
                    while j > 0 && all[j - 1].text().len() < all[j].text().len() {
                        let swap = all[j - 1];
                        all[j - 1] = all[j];
                        all[j] = swap;
                        j -= 1;
                    }
                    i += 1;
                }
                all
            };

            /// How the operator is spelled.
            pub const fn text(self) -> &'static str {
                match self {
                    $(Operator::$variant => $text,)*
                }
            }
        }
    };
}

operators! {
    LeftParen => "(", RightParen => ")", LeftBracket => "[", RightBracket => "]",
    LeftBrace => "{", RightBrace => "}", Comma => ",", Colon => ":", Dot => ".",
    Semicolon => ";", At => "@", Equal => "=", Arrow => "->", Plus => "+", Minus => "-",
    Star => "*", DoubleStar => "**", Slash => "/", DoubleSlash => "//", Percent => "%",
    Pipe => "|", Ampersand => "&", Caret => "^", Tilde => "~", LeftShift => "<<",
    RightShift => ">>", Less => "<", Greater => ">", LessEqual => "<=",
    GreaterEqual => ">=", EqualEqual => "==", NotEqual => "!=", ColonEqual => ":=",
    Ellipsis => "...", PlusEqual => "+=", MinusEqual => "-=", StarEqual => "*=",
    SlashEqual => "/=", DoubleSlashEqual => "//=", PercentEqual => "%=",
    DoubleStarEqual => "**=", AmpersandEqual => "&=", PipeEqual => "|=",
    CaretEqual => "^=", LeftShiftEqual => "<<=", RightShiftEqual => ">>=", AtEqual => "@=",
}
