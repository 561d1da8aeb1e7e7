//! Number literals, scanned as CPython 3.11's tokenizer scans them, errors included.
//!
//! An error points where CPython points: usually at the last character it
//! read before it gave up (for `1abc`, the `1`).

use super::Failure;
use crate::python::syntax::lexical_error::{LexicalError, NumberKind};
use crate::python::syntax::token::{Span, TokenKind};

/// Scans the number starting at `start` (a digit, or a `.` before a digit);
/// returns the token and the offset just after it.
pub(super) fn lex_number(source: &str, start: usize) -> Result<(TokenKind, usize), Failure> {
    NumberScanner {
        source,
        bytes: source.as_bytes(),
        start,
    }
    .number()
}

struct NumberScanner<'a> {
    source: &'a str,
    bytes: &'a [u8],
    start: usize,
}

impl NumberScanner<'_> {
    /// The byte at `index`, or 0 past the end (0 is neither a digit nor a letter).
    fn at(&self, index: usize) -> u8 {
        self.bytes.get(index).copied().unwrap_or(0)
    }

    fn number(&self) -> Result<(TokenKind, usize), Failure> {
        let start = self.start;
        if self.at(start) == b'.' {
            let position = self.decimal_tail(start + 1)?;
            return self.exponent_and_suffix(position, true);
        }
        if self.at(start) == b'0' {
            return match self.at(start + 1) {
                b'x' | b'X' => self.with_prefix(start + 2, 16),
                b'o' | b'O' => self.with_prefix(start + 2, 8),
                b'b' | b'B' => self.with_prefix(start + 2, 2),
                _ => self.leading_zero(start + 1),
            };
        }
        let position = self.decimal_tail(start)?;
        self.fraction_and_exponent(position)
    }

    /// Reads the digits and single underscores after the digit at `position`;
    /// returns the offset of the first character after them.
    fn decimal_tail(&self, mut position: usize) -> Result<usize, Failure> {
        loop {
            position += 1;
            while self.at(position).is_ascii_digit() {
                position += 1;
            }
            if self.at(position) != b'_' {
                return Ok(position);
            }
            position += 1;
            if !self.at(position).is_ascii_digit() {
                return Err(fail_at(position - 1, NumberKind::Decimal));
            }
        }
    }

    /// After a decimal integer part: an optional `.fraction`, exponent and `j`.
    fn fraction_and_exponent(&self, mut position: usize) -> Result<(TokenKind, usize), Failure> {
        let mut is_float = false;
        if self.at(position) == b'.' {
            is_float = true;
            position += 1;
            if self.at(position).is_ascii_digit() {
                position = self.decimal_tail(position)?;
            }
        }
        self.exponent_and_suffix(position, is_float)
    }

    /// An optional exponent, then an optional `j`, then the end of the number.
    fn exponent_and_suffix(
        &self,
        mut position: usize,
        mut is_float: bool,
    ) -> Result<(TokenKind, usize), Failure> {
        if matches!(self.at(position), b'e' | b'E') {
            let exponent_start = position;
            position += 1;
            if matches!(self.at(position), b'+' | b'-') {
                position += 1;
                if !self.at(position).is_ascii_digit() {
                    return Err(fail_at(position - 1, NumberKind::Decimal));
                }
            } else if !self.at(position).is_ascii_digit() {
                // `1else` and `1if`: the number ends before the letter.
                self.verify_end(exponent_start, NumberKind::Decimal)?;
                return self.decimal_token(exponent_start, is_float, false);
            }
            position = self.decimal_tail(position)?;
            is_float = true;
        }
        if matches!(self.at(position), b'j' | b'J') {
            self.verify_end(position + 1, NumberKind::Imaginary)?;
            return self.decimal_token(position + 1, is_float, true);
        }
        self.verify_end(position, NumberKind::Decimal)?;
        self.decimal_token(position, is_float, false)
    }

    /// A number starting with `0` and no base letter: zeros, or a float such as `00.5`.
    fn leading_zero(&self, mut position: usize) -> Result<(TokenKind, usize), Failure> {
        loop {
            if self.at(position) == b'_' {
                position += 1;
                if !self.at(position).is_ascii_digit() {
                    return Err(fail_at(position - 1, NumberKind::Decimal));
                }
            }
            if self.at(position) != b'0' {
                break;
            }
            position += 1;
        }
        let zeros_end = position;
        let mut has_nonzero_digit = false;
        if self.at(position).is_ascii_digit() {
            has_nonzero_digit = true;
            position = self.decimal_tail(position)?;
        }
        match self.at(position) {
            b'.' | b'e' | b'E' | b'j' | b'J' => self.fraction_and_exponent(position),
            _ if has_nonzero_digit => Err(Failure {
                error: LexicalError::LeadingZeros,
                span: Span::new(self.start as u32, zeros_end as u32),
            }),
            _ => {
                self.verify_end(position, NumberKind::Decimal)?;
                self.decimal_token(position, false, false)
            }
        }
    }

    /// The digits after `0x`, `0o` or `0b`, starting at `position`.
    fn with_prefix(&self, mut position: usize, radix: u32) -> Result<(TokenKind, usize), Failure> {
        let kind = match radix {
            16 => NumberKind::Hexadecimal,
            8 => NumberKind::Octal,
            _ => NumberKind::Binary,
        };
        let is_digit = |byte: u8| (byte as char).is_digit(radix);
        let digits_start = position;
        loop {
            if self.at(position) == b'_' {
                position += 1;
            }
            let byte = self.at(position);
            if !is_digit(byte) {
                if radix != 16 && byte.is_ascii_digit() {
                    return Err(invalid_digit(position, byte, kind));
                }
                return Err(fail_at(position - 1, kind));
            }
            while is_digit(self.at(position)) {
                position += 1;
            }
            if self.at(position) != b'_' {
                break;
            }
        }
        let byte = self.at(position);
        if radix != 16 && byte.is_ascii_digit() {
            return Err(invalid_digit(position, byte, kind));
        }
        self.verify_end(position, kind)?;
        let text = self.source.get(digits_start..position).unwrap_or_default();
        let digits = text.chars().filter(|character| *character != '_').collect();
        Ok((TokenKind::Int { digits, radix }, position))
    }

    /// CPython's `verify_end_of_number`: a letter may not follow a number, except
    /// the keywords `and`, `else`, `for`, `not` and `or`, and the start of `if`,
    /// `in` and `is` (CPython looks no further for those three).
    fn verify_end(&self, position: usize, kind: NumberKind) -> Result<(), Failure> {
        let follows = |text: &[u8]| {
            let after = self.at(position + 1 + text.len());
            let spelled = text
                .iter()
                .enumerate()
                .all(|(index, byte)| self.at(position + 1 + index) == *byte);
            spelled && !(after.is_ascii_alphanumeric() || after == b'_' || after >= 0x80)
        };
        let keyword_follows = match self.at(position) {
            b'a' => follows(b"nd"),
            b'e' => follows(b"lse"),
            b'f' => follows(b"or"),
            b'i' => matches!(self.at(position + 1), b'f' | b'n' | b's'),
            b'o' => follows(b"r"),
            b'n' => follows(b"ot"),
            _ => false,
        };
        let byte = self.at(position);
        if !keyword_follows && (byte.is_ascii_alphanumeric() || byte == b'_') {
            return Err(fail_at(position.saturating_sub(1), kind));
        }
        Ok(())
    }

    /// The token for the decimal literal that ends at `end` (before `j` if imaginary).
    fn decimal_token(
        &self,
        end: usize,
        is_float: bool,
        is_imaginary: bool,
    ) -> Result<(TokenKind, usize), Failure> {
        let text_end = if is_imaginary { end - 1 } else { end };
        let text = self.source.get(self.start..text_end).unwrap_or_default();
        let cleaned: String = text.chars().filter(|character| *character != '_').collect();
        if !is_float && !is_imaginary {
            return Ok((
                TokenKind::Int {
                    digits: cleaned,
                    radix: 10,
                },
                end,
            ));
        }
        let Ok(value) = cleaned.parse::<f64>() else {
            return Err(fail_at(self.start, NumberKind::Decimal));
        };
        let kind = if is_imaginary {
            TokenKind::Imaginary(value)
        } else {
            TokenKind::Float(value)
        };
        Ok((kind, end))
    }
}

/// "invalid ... literal", pointing at the character at `position`.
fn fail_at(position: usize, kind: NumberKind) -> Failure {
    Failure {
        error: LexicalError::InvalidNumber { kind },
        span: Span::new(position as u32, position as u32 + 1),
    }
}

/// "invalid digit ... in ... literal", pointing at the digit.
fn invalid_digit(position: usize, digit: u8, kind: NumberKind) -> Failure {
    Failure {
        error: LexicalError::InvalidDigit {
            digit: char::from(digit),
            kind,
        },
        span: Span::new(position as u32, position as u32 + 1),
    }
}
