//! f-strings: literal pieces, formatted fields, `!r` conversions and `{x=}`.

use super::super::super::syntax::ast::FStringElement;
use super::super::bytecode::{Constant, Conversion, Instruction};
use super::{Compiled, Compiler};

impl<'a> Compiler<'a> {
    /// An f-string: pushes one string.
    pub(super) fn fstring(&mut self, elements: &'a [FStringElement]) -> Compiled {
        if let Some(text) = literal_text(elements) {
            self.load_constant(Constant::Str(text));
            return Ok(());
        }
        let mut count = 0u32;
        for element in elements {
            match element {
                FStringElement::Literal(text) => {
                    if !text.is_empty() {
                        self.load_constant(Constant::Str(text.clone()));
                        count += 1;
                    }
                }
                FStringElement::Replacement {
                    value,
                    debug_text,
                    conversion,
                    format_spec,
                } => {
                    if let Some(debug_text) = debug_text {
                        self.load_constant(Constant::Str(debug_text.clone()));
                        count += 1;
                    }
                    self.expression(value)?;
                    let has_spec = !format_spec.is_empty();
                    if has_spec {
                        self.fstring(format_spec)?;
                    }
                    let conversion = match conversion {
                        Some('s') => Conversion::Str,
                        Some('r') => Conversion::Repr,
                        Some('a') => Conversion::Ascii,
                        _ if debug_text.is_some() && !has_spec => Conversion::Repr,
                        _ => Conversion::None,
                    };
                    self.emit(Instruction::FormatValue {
                        conversion,
                        has_spec,
                    });
                    count += 1;
                }
            }
        }
        if count != 1 {
            self.emit(Instruction::BuildString(count));
        }
        Ok(())
    }
}

/// The text of an f-string made only of literal pieces.
fn literal_text(elements: &[FStringElement]) -> Option<String> {
    let mut text = String::new();
    for element in elements {
        match element {
            FStringElement::Literal(piece) => text.push_str(piece),
            FStringElement::Replacement { .. } => return None,
        }
    }
    Some(text)
}
