//! Assignments: plain, chained, unpacking, augmented and annotated, and `del`.

use super::super::super::syntax::ast::{BinaryOperator, Expression, ExpressionKind};
use super::super::bytecode::{CodeKind, Instruction};
use super::{CompileError, CompileErrorKind, Compiled, Compiler};

impl<'a> Compiler<'a> {
    /// `a = b = value`: the value once, then each target left to right.
    pub(super) fn assign(&mut self, targets: &'a [Expression], value: &'a Expression) -> Compiled {
        if let ([target], ExpressionKind::Tuple(values)) = (targets, &value.kind) {
            if let ExpressionKind::Tuple(names) | ExpressionKind::List(names) = &target.kind {
                let is_plain = |items: &[Expression]| {
                    !items
                        .iter()
                        .any(|item| matches!(item.kind, ExpressionKind::Starred(_)))
                };
                if names.len() == values.len()
                    && (2..=3).contains(&names.len())
                    && is_plain(names)
                    && is_plain(values)
                {
                    return self.assign_in_parallel(names, values);
                }
            }
        }
        self.expression(value)?;
        for (position, target) in targets.iter().enumerate() {
            if position + 1 < targets.len() {
                self.emit(Instruction::Duplicate);
            }
            self.store_target(target)?;
        }
        Ok(())
    }

    /// `a, b = b, a` (two or three names and values): the values, turned
    /// around on the stack, then each target left to right, as CPython does
    /// it; no tuple is built and unpacked.
    fn assign_in_parallel(
        &mut self,
        targets: &'a [Expression],
        values: &'a [Expression],
    ) -> Compiled {
        for value in values {
            self.expression(value)?;
        }
        if values.len() == 3 {
            self.emit(Instruction::RotateThree);
        }
        self.emit(Instruction::RotateTwo);
        for target in targets {
            self.store_target(target)?;
        }
        Ok(())
    }

    /// `target: annotation = value`: the value is stored; at module level a
    /// plain name's annotation is then evaluated and dropped (CPython stores it
    /// in `__annotations__`, which the sandbox does not keep, but a NameError
    /// in it is raised the same). Without a value, an attribute's or
    /// subscript's object is still evaluated, as CPython does.
    pub(super) fn annotated_assign(
        &mut self,
        target: &'a Expression,
        annotation: &'a Expression,
        value: Option<&'a Expression>,
    ) -> Compiled {
        if let Some(value) = value {
            self.expression(value)?;
            self.store_target(target)?;
        }
        match &target.kind {
            ExpressionKind::Name(_) if self.unit_kind() == CodeKind::Module => {
                self.expression(annotation)?;
                self.emit(Instruction::Pop);
            }
            ExpressionKind::Name(name) if self.unit_kind() == CodeKind::ClassBody => {
                self.expression(annotation)?;
                let index = self.name_index(name);
                self.emit(Instruction::StoreAnnotation(index));
            }
            ExpressionKind::Attribute { value: object, .. } if value.is_none() => {
                self.expression(object)?;
                self.emit(Instruction::Pop);
            }
            ExpressionKind::Subscript {
                value: container,
                index,
            } if value.is_none() => {
                self.expression(container)?;
                self.emit(Instruction::Pop);
                self.expression(index)?;
                self.emit(Instruction::Pop);
            }
            _ => {}
        }
        Ok(())
    }

    /// Pops the top of the stack into `target`.
    pub(super) fn store_target(&mut self, target: &'a Expression) -> Compiled {
        let line = self.set_line(target.span);
        match &target.kind {
            ExpressionKind::Name(name) => self.store_name(name),
            ExpressionKind::Attribute { value, attribute } => {
                self.expression(value)?;
                let index = self.name_index(&attribute.id);
                self.emit(Instruction::StoreAttribute(index));
            }
            ExpressionKind::Subscript { value, index } => {
                self.expression(value)?;
                self.expression(index)?;
                self.emit(Instruction::StoreSubscript);
            }
            ExpressionKind::Tuple(elements) | ExpressionKind::List(elements) => {
                self.unpack_into(elements, target)?;
            }
            ExpressionKind::Starred(_) => {
                return Err(CompileError::new(
                    CompileErrorKind::StarredTargetAlone,
                    target.span,
                ))
            }
            _ => {
                return Err(CompileError::new(
                    CompileErrorKind::CannotAssign,
                    target.span,
                ))
            }
        }
        self.restore_line(line);
        Ok(())
    }

    /// `a, *b, c = value`: unpacks the top and stores each part.
    fn unpack_into(&mut self, elements: &'a [Expression], target: &'a Expression) -> Compiled {
        let starred: Vec<usize> = elements
            .iter()
            .enumerate()
            .filter(|(_, element)| matches!(element.kind, ExpressionKind::Starred(_)))
            .map(|(position, _)| position)
            .collect();
        match starred.as_slice() {
            [] => {
                self.emit(Instruction::UnpackSequence(elements.len() as u32));
            }
            [position] => {
                let before = *position as u32;
                let after = (elements.len() - position - 1) as u32;
                self.emit(Instruction::UnpackStarred { before, after });
            }
            _ => {
                return Err(CompileError::new(
                    CompileErrorKind::MultipleStarredInAssignment,
                    target.span,
                ))
            }
        }
        for element in elements {
            match &element.kind {
                ExpressionKind::Starred(inner) => self.store_target(inner)?,
                _ => self.store_target(element)?,
            }
        }
        Ok(())
    }

    /// `target op= value`.
    pub(super) fn augmented_assign(
        &mut self,
        target: &'a Expression,
        operator: BinaryOperator,
        value: &'a Expression,
    ) -> Compiled {
        let line = self.set_line(target.span);
        match &target.kind {
            ExpressionKind::Name(name) => {
                self.load_name(name);
                self.expression(value)?;
                self.set_line(target.span);
                self.emit(Instruction::InPlace(operator));
                self.store_name(name);
            }
            ExpressionKind::Attribute {
                value: object,
                attribute,
            } => {
                self.expression(object)?;
                self.emit(Instruction::Duplicate);
                let index = self.name_index(&attribute.id);
                self.emit(Instruction::LoadAttribute(index));
                self.expression(value)?;
                self.set_line(target.span);
                self.emit(Instruction::InPlace(operator));
                self.emit(Instruction::RotateTwo);
                self.emit(Instruction::StoreAttribute(index));
            }
            ExpressionKind::Subscript {
                value: container,
                index,
            } => {
                self.expression(container)?;
                self.expression(index)?;
                self.emit(Instruction::DuplicateTwo);
                self.emit(Instruction::Subscript);
                self.expression(value)?;
                self.set_line(target.span);
                self.emit(Instruction::InPlace(operator));
                self.emit(Instruction::RotateThree);
                self.emit(Instruction::StoreSubscript);
            }
            _ => {
                return Err(CompileError::new(
                    CompileErrorKind::CannotAssign,
                    target.span,
                ))
            }
        }
        self.restore_line(line);
        Ok(())
    }

    /// `del target`.
    pub(super) fn delete_target(&mut self, target: &'a Expression) -> Compiled {
        let line = self.set_line(target.span);
        match &target.kind {
            ExpressionKind::Name(name) => self.delete_name(name),
            ExpressionKind::Attribute { value, attribute } => {
                self.expression(value)?;
                let index = self.name_index(&attribute.id);
                self.emit(Instruction::DeleteAttribute(index));
            }
            ExpressionKind::Subscript { value, index } => {
                self.expression(value)?;
                self.expression(index)?;
                self.emit(Instruction::DeleteSubscript);
            }
            ExpressionKind::Tuple(elements) | ExpressionKind::List(elements) => {
                for element in elements {
                    self.delete_target(element)?;
                }
            }
            _ => {
                return Err(CompileError::new(
                    CompileErrorKind::CannotDelete,
                    target.span,
                ))
            }
        }
        self.restore_line(line);
        Ok(())
    }
}
