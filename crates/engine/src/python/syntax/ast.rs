//! The syntax tree: what the parser makes and the compiler reads.
//!
//! Every statement and expression carries its [`Span`], so errors and the
//! step-by-step view know their line. The tree covers the whole teaching
//! subset (part 2's classes, `with` and generators included); the compiler
//! says plainly which parts the sandbox does not run yet.

use super::token::Span;

/// A whole program.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// Its statements, in order.
    pub body: Vec<Statement>,
}

/// A name as written, with its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    /// The identifier.
    pub id: String,
    /// Where it is written.
    pub span: Span,
}

/// A statement and its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// What kind of statement.
    pub kind: StatementKind,
    /// From its first token to its last (not including the newline).
    pub span: Span,
}

/// The statements of Python.
#[derive(Clone, Debug, PartialEq)]
pub enum StatementKind {
    /// An expression on its own, such as a call.
    Expression(Expression),
    /// `a = b = value`: every target gets the value, left to right.
    Assign {
        /// The targets, in the order written.
        targets: Vec<Expression>,
        /// The value.
        value: Expression,
    },
    /// `target += value` and the other augmented assignments.
    AugmentedAssign {
        /// A name, attribute or subscript.
        target: Expression,
        /// The operator before `=`.
        operator: BinaryOperator,
        /// The value.
        value: Expression,
    },
    /// `target: annotation = value`.
    AnnotatedAssign {
        /// The target.
        target: Expression,
        /// The annotation (evaluated for module-level and class-level names only).
        annotation: Expression,
        /// The value, if any.
        value: Option<Expression>,
    },
    /// `if`, with `elif` written as an `If` alone in `orelse`.
    If {
        /// The condition.
        condition: Expression,
        /// Runs when it is true.
        body: Vec<Statement>,
        /// Runs when it is false.
        orelse: Vec<Statement>,
    },
    /// `while condition: body else: orelse`.
    While {
        /// The condition.
        condition: Expression,
        /// The loop's body.
        body: Vec<Statement>,
        /// Runs when the loop ends without `break`.
        orelse: Vec<Statement>,
    },
    /// `for target in iterable: body else: orelse`.
    For {
        /// What each item is assigned to.
        target: Expression,
        /// What is iterated.
        iterable: Expression,
        /// The loop's body.
        body: Vec<Statement>,
        /// Runs when the loop ends without `break`.
        orelse: Vec<Statement>,
    },
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `pass`.
    Pass,
    /// `def`.
    FunctionDefinition(Box<FunctionDefinition>),
    /// `class`.
    ClassDefinition(Box<ClassDefinition>),
    /// `return` with an optional value.
    Return(Option<Expression>),
    /// `del a, b[0], c.d`.
    Delete(Vec<Expression>),
    /// `global a, b`.
    Global(Vec<Name>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<Name>),
    /// `assert condition, message`.
    Assert {
        /// What must be true.
        condition: Expression,
        /// The message of the AssertionError.
        message: Option<Expression>,
    },
    /// `raise`, `raise exception`, `raise exception from cause`.
    Raise {
        /// The exception; none re-raises the one being handled.
        exception: Option<Expression>,
        /// The `from` part.
        cause: Option<Expression>,
    },
    /// `try` with its handlers, `else` and `finally`.
    Try {
        /// The guarded block.
        body: Vec<Statement>,
        /// The `except` clauses, in order.
        handlers: Vec<ExceptHandler>,
        /// Runs when the body raised nothing.
        orelse: Vec<Statement>,
        /// Runs whatever happens.
        finally: Vec<Statement>,
    },
    /// `import a.b as c, d`.
    Import(Vec<ImportAlias>),
    /// `from module import a as b, c` (or `*`).
    ImportFrom {
        /// The dotted module name (empty for `from . import x`).
        module: String,
        /// The names imported; a single `*` imports all.
        names: Vec<ImportAlias>,
        /// The number of leading dots.
        level: u32,
    },
    /// `with a as b, c: body`.
    With {
        /// The context managers.
        items: Vec<WithItem>,
        /// The block.
        body: Vec<Statement>,
    },
    /// `match subject:` and its `case`s.
    Match {
        /// The value matched.
        subject: Expression,
        /// The cases, in order.
        cases: Vec<MatchCase>,
    },
}

/// One `case pattern if guard: body` of a `match`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The `if` condition after the pattern.
    pub guard: Option<Expression>,
    /// The block.
    pub body: Vec<Statement>,
    /// Where the `case` line is.
    pub span: Span,
}

/// A pattern of a `case`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// What kind of pattern.
    pub kind: PatternKind,
    /// Where it is written.
    pub span: Span,
}

/// The patterns of Python 3.10's `match`.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or a dotted name (`Color.RED`), compared with `==`.
    Value(Expression),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Expression),
    /// A name that takes the value.
    Capture(String),
    /// `_`.
    Wildcard,
    /// `[a, b, *rest]` or `(a, b)` (the star pattern among the items).
    Sequence(Vec<Pattern>),
    /// `*rest` (or `*_`, with no name) inside a sequence pattern.
    Star(Option<String>),
    /// `{"key": pattern, **rest}`.
    Mapping {
        /// The keys (literals or dotted names).
        keys: Vec<Expression>,
        /// The pattern for each key's value.
        patterns: Vec<Pattern>,
        /// The name after `**`.
        rest: Option<String>,
    },
    /// `Point(x, y=0)`.
    Class {
        /// The class (a name or dotted name).
        class: Expression,
        /// The positional patterns (matched through `__match_args__`).
        positional: Vec<Pattern>,
        /// The keyword patterns, by attribute name.
        keywords: Vec<(Name, Pattern)>,
    },
    /// `a | b | c`.
    Or(Vec<Pattern>),
    /// `pattern as name`.
    As {
        /// The pattern.
        pattern: Box<Pattern>,
        /// The name.
        name: String,
    },
}

/// A `def`.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDefinition {
    /// The function's name.
    pub name: Name,
    /// Its parameters.
    pub parameters: Parameters,
    /// Its body.
    pub body: Vec<Statement>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expression>,
    /// The `-> annotation`, if any.
    pub returns: Option<Expression>,
}

/// A `class`.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDefinition {
    /// The class's name.
    pub name: Name,
    /// The base classes.
    pub bases: Vec<Expression>,
    /// Keyword arguments such as `metaclass=...`.
    pub keywords: Vec<KeywordArgument>,
    /// The class body.
    pub body: Vec<Statement>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expression>,
}

/// The parameters of a `def` or `lambda`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parameters {
    /// Before `/`.
    pub positional_only: Vec<Parameter>,
    /// Ordinary parameters.
    pub positional: Vec<Parameter>,
    /// `*args`.
    pub var_positional: Option<Parameter>,
    /// After `*` or `*args`.
    pub keyword_only: Vec<Parameter>,
    /// `**kwargs`.
    pub var_keyword: Option<Parameter>,
}

/// One parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    /// Its name.
    pub name: Name,
    /// Its default value.
    pub default: Option<Expression>,
    /// Its annotation.
    pub annotation: Option<Expression>,
}

/// An `except` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The exception type (or tuple of types); none catches everything.
    pub exception_type: Option<Expression>,
    /// The `as name`.
    pub name: Option<Name>,
    /// The handler's block.
    pub body: Vec<Statement>,
    /// The `except ...:` line.
    pub span: Span,
}

/// A name in an `import`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportAlias {
    /// The dotted name (or `*`).
    pub name: String,
    /// The `as` name.
    pub as_name: Option<Name>,
    /// Where it is written.
    pub span: Span,
}

/// One context manager of a `with`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager.
    pub context: Expression,
    /// The `as` target.
    pub target: Option<Expression>,
}

/// An expression and its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Expression {
    /// What kind of expression.
    pub kind: ExpressionKind,
    /// From its first token to its last.
    pub span: Span,
}

/// The expressions of Python.
#[derive(Clone, Debug, PartialEq)]
pub enum ExpressionKind {
    /// A variable.
    Name(String),
    /// A literal.
    Constant(Constant),
    /// An f-string (and any plain strings written next to it).
    FString(Vec<FStringElement>),
    /// `[a, b]`.
    List(Vec<Expression>),
    /// `(a, b)` or `a, b`.
    Tuple(Vec<Expression>),
    /// `{a, b}`.
    Set(Vec<Expression>),
    /// `{k: v, **other}`.
    Dict(Vec<DictEntry>),
    /// `*value` in a call, a display or an assignment target.
    Starred(Box<Expression>),
    /// `value.attribute`.
    Attribute {
        /// The object.
        value: Box<Expression>,
        /// The attribute's name.
        attribute: Name,
    },
    /// `value[index]`; a slice index is a [`ExpressionKind::Slice`].
    Subscript {
        /// The container.
        value: Box<Expression>,
        /// The index (a tuple for `a[1, 2]`).
        index: Box<Expression>,
    },
    /// `lower:upper:step` inside brackets.
    Slice {
        /// The start.
        lower: Option<Box<Expression>>,
        /// The end.
        upper: Option<Box<Expression>>,
        /// The step.
        step: Option<Box<Expression>>,
    },
    /// `function(arguments)`.
    Call {
        /// What is called.
        function: Box<Expression>,
        /// The arguments: positional and starred ones first, then keyword and
        /// double-starred ones, each in the order written (CPython's order,
        /// which is also the order it evaluates them in).
        arguments: Vec<Argument>,
    },
    /// `-x`, `+x`, `~x`, `not x`.
    Unary {
        /// The operator.
        operator: UnaryOperator,
        /// The operand.
        operand: Box<Expression>,
    },
    /// `left operator right`.
    Binary {
        /// The left operand.
        left: Box<Expression>,
        /// The operator.
        operator: BinaryOperator,
        /// The right operand.
        right: Box<Expression>,
    },
    /// `a and b and c`, `a or b`.
    Boolean {
        /// `and` or `or`.
        operator: BooleanOperator,
        /// Two or more operands.
        values: Vec<Expression>,
    },
    /// `a < b <= c`: one or more comparisons chained.
    Compare {
        /// The first operand.
        left: Box<Expression>,
        /// Each operator with its right operand.
        comparisons: Vec<(ComparisonOperator, Expression)>,
    },
    /// `body if condition else orelse`.
    Conditional {
        /// The condition.
        condition: Box<Expression>,
        /// The value when true.
        body: Box<Expression>,
        /// The value when false.
        orelse: Box<Expression>,
    },
    /// `lambda parameters: body`.
    Lambda {
        /// The parameters.
        parameters: Box<Parameters>,
        /// The body.
        body: Box<Expression>,
    },
    /// `[element for ...]`.
    ListComprehension {
        /// The element.
        element: Box<Expression>,
        /// The `for` and `if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{element for ...}`.
    SetComprehension {
        /// The element.
        element: Box<Expression>,
        /// The `for` and `if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`.
    DictComprehension {
        /// The key.
        key: Box<Expression>,
        /// The value.
        value: Box<Expression>,
        /// The `for` and `if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `(element for ...)`.
    Generator {
        /// The element.
        element: Box<Expression>,
        /// The `for` and `if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `name := value`.
    Named {
        /// The name assigned.
        target: Name,
        /// The value.
        value: Box<Expression>,
    },
    /// `yield value`.
    Yield(Option<Box<Expression>>),
    /// `yield from value`.
    YieldFrom(Box<Expression>),
    /// `await value`.
    Await(Box<Expression>),
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An integer literal: its digits and radix (the compiler makes the number).
    Int {
        /// The digits, without `_` or prefix.
        digits: String,
        /// 2, 8, 10 or 16.
        radix: u32,
    },
    /// A float literal.
    Float(f64),
    /// An imaginary literal (`2j`).
    Imaginary(f64),
    /// A string (adjacent literals already joined).
    String(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
}

/// A piece of a parsed f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringElement {
    /// Text as it is.
    Literal(String),
    /// A `{...}` field.
    Replacement {
        /// The expression.
        value: Box<Expression>,
        /// For `{x=}`: the text printed before the value.
        debug_text: Option<String>,
        /// `'r'`, `'s'` or `'a'`.
        conversion: Option<char>,
        /// The format spec, which may hold nested fields.
        format_spec: Vec<FStringElement>,
    },
}

/// An entry of a dict display.
#[derive(Clone, Debug, PartialEq)]
pub enum DictEntry {
    /// `key: value`.
    KeyValue(Expression, Expression),
    /// `**mapping`.
    Unpack(Expression),
}

/// An argument of a call.
#[derive(Clone, Debug, PartialEq)]
pub enum Argument {
    /// `value`.
    Positional(Expression),
    /// `*values`.
    Starred(Expression),
    /// `name=value`.
    Keyword(KeywordArgument),
    /// `**mapping`.
    DoubleStarred(Expression),
}

/// `name=value` in a call or a class header.
#[derive(Clone, Debug, PartialEq)]
pub struct KeywordArgument {
    /// The keyword.
    pub name: Name,
    /// The value.
    pub value: Expression,
}

/// One `for target in iterable if condition...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// What each item is assigned to.
    pub target: Expression,
    /// What is iterated.
    pub iterable: Expression,
    /// The `if` filters.
    pub conditions: Vec<Expression>,
}

/// Operators with one operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOperator {
    /// `-`.
    Negative,
    /// `+`.
    Positive,
    /// `~`.
    Invert,
    /// `not`.
    Not,
}

/// Operators with two operands (also the augmented assignments').
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOperator {
    /// `+`.
    Add,
    /// `-`.
    Subtract,
    /// `*`.
    Multiply,
    /// `@`.
    MatrixMultiply,
    /// `/`.
    Divide,
    /// `//`.
    FloorDivide,
    /// `%`.
    Modulo,
    /// `**`.
    Power,
    /// `<<`.
    LeftShift,
    /// `>>`.
    RightShift,
    /// `|`.
    BitOr,
    /// `^`.
    BitXor,
    /// `&`.
    BitAnd,
}

/// `and`, `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BooleanOperator {
    /// `and`.
    And,
    /// `or`.
    Or,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparisonOperator {
    /// `==`.
    Equal,
    /// `!=`.
    NotEqual,
    /// `<`.
    Less,
    /// `<=`.
    LessEqual,
    /// `>`.
    Greater,
    /// `>=`.
    GreaterEqual,
    /// `is`.
    Is,
    /// `is not`.
    IsNot,
    /// `in`.
    In,
    /// `not in`.
    NotIn,
}

impl Pattern {
    /// The expressions inside the pattern (dotted values, literals, classes,
    /// mapping keys), in the order they are written.
    pub fn expressions(&self) -> Vec<&Expression> {
        let mut found = Vec::new();
        let mut pending = vec![self];
        while let Some(pattern) = pending.pop() {
            match &pattern.kind {
                PatternKind::Value(expression) | PatternKind::Singleton(expression) => {
                    found.push(expression)
                }
                PatternKind::Capture(_) | PatternKind::Wildcard | PatternKind::Star(_) => {}
                PatternKind::Sequence(items) | PatternKind::Or(items) => {
                    pending.extend(items.iter().rev())
                }
                PatternKind::Mapping { keys, patterns, .. } => {
                    found.extend(keys);
                    pending.extend(patterns.iter().rev());
                }
                PatternKind::Class {
                    class,
                    positional,
                    keywords,
                } => {
                    found.push(class);
                    pending.extend(keywords.iter().rev().map(|(_, pattern)| pattern));
                    pending.extend(positional.iter().rev());
                }
                PatternKind::As { pattern, .. } => pending.push(pattern),
            }
        }
        found
    }

    /// The names the pattern binds, in the order they are written (an
    /// `or` pattern's from its first alternative).
    pub fn bound_names(&self) -> Vec<&str> {
        let mut names = Vec::new();
        let mut pending = vec![self];
        while let Some(pattern) = pending.pop() {
            match &pattern.kind {
                PatternKind::Capture(name) | PatternKind::Star(Some(name)) => {
                    names.push(name.as_str())
                }
                PatternKind::Value(_)
                | PatternKind::Singleton(_)
                | PatternKind::Wildcard
                | PatternKind::Star(None) => {}
                PatternKind::Sequence(items) => pending.extend(items.iter().rev()),
                PatternKind::Or(alternatives) => pending.extend(alternatives.first()),
                PatternKind::Mapping { patterns, rest, .. } => {
                    if let Some(rest) = rest {
                        names.push(rest.as_str());
                    }
                    pending.extend(patterns.iter().rev());
                }
                PatternKind::Class {
                    positional,
                    keywords,
                    ..
                } => {
                    pending.extend(keywords.iter().rev().map(|(_, pattern)| pattern));
                    pending.extend(positional.iter().rev());
                }
                PatternKind::As { pattern, name } => {
                    pending.push(pattern);
                    names.push(name.as_str());
                }
            }
        }
        names
    }
}
