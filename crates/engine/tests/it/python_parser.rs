//! Tests of the Python parser: the trees of small programs, CPython 3.11's
//! errors for pupils' mistakes, deep nesting on a small stack, and fuzzing.

mod corpus;
mod depth;
mod dump;
mod dump_expressions;
mod errors;
mod expressions;
mod fuzz;
mod messages;
mod statements;

use engine::python::syntax::parser::parse_module;
use engine::python::syntax::{LineIndex, SyntaxError};
use expect_test::Expect;

/// Checks the parse of `source`: the tree, or the error as CPython shows it.
#[track_caller]
fn check(source: &str, expect: Expect) {
    expect.assert_eq(&render(source));
}

/// The tree of `source`, or its error as `Type line:column message`.
fn render(source: &str) -> String {
    match parse_module(source) {
        Ok(module) => {
            let lines = LineIndex::new(source);
            let mut out = String::new();
            dump::statements(&module.body, &lines, 0, &mut out);
            out
        }
        Err(error) => format!("{}\n", error_line(source, &error)),
    }
}

/// An error as `Type line:column message`, columns counted from 1 as CPython does.
fn error_line(source: &str, error: &SyntaxError) -> String {
    let (line, column) = LineIndex::new(source).line_and_column(source, error.span.start);
    format!(
        "{} {line}:{column} {}",
        error.kind.python_type(),
        error.kind.cpython_message()
    )
}
