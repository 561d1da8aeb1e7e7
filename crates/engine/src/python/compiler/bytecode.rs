//! The bytecode: what the code generator writes and the VM runs.
//!
//! A [`Program`] is a flat list of [`CodeObject`]s, the module's first; a
//! function, lambda, comprehension or generator expression is another code
//! object, named by its index. Instructions are a plain enum with their
//! operands inside (indexes into the code object's tables, jump targets as
//! instruction indexes), close to CPython 3.10's instruction set, which is
//! simpler than 3.11's and runs the same programs.
//!
//! The operand stack is described as `[... below, top]`; "pops" and "pushes"
//! say what each instruction does to it.

use super::super::builtins::numbers::Int;
use super::super::syntax::ast::{BinaryOperator, ComparisonOperator, UnaryOperator};

/// A compiled program.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Program {
    /// Every code object; index 0 is the module.
    pub codes: Vec<CodeObject>,
}

/// What kind of block a code object runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// The whole program: names live in the module's dictionary.
    Module,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list, set or dict comprehension (called at once with the outermost
    /// iterator as its one argument, `.0`).
    Comprehension,
    /// A generator expression (calling it makes a generator).
    GeneratorExpression,
    /// A class body: run once by [`Instruction::BuildClass`], its names
    /// stored in the class being made.
    ClassBody,
}

/// One compiled block of code.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`...).
    pub name: String,
    /// Its `__qualname__`: `Point.move`, `outer.<locals>.inner` (CPython's
    /// messages about calls name functions so).
    pub qualified_name: String,
    /// Its docstring (a `def`'s or class's body starting with a string).
    pub docstring: Option<String>,
    /// What kind of block it is.
    pub kind: CodeKind,
    /// Whether calling it makes a generator (a `def` with `yield`, or a
    /// generator expression) instead of running it.
    pub is_generator: bool,
    /// The instructions.
    pub instructions: Vec<Instruction>,
    /// The source line (1-based) of each instruction, same length as `instructions`.
    pub lines: Vec<u32>,
    /// The line of the `def` (or of the expression); 1 for the module.
    pub first_line: u32,
    /// The constants [`Instruction::LoadConstant`] loads.
    pub constants: Vec<Constant>,
    /// Names used by the global, name, attribute and import instructions.
    pub names: Vec<String>,
    /// The fast locals, parameters first in the order of [`ParameterLayout`]
    /// (positional-only, positional, keyword-only, `*args`, `**kwargs`).
    pub local_names: Vec<String>,
    /// The locals that inner functions share: this frame's own cells.
    pub cell_names: Vec<String>,
    /// The names taken from enclosing functions' cells, in the order of the
    /// closure tuple given to [`Instruction::MakeFunction`].
    pub free_names: Vec<String>,
    /// How calls map their arguments to the first locals.
    pub parameters: ParameterLayout,
    /// The patterns of its `match` statements ([`Instruction::MatchCase`]).
    pub patterns: Vec<MatchPattern>,
}

/// A `case` pattern as the VM matches it. Values the pattern compares with
/// (literals, dotted names, classes, mapping keys) are computed before the
/// match and numbered in order; captured values go to numbered slots.
#[derive(Clone, Debug, PartialEq)]
pub enum MatchPattern {
    /// Equal (`==`) to value `index`.
    Equal(u32),
    /// The same object (`is`) as value `index` (`None`, `True`, `False`).
    Identical(u32),
    /// Anything, captured in slot `index`.
    Capture(u32),
    /// Anything (`_`).
    Wildcard,
    /// A list or tuple (not a str) of these items; `star` is the position
    /// of the `*rest` item among them.
    Sequence {
        /// The item patterns (the star one included).
        items: Vec<MatchPattern>,
        /// Where the star item is.
        star: Option<usize>,
    },
    /// `*rest` (its slot) or `*_` inside a sequence.
    Star(Option<u32>),
    /// A dict with these keys (values by index) whose values match.
    Mapping {
        /// The key values' indexes.
        keys: Vec<u32>,
        /// The patterns of the values.
        patterns: Vec<MatchPattern>,
        /// The slot of `**rest`.
        rest: Option<u32>,
    },
    /// An instance of class value `class`, with attributes that match.
    Class {
        /// The class value's index.
        class: u32,
        /// Positional patterns (through `__match_args__`).
        positional: Vec<MatchPattern>,
        /// Keyword patterns by attribute name.
        keywords: Vec<(String, MatchPattern)>,
    },
    /// The first alternative that matches.
    Or(Vec<MatchPattern>),
    /// The pattern, then the subject captured in the slot.
    As(Box<MatchPattern>, u32),
}

/// The shape of a function's parameter list. Parameters take the first
/// `local_names`, in this order: positional-only, positional-or-keyword,
/// keyword-only, then `*args` and `**kwargs` if present.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ParameterLayout {
    /// Parameters before `/`.
    pub positional_only: u32,
    /// All positional parameters, the positional-only ones included.
    pub positional: u32,
    /// Parameters after `*` or `*args`.
    pub keyword_only: u32,
    /// Whether there is a `*args`.
    pub var_positional: bool,
    /// Whether there is a `**kwargs`.
    pub var_keyword: bool,
}

impl ParameterLayout {
    /// How many locals the parameters take.
    pub fn local_count(&self) -> u32 {
        self.positional
            + self.keyword_only
            + u32::from(self.var_positional)
            + u32::from(self.var_keyword)
    }
}

/// A constant of a code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True`, `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An int literal.
    Int(Int),
    /// A float literal.
    Float(f64),
    /// A string literal.
    Str(String),
    /// A tuple of names: the keyword names of [`Instruction::CallWithKeywords`].
    Names(Vec<String>),
    /// A tuple display of constants, folded (`((1, 0), (-1, 0))`).
    Tuple(Vec<Constant>),
}

/// How [`Instruction::FormatValue`] converts a value before formatting it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// No `!` conversion.
    None,
    /// `!s`.
    Str,
    /// `!r`.
    Repr,
    /// `!a`.
    Ascii,
}

/// What [`Instruction::Raise`] raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RaiseForm {
    /// `raise` alone: the exception being handled, again.
    Reraise,
    /// `raise exception`: pops the exception (a class is called with no arguments).
    Exception,
    /// `raise exception from cause`: pops the cause, then the exception.
    ExceptionFromCause,
}

/// One instruction. Jump targets are indexes into the code object's
/// instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instruction {
    /// Does nothing (a jump target, or where a line starts with nothing to do).
    Nop,
    /// Pops the top.
    Pop,
    /// Pushes a copy of the top: `[a] -> [a, a]`.
    Duplicate,
    /// `[a, b] -> [a, b, a, b]`.
    DuplicateTwo,
    /// Swaps the two top values: `[a, b] -> [b, a]`.
    RotateTwo,
    /// Lifts the second and third values: `[a, b, c] -> [c, a, b]`.
    RotateThree,
    /// `[a, b, c, d] -> [d, a, b, c]`.
    RotateFour,

    /// Pushes `constants[index]`.
    LoadConstant(u32),
    /// Pushes fast local `index`; UnboundLocalError if it has no value.
    LoadFast(u32),
    /// Pops into fast local `index`.
    StoreFast(u32),
    /// Unbinds fast local `index`; UnboundLocalError if it has no value.
    DeleteFast(u32),
    /// Pushes the value of cell `index` (cells first, then free names);
    /// NameError / UnboundLocalError if it is empty.
    LoadDeref(u32),
    /// Pops into cell `index`.
    StoreDeref(u32),
    /// Empties cell `index`.
    DeleteDeref(u32),
    /// Pushes cell `index` itself, to build a closure tuple.
    LoadClosure(u32),
    /// Pushes global `names[index]`, or the builtin of that name; NameError if neither.
    LoadGlobal(u32),
    /// Pops into global `names[index]`.
    StoreGlobal(u32),
    /// Deletes global `names[index]`; NameError if it is not there.
    DeleteGlobal(u32),
    /// Module level: pushes `names[index]` from the module's namespace or the builtins.
    LoadName(u32),
    /// Module level: pops into `names[index]`.
    StoreName(u32),
    /// Module level: deletes `names[index]`.
    DeleteName(u32),

    /// `[object] -> [object.names[index]]`.
    LoadAttribute(u32),
    /// `obj.name(...)`'s first half: `[object] -> [method, object]` when
    /// `object.names[index]` is a method bound to `object` (no bound-method
    /// object is made), else `[object.names[index], Unbound]`.
    LoadMethod(u32),
    /// `obj.name(...)`'s second half, after [`Instruction::LoadMethod`]:
    /// `[method, object or Unbound, arguments...] -> [result]`, the object
    /// (when there is one) given as the first argument.
    CallMethod(u32),
    /// `[value, object] -> []`: `object.names[index] = value`.
    StoreAttribute(u32),
    /// `[object] -> []`: `del object.names[index]`.
    DeleteAttribute(u32),
    /// `[container, index] -> [container[index]]`.
    Subscript,
    /// `[value, container, index] -> []`: `container[index] = value`.
    StoreSubscript,
    /// `[container, index] -> []`: `del container[index]`.
    DeleteSubscript,
    /// `[lower, upper] -> [slice]` (2) or `[lower, upper, step] -> [slice]` (3);
    /// a missing part is `None`.
    BuildSlice(u32),

    /// `[operand] -> [result]`.
    Unary(UnaryOperator),
    /// `[left, right] -> [result]`.
    Binary(BinaryOperator),
    /// `[target, value] -> [result]`: `target op= value` (a list's `+=` extends it in place).
    InPlace(BinaryOperator),
    /// `[left, right] -> [result]`, including `in`, `not in`, `is`, `is not`.
    Compare(ComparisonOperator),

    /// Jumps.
    Jump(u32),
    /// Pops; jumps if it is false.
    PopJumpIfFalse(u32),
    /// Pops; jumps if it is true.
    PopJumpIfTrue(u32),
    /// Jumps, keeping the top, if it is false; pops it otherwise (`and`).
    JumpIfFalseOrPop(u32),
    /// Jumps, keeping the top, if it is true; pops it otherwise (`or`).
    JumpIfTrueOrPop(u32),

    /// `[iterable] -> [iterator]`.
    GetIterator,
    /// `[iterator] -> [iterator, next item]`, or pops the iterator and jumps
    /// when it is exhausted.
    ForIterator(u32),
    /// `ForIterator` for `x = yield from ...`: when the iterator is done it
    /// is replaced by what it returned (a generator's return value, else
    /// None) before the jump.
    ForIteratorValue(u32),

    /// `[a, b, ...] -> [list]`: a list of the top `count` values.
    BuildList(u32),
    /// `[a, b, ...] -> [tuple]`.
    BuildTuple(u32),
    /// `[a, b, ...] -> [set]`.
    BuildSet(u32),
    /// `[k1, v1, k2, v2, ...] -> [dict]`: `count` pairs.
    BuildDict(u32),
    /// `[... list, ..., item] -> [... list, ...]`: appends to the list `depth`
    /// places below the item (1 = just below it). For comprehensions.
    ListAppend(u32),
    /// Like [`Instruction::ListAppend`] for a set.
    SetAdd(u32),
    /// `[... dict, ..., key, value] -> [... dict, ...]`: `depth` counts from the value.
    DictSet(u32),
    /// `[... list, ..., iterable] -> [... list, ...]`: extends the list (`*a` in a display).
    ListExtend(u32),
    /// `[... set, ..., iterable] -> [... set, ...]`: adds every item.
    SetUpdate(u32),
    /// `[... dict, ..., mapping] -> [... dict, ...]`: `**m` in a dict display;
    /// TypeError if `mapping` is not a dict.
    DictUpdate(u32),
    /// `[... dict, ..., mapping] -> [... dict, ...]`: `**m` in a call;
    /// TypeError on a repeated keyword.
    DictMerge(u32),
    /// `[list] -> [tuple]`.
    ListToTuple,
    /// `[iterable] -> [item count-1, ..., item 0]`: item 0 on top; ValueError
    /// if there are more or fewer than `count`, TypeError if not iterable.
    UnpackSequence(u32),
    /// `a, *b, c = ...`: `[iterable] -> [last ..., list of the middle, first ...]`,
    /// the first item on top.
    UnpackStarred {
        /// Targets before the starred one.
        before: u32,
        /// Targets after it.
        after: u32,
    },

    /// `[function, argument 1, ..., argument n] -> [result]`.
    Call(u32),
    /// `[function, arguments ..., keyword values ...] -> [result]`; the last
    /// values are keyword arguments named by `constants[names]` (a
    /// [`Constant::Names`]); `count` counts all arguments.
    CallWithKeywords {
        /// Positional and keyword arguments together.
        count: u32,
        /// The constant holding the keyword names.
        names: u32,
    },
    /// `[function, positional tuple] -> [result]` or, with `has_keywords`,
    /// `[function, positional tuple, keyword dict] -> [result]`: calls with `*` and `**`.
    CallUnpacked {
        /// Whether a keyword dict is on the stack.
        has_keywords: bool,
    },
    /// `case`: the stack holds the subject, then `values` values the
    /// pattern compares with. Pops them all; when `patterns[pattern]`
    /// matches, pushes its `captures` captured values (slot order),
    /// otherwise jumps to `fail`.
    MatchCase {
        /// The pattern's index in the code object's `patterns`.
        pattern: u32,
        /// How many values were pushed for it.
        values: u32,
        /// How many values it captures.
        captures: u32,
        /// Where to go when it does not match.
        fail: u32,
    },
    /// `with`: pops the context manager, pushes its bound `__exit__`, then
    /// calls its `__enter__` (the result is pushed when it returns).
    BeforeWith,
    /// In a `with`'s handler (the stack holds `__exit__` and the exception):
    /// calls `__exit__(type, exception, None)`, its result pushed.
    WithExceptStart,
    /// `class`: pops the bases (`count` of them), the class's name and the
    /// body's function; makes the class and runs the body with the class as
    /// its namespace; the class is pushed when the body returns.
    BuildClass(u32),
    /// `name: annotation` in a class body: pops the annotation and records
    /// it in the class's `__annotations__` under `names[index]`.
    StoreAnnotation(u32),
    /// Makes a function from `codes[code]`. Below it on the stack, in this
    /// order from the bottom, those the flags name: a tuple of positional
    /// defaults, a dict of keyword-only defaults, a tuple of closure cells.
    MakeFunction {
        /// The code object's index in the program.
        code: u32,
        /// A tuple of defaults for the last positional parameters is on the stack.
        has_defaults: bool,
        /// A dict of keyword-only defaults is on the stack.
        has_keyword_defaults: bool,
        /// A tuple of cells for the free names is on the stack.
        has_closure: bool,
    },
    /// Pops the return value and leaves the frame.
    Return,
    /// Pops a value and gives it to whoever resumed the generator; pushes what
    /// it is resumed with (`None` for `next`).
    Yield,

    /// Starts a `try` block: when an exception is raised before the matching
    /// [`Instruction::PopBlock`], the stack is cut back to its depth here, the
    /// exception is pushed and becomes the one being handled, and execution
    /// jumps to `handler`.
    SetupTry(u32),
    /// Ends the innermost `try` block (normal exit).
    PopBlock,
    /// `[exception, type] -> [exception, matches]`: whether the exception is an
    /// instance of the type or of one in the tuple; TypeError if the type is not
    /// an exception class.
    ExceptionMatches,
    /// Ends an `except` or `finally` handler: the exception being handled
    /// before it becomes current again.
    PopExcept,
    /// `[exception] -> raised again`, keeping its traceback (a handler that
    /// did not match, the end of a `finally` after an exception).
    Reraise,
    /// Raises: see [`RaiseForm`].
    Raise(RaiseForm),
    /// Pushes the class AssertionError (whatever the name means in the program).
    LoadAssertionError,

    /// `import names[index]`: pushes the module (only the sandbox's own modules exist).
    ImportName(u32),
    /// `[module] -> [module, module.names[index]]`: for `from module import name`;
    /// ImportError if it has no such name.
    ImportFrom(u32),
    /// `[module] -> []`: `from module import *` at module level.
    ImportStar,

    /// `[value] -> [text]`, or `[value, spec] -> [text]` with `has_spec`:
    /// `format(value, spec)` after the conversion.
    FormatValue {
        /// The `!s`, `!r` or `!a`.
        conversion: Conversion,
        /// Whether a format spec string is on top.
        has_spec: bool,
    },
    /// `[s1, s2, ...] -> [s1 + s2 + ...]`: joins `count` strings (f-strings).
    BuildString(u32),

    /// A superinstruction: the first of a pair of instructions on one line,
    /// put in its place when a program is loaded (the compiler never makes
    /// one; see `vm::superinstructions`). The second instruction stays where
    /// it was. The general path runs it as the first alone
    /// ([`Instruction::unfused`]); the quick loop may run both at once.
    /// `LoadFast(local)` then `LoadConstant(constant)`.
    LoadFastLoadConstant {
        /// The fast local.
        local: u32,
        /// The constant's index.
        constant: u32,
    },
    /// A superinstruction: `LoadConstant(constant)` then `Binary(operator)`.
    LoadConstantBinary {
        /// The constant's index.
        constant: u32,
        /// The operator.
        operator: BinaryOperator,
    },
    /// A superinstruction: `Compare(operator)` then `PopJumpIfFalse(target)`.
    CompareJumpIfFalse {
        /// The comparison.
        operator: ComparisonOperator,
        /// Where the jump goes when the comparison is false.
        target: u32,
    },
}

impl Instruction {
    /// What the general path runs for this instruction: a superinstruction's
    /// first instruction (the second follows it in the code), any other
    /// instruction itself.
    #[inline]
    pub fn unfused(self) -> Instruction {
        match self {
            Instruction::LoadFastLoadConstant { local, .. } => Instruction::LoadFast(local),
            Instruction::LoadConstantBinary { constant, .. } => Instruction::LoadConstant(constant),
            Instruction::CompareJumpIfFalse { operator, .. } => Instruction::Compare(operator),
            other => other,
        }
    }
}
