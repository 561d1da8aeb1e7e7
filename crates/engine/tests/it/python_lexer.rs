//! The Python lexer: tokens, and errors where CPython 3.11 reports them.
//!
//! Each test lexes a small program and compares a compact rendering with an
//! inline snapshot (`UPDATE_EXPECT=1` rewrites them; read every change). A
//! token is `start..end Kind`, with byte offsets; an error is `error line:column`
//! (as python3 prints them, checked with `compile()`), the Python type and
//! CPython's message, then the explanation's Fluent id and arguments.

mod errors;
mod explanations;
mod fstrings;
mod indentation;
mod numbers;
mod robustness;
mod string_errors;
mod strings;
mod tokens;

use std::fmt::Write;

use engine::python::syntax::lexer::lex;
use engine::python::syntax::token::{FStringPart, TokenKind};
use engine::python::syntax::LineIndex;
use expect_test::Expect;

/// Lexes `source` and compares the rendering with `expect`.
#[track_caller]
fn check(source: &str, expect: Expect) {
    expect.assert_eq(&render(source));
}

/// The tokens (or the tokens before the error, and the error) of `source`.
fn render(source: &str) -> String {
    let lexed = lex(source);
    let mut text = String::new();
    for token in &lexed.tokens {
        let span = token.span;
        writeln!(
            text,
            "{}..{} {}",
            span.start,
            span.end,
            render_kind(&token.kind)
        )
        .unwrap();
    }
    if let Some(error) = &lexed.error {
        let (line, column) = LineIndex::new(source).line_and_column(source, error.span.start);
        let kind = &error.kind;
        let message = kind.cpython_message();
        writeln!(
            text,
            "error {line}:{column} {}: {message}",
            kind.python_type()
        )
        .unwrap();
        let (message_id, arguments) = kind.explanation();
        write!(text, "explanation {message_id}").unwrap();
        for (name, value) in arguments {
            write!(text, " {name}={value:?}").unwrap();
        }
        text.push('\n');
    }
    text
}

fn render_kind(kind: &TokenKind) -> String {
    match kind {
        TokenKind::Name(name) => format!("Name {name}"),
        TokenKind::Keyword(keyword) => format!("Keyword {}", keyword.text()),
        TokenKind::Operator(operator) => format!("Op {}", operator.text()),
        TokenKind::Int { digits, radix: 10 } => format!("Int {digits}"),
        TokenKind::Int { digits, radix } => format!("Int {digits} radix={radix}"),
        TokenKind::Float(value) => format!("Float {value:?}"),
        TokenKind::Imaginary(value) => format!("Imaginary {value:?}j"),
        TokenKind::String {
            value,
            is_bytes: false,
        } => format!("String {value:?}"),
        TokenKind::String {
            value,
            is_bytes: true,
        } => format!("Bytes {value:?}"),
        TokenKind::FString(parts) => format!("FString {}", render_parts(parts)),
        TokenKind::Newline => "Newline".to_owned(),
        TokenKind::Indent => "Indent".to_owned(),
        TokenKind::Dedent => "Dedent".to_owned(),
        TokenKind::EndOfFile => "EndOfFile".to_owned(),
    }
}

/// `["text", {expression@offset = "debug" !r :[spec]}]`.
fn render_parts(parts: &[FStringPart]) -> String {
    let rendered: Vec<String> = parts
        .iter()
        .map(|part| match part {
            FStringPart::Literal(text) => format!("{text:?}"),
            FStringPart::Replacement(field) => {
                let mut text = format!(
                    "{{{:?}@{}",
                    field.expression_source, field.expression_offset
                );
                if let Some(debug_text) = &field.debug_text {
                    write!(text, " ={debug_text:?}").unwrap();
                }
                if let Some(conversion) = field.conversion {
                    write!(text, " !{conversion}").unwrap();
                }
                if !field.format_spec.is_empty() {
                    write!(text, " :{}", render_parts(&field.format_spec)).unwrap();
                }
                text.push('}');
                text
            }
        })
        .collect();
    format!("[{}]", rendered.join(", "))
}
