//! Calls: positional, with keywords, and with `*` and `**` unpacking.

use super::super::super::syntax::ast::{Argument, Expression, ExpressionKind};
use super::super::bytecode::{Constant, Instruction};
use super::{CompileError, CompileErrorKind, Compiled, Compiler};

impl<'a> Compiler<'a> {
    /// A call: `Call`, `CallWithKeywords` or, with `*` or `**`, `CallUnpacked`.
    pub(super) fn call(&mut self, function: &'a Expression, arguments: &'a [Argument]) -> Compiled {
        let mut seen: Vec<&str> = Vec::new();
        for argument in arguments {
            if let Argument::Keyword(keyword) = argument {
                if seen.contains(&keyword.name.id.as_str()) {
                    return Err(CompileError::new(
                        CompileErrorKind::KeywordArgumentRepeated(keyword.name.id.clone()),
                        keyword.name.span,
                    ));
                }
                seen.push(&keyword.name.id);
            }
        }
        let unpacks = arguments
            .iter()
            .any(|argument| matches!(argument, Argument::Starred(_) | Argument::DoubleStarred(_)));
        let positional_only = arguments
            .iter()
            .all(|argument| matches!(argument, Argument::Positional(_)));
        if let (ExpressionKind::Attribute { value, attribute }, true) =
            (&function.kind, positional_only)
        {
            // `obj.name(...)`: the method is not bound into an object first.
            self.expression(value)?;
            self.set_line(attribute.span);
            let index = self.name_index(&attribute.id);
            self.emit(Instruction::LoadMethod(index));
            for argument in arguments {
                if let Argument::Positional(value) = argument {
                    self.expression(value)?;
                }
            }
            // Called at the method name's line, as CPython 3.11 calls it.
            self.set_line(attribute.span);
            self.emit(Instruction::CallMethod(arguments.len() as u32));
            return Ok(());
        }
        self.expression(function)?;
        if !unpacks {
            let mut keyword_names = Vec::new();
            for argument in arguments {
                match argument {
                    Argument::Positional(value) => self.expression(value)?,
                    Argument::Keyword(keyword) => {
                        self.expression(&keyword.value)?;
                        keyword_names.push(keyword.name.id.clone());
                    }
                    Argument::Starred(_) | Argument::DoubleStarred(_) => {}
                }
            }
            let count = arguments.len() as u32;
            // A method call without `*` or `**` is called at the method name's
            // line, as CPython 3.11's method-call optimisation does.
            if let ExpressionKind::Attribute { attribute, .. } = &function.kind {
                self.set_line(attribute.span);
            }
            if keyword_names.is_empty() {
                self.emit(Instruction::Call(count));
            } else {
                let names = self.constant_index(Constant::Names(keyword_names));
                self.emit(Instruction::CallWithKeywords { count, names });
            }
            return Ok(());
        }
        // The positional tuple.
        let positional: Vec<&'a Argument> = arguments
            .iter()
            .filter(|argument| matches!(argument, Argument::Positional(_) | Argument::Starred(_)))
            .collect();
        if positional
            .iter()
            .any(|argument| matches!(argument, Argument::Starred(_)))
        {
            self.emit(Instruction::BuildList(0));
            for argument in &positional {
                match argument {
                    Argument::Starred(value) => {
                        self.expression(value)?;
                        self.emit(Instruction::ListExtend(1));
                    }
                    Argument::Positional(value) => {
                        self.expression(value)?;
                        self.emit(Instruction::ListAppend(1));
                    }
                    _ => {}
                }
            }
            self.emit(Instruction::ListToTuple);
        } else {
            for argument in &positional {
                if let Argument::Positional(value) = argument {
                    self.expression(value)?;
                }
            }
            self.emit(Instruction::BuildTuple(positional.len() as u32));
        }
        // The keyword dict.
        let mut has_keywords = false;
        let mut pending = 0u32;
        for argument in arguments {
            match argument {
                Argument::Keyword(keyword) => {
                    self.load_constant(Constant::Str(keyword.name.id.clone()));
                    self.expression(&keyword.value)?;
                    pending += 1;
                }
                Argument::DoubleStarred(mapping) => {
                    if !has_keywords || pending > 0 {
                        self.emit(Instruction::BuildDict(pending));
                        if has_keywords {
                            self.emit(Instruction::DictMerge(1));
                        }
                        has_keywords = true;
                        pending = 0;
                    }
                    self.expression(mapping)?;
                    self.emit(Instruction::DictMerge(1));
                }
                Argument::Positional(_) | Argument::Starred(_) => {}
            }
        }
        if pending > 0 {
            self.emit(Instruction::BuildDict(pending));
            if has_keywords {
                self.emit(Instruction::DictMerge(1));
            }
            has_keywords = true;
        }
        self.emit(Instruction::CallUnpacked { has_keywords });
        Ok(())
    }
}
