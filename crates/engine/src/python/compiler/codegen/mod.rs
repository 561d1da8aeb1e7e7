//! The code generator: from a syntax tree and its symbol table to a [`Program`].
//!
//! One [`Compiler`] walks the module; every `def`, `lambda`, comprehension and
//! generator expression opens a new code unit on a stack, compiled in place and
//! stored in the program's table of code objects. Jumps are written to labels
//! and patched when the unit is finished. Every instruction takes the line of
//! the innermost statement or expression being compiled, as CPython 3.11's
//! positions do, so tracebacks name the same lines.

mod assignment;
mod calls;
mod compile_error;
mod disassembly;
mod exceptions;
mod expressions;
mod fstrings;
mod functions;
mod patterns;
mod statements;

use super::super::syntax::ast::{Module, Statement};
use super::super::syntax::parser::parse_module;
use super::super::syntax::token::{LineIndex, Span};
use super::bytecode::{CodeKind, CodeObject, Constant, Instruction, ParameterLayout, Program};
use super::scopes::{analyze_scopes, ScopeKind, ScopeTable, SymbolScope};

pub use compile_error::{CompileError, CompileErrorKind};
pub use disassembly::disassemble;

/// Parses, analyses and compiles a whole program.
pub fn compile(source: &str) -> Result<Program, CompileError> {
    let module = parse_module(source)?;
    compile_module(&module, source)
}

/// Compiles a parsed program; `source` is its text, for the lines.
pub fn compile_module(module: &Module, source: &str) -> Result<Program, CompileError> {
    let table = analyze_scopes(module)?;
    let mut compiler = Compiler {
        line_index: LineIndex::new(source),
        table,
        codes: Vec::new(),
        units: Vec::new(),
    };
    compiler.enter_unit(
        0,
        CodeKind::Module,
        "<module>",
        1,
        ParameterLayout::default(),
        &[],
    );
    compiler.statements(&module.body)?;
    compiler.emit_implicit_return();
    compiler.leave_unit()?;
    Ok(Program {
        codes: compiler.codes,
    })
}

/// The result of the compiler's steps.
type Compiled = Result<(), CompileError>;

/// A place in the code that jumps go to, known once it is bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

/// What a `break`, `continue` or `return` must undo on its way out: CPython's
/// frame blocks.
#[derive(Clone, Copy, Debug)]
enum FrameBlock<'a> {
    /// A `while` loop.
    WhileLoop { start: Label, end: Label },
    /// A `for` loop: its iterator is on the stack.
    ForLoop { start: Label, end: Label },
    /// The body of a `try` with handlers: a `SetupTry` is active.
    TryExcept,
    /// The body of a `try` with `finally`: a `SetupTry` is active and the
    /// `finally` body must run on the way out.
    TryFinally { finally: &'a [Statement] },
    /// The `finally` body after an exception: the exception is on the stack
    /// and being handled.
    FinallyAfterException,
    /// An `except` body: its cleanup `SetupTry` is active and the exception
    /// is being handled; the `as` name is cleared on the way out.
    ExceptHandler { name: Option<&'a str> },
    /// A `with` body: the bound `__exit__` is on the stack under a
    /// `SetupTry`; leaving calls it with three Nones.
    With,
}

/// One code object being written.
struct CodeUnit<'a> {
    /// What is written so far (jumps point at labels until the end).
    code: CodeObject,
    /// Its index in [`Program::codes`].
    code_index: usize,
    /// Its scope in the symbol table.
    scope_index: usize,
    /// Where each label is bound.
    labels: Vec<Option<u32>>,
    /// The line of the node being compiled.
    line: u32,
    /// The open frame blocks, innermost last.
    frame_blocks: Vec<FrameBlock<'a>>,
}

/// Writes a program's code objects.
struct Compiler<'a> {
    line_index: LineIndex,
    table: ScopeTable,
    codes: Vec<CodeObject>,
    units: Vec<CodeUnit<'a>>,
}

/// How a name is loaded, stored and deleted in the current unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameAccess {
    Fast(u32),
    Deref(u32),
    Global(u32),
    Name(u32),
}

/// The three operations on a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameOperation {
    Load,
    Store,
    Delete,
}

impl<'a> Compiler<'a> {
    /// The unit being written. The module's unit is open for the whole
    /// compilation, so there always is one.
    fn unit(&mut self) -> &mut CodeUnit<'a> {
        let last = self.units.len().saturating_sub(1);
        &mut self.units[last]
    }

    fn unit_ref(&self) -> &CodeUnit<'a> {
        let last = self.units.len().saturating_sub(1);
        &self.units[last]
    }

    /// The 1-based line of a byte offset.
    fn line_of(&self, span: Span) -> u32 {
        self.line_index.line(span.start)
    }

    /// Sets the line of what follows; returns the previous one.
    fn set_line(&mut self, span: Span) -> u32 {
        let line = self.line_of(span);
        std::mem::replace(&mut self.unit().line, line)
    }

    fn restore_line(&mut self, line: u32) {
        self.unit().line = line;
    }

    /// Opens a code unit for scope `scope_index`: its locals, cells and free
    /// names come from the symbol table, parameters first.
    fn enter_unit(
        &mut self,
        scope_index: usize,
        kind: CodeKind,
        name: &str,
        first_line: u32,
        parameters: ParameterLayout,
        parameter_names: &[&str],
    ) {
        let scope = &self.table.scopes[scope_index];
        let keeps_fast_locals = scope.kind != ScopeKind::Module && scope.kind != ScopeKind::Class;
        let mut local_names: Vec<String> = parameter_names
            .iter()
            .map(|name| (*name).to_owned())
            .collect();
        if keeps_fast_locals {
            for symbol in &scope.symbols {
                if symbol.scope == SymbolScope::Local && !local_names.contains(&symbol.name) {
                    local_names.push(symbol.name.clone());
                }
            }
        }
        let cell_names: Vec<String> = scope
            .names_with(SymbolScope::Cell)
            .map(str::to_owned)
            .collect();
        let free_names: Vec<String> = scope
            .names_with(SymbolScope::Free)
            .map(str::to_owned)
            .collect();
        let qualified_name = match self.units.last() {
            Some(parent) if parent.code.kind == CodeKind::ClassBody => {
                format!("{}.{name}", parent.code.qualified_name)
            }
            Some(parent) if parent.code.kind != CodeKind::Module => {
                format!("{}.<locals>.{name}", parent.code.qualified_name)
            }
            _ => name.to_owned(),
        };
        let code = CodeObject {
            name: name.to_owned(),
            qualified_name,
            docstring: None,
            kind,
            is_generator: kind == CodeKind::GeneratorExpression,
            instructions: Vec::new(),
            lines: Vec::new(),
            first_line,
            constants: Vec::new(),
            names: Vec::new(),
            local_names,
            cell_names,
            free_names,
            parameters,
            patterns: Vec::new(),
        };
        let code_index = self.codes.len();
        self.codes.push(code.clone());
        self.units.push(CodeUnit {
            code,
            code_index,
            scope_index,
            labels: Vec::new(),
            line: first_line,
            frame_blocks: Vec::new(),
        });
        // Parameters that inner functions share move into their cells.
        for (position, parameter) in parameter_names.iter().enumerate() {
            let cell = self
                .unit_ref()
                .code
                .cell_names
                .iter()
                .position(|cell| cell == parameter);
            if let Some(cell) = cell {
                self.emit(Instruction::LoadFast(position as u32));
                self.emit(Instruction::StoreDeref(cell as u32));
            }
        }
    }

    /// Finishes the current unit: patches its jumps and stores it; returns its index.
    fn leave_unit(&mut self) -> Result<usize, CompileError> {
        let Some(mut unit) = self.units.pop() else {
            return Ok(0);
        };
        let labels = unit.labels;
        for instruction in &mut unit.code.instructions {
            *instruction = retarget(*instruction, |label| {
                labels.get(label as usize).copied().flatten().unwrap_or(0)
            });
        }
        let index = unit.code_index;
        self.codes[index] = unit.code;
        Ok(index)
    }

    /// Appends an instruction at the current line; returns its index.
    fn emit(&mut self, instruction: Instruction) -> usize {
        let unit = self.unit();
        unit.code.instructions.push(instruction);
        unit.code.lines.push(unit.line);
        unit.code.instructions.len() - 1
    }

    /// A new, unbound label.
    fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction.
    fn bind(&mut self, label: Label) {
        let unit = self.unit();
        let position = unit.code.instructions.len() as u32;
        if let Some(slot) = unit.labels.get_mut(label.0 as usize) {
            *slot = Some(position);
        }
    }

    /// Emits a jump-like instruction to `label` (the operand is patched later).
    fn emit_jump(&mut self, make: fn(u32) -> Instruction, label: Label) {
        self.emit(make(label.0));
    }

    /// The index of `constant`, added if new.
    fn constant_index(&mut self, constant: Constant) -> u32 {
        let constants = &mut self.unit().code.constants;
        if let Some(position) = constants
            .iter()
            .position(|existing| same_constant(existing, &constant))
        {
            return position as u32;
        }
        constants.push(constant);
        constants.len() as u32 - 1
    }

    fn load_constant(&mut self, constant: Constant) {
        let index = self.constant_index(constant);
        self.emit(Instruction::LoadConstant(index));
    }

    /// The index of `name` in the unit's names, added if new.
    fn name_index(&mut self, name: &str) -> u32 {
        let names = &mut self.unit().code.names;
        if let Some(position) = names.iter().position(|existing| existing == name) {
            return position as u32;
        }
        names.push(name.to_owned());
        names.len() as u32 - 1
    }

    /// Where `name` lives in the current unit.
    fn name_access(&mut self, name: &str) -> NameAccess {
        let unit = self.unit_ref();
        let scope = &self.table.scopes[unit.scope_index];
        let symbol_scope = scope.symbol(name).map(|symbol| symbol.scope);
        if unit.code.kind == CodeKind::Module {
            return match symbol_scope {
                Some(SymbolScope::Free) => self.deref_access(name),
                _ => NameAccess::Name(self.name_index(name)),
            };
        }
        if unit.code.kind == CodeKind::ClassBody {
            return match symbol_scope {
                Some(SymbolScope::Free) => self.deref_access(name),
                Some(SymbolScope::GlobalExplicit) => NameAccess::Global(self.name_index(name)),
                _ => NameAccess::Name(self.name_index(name)),
            };
        }
        match symbol_scope {
            Some(SymbolScope::Local) => {
                let locals = &mut self.unit().code.local_names;
                let position = match locals.iter().position(|local| local == name) {
                    Some(position) => position,
                    None => {
                        locals.push(name.to_owned());
                        locals.len() - 1
                    }
                };
                NameAccess::Fast(position as u32)
            }
            Some(SymbolScope::Cell | SymbolScope::Free) => self.deref_access(name),
            _ => NameAccess::Global(self.name_index(name)),
        }
    }

    /// The cell index of `name`: cells first, then free names.
    fn deref_access(&mut self, name: &str) -> NameAccess {
        let code = &self.unit_ref().code;
        if let Some(position) = code.cell_names.iter().position(|cell| cell == name) {
            return NameAccess::Deref(position as u32);
        }
        if let Some(position) = code.free_names.iter().position(|free| free == name) {
            return NameAccess::Deref((code.cell_names.len() + position) as u32);
        }
        NameAccess::Global(self.name_index(name))
    }

    /// Loads, stores or deletes `name`.
    fn name_operation(&mut self, name: &str, operation: NameOperation) {
        let instruction = match (self.name_access(name), operation) {
            (NameAccess::Fast(index), NameOperation::Load) => Instruction::LoadFast(index),
            (NameAccess::Fast(index), NameOperation::Store) => Instruction::StoreFast(index),
            (NameAccess::Fast(index), NameOperation::Delete) => Instruction::DeleteFast(index),
            (NameAccess::Deref(index), NameOperation::Load) => Instruction::LoadDeref(index),
            (NameAccess::Deref(index), NameOperation::Store) => Instruction::StoreDeref(index),
            (NameAccess::Deref(index), NameOperation::Delete) => Instruction::DeleteDeref(index),
            (NameAccess::Global(index), NameOperation::Load) => Instruction::LoadGlobal(index),
            (NameAccess::Global(index), NameOperation::Store) => Instruction::StoreGlobal(index),
            (NameAccess::Global(index), NameOperation::Delete) => Instruction::DeleteGlobal(index),
            (NameAccess::Name(index), NameOperation::Load) => Instruction::LoadName(index),
            (NameAccess::Name(index), NameOperation::Store) => Instruction::StoreName(index),
            (NameAccess::Name(index), NameOperation::Delete) => Instruction::DeleteName(index),
        };
        self.emit(instruction);
    }

    fn load_name(&mut self, name: &str) {
        self.name_operation(name, NameOperation::Load);
    }

    fn store_name(&mut self, name: &str) {
        self.name_operation(name, NameOperation::Store);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_operation(name, NameOperation::Delete);
    }

    /// `return None` at the end of a unit, at the line of its last statement.
    fn emit_implicit_return(&mut self) {
        self.load_constant(Constant::None);
        self.emit(Instruction::Return);
    }

    /// The child scope of the current unit defined at `span`, of `kind`.
    fn child_scope(&self, kind: ScopeKind, span: Span) -> Option<usize> {
        let scope = &self.table.scopes[self.unit_ref().scope_index];
        scope.children.iter().copied().find(|child| {
            let child_scope = &self.table.scopes[*child];
            child_scope.kind == kind && child_scope.span == span
        })
    }

    /// The kind of the current unit.
    fn unit_kind(&self) -> CodeKind {
        self.unit_ref().code.kind
    }
}

/// Whether two constants are the same value of the same type (floats by
/// their bits, so `0.0` and `-0.0` stay apart).
fn same_constant(left: &Constant, right: &Constant) -> bool {
    match (left, right) {
        (Constant::Float(left), Constant::Float(right)) => left.to_bits() == right.to_bits(),
        (Constant::Tuple(left), Constant::Tuple(right)) => {
            left.len() == right.len()
                && left
                    .iter()
                    .zip(right)
                    .all(|(left, right)| same_constant(left, right))
        }
        _ => left == right,
    }
}

/// The instruction with its jump target (if it has one) mapped by `map`.
fn retarget(instruction: Instruction, map: impl Fn(u32) -> u32) -> Instruction {
    match instruction {
        Instruction::Jump(target) => Instruction::Jump(map(target)),
        Instruction::PopJumpIfFalse(target) => Instruction::PopJumpIfFalse(map(target)),
        Instruction::PopJumpIfTrue(target) => Instruction::PopJumpIfTrue(map(target)),
        Instruction::JumpIfFalseOrPop(target) => Instruction::JumpIfFalseOrPop(map(target)),
        Instruction::JumpIfTrueOrPop(target) => Instruction::JumpIfTrueOrPop(map(target)),
        Instruction::ForIterator(target) => Instruction::ForIterator(map(target)),
        Instruction::ForIteratorValue(target) => Instruction::ForIteratorValue(map(target)),
        Instruction::SetupTry(target) => Instruction::SetupTry(map(target)),
        Instruction::MatchCase {
            pattern,
            values,
            captures,
            fail,
        } => Instruction::MatchCase {
            pattern,
            values,
            captures,
            fail: map(fail),
        },
        other => other,
    }
}

/// The jump target of an instruction, if it has one.
pub fn jump_target(instruction: Instruction) -> Option<u32> {
    let found = std::cell::Cell::new(None);
    retarget(instruction, |target| {
        found.set(Some(target));
        target
    });
    found.get()
}
