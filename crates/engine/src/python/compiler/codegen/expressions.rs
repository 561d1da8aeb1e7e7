//! Expressions: names, constants, operators, calls, displays and f-strings.

use num_bigint::BigInt;

use super::super::super::builtins::numbers::{int_neg, Int};
use super::super::super::syntax::ast::{
    BooleanOperator, ComparisonOperator, Constant as Literal, DictEntry, Expression,
    ExpressionKind, UnaryOperator,
};
use super::super::super::syntax::token::Span;
use super::super::bytecode::{CodeKind, Constant, Instruction};
use super::statements::not_supported;
use super::{CompileError, CompileErrorKind, Compiled, Compiler};

/// The most decimal digits an int literal may have (CPython's default limit).
const INT_LITERAL_DIGIT_LIMIT: u64 = 4300;

impl<'a> Compiler<'a> {
    /// `condition` as a test (an `if`, `while`, `assert`, conditional
    /// expression or comprehension filter): jumps to `target` when its truth
    /// is `when` and falls through otherwise. `and`, `or` and `not` become
    /// jumps, so each operand's truth is asked once, as CPython's
    /// `compiler_jump_if` does (evaluating `a and b` as a value and then
    /// testing it would ask a falsy `a` twice, calling its `__bool__` twice).
    /// The jumps after a plain operand take the line of `span`, when given.
    pub(super) fn jump_if(
        &mut self,
        condition: &'a Expression,
        when: bool,
        target: super::Label,
        span: Option<Span>,
    ) -> Compiled {
        match &condition.kind {
            ExpressionKind::Boolean { operator, values } => {
                let is_and = matches!(operator, BooleanOperator::And);
                let Some((last, rest)) = values.split_last() else {
                    return Ok(());
                };
                if is_and != when {
                    // `a and b` jumping when false, `a or b` when true: any
                    // operand decides.
                    for value in values {
                        self.jump_if(value, when, target, span)?;
                    }
                } else {
                    // Otherwise all the operands must agree: one that
                    // does not skips the jump.
                    let skip = self.new_label();
                    for value in rest {
                        self.jump_if(value, !when, skip, span)?;
                    }
                    self.jump_if(last, when, target, span)?;
                    self.bind(skip);
                }
            }
            ExpressionKind::Unary {
                operator: UnaryOperator::Not,
                operand,
            } => self.jump_if(operand, !when, target, span)?,
            ExpressionKind::Compare { left, comparisons } if comparisons.len() > 1 => {
                // `a < b < c`: each comparison but the last jumps to the
                // clean-up when false (its result's truth asked once).
                let Some(((last_operator, last_right), middle)) = comparisons.split_last() else {
                    return Ok(());
                };
                self.expression(left)?;
                let cleanup = self.new_label();
                self.chained_comparisons(middle, Instruction::PopJumpIfFalse, cleanup)?;
                self.expression(last_right)?;
                self.emit(Instruction::Compare(*last_operator));
                self.pop_jump_if(when, target, span);
                let end = self.new_label();
                self.emit_jump(Instruction::Jump, end);
                // A comparison was false: its right operand is left over.
                self.bind(cleanup);
                self.emit(Instruction::Pop);
                if !when {
                    self.emit_jump(Instruction::Jump, target);
                }
                self.bind(end);
            }
            _ => {
                self.expression(condition)?;
                self.pop_jump_if(when, target, span);
            }
        }
        Ok(())
    }

    /// Compiles `expression`, which pushes one value; its instructions take its line.
    pub(super) fn expression(&mut self, expression: &'a Expression) -> Compiled {
        let line = self.set_line(expression.span);
        self.expression_kind(expression)?;
        self.restore_line(line);
        Ok(())
    }

    fn expression_kind(&mut self, expression: &'a Expression) -> Compiled {
        let span = expression.span;
        match &expression.kind {
            ExpressionKind::Name(name) => self.load_name(name),
            ExpressionKind::Constant(literal) => {
                let constant = literal_constant(literal, span)?;
                self.load_constant(constant);
            }
            ExpressionKind::FString(elements) => self.fstring(elements)?,
            ExpressionKind::List(elements) => {
                self.sequence_display(elements, Instruction::BuildList, Instruction::ListExtend)?
            }
            ExpressionKind::Tuple(elements) => {
                if elements
                    .iter()
                    .any(|element| matches!(element.kind, ExpressionKind::Starred(_)))
                {
                    self.sequence_display(
                        elements,
                        Instruction::BuildList,
                        Instruction::ListExtend,
                    )?;
                    self.emit(Instruction::ListToTuple);
                } else if let Some(constant) = folded_tuple(elements)? {
                    self.load_constant(constant);
                } else {
                    for element in elements {
                        self.expression(element)?;
                    }
                    self.emit(Instruction::BuildTuple(elements.len() as u32));
                }
            }
            ExpressionKind::Set(elements) => {
                self.sequence_display(elements, Instruction::BuildSet, Instruction::SetUpdate)?
            }
            ExpressionKind::Dict(entries) => self.dict_display(entries)?,
            ExpressionKind::Starred(_) => {
                return Err(CompileError::new(CompileErrorKind::StarredHere, span))
            }
            ExpressionKind::Attribute { value, attribute } => {
                self.expression(value)?;
                // CPython 3.11 puts an attribute written on a later line than
                // its object at the attribute's line (method chains).
                self.set_line(attribute.span);
                let index = self.name_index(&attribute.id);
                self.emit(Instruction::LoadAttribute(index));
            }
            ExpressionKind::Subscript { value, index } => {
                self.expression(value)?;
                self.expression(index)?;
                self.emit(Instruction::Subscript);
            }
            ExpressionKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(part) => self.expression(part)?,
                        None => self.load_constant(Constant::None),
                    }
                }
                match step {
                    Some(step) => {
                        self.expression(step)?;
                        self.emit(Instruction::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instruction::BuildSlice(2));
                    }
                }
            }
            ExpressionKind::Call {
                function,
                arguments,
            } => self.call(function, arguments)?,
            ExpressionKind::Unary { operator, operand } => {
                match (operator, &operand.kind) {
                    // A minus before a number literal is a constant, as
                    // CPython's optimizer makes it (`(0, -1)` in a loop
                    // negates nothing at run time).
                    (
                        UnaryOperator::Negative,
                        ExpressionKind::Constant(
                            literal @ (Literal::Int { .. } | Literal::Float(_)),
                        ),
                    ) => {
                        let negated = match literal_constant(literal, operand.span)? {
                            Constant::Int(int) => Constant::Int(int_neg(&int)),
                            Constant::Float(float) => Constant::Float(-float),
                            other => other,
                        };
                        self.load_constant(negated);
                    }
                    _ => {
                        self.expression(operand)?;
                        self.emit(Instruction::Unary(*operator));
                    }
                }
            }
            ExpressionKind::Binary {
                left,
                operator,
                right,
            } => {
                self.expression(left)?;
                self.expression(right)?;
                self.emit(Instruction::Binary(*operator));
            }
            ExpressionKind::Boolean { operator, values } => {
                let end = self.new_label();
                let jump = match operator {
                    BooleanOperator::And => Instruction::JumpIfFalseOrPop,
                    BooleanOperator::Or => Instruction::JumpIfTrueOrPop,
                };
                for (position, value) in values.iter().enumerate() {
                    self.expression(value)?;
                    if position + 1 < values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.bind(end);
            }
            ExpressionKind::Compare { left, comparisons } => self.compare(left, comparisons)?,
            ExpressionKind::Conditional {
                condition,
                body,
                orelse,
            } => {
                let orelse_label = self.new_label();
                let end = self.new_label();
                self.jump_if(condition, false, orelse_label, None)?;
                self.expression(body)?;
                self.emit_jump(Instruction::Jump, end);
                self.bind(orelse_label);
                self.expression(orelse)?;
                self.bind(end);
            }
            ExpressionKind::Lambda { parameters, body } => self.lambda(parameters, body, span)?,
            ExpressionKind::ListComprehension {
                element,
                generators,
            } => self.comprehension(
                super::functions::ComprehensionKind::List(element),
                generators,
                span,
            )?,
            ExpressionKind::SetComprehension {
                element,
                generators,
            } => self.comprehension(
                super::functions::ComprehensionKind::Set(element),
                generators,
                span,
            )?,
            ExpressionKind::DictComprehension {
                key,
                value,
                generators,
            } => self.comprehension(
                super::functions::ComprehensionKind::Dict(key, value),
                generators,
                span,
            )?,
            ExpressionKind::Generator {
                element,
                generators,
            } => self.comprehension(
                super::functions::ComprehensionKind::Generator(element),
                generators,
                span,
            )?,
            ExpressionKind::Named { target, value } => {
                self.expression(value)?;
                self.emit(Instruction::Duplicate);
                self.store_name(&target.id);
            }
            ExpressionKind::Yield(value) => {
                self.check_yield_allowed(span)?;
                match value {
                    Some(value) => self.expression(value)?,
                    None => self.load_constant(Constant::None),
                }
                self.emit(Instruction::Yield);
            }
            ExpressionKind::YieldFrom(iterable) => self.yield_from(iterable, span, true)?,
            ExpressionKind::Await(_) => {
                let kind = match self.unit_kind() {
                    CodeKind::Module | CodeKind::ClassBody => {
                        CompileErrorKind::AwaitOutsideFunction
                    }
                    CodeKind::Function | CodeKind::Lambda => {
                        CompileErrorKind::AwaitOutsideAsyncFunction
                    }
                    CodeKind::Comprehension | CodeKind::GeneratorExpression => {
                        return Err(not_supported("await", span))
                    }
                };
                return Err(CompileError::new(kind, span));
            }
        }
        Ok(())
    }

    /// `yield from iterable`: every item the iterable gives is yielded in
    /// turn (a loop over it; a value sent in is not passed on). With
    /// `keeps_result` the sub-generator's return value is left as the
    /// expression's value.
    pub(super) fn yield_from(
        &mut self,
        iterable: &'a Expression,
        span: Span,
        keeps_result: bool,
    ) -> Compiled {
        self.check_yield_allowed(span)?;
        let start = self.new_label();
        let end = self.new_label();
        self.expression(iterable)?;
        self.set_line(span);
        self.emit(Instruction::GetIterator);
        self.bind(start);
        match keeps_result {
            true => self.emit_jump(Instruction::ForIteratorValue, end),
            false => self.emit_jump(Instruction::ForIterator, end),
        }
        self.emit(Instruction::Yield);
        self.emit(Instruction::Pop);
        self.emit_jump(Instruction::Jump, start);
        self.bind(end);
        Ok(())
    }

    /// `yield` is allowed in functions and lambdas, and makes them generators.
    pub(super) fn check_yield_allowed(&mut self, span: Span) -> Compiled {
        let kind = match self.unit_kind() {
            CodeKind::Module | CodeKind::ClassBody => CompileErrorKind::YieldOutsideFunction,
            CodeKind::Comprehension => {
                let what = match self.unit_ref().code.name.as_str() {
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "list comprehension",
                };
                CompileErrorKind::YieldInsideComprehension(what)
            }
            CodeKind::GeneratorExpression => {
                CompileErrorKind::YieldInsideComprehension("generator expression")
            }
            CodeKind::Function | CodeKind::Lambda => {
                self.unit().code.is_generator = true;
                return Ok(());
            }
        };
        Err(CompileError::new(kind, span))
    }

    /// A list, tuple or set display: `build(n)` of the leading plain items,
    /// then `extend(1)` for each starred one and `build`-then-extend for the rest.
    fn sequence_display(
        &mut self,
        elements: &'a [Expression],
        build: fn(u32) -> Instruction,
        extend: fn(u32) -> Instruction,
    ) -> Compiled {
        // CPython 3.11 folds a set display of more than two constants into a
        // frozenset constant and merges it into an empty set (`BUILD_SET 0;
        // LOAD_CONST frozenset; SET_UPDATE 1`). The merge sizes the table for
        // all items at once, which decides the printed order: build the
        // frozenset's equal and merge it the same way.
        let is_set = build(0) == Instruction::BuildSet(0);
        if is_set && elements.len() > 2 && elements.iter().all(is_folded_constant) {
            self.emit(Instruction::BuildSet(0));
            for element in elements {
                self.expression(element)?;
            }
            self.emit(Instruction::BuildSet(elements.len() as u32));
            self.emit(Instruction::SetUpdate(1));
            return Ok(());
        }
        let leading = elements
            .iter()
            .position(|element| matches!(element.kind, ExpressionKind::Starred(_)))
            .unwrap_or(elements.len());
        for element in &elements[..leading] {
            self.expression(element)?;
        }
        self.emit(build(leading as u32));
        for element in &elements[leading..] {
            match &element.kind {
                ExpressionKind::Starred(inner) => self.expression(inner)?,
                _ => {
                    self.expression(element)?;
                    self.emit(build(1));
                }
            }
            self.emit(extend(1));
        }
        Ok(())
    }

    /// `{k: v, **m}`: runs of pairs become dicts merged with `DictUpdate`.
    fn dict_display(&mut self, entries: &'a [DictEntry]) -> Compiled {
        let mut pending = 0u32;
        let mut built = false;
        for entry in entries {
            match entry {
                DictEntry::KeyValue(key, value) => {
                    self.expression(key)?;
                    self.expression(value)?;
                    pending += 1;
                }
                DictEntry::Unpack(mapping) => {
                    if !built || pending > 0 {
                        self.emit(Instruction::BuildDict(pending));
                        if built {
                            self.emit(Instruction::DictUpdate(1));
                        }
                        built = true;
                        pending = 0;
                    }
                    self.expression(mapping)?;
                    self.emit(Instruction::DictUpdate(1));
                }
            }
        }
        if !built || pending > 0 {
            self.emit(Instruction::BuildDict(pending));
            if built {
                self.emit(Instruction::DictUpdate(1));
            }
        }
        Ok(())
    }

    /// `a < b < c`: each middle operand is compared twice but evaluated once.
    fn compare(
        &mut self,
        left: &'a Expression,
        comparisons: &'a [(ComparisonOperator, Expression)],
    ) -> Compiled {
        self.expression(left)?;
        let Some(((last_operator, last_right), middle)) = comparisons.split_last() else {
            return Ok(());
        };
        if middle.is_empty() {
            self.expression(last_right)?;
            self.emit(Instruction::Compare(*last_operator));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        self.chained_comparisons(middle, Instruction::JumpIfFalseOrPop, cleanup)?;
        self.expression(last_right)?;
        self.emit(Instruction::Compare(*last_operator));
        self.emit_jump(Instruction::Jump, end);
        self.bind(cleanup);
        self.emit(Instruction::RotateTwo);
        self.emit(Instruction::Pop);
        self.bind(end);
        Ok(())
    }

    /// Pops the top and jumps to `target` when its truth is `when`; the
    /// jump takes the line of `span`, when given.
    fn pop_jump_if(&mut self, when: bool, target: super::Label, span: Option<Span>) {
        if let Some(span) = span {
            self.set_line(span);
        }
        let jump = if when {
            Instruction::PopJumpIfTrue
        } else {
            Instruction::PopJumpIfFalse
        };
        self.emit_jump(jump, target);
    }

    /// The comparisons of a chain but the last, its left operand already
    /// pushed: each keeps its right operand as the next left one and, when
    /// false, leaves by `jump` to `cleanup` (which finds that operand still
    /// below, and the result too for a jump that keeps it).
    fn chained_comparisons(
        &mut self,
        comparisons: &'a [(ComparisonOperator, Expression)],
        jump: fn(u32) -> Instruction,
        cleanup: super::Label,
    ) -> Compiled {
        for (operator, right) in comparisons {
            self.expression(right)?;
            self.emit(Instruction::Duplicate);
            self.emit(Instruction::RotateThree);
            self.emit(Instruction::Compare(*operator));
            self.emit_jump(jump, cleanup);
        }
        Ok(())
    }
}

/// The constant of a tuple display whose items are all constants (number,
/// str, bool and `None` literals, a sign before a number literal, and such
/// tuples), as CPython's optimizer folds it: the tuple is made once when
/// the program loads, not each time the display runs. `None` for any other
/// display.
fn folded_tuple(elements: &[Expression]) -> Result<Option<Constant>, CompileError> {
    let mut items = Vec::with_capacity(elements.len());
    for element in elements {
        let item = match &element.kind {
            ExpressionKind::Constant(
                literal @ (Literal::None
                | Literal::Bool(_)
                | Literal::Int { .. }
                | Literal::Float(_)
                | Literal::String(_)),
            ) => literal_constant(literal, element.span)?,
            ExpressionKind::Unary {
                operator: operator @ (UnaryOperator::Negative | UnaryOperator::Positive),
                operand,
            } => match &operand.kind {
                ExpressionKind::Constant(literal @ (Literal::Int { .. } | Literal::Float(_))) => {
                    match (operator, literal_constant(literal, operand.span)?) {
                        (UnaryOperator::Negative, Constant::Int(int)) => {
                            Constant::Int(int_neg(&int))
                        }
                        (UnaryOperator::Negative, Constant::Float(float)) => {
                            Constant::Float(-float)
                        }
                        (_, constant) => constant,
                    }
                }
                _ => return Ok(None),
            },
            ExpressionKind::Tuple(inner) => match folded_tuple(inner)? {
                Some(constant) => constant,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        items.push(item);
    }
    Ok(Some(Constant::Tuple(items)))
}

/// The constant of a literal.
fn literal_constant(literal: &Literal, span: Span) -> Result<Constant, CompileError> {
    Ok(match literal {
        Literal::None => Constant::None,
        Literal::Bool(value) => Constant::Bool(*value),
        Literal::Ellipsis => Constant::Ellipsis,
        Literal::Int { digits, radix } => {
            let digit_count = digits.len() as u64;
            if *radix == 10 && digit_count > INT_LITERAL_DIGIT_LIMIT {
                return Err(CompileError::new(
                    CompileErrorKind::IntLiteralTooLong { digit_count },
                    span,
                ));
            }
            let value =
                BigInt::parse_bytes(digits.as_bytes(), *radix).unwrap_or_else(|| BigInt::from(0));
            Constant::Int(Int::from_big(value))
        }
        Literal::Float(value) => Constant::Float(*value),
        Literal::String(text) => Constant::Str(text.clone()),
        Literal::Imaginary(_) => return Err(not_supported("complex", span)),
        Literal::Bytes(_) => return Err(not_supported("bytes", span)),
    })
}

/// Whether CPython's optimizer makes `expression` a constant before compiling:
/// a literal, or a sign before a number literal.
fn is_folded_constant(expression: &Expression) -> bool {
    use super::super::super::syntax::ast::{Constant, UnaryOperator};
    match &expression.kind {
        ExpressionKind::Constant(_) => true,
        ExpressionKind::Unary {
            operator: UnaryOperator::Negative | UnaryOperator::Positive,
            operand,
        } => matches!(
            operand.kind,
            ExpressionKind::Constant(Constant::Int { .. } | Constant::Float(_))
        ),
        _ => false,
    }
}
