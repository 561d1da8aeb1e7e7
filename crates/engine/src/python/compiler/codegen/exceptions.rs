//! `try`, `except`, `finally` and `raise`, and what `break`, `continue` and
//! `return` undo when they leave a block early.
//!
//! Handlers follow the VM's protocol: on an exception the stack is cut back
//! to its depth at [`Instruction::SetupTry`], the exception is pushed and
//! becomes the one being handled until [`Instruction::PopExcept`]. Each
//! `except` body runs under a cleanup `SetupTry` so that an exception raised
//! inside it ends the handling first; `finally` bodies are compiled twice (the
//! normal path and the exceptional one), as CPython does.

use super::super::super::syntax::ast::{ExceptHandler, Expression, Statement, WithItem};
use super::super::super::syntax::token::Span;
use super::super::bytecode::{Constant, Instruction, RaiseForm};
use super::{CompileError, Compiled, Compiler, FrameBlock};

impl<'a> Compiler<'a> {
    /// Undoes the open frame blocks, innermost first: all of them, or
    /// (`stop_at_loop`) up to the innermost loop, which is returned.
    /// `preserve_top` keeps a return value on top of the stack meanwhile.
    pub(super) fn unwind_frame_blocks(
        &mut self,
        stop_at_loop: bool,
        preserve_top: bool,
    ) -> Result<Option<FrameBlock<'a>>, CompileError> {
        let saved = self.unit().frame_blocks.clone();
        let mut result = None;
        let mut index = saved.len();
        while index > 0 {
            let block = saved[index - 1];
            let is_loop = matches!(
                block,
                FrameBlock::WhileLoop { .. } | FrameBlock::ForLoop { .. }
            );
            if stop_at_loop && is_loop {
                result = Some(block);
                break;
            }
            self.unit().frame_blocks.truncate(index - 1);
            let unwound = self.unwind_block(block, preserve_top);
            if let Err(error) = unwound {
                self.unit().frame_blocks = saved;
                return Err(error);
            }
            index -= 1;
        }
        self.unit().frame_blocks = saved;
        Ok(result)
    }

    /// What leaving `block` early takes.
    fn unwind_block(&mut self, block: FrameBlock<'a>, preserve_top: bool) -> Compiled {
        match block {
            FrameBlock::WhileLoop { .. } => {}
            FrameBlock::ForLoop { .. } | FrameBlock::FinallyAfterException => {
                if preserve_top {
                    self.emit(Instruction::RotateTwo);
                }
                self.emit(Instruction::Pop);
                if matches!(block, FrameBlock::FinallyAfterException) {
                    self.emit(Instruction::PopExcept);
                }
            }
            FrameBlock::TryExcept => {
                self.emit(Instruction::PopBlock);
            }
            FrameBlock::TryFinally { finally } => {
                self.emit(Instruction::PopBlock);
                let line = self.unit_ref().line;
                self.statements(finally)?;
                self.restore_line(line);
            }
            FrameBlock::ExceptHandler { name } => {
                self.emit(Instruction::PopBlock);
                self.emit(Instruction::PopExcept);
                if let Some(name) = name {
                    self.clear_handler_name(name);
                }
            }
            FrameBlock::With => {
                self.emit(Instruction::PopBlock);
                if preserve_top {
                    self.emit(Instruction::RotateTwo);
                }
                self.call_exit_without_exception();
            }
        }
        Ok(())
    }

    /// `__exit__(None, None, None)` of the `__exit__` on top; its result
    /// is dropped.
    fn call_exit_without_exception(&mut self) {
        for _ in 0..3 {
            self.load_constant(Constant::None);
        }
        self.emit(Instruction::Call(3));
        self.emit(Instruction::Pop);
    }

    /// `with a as x, b: body`, as nested `with`s, each as CPython 3.11 runs
    /// it: `__enter__`'s result to the target, then the body under a
    /// handler; `__exit__` called on the way out, with the exception when
    /// there is one (a true result swallows it).
    pub(super) fn with_statement(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Statement],
        span: Span,
    ) -> Compiled {
        let Some((item, rest)) = items.split_first() else {
            return self.statements(body);
        };
        self.expression(&item.context)?;
        self.set_line(span);
        self.emit(Instruction::BeforeWith);
        match &item.target {
            Some(target) => self.store_target(target)?,
            None => {
                self.emit(Instruction::Pop);
            }
        }
        let handler = self.new_label();
        let swallow = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instruction::SetupTry, handler);
        self.unit().frame_blocks.push(FrameBlock::With);
        self.with_statement(rest, body, span)?;
        self.unit().frame_blocks.pop();
        self.emit(Instruction::PopBlock);
        self.set_line(span);
        self.call_exit_without_exception();
        self.emit_jump(Instruction::Jump, end);
        // An exception in the body: `__exit__(type, exception, None)`.
        self.bind(handler);
        self.set_line(span);
        self.emit(Instruction::WithExceptStart);
        self.emit_jump(Instruction::PopJumpIfTrue, swallow);
        self.emit(Instruction::Reraise);
        self.bind(swallow);
        self.emit(Instruction::Pop);
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::Pop);
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name`: what CPython does at the end of `except ... as name`.
    fn clear_handler_name(&mut self, name: &str) {
        self.load_constant(Constant::None);
        self.store_name(name);
        self.delete_name(name);
    }

    /// A whole `try` statement.
    pub(super) fn try_statement(
        &mut self,
        body: &'a [Statement],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Statement],
        finally: &'a [Statement],
        span: Span,
    ) -> Compiled {
        if finally.is_empty() {
            return self.try_except(body, handlers, orelse, span);
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.set_line(span);
        self.emit_jump(Instruction::SetupTry, handler);
        self.unit()
            .frame_blocks
            .push(FrameBlock::TryFinally { finally });
        if handlers.is_empty() {
            self.statements(body)?;
            self.statements(orelse)?;
        } else {
            self.try_except(body, handlers, orelse, span)?;
        }
        self.unit().frame_blocks.pop();
        self.emit(Instruction::PopBlock);
        self.statements(finally)?;
        self.emit_jump(Instruction::Jump, end);
        self.bind(handler);
        self.set_line(span);
        self.unit()
            .frame_blocks
            .push(FrameBlock::FinallyAfterException);
        self.statements(finally)?;
        self.unit().frame_blocks.pop();
        self.emit(Instruction::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `try` with `except` handlers and maybe `else`.
    fn try_except(
        &mut self,
        body: &'a [Statement],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Statement],
        span: Span,
    ) -> Compiled {
        let handlers_start = self.new_label();
        let end = self.new_label();
        self.set_line(span);
        self.emit_jump(Instruction::SetupTry, handlers_start);
        self.unit().frame_blocks.push(FrameBlock::TryExcept);
        self.statements(body)?;
        self.unit().frame_blocks.pop();
        self.emit(Instruction::PopBlock);
        self.statements(orelse)?;
        self.emit_jump(Instruction::Jump, end);
        self.bind(handlers_start);
        let all_but_last = &handlers[..handlers.len().saturating_sub(1)];
        if let Some(bare) = all_but_last
            .iter()
            .find(|handler| handler.exception_type.is_none())
        {
            return Err(CompileError::new(
                super::CompileErrorKind::DefaultExceptNotLast,
                bare.span,
            ));
        }
        let mut falls_through = true;
        for handler in handlers {
            self.set_line(handler.span);
            let next = self.new_label();
            match &handler.exception_type {
                Some(exception_type) => {
                    self.expression(exception_type)?;
                    self.set_line(handler.span);
                    self.emit(Instruction::ExceptionMatches);
                    self.emit_jump(Instruction::PopJumpIfFalse, next);
                }
                None => falls_through = false,
            }
            let name = handler.name.as_ref().map(|name| name.id.as_str());
            match name {
                Some(name) => self.store_name(name),
                None => {
                    self.emit(Instruction::Pop);
                }
            }
            let cleanup = self.new_label();
            self.emit_jump(Instruction::SetupTry, cleanup);
            self.unit()
                .frame_blocks
                .push(FrameBlock::ExceptHandler { name });
            self.statements(&handler.body)?;
            self.unit().frame_blocks.pop();
            self.emit(Instruction::PopBlock);
            self.emit(Instruction::PopExcept);
            if let Some(name) = name {
                self.clear_handler_name(name);
            }
            self.emit_jump(Instruction::Jump, end);
            // An exception inside the handler: end both handlings, raise it on.
            self.bind(cleanup);
            self.set_line(handler.span);
            if let Some(name) = name {
                self.clear_handler_name(name);
            }
            self.emit(Instruction::PopExcept);
            self.emit(Instruction::PopExcept);
            self.emit(Instruction::Reraise);
            self.bind(next);
            if !falls_through {
                break;
            }
        }
        if falls_through {
            // No handler matched: the exception goes on.
            self.emit(Instruction::Reraise);
        }
        self.bind(end);
        Ok(())
    }

    /// `raise`, `raise exception`, `raise exception from cause`.
    pub(super) fn raise_statement(
        &mut self,
        exception: Option<&'a Expression>,
        cause: Option<&'a Expression>,
        span: Span,
    ) -> Compiled {
        let form = match (exception, cause) {
            (None, _) => RaiseForm::Reraise,
            (Some(exception), None) => {
                self.expression(exception)?;
                RaiseForm::Exception
            }
            (Some(exception), Some(cause)) => {
                self.expression(exception)?;
                self.expression(cause)?;
                RaiseForm::ExceptionFromCause
            }
        };
        self.set_line(span);
        self.emit(Instruction::Raise(form));
        Ok(())
    }
}
