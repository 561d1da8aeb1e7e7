//! The parser's errors: what does not fit Python's grammar.
//!
//! Each kind carries its data; [`GrammarError::cpython_message`] words it
//! exactly as CPython 3.11 does, and [`GrammarError::explanation`] names the
//! Fluent message (in `locales/*/python-parser.ftl`) that explains it to a pupil
//! (those three are in `grammar_error/wording.rs`).

mod wording;

/// Something the parser could not fit to the grammar.
#[derive(Clone, Debug, PartialEq)]
pub enum GrammarError {
    /// CPython's plain "invalid syntax", at the first token that does not fit.
    InvalidSyntax {
        /// The token that does not fit.
        unexpected: UnexpectedToken,
    },
    /// `f(a b)`: two expressions side by side inside brackets.
    ForgotComma,
    /// `if x = 5:`: a single `=` where a condition is expected.
    EqualsInsteadOfComparison,
    /// `f() = 1`, `if x + 1 = 2:`: something that cannot be assigned to, before `=`.
    CannotAssignMaybeComparison {
        /// What stands before `=`.
        target: ExpressionCategory,
    },
    /// `for 1 in x:`, `x = 1 = y`: something that cannot be assigned to.
    CannotAssign {
        /// What was meant to be assigned to.
        target: ExpressionCategory,
    },
    /// `del f()`.
    CannotDelete {
        /// What was meant to be deleted.
        target: ExpressionCategory,
    },
    /// `x + 1 += 2`.
    IllegalAugmentedAssignmentTarget {
        /// What stands before the operator.
        target: ExpressionCategory,
    },
    /// `a, b: int`: only one name can have an annotation.
    AnnotatedSeveralTargets {
        /// A tuple or a list.
        target: ExpressionCategory,
    },
    /// `f(): int`.
    IllegalAnnotationTarget,
    /// `x = yield = 1`.
    AssignmentToYield,
    /// `(a.b := 1)`: `:=` needs a plain name on its left.
    WalrusTarget {
        /// What stands before `:=`.
        target: ExpressionCategory,
    },
    /// A statement header without its `:`.
    ExpectedColon {
        /// The statement.
        statement: BlockKind,
        /// The line of its keyword.
        line: u32,
    },
    /// `def f:`: the brackets after a function's name are missing.
    ExpectedParenthesis {
        /// The function's name.
        function: String,
    },
    /// `x = 1 if y`.
    ExpectedElse,
    /// A `try` block with neither `except` nor `finally`.
    ExpectedExceptOrFinally,
    /// A statement that needs a block, with nothing indented after it.
    ExpectedIndentedBlock {
        /// The statement.
        statement: BlockKind,
        /// The line of its keyword.
        line: u32,
    },
    /// A line indented more than the block it is in.
    UnexpectedIndent,
    /// A line indented less than expected, where a block cannot end.
    UnexpectedUnindent,
    /// `print "hi"`: Python 2's statement.
    MissingParentheses {
        /// `print` or `exec`.
        function: String,
    },
    /// `f(a=1, b)`.
    PositionalAfterKeyword,
    /// `f(**k, b)`.
    PositionalAfterKeywordUnpacking,
    /// `f(**k, *a)`.
    IterableUnpackingAfterKeywordUnpacking,
    /// `f(a, x for x in y)`.
    UnparenthesizedGenerator,
    /// `f(a.b=1)`.
    AssignmentInArgument,
    /// `def f(a=1, b):`.
    NonDefaultAfterDefault,
    /// `def f((a, b)):` or `lambda (x): 1`.
    ParenthesizedParameters {
        /// Whether the parameters are a lambda's.
        lambda: bool,
    },
    /// `def f(/):`.
    SlashWithoutParameters,
    /// `def f(a, /, /):`.
    SlashTwice,
    /// `def f(*a, /):`.
    SlashAfterStar,
    /// `def f(a, /*):`.
    ExpectedCommaBetweenSlashAndStar,
    /// `def f(a=):`.
    ExpectedDefaultValue,
    /// `def f(*):`.
    BareStarWithoutNames,
    /// `def f(*a=1):`.
    VarPositionalDefault,
    /// `def f(**k=1):`.
    VarKeywordDefault,
    /// `def f(*a, *b):`.
    StarTwice,
    /// `def f(**k, a):`.
    ParameterAfterVarKeyword,
    /// `[*a for a in b]`.
    UnpackingInComprehension,
    /// `{**a for a in b}`.
    DictUnpackingInComprehension,
    /// `[a, b for a in c]`.
    ComprehensionTargetNeedsParentheses,
    /// `(*a)`.
    StarredHere,
    /// `(**a)`.
    DoubleStarredHere,
    /// `from math import sqrt,`.
    ImportTrailingComma,
    /// `except A, B:`.
    UnparenthesizedExceptionTypes,
    /// `{1: 2, 3}`.
    ExpectedColonAfterDictionaryKey,
    /// `{1:}`.
    ExpectedDictionaryValue,
    /// `{1: *a}`.
    StarredDictionaryValue,
    /// `b"a" "b"`.
    MixedBytesAndText,
    /// `f"{}"`.
    EmptyFStringExpression,
    /// `f"{!r}"`: a conversion or format spec with no expression before it.
    FStringExpressionRequired {
        /// `!`, `:` or `=`.
        before: char,
    },
    /// An error inside an f-string's `{...}`; CPython puts "f-string: " before it.
    InFString(Box<GrammarError>),
    /// Brackets, operators or blocks nested deeper than the parser allows.
    TooComplex,
}

/// The token a plain "invalid syntax" points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnexpectedToken {
    /// A token, as written.
    Text(String),
    /// The end of a line.
    EndOfLine,
    /// The end of the program.
    EndOfFile,
}

/// Kinds of expressions, as CPython names them in its messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpressionCategory {
    /// `a.b`.
    Attribute,
    /// `a[b]`.
    Subscript,
    /// `*a`.
    Starred,
    /// `a`.
    Name,
    /// `[a, b]`.
    List,
    /// `(a, b)`.
    Tuple,
    /// `lambda: 0`.
    Lambda,
    /// `f()`.
    FunctionCall,
    /// An operator's result: `a + b`, `-a`, `a and b`.
    Expression,
    /// `(x for x in y)`.
    GeneratorExpression,
    /// `yield x`.
    YieldExpression,
    /// `await x`.
    AwaitExpression,
    /// `[x for x in y]`.
    ListComprehension,
    /// `{x for x in y}`.
    SetComprehension,
    /// `{k: v for k in y}`.
    DictComprehension,
    /// `{1: 2}`.
    DictLiteral,
    /// `{1, 2}`.
    SetDisplay,
    /// `f"{x}"`.
    FStringExpression,
    /// `None`.
    None,
    /// `True`.
    True,
    /// `False`.
    False,
    /// `...`.
    Ellipsis,
    /// A number or a string.
    Literal,
    /// `a < b`.
    Comparison,
    /// `a if b else c`.
    ConditionalExpression,
    /// `a := b`.
    NamedExpression,
}

impl ExpressionCategory {
    /// CPython's words for it.
    pub fn cpython_text(self) -> &'static str {
        match self {
            ExpressionCategory::Attribute => "attribute",
            ExpressionCategory::Subscript => "subscript",
            ExpressionCategory::Starred => "starred",
            ExpressionCategory::Name => "name",
            ExpressionCategory::List => "list",
            ExpressionCategory::Tuple => "tuple",
            ExpressionCategory::Lambda => "lambda",
            ExpressionCategory::FunctionCall => "function call",
            ExpressionCategory::Expression => "expression",
            ExpressionCategory::GeneratorExpression => "generator expression",
            ExpressionCategory::YieldExpression => "yield expression",
            ExpressionCategory::AwaitExpression => "await expression",
            ExpressionCategory::ListComprehension => "list comprehension",
            ExpressionCategory::SetComprehension => "set comprehension",
            ExpressionCategory::DictComprehension => "dict comprehension",
            ExpressionCategory::DictLiteral => "dict literal",
            ExpressionCategory::SetDisplay => "set display",
            ExpressionCategory::FStringExpression => "f-string expression",
            ExpressionCategory::None => "None",
            ExpressionCategory::True => "True",
            ExpressionCategory::False => "False",
            ExpressionCategory::Ellipsis => "ellipsis",
            ExpressionCategory::Literal => "literal",
            ExpressionCategory::Comparison => "comparison",
            ExpressionCategory::ConditionalExpression => "conditional expression",
            ExpressionCategory::NamedExpression => "named expression",
        }
    }

    /// The key the Fluent messages select on: CPython's words in kebab case.
    pub fn message_key(self) -> String {
        self.cpython_text().to_lowercase().replace(' ', "-")
    }
}

/// The statements that own a block (and a `:`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `if`.
    If,
    /// `elif`.
    Elif,
    /// `else`.
    Else,
    /// `while`.
    While,
    /// `for`.
    For,
    /// `with`.
    With,
    /// `try`.
    Try,
    /// `except`.
    Except,
    /// `finally`.
    Finally,
    /// `def`.
    FunctionDefinition,
    /// `class`.
    ClassDefinition,
    /// `match`.
    Match,
    /// `case`.
    Case,
}

impl BlockKind {
    /// CPython's words for it in "expected an indented block after ...".
    pub fn cpython_text(self) -> &'static str {
        match self {
            BlockKind::If => "'if' statement",
            BlockKind::Elif => "'elif' statement",
            BlockKind::Else => "'else' statement",
            BlockKind::While => "'while' statement",
            BlockKind::For => "'for' statement",
            BlockKind::With => "'with' statement",
            BlockKind::Try => "'try' statement",
            BlockKind::Except => "'except' statement",
            BlockKind::Finally => "'finally' statement",
            BlockKind::FunctionDefinition => "function definition",
            BlockKind::ClassDefinition => "class definition",
            BlockKind::Match => "'match' statement",
            BlockKind::Case => "'case' statement",
        }
    }

    /// The key the Fluent messages select on.
    pub fn message_key(self) -> &'static str {
        match self {
            BlockKind::If => "if",
            BlockKind::Elif => "elif",
            BlockKind::Else => "else",
            BlockKind::While => "while",
            BlockKind::For => "for",
            BlockKind::With => "with",
            BlockKind::Try => "try",
            BlockKind::Except => "except",
            BlockKind::Finally => "finally",
            BlockKind::FunctionDefinition => "def",
            BlockKind::ClassDefinition => "class",
            BlockKind::Match => "match",
            BlockKind::Case => "case",
        }
    }
}
