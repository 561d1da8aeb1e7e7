//! How grammar errors read: CPython's exception type and message, and the
//! Fluent message that explains each one to a pupil.

use super::{GrammarError, UnexpectedToken};

impl GrammarError {
    /// The Python exception type.
    pub fn python_type(&self) -> &'static str {
        match self {
            GrammarError::ExpectedIndentedBlock { .. }
            | GrammarError::UnexpectedIndent
            | GrammarError::UnexpectedUnindent => "IndentationError",
            GrammarError::InFString(inner) => inner.python_type(),
            _ => "SyntaxError",
        }
    }

    /// CPython 3.11's message.
    pub fn cpython_message(&self) -> String {
        let fixed = match self {
            GrammarError::InvalidSyntax { .. } => "invalid syntax",
            GrammarError::ForgotComma => "invalid syntax. Perhaps you forgot a comma?",
            GrammarError::EqualsInsteadOfComparison => {
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
            }
            GrammarError::CannotAssignMaybeComparison { target } => {
                return format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    target.cpython_text()
                )
            }
            GrammarError::CannotAssign { target } => {
                return format!("cannot assign to {}", target.cpython_text())
            }
            GrammarError::CannotDelete { target } => {
                return format!("cannot delete {}", target.cpython_text())
            }
            GrammarError::IllegalAugmentedAssignmentTarget { target } => {
                return format!(
                    "'{}' is an illegal expression for augmented assignment",
                    target.cpython_text()
                )
            }
            GrammarError::AnnotatedSeveralTargets { target } => {
                return format!(
                    "only single target (not {}) can be annotated",
                    target.cpython_text()
                )
            }
            GrammarError::IllegalAnnotationTarget => "illegal target for annotation",
            GrammarError::AssignmentToYield => "assignment to yield expression not possible",
            GrammarError::WalrusTarget { target } => {
                return format!(
                    "cannot use assignment expressions with {}",
                    target.cpython_text()
                )
            }
            GrammarError::ExpectedColon { .. } => "expected ':'",
            GrammarError::ExpectedParenthesis { .. } => "expected '('",
            GrammarError::ExpectedElse => "expected 'else' after 'if' expression",
            GrammarError::ExpectedExceptOrFinally => "expected 'except' or 'finally' block",
            GrammarError::ExpectedIndentedBlock { statement, line } => {
                return format!(
                    "expected an indented block after {} on line {line}",
                    statement.cpython_text()
                )
            }
            GrammarError::UnexpectedIndent => "unexpected indent",
            GrammarError::UnexpectedUnindent => "unexpected unindent",
            GrammarError::MissingParentheses { function } => {
                return format!(
                    "Missing parentheses in call to '{function}'. Did you mean {function}(...)?"
                )
            }
            GrammarError::PositionalAfterKeyword => "positional argument follows keyword argument",
            GrammarError::PositionalAfterKeywordUnpacking => {
                "positional argument follows keyword argument unpacking"
            }
            GrammarError::IterableUnpackingAfterKeywordUnpacking => {
                "iterable argument unpacking follows keyword argument unpacking"
            }
            GrammarError::UnparenthesizedGenerator => "Generator expression must be parenthesized",
            GrammarError::AssignmentInArgument => {
                "expression cannot contain assignment, perhaps you meant \"==\"?"
            }
            GrammarError::NonDefaultAfterDefault => "non-default argument follows default argument",
            GrammarError::ParenthesizedParameters { lambda: false } => {
                "Function parameters cannot be parenthesized"
            }
            GrammarError::ParenthesizedParameters { lambda: true } => {
                "Lambda expression parameters cannot be parenthesized"
            }
            GrammarError::SlashWithoutParameters => "at least one argument must precede /",
            GrammarError::SlashTwice => "/ may appear only once",
            GrammarError::SlashAfterStar => "/ must be ahead of *",
            GrammarError::ExpectedCommaBetweenSlashAndStar => "expected comma between / and *",
            GrammarError::ExpectedDefaultValue => "expected default value expression",
            GrammarError::BareStarWithoutNames => "named arguments must follow bare *",
            GrammarError::VarPositionalDefault => {
                "var-positional argument cannot have default value"
            }
            GrammarError::VarKeywordDefault => "var-keyword argument cannot have default value",
            GrammarError::StarTwice => "* argument may appear only once",
            GrammarError::ParameterAfterVarKeyword => {
                "arguments cannot follow var-keyword argument"
            }
            GrammarError::UnpackingInComprehension => {
                "iterable unpacking cannot be used in comprehension"
            }
            GrammarError::DictUnpackingInComprehension => {
                "dict unpacking cannot be used in dict comprehension"
            }
            GrammarError::ComprehensionTargetNeedsParentheses => {
                "did you forget parentheses around the comprehension target?"
            }
            GrammarError::StarredHere => "cannot use starred expression here",
            GrammarError::DoubleStarredHere => "cannot use double starred expression here",
            GrammarError::ImportTrailingComma => {
                "trailing comma not allowed without surrounding parentheses"
            }
            GrammarError::UnparenthesizedExceptionTypes => {
                "multiple exception types must be parenthesized"
            }
            GrammarError::ExpectedColonAfterDictionaryKey => "':' expected after dictionary key",
            GrammarError::ExpectedDictionaryValue => {
                "expression expected after dictionary key and ':'"
            }
            GrammarError::StarredDictionaryValue => {
                "cannot use a starred expression in a dictionary value"
            }
            GrammarError::MixedBytesAndText => "cannot mix bytes and nonbytes literals",
            GrammarError::EmptyFStringExpression => "f-string: empty expression not allowed",
            GrammarError::FStringExpressionRequired { before } => {
                return format!("f-string: expression required before '{before}'")
            }
            GrammarError::InFString(inner) => {
                return format!("f-string: {}", inner.cpython_message())
            }
            GrammarError::TooComplex => {
                "Parser stack overflowed - Python source too complex to parse"
            }
        };
        fixed.to_owned()
    }

    /// The Fluent message explaining it, with its arguments.
    pub fn explanation(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let what = |target: &super::ExpressionCategory| vec![("what", target.message_key())];
        let block = |statement: &super::BlockKind, line: &u32| {
            vec![
                ("statement", statement.message_key().to_owned()),
                ("line", line.to_string()),
            ]
        };
        match self {
            GrammarError::InvalidSyntax { unexpected } => match unexpected {
                UnexpectedToken::Text(text) => (
                    "python-parser-invalid-syntax",
                    vec![("token", text.clone())],
                ),
                UnexpectedToken::EndOfLine => ("python-parser-invalid-syntax-end-of-line", vec![]),
                UnexpectedToken::EndOfFile => ("python-parser-invalid-syntax-end-of-file", vec![]),
            },
            GrammarError::ForgotComma => ("python-parser-forgot-comma", vec![]),
            GrammarError::EqualsInsteadOfComparison => {
                ("python-parser-equals-in-condition", vec![])
            }
            GrammarError::CannotAssignMaybeComparison { target } => {
                ("python-parser-cannot-assign-maybe-comparison", what(target))
            }
            GrammarError::CannotAssign { target } => ("python-parser-cannot-assign", what(target)),
            GrammarError::CannotDelete { target } => ("python-parser-cannot-delete", what(target)),
            GrammarError::IllegalAugmentedAssignmentTarget { target } => {
                ("python-parser-augmented-assignment-target", what(target))
            }
            GrammarError::AnnotatedSeveralTargets { .. } => {
                ("python-parser-annotated-several-targets", vec![])
            }
            GrammarError::IllegalAnnotationTarget => {
                ("python-parser-illegal-annotation-target", vec![])
            }
            GrammarError::AssignmentToYield => ("python-parser-assignment-to-yield", vec![]),
            GrammarError::WalrusTarget { target } => ("python-parser-walrus-target", what(target)),
            GrammarError::ExpectedColon { statement, line } => {
                ("python-parser-expected-colon", block(statement, line))
            }
            GrammarError::ExpectedParenthesis { function } => (
                "python-parser-expected-parenthesis",
                vec![("name", function.clone())],
            ),
            GrammarError::ExpectedElse => ("python-parser-expected-else", vec![]),
            GrammarError::ExpectedExceptOrFinally => {
                ("python-parser-expected-except-or-finally", vec![])
            }
            GrammarError::ExpectedIndentedBlock { statement, line } => (
                "python-parser-expected-indented-block",
                block(statement, line),
            ),
            GrammarError::UnexpectedIndent => ("python-parser-unexpected-indent", vec![]),
            GrammarError::UnexpectedUnindent => ("python-parser-unexpected-unindent", vec![]),
            GrammarError::MissingParentheses { function } => (
                "python-parser-missing-parentheses",
                vec![("name", function.clone())],
            ),
            GrammarError::PositionalAfterKeyword => {
                ("python-parser-positional-after-keyword", vec![])
            }
            GrammarError::PositionalAfterKeywordUnpacking => {
                ("python-parser-positional-after-keyword-unpacking", vec![])
            }
            GrammarError::IterableUnpackingAfterKeywordUnpacking => {
                ("python-parser-iterable-after-keyword-unpacking", vec![])
            }
            GrammarError::UnparenthesizedGenerator => {
                ("python-parser-unparenthesized-generator", vec![])
            }
            GrammarError::AssignmentInArgument => ("python-parser-assignment-in-argument", vec![]),
            GrammarError::NonDefaultAfterDefault => {
                ("python-parser-non-default-after-default", vec![])
            }
            GrammarError::ParenthesizedParameters { .. } => {
                ("python-parser-parenthesized-parameters", vec![])
            }
            GrammarError::SlashWithoutParameters => ("python-parser-slash-first", vec![]),
            GrammarError::SlashTwice => ("python-parser-slash-twice", vec![]),
            GrammarError::SlashAfterStar | GrammarError::ExpectedCommaBetweenSlashAndStar => {
                ("python-parser-slash-after-star", vec![])
            }
            GrammarError::ExpectedDefaultValue => ("python-parser-expected-default", vec![]),
            GrammarError::BareStarWithoutNames => ("python-parser-bare-star", vec![]),
            GrammarError::VarPositionalDefault | GrammarError::VarKeywordDefault => {
                ("python-parser-star-parameter-default", vec![])
            }
            GrammarError::StarTwice => ("python-parser-star-twice", vec![]),
            GrammarError::ParameterAfterVarKeyword => {
                ("python-parser-parameter-after-double-star", vec![])
            }
            GrammarError::UnpackingInComprehension | GrammarError::DictUnpackingInComprehension => {
                ("python-parser-unpacking-in-comprehension", vec![])
            }
            GrammarError::ComprehensionTargetNeedsParentheses => {
                ("python-parser-comprehension-target-parentheses", vec![])
            }
            GrammarError::StarredHere | GrammarError::DoubleStarredHere => {
                ("python-parser-starred-here", vec![])
            }
            GrammarError::ImportTrailingComma => ("python-parser-import-trailing-comma", vec![]),
            GrammarError::UnparenthesizedExceptionTypes => {
                ("python-parser-unparenthesized-exception-types", vec![])
            }
            GrammarError::ExpectedColonAfterDictionaryKey => {
                ("python-parser-dictionary-colon", vec![])
            }
            GrammarError::ExpectedDictionaryValue => ("python-parser-dictionary-value", vec![]),
            GrammarError::StarredDictionaryValue => {
                ("python-parser-starred-dictionary-value", vec![])
            }
            GrammarError::MixedBytesAndText => ("python-parser-mixed-bytes", vec![]),
            GrammarError::EmptyFStringExpression => {
                ("python-parser-fstring-empty-expression", vec![])
            }
            GrammarError::FStringExpressionRequired { before } => (
                "python-parser-fstring-expression-required",
                vec![("sign", before.to_string())],
            ),
            GrammarError::InFString(inner) => inner.explanation(),
            GrammarError::TooComplex => ("python-parser-too-complex", vec![]),
        }
    }
}
