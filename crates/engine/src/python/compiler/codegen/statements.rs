//! Statements: expression statements, control flow, loops, imports.

use super::super::super::syntax::ast::{
    Expression, ExpressionKind, ImportAlias, Statement, StatementKind,
};
use super::super::super::syntax::token::Span;
use super::super::bytecode::{CodeKind, Constant, Instruction};
use super::{CompileError, CompileErrorKind, Compiled, Compiler, FrameBlock};

impl<'a> Compiler<'a> {
    /// Compiles a block of statements.
    pub(super) fn statements(&mut self, statements: &'a [Statement]) -> Compiled {
        for statement in statements {
            self.statement(statement)?;
        }
        Ok(())
    }

    /// Compiles one statement at its first line.
    fn statement(&mut self, statement: &'a Statement) -> Compiled {
        self.set_line(statement.span);
        let span = statement.span;
        match &statement.kind {
            StatementKind::Expression(expression) => {
                if let ExpressionKind::YieldFrom(iterable) = &expression.kind {
                    return self.yield_from_statement(iterable, expression.span);
                }
                self.expression(expression)?;
                self.set_line(span);
                self.emit(Instruction::Pop);
            }
            StatementKind::Assign { targets, value } => self.assign(targets, value)?,
            StatementKind::AugmentedAssign {
                target,
                operator,
                value,
            } => self.augmented_assign(target, *operator, value)?,
            StatementKind::AnnotatedAssign {
                target,
                annotation,
                value,
            } => self.annotated_assign(target, annotation, value.as_ref())?,
            StatementKind::If {
                condition,
                body,
                orelse,
            } => {
                let orelse_label = self.new_label();
                let end = self.new_label();
                self.jump_if(condition, false, orelse_label, Some(span))?;
                self.statements(body)?;
                if !orelse.is_empty() {
                    self.set_line(span);
                    self.emit_jump(Instruction::Jump, end);
                }
                self.bind(orelse_label);
                self.statements(orelse)?;
                self.bind(end);
            }
            StatementKind::While {
                condition,
                body,
                orelse,
            } => {
                let start = self.new_label();
                let orelse_label = self.new_label();
                let end = self.new_label();
                self.bind(start);
                self.jump_if(condition, false, orelse_label, Some(span))?;
                self.unit()
                    .frame_blocks
                    .push(FrameBlock::WhileLoop { start, end });
                self.statements(body)?;
                self.unit().frame_blocks.pop();
                self.set_line(span);
                self.emit_jump(Instruction::Jump, start);
                self.bind(orelse_label);
                self.statements(orelse)?;
                self.bind(end);
            }
            StatementKind::For {
                target,
                iterable,
                body,
                orelse,
            } => {
                let start = self.new_label();
                let orelse_label = self.new_label();
                let end = self.new_label();
                self.expression(iterable)?;
                self.set_line(span);
                self.emit(Instruction::GetIterator);
                self.bind(start);
                self.emit_jump(Instruction::ForIterator, orelse_label);
                self.store_target(target)?;
                self.unit()
                    .frame_blocks
                    .push(FrameBlock::ForLoop { start, end });
                self.statements(body)?;
                self.unit().frame_blocks.pop();
                self.set_line(span);
                self.emit_jump(Instruction::Jump, start);
                self.bind(orelse_label);
                self.statements(orelse)?;
                self.bind(end);
            }
            StatementKind::Break => self.break_or_continue(span, true)?,
            StatementKind::Continue => self.break_or_continue(span, false)?,
            // `pass` keeps a place for its line, as CPython's NOP does.
            StatementKind::Pass => {
                self.emit(Instruction::Nop);
            }
            StatementKind::Global(_) | StatementKind::Nonlocal(_) => {}
            StatementKind::FunctionDefinition(definition) => {
                self.function_definition(definition, span)?
            }
            StatementKind::ClassDefinition(definition) => {
                self.class_definition(definition, span)?
            }
            StatementKind::With { items, body } => self.with_statement(items, body, span)?,
            StatementKind::Match { subject, cases } => {
                self.match_statement(subject, cases, span)?
            }
            StatementKind::Return(value) => self.return_statement(value.as_ref(), span)?,
            StatementKind::Delete(targets) => {
                for target in targets {
                    self.delete_target(target)?;
                }
            }
            StatementKind::Assert { condition, message } => {
                let end = self.new_label();
                self.jump_if(condition, true, end, Some(span))?;
                self.set_line(span);
                self.emit(Instruction::LoadAssertionError);
                if let Some(message) = message {
                    self.expression(message)?;
                    self.set_line(span);
                    self.emit(Instruction::Call(1));
                }
                self.emit(Instruction::Raise(
                    super::super::bytecode::RaiseForm::Exception,
                ));
                self.bind(end);
            }
            StatementKind::Raise { exception, cause } => {
                self.raise_statement(exception.as_ref(), cause.as_ref(), span)?
            }
            StatementKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => self.try_statement(body, handlers, orelse, finally, span)?,
            StatementKind::Import(aliases) => self.import(aliases)?,
            StatementKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module, names, *level, span)?,
        }
        Ok(())
    }

    /// `break` (`is_break`) or `continue`: undoes the blocks up to the loop, then jumps.
    fn break_or_continue(&mut self, span: Span, is_break: bool) -> Compiled {
        let has_loop = self.unit_ref().frame_blocks.iter().any(|block| {
            matches!(
                block,
                FrameBlock::WhileLoop { .. } | FrameBlock::ForLoop { .. }
            )
        });
        if !has_loop {
            let kind = if is_break {
                CompileErrorKind::BreakOutsideLoop
            } else {
                CompileErrorKind::ContinueNotInLoop
            };
            return Err(CompileError::new(kind, span));
        }
        let Some(loop_block) = self.unwind_frame_blocks(true, false)? else {
            return Ok(());
        };
        self.set_line(span);
        match (loop_block, is_break) {
            (FrameBlock::WhileLoop { end, .. }, true) => self.emit_jump(Instruction::Jump, end),
            (FrameBlock::ForLoop { end, .. }, true) => {
                self.emit(Instruction::Pop);
                self.emit_jump(Instruction::Jump, end);
            }
            (FrameBlock::WhileLoop { start, .. } | FrameBlock::ForLoop { start, .. }, false) => {
                self.emit_jump(Instruction::Jump, start)
            }
            _ => {}
        }
        Ok(())
    }

    /// `return` with its value: undoes every block, then returns.
    fn return_statement(
        &mut self,
        value: Option<&'a super::super::super::syntax::ast::Expression>,
        span: Span,
    ) -> Compiled {
        if matches!(self.unit_kind(), CodeKind::Module | CodeKind::ClassBody) {
            return Err(CompileError::new(
                CompileErrorKind::ReturnOutsideFunction,
                span,
            ));
        }
        match value {
            Some(value) => self.expression(value)?,
            None => {
                self.set_line(span);
                self.load_constant(Constant::None);
            }
        }
        self.unwind_frame_blocks(false, true)?;
        self.set_line(span);
        self.emit(Instruction::Return);
        Ok(())
    }

    /// `import a.b as c, d`.
    fn import(&mut self, aliases: &'a [ImportAlias]) -> Compiled {
        for alias in aliases {
            let index = self.name_index(&alias.name);
            self.emit(Instruction::ImportName(index));
            match &alias.as_name {
                Some(as_name) => self.store_name(&as_name.id),
                None => {
                    let top = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.store_name(top);
                }
            }
        }
        Ok(())
    }

    /// `from module import a as b, c` and `from module import *`.
    fn import_from(
        &mut self,
        module: &str,
        names: &'a [ImportAlias],
        level: u32,
        span: Span,
    ) -> Compiled {
        if level > 0 {
            return Err(not_supported("relative-import", span));
        }
        let is_star = names.len() == 1 && names[0].name == "*";
        if is_star && self.unit_kind() != CodeKind::Module {
            return Err(CompileError::new(
                CompileErrorKind::ImportStarNotAtModuleLevel,
                span,
            ));
        }
        let module_index = self.name_index(module);
        self.emit(Instruction::ImportName(module_index));
        if is_star {
            self.emit(Instruction::ImportStar);
            return Ok(());
        }
        for alias in names {
            let index = self.name_index(&alias.name);
            self.emit(Instruction::ImportFrom(index));
            match &alias.as_name {
                Some(as_name) => self.store_name(&as_name.id),
                None => self.store_name(&alias.name),
            }
        }
        self.emit(Instruction::Pop);
        Ok(())
    }
}

/// A [`CompileErrorKind::NotSupportedYet`] error.
pub(super) fn not_supported(feature: &'static str, span: Span) -> CompileError {
    CompileError::new(CompileErrorKind::NotSupportedYet { feature }, span)
}

impl<'a> Compiler<'a> {
    /// `yield from iterable` as a statement: its value is not needed.
    fn yield_from_statement(&mut self, iterable: &'a Expression, span: Span) -> Compiled {
        self.yield_from(iterable, span, false)
    }
}
