//! The instruction loop: runs the innermost frame's instructions one by one
//! until the fuel of the slice is spent, the program ends, or it waits for input.

use std::rc::Rc;

use super::super::compiler::bytecode::{CodeObject, Constant, Instruction, Program};
use super::super::syntax::ast::ComparisonOperator;
use super::call::PreludeFunction;
use super::error::{PythonError, PythonResult};
use super::heap::ObjectRef;
use super::machine::Vm;
use super::object::{AttributeName, Object, SliceObject};
use super::run::RunOutcome;
use super::types::TypeId;
use super::value::Value;

/// What one instruction leads to.
pub(crate) enum Step {
    /// Go on.
    Continue,
    /// The last frame has returned.
    Finished,
    /// `input()` waits for a line.
    WaitForInput,
    /// The canvas loop waits for the host's next frame.
    WaitForFrame,
}

/// How often (in instructions) the loop checks whether to collect garbage.
pub(crate) const COLLECTION_CHECK_INTERVAL: u32 = 1024;

impl Vm {
    /// Runs up to `fuel` instructions.
    pub(crate) fn execute(&mut self, fuel: u64) -> RunOutcome {
        let program = Rc::clone(&self.program);
        let mut remaining = fuel;
        loop {
            if remaining == 0 {
                return RunOutcome::Paused;
            }
            if self.quick_loop {
                remaining -= self.run_quick_instructions(&program, remaining);
            }
            if remaining == 0 {
                return RunOutcome::Paused;
            }
            remaining -= 1;
            self.steps_since_collection += 1;
            if self.steps_since_collection >= COLLECTION_CHECK_INTERVAL {
                self.steps_since_collection = 0;
                if self.heap.should_collect() {
                    self.collect_garbage();
                }
            }
            let result = match self.charge(1) {
                Ok(()) => self.execute_instruction(&program),
                Err(error) => {
                    // The budget ran out before the next instruction: name its
                    // line, as the traceback names the instruction being run
                    // (the one before the pointer). The run ends here anyway.
                    if let Some(frame) = self.frames.last_mut() {
                        frame.instruction += 1;
                    }
                    Err(error)
                }
            };
            match result {
                Ok(Step::Continue) => {}
                Ok(Step::Finished) => return RunOutcome::Finished,
                Ok(Step::WaitForInput) => {
                    self.waiting_for_input = true;
                    return RunOutcome::WaitingForInput;
                }
                Ok(Step::WaitForFrame) => return self.frame_wait_outcome(),
                Err(error) => {
                    if let Some(failure) = self.raise_error(error) {
                        return RunOutcome::Failed(failure);
                    }
                }
            }
            if let Some(outcome) = &self.ended {
                return outcome.clone();
            }
        }
    }

    /// Frees every object nothing reachable refers to.
    pub(crate) fn collect_garbage(&mut self) {
        let mut roots: Vec<ObjectRef> = self
            .values
            .iter()
            .filter_map(|value| value.object())
            .collect();
        for frame in &self.frames {
            frame.trace(&mut roots);
        }
        for namespace in &self.namespaces {
            roots.extend(namespace.values.iter().filter_map(|value| value.object()));
        }
        for code in &self.loaded_codes {
            roots.extend(code.constants.iter().filter_map(|value| value.object()));
        }
        roots.extend(self.characters.references());
        self.heap.collect(roots);
    }

    /// Where the innermost frame's operand stack starts in the value stack.
    fn stack_floor(&self) -> usize {
        self.frames.last().map_or(0, |frame| frame.stack_base())
    }

    /// The innermost frame's fast local `index`, in the value stack.
    fn local_slot(&mut self, index: u32) -> Option<&mut Value> {
        let frame = self.frames.last()?;
        if index as usize >= frame.local_count {
            return None;
        }
        self.values.get_mut(frame.base + index as usize)
    }

    /// Pops the innermost frame's operand stack (`None` if it is empty).
    pub(crate) fn pop(&mut self) -> Value {
        if self.values.len() > self.stack_floor() {
            self.values.pop().unwrap_or(Value::None)
        } else {
            Value::None
        }
    }

    pub(crate) fn push(&mut self, value: Value) {
        if !self.frames.is_empty() {
            self.values.push(value);
        }
    }

    pub(crate) fn top(&self) -> Value {
        self.peek(0)
    }

    fn pop_many(&mut self, count: usize) -> Vec<Value> {
        let start = self
            .values
            .len()
            .saturating_sub(count)
            .max(self.stack_floor());
        self.values.split_off(start.min(self.values.len()))
    }

    fn jump(&mut self, target: u32) {
        if let Some(frame) = self.frames.last_mut() {
            frame.instruction = target as usize;
        }
    }

    /// The value `depth` places below the top (0 is the top).
    fn peek(&self, depth: usize) -> Value {
        self.values
            .len()
            .checked_sub(depth + 1)
            .filter(|index| *index >= self.stack_floor())
            .and_then(|index| self.values.get(index).copied())
            .unwrap_or(Value::None)
    }

    fn name_of(&self, program: &Program, index: u32) -> String {
        self.frames
            .last()
            .and_then(|frame| program.codes.get(frame.code as usize))
            .and_then(|code| code.names.get(index as usize))
            .cloned()
            .unwrap_or_default()
    }

    /// Runs the next instruction of the innermost frame.
    pub(crate) fn execute_instruction(&mut self, program: &Program) -> PythonResult<Step> {
        let Some(frame) = self.frames.last_mut() else {
            return Ok(Step::Finished);
        };
        let code_index = frame.code as usize;
        let Some(code) = program.codes.get(code_index) else {
            return Ok(Step::Finished);
        };
        // A superinstruction runs here as its first instruction.
        let Some(instruction) = code
            .instructions
            .get(frame.instruction)
            .map(|instruction| instruction.unfused())
        else {
            // Falling off the end: the code generator always ends with a return.
            return self.return_from_frame(Value::None);
        };
        let position = frame.instruction;
        frame.instruction += 1;
        use Instruction as I;
        match instruction {
            // Not seen here: `unfused` gave the first instruction of the pair.
            I::Nop
            | I::LoadFastLoadConstant { .. }
            | I::LoadConstantBinary { .. }
            | I::CompareJumpIfFalse { .. } => {}
            I::Pop => {
                self.pop();
            }
            I::Duplicate => {
                let value = self.top();
                self.push(value);
            }
            I::DuplicateTwo => {
                let (below, top) = (self.peek(1), self.peek(0));
                self.push(below);
                self.push(top);
            }
            I::RotateTwo => {
                let top = self.pop();
                let second = self.pop();
                self.push(top);
                self.push(second);
            }
            I::RotateThree => {
                let top = self.pop();
                let second = self.pop();
                let third = self.pop();
                self.push(top);
                self.push(third);
                self.push(second);
            }
            I::RotateFour => {
                let top = self.pop();
                let mut below = self.pop_many(3);
                below.insert(0, top);
                for value in below {
                    self.push(value);
                }
            }
            I::LoadConstant(index) => {
                let value = self
                    .loaded_codes
                    .get(code_index)
                    .and_then(|code| code.constants.get(index as usize))
                    .copied()
                    .unwrap_or(Value::None);
                self.push(value);
            }
            I::LoadFast(index) => {
                let value = self.local_slot(index).map_or(Value::Unbound, |slot| *slot);
                if value == Value::Unbound {
                    return Err(unbound_local_of(code, index));
                }
                self.push(value);
            }
            I::StoreFast(index) => {
                let value = self.pop();
                if let Some(slot) = self.local_slot(index) {
                    *slot = value;
                }
            }
            I::DeleteFast(index) => match self.local_slot(index) {
                Some(slot) if *slot != Value::Unbound => *slot = Value::Unbound,
                _ => return Err(unbound_local_of(code, index)),
            },
            I::LoadDeref(index) => {
                let cell = frame.cells.get(index as usize).copied();
                let value = match cell {
                    Some(Value::Object(reference)) => match self.object(reference) {
                        Object::Cell(value) => *value,
                        _ => Value::Unbound,
                    },
                    _ => Value::Unbound,
                };
                if value == Value::Unbound {
                    let cell_count = code.cell_names.len();
                    let index = index as usize;
                    return Err(if index < cell_count {
                        unbound_local(&code.cell_names[index])
                    } else {
                        let name = code
                            .free_names
                            .get(index - cell_count)
                            .cloned()
                            .unwrap_or_default();
                        PythonError::new(
                            TypeId::NameError,
                            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                        )
                    });
                }
                self.push(value);
            }
            I::StoreDeref(index) | I::DeleteDeref(index) => {
                let value = if matches!(instruction, I::StoreDeref(_)) {
                    self.pop()
                } else {
                    Value::Unbound
                };
                let cell = self
                    .frames
                    .last()
                    .and_then(|frame| frame.cells.get(index as usize).copied());
                if let Some(Value::Object(reference)) = cell {
                    if let Some(Object::Cell(slot)) = self.object_mut(reference) {
                        *slot = value;
                    }
                }
            }
            I::LoadClosure(index) => {
                let cell = frame
                    .cells
                    .get(index as usize)
                    .copied()
                    .unwrap_or(Value::None);
                self.push(cell);
            }
            I::LoadName(index) if self.class_namespace().is_some() => {
                let name = self.name_of(program, index);
                let class = self.class_namespace();
                let value = match class.and_then(|class| self.load_class_name(class, &name)) {
                    Some(value) => value,
                    None => self.load_global(code_index, index),
                };
                if value == Value::Unbound {
                    return Err(self.name_error(&name));
                }
                self.push(value);
            }
            I::StoreName(index) | I::DeleteName(index) if self.class_namespace().is_some() => {
                let name = self.name_of(program, index);
                let value = match instruction {
                    I::StoreName(_) => Some(self.pop()),
                    _ => None,
                };
                if let Some(class) = self.class_namespace() {
                    if !self.store_class_name(class, &name, value) {
                        return Err(self.name_error(&name));
                    }
                }
            }
            I::BuildClass(count) => return self.build_class(count as usize),
            I::MatchCase {
                pattern,
                values,
                captures,
                fail,
            } => {
                let values = self.pop_many(values as usize);
                let subject = self.pop();
                let Some(pattern) = code.patterns.get(pattern as usize) else {
                    return Err(PythonError::not_supported("this pattern"));
                };
                let mut slots = vec![Value::None; captures as usize];
                if self.match_pattern(pattern, subject, &values, &mut slots, 0)? {
                    for value in slots {
                        self.push(value);
                    }
                } else {
                    self.jump(fail);
                }
            }
            I::BeforeWith => {
                let manager = self.pop();
                return self.enter_context(manager);
            }
            I::WithExceptStart => {
                let exception = self.peek(0);
                let exit = self.peek(1);
                let class = self.class_of(exception);
                let traceback = Value::Type(TypeId::Traceback);
                return self.call_value(
                    exit,
                    super::call::Arguments::positional(vec![class, exception, traceback]),
                );
            }
            I::StoreAnnotation(index) => {
                let annotation = self.pop();
                let name = self.name_of(program, index);
                if let Some(class) = self.class_namespace() {
                    self.store_annotation(class, &name, annotation)?;
                }
            }
            I::LoadGlobal(index) | I::LoadName(index) => {
                let value = self.load_global(code_index, index);
                if value == Value::Unbound {
                    let name = self.name_of(program, index);
                    return Err(self.name_error(&name));
                }
                self.push(value);
            }
            I::StoreGlobal(index) | I::StoreName(index) => {
                let value = self.pop();
                self.store_global(code_index, index, value);
            }
            I::DeleteGlobal(index) | I::DeleteName(index) => {
                if self.global_value(code_index, index) == Value::Unbound {
                    let name = self.name_of(program, index);
                    return Err(self.name_error(&name));
                }
                self.store_global(code_index, index, Value::Unbound);
            }
            I::LoadAttribute(index) => {
                let object = self.pop();
                let name = code.names.get(index as usize).map_or("", String::as_str);
                let value = self.attribute_at(object, name, code_index, position)?;
                self.push(value);
            }
            I::LoadMethod(index) => {
                let object = self.pop();
                let name = code.names.get(index as usize).map_or("", String::as_str);
                let (method, receiver) = self.load_method(object, name, code_index, position)?;
                self.push(method);
                self.push(receiver);
            }
            I::CallMethod(count) => {
                let mut arguments = self.pop_many(count as usize + 1);
                let method = self.pop();
                if arguments.first() == Some(&Value::Unbound) {
                    arguments.remove(0);
                }
                return self.call_value(method, super::call::Arguments::positional(arguments));
            }
            I::StoreAttribute(index) => {
                // The object is on top; the value lies under it.
                let object = self.pop();
                let value = self.pop();
                let name = self
                    .loaded_codes
                    .get(code_index)
                    .and_then(|code| code.attribute_names.get(index as usize))
                    .cloned()
                    .unwrap_or_else(|| AttributeName::from(""));
                if !self.store_attribute_at(object, &name, value, code_index, position)? {
                    return Err(self.attribute_assignment_error(object, &name));
                }
            }
            I::DeleteAttribute(index) => {
                // The object is on top.
                let object = self.pop();
                let name = self.name_of(program, index);
                if !self.set_program_attribute(object, &name, None)? {
                    return Err(self.attribute_assignment_error(object, &name));
                }
            }
            I::Subscript => {
                let index = self.pop();
                let container = self.pop();
                let value = self.get_item(container, index)?;
                self.push(value);
            }
            I::StoreSubscript => {
                let index = self.pop();
                let container = self.pop();
                let value = self.pop();
                self.set_item(container, index, value)?;
            }
            I::DeleteSubscript => {
                let index = self.pop();
                let container = self.pop();
                self.delete_item(container, index)?;
            }
            I::BuildSlice(count) => {
                let step = if count == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                let slice =
                    self.allocate(Object::Slice(Box::new(SliceObject { start, stop, step })))?;
                self.push(slice);
            }
            I::Unary(operator) => {
                let operand = self.pop();
                let result = self.unary_operation(operator, operand)?;
                self.push(result);
            }
            I::Binary(operator) => {
                let right = self.pop();
                let left = self.pop();
                let result = self.binary_operation(operator, left, right)?;
                self.push(result);
            }
            I::InPlace(operator) => {
                let right = self.pop();
                let left = self.pop();
                let result = self.in_place_operation(operator, left, right)?;
                self.push(result);
            }
            I::Compare(operator) => {
                let right = self.pop();
                let left = self.pop();
                let is_membership =
                    matches!(operator, ComparisonOperator::In | ComparisonOperator::NotIn);
                let needs_prelude = self.type_of(right) == TypeId::Generator
                    || (self.has_program_class(right)
                        && self.special_method(right, "__contains__").is_none());
                if is_membership && needs_prelude {
                    let function = if operator == ComparisonOperator::In {
                        PreludeFunction::Contains
                    } else {
                        PreludeFunction::NotContains
                    };
                    return self.call_prelude(function, vec![right, left]);
                }
                let result = self.compare(operator, left, right)?;
                self.push(result);
            }
            I::Jump(target) => self.jump(target),
            I::PopJumpIfFalse(target) | I::PopJumpIfTrue(target) => {
                let value = self.pop();
                let jump_when = matches!(instruction, I::PopJumpIfTrue(_));
                if self.truth(value)? == jump_when {
                    self.jump(target);
                }
            }
            I::JumpIfFalseOrPop(target) | I::JumpIfTrueOrPop(target) => {
                let value = self.top();
                let jump_when = matches!(instruction, I::JumpIfTrueOrPop(_));
                if self.truth(value)? == jump_when {
                    self.jump(target);
                } else {
                    self.pop();
                }
            }
            I::GetIterator => {
                let iterable = self.pop();
                let iterator = self.get_iterator(iterable)?;
                self.push(iterator);
            }
            I::ForIterator(exit) => return self.for_iterator(exit),
            I::ForIteratorValue(exit) => return self.for_iterator_value(exit),
            I::BuildList(count) => {
                let items = self.pop_many(count as usize);
                let list = self.new_list(items)?;
                self.push(list);
            }
            I::BuildTuple(count) => {
                let items = self.pop_many(count as usize);
                let tuple = self.new_tuple(items)?;
                self.push(tuple);
            }
            I::BuildSet(count) => {
                let items = self.pop_many(count as usize);
                let set = self.allocate(Object::Set(Box::new(super::set::SetObject::new())))?;
                if let Value::Object(reference) = set {
                    self.push(set);
                    for item in items {
                        self.set_add(reference, item)?;
                    }
                }
            }
            I::BuildDict(count) => {
                let items = self.pop_many(2 * count as usize);
                let dict = self.allocate(Object::Dict(Box::new(super::dict::DictObject::new())))?;
                if let Value::Object(reference) = dict {
                    self.push(dict);
                    for pair in items.chunks(2) {
                        if let [key, value] = pair {
                            self.dict_set(reference, *key, *value)?;
                        }
                    }
                }
            }
            I::ListAppend(depth)
            | I::SetAdd(depth)
            | I::ListExtend(depth)
            | I::SetUpdate(depth) => {
                let item = self.pop();
                let target = self.peek((depth as usize).saturating_sub(1));
                self.add_to_container(instruction, target, item)?;
            }
            I::DictSet(depth) => {
                let value = self.pop();
                let key = self.pop();
                // `depth` counts from the value: the dict was `depth` places below it.
                if let Value::Object(dict) = self.peek((depth as usize).saturating_sub(2)) {
                    self.dict_set(dict, key, value)?;
                }
            }
            I::DictUpdate(depth) | I::DictMerge(depth) => {
                let mapping = self.pop();
                let target = self.peek((depth as usize).saturating_sub(1));
                self.merge_into_dict(target, mapping, matches!(instruction, I::DictMerge(_)))?;
            }
            I::ListToTuple => {
                let list = self.pop();
                let items = match list {
                    Value::Object(reference) => match self.object(reference) {
                        Object::List(items) => items.clone(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let tuple = self.new_tuple(items)?;
                self.push(tuple);
            }
            I::UnpackSequence(count) => {
                let iterable = self.pop();
                if self.type_of(iterable) == TypeId::Generator || self.has_program_class(iterable) {
                    return self.unpack_through_prelude(iterable, count as usize, None);
                }
                let items = self.unpack_items(iterable, count as usize, None)?;
                for item in items.into_iter().rev() {
                    self.push(item);
                }
            }
            I::UnpackStarred { before, after } => {
                let iterable = self.pop();
                if self.type_of(iterable) == TypeId::Generator || self.has_program_class(iterable) {
                    return self.unpack_through_prelude(
                        iterable,
                        before as usize,
                        Some(after as usize),
                    );
                }
                let items = self.unpack_items(iterable, before as usize, Some(after as usize))?;
                for item in items.into_iter().rev() {
                    self.push(item);
                }
            }
            I::Call(count) => {
                let arguments = self.pop_many(count as usize);
                let function = self.pop();
                self.remember_construction(function, code_index, position);
                return self.call_value(function, super::call::Arguments::positional(arguments));
            }
            I::CallWithKeywords { count, names } => {
                let keyword_names = match code.constants.get(names as usize) {
                    Some(Constant::Names(names)) => names.clone(),
                    _ => Vec::new(),
                };
                let mut values = self.pop_many(count as usize);
                let function = self.pop();
                let keyword_values =
                    values.split_off(values.len().saturating_sub(keyword_names.len()));
                let arguments = super::call::Arguments {
                    positional: values,
                    keywords: keyword_names.into_iter().zip(keyword_values).collect(),
                };
                return self.call_value(function, arguments);
            }
            I::CallUnpacked { has_keywords } => {
                let keywords = if has_keywords { Some(self.pop()) } else { None };
                let positional = self.pop();
                let function = self.pop();
                let arguments = self.unpacked_arguments(positional, keywords)?;
                return self.call_value(function, arguments);
            }
            I::MakeFunction {
                code,
                has_defaults,
                has_keyword_defaults,
                has_closure,
            } => {
                let closure = if has_closure { Some(self.pop()) } else { None };
                let keyword_defaults = if has_keyword_defaults {
                    Some(self.pop())
                } else {
                    None
                };
                let defaults = if has_defaults { Some(self.pop()) } else { None };
                let function =
                    self.make_function(program, code, defaults, keyword_defaults, closure)?;
                self.push(function);
            }
            I::Return => {
                let value = self.pop();
                return self.return_from_frame(value);
            }
            I::Yield => {
                let value = self.pop();
                return self.yield_from_frame(value);
            }
            I::SetupTry(handler) => {
                if let Some(frame) = self.frames.last_mut() {
                    let block = super::frame::TryBlock {
                        handler: handler as usize,
                        stack_depth: self.values.len().saturating_sub(frame.stack_base()),
                        handled_depth: frame.handled.len(),
                    };
                    frame.blocks.push(block);
                }
            }
            I::PopBlock => {
                if let Some(frame) = self.frames.last_mut() {
                    frame.blocks.pop();
                }
            }
            I::ExceptionMatches => {
                let class = self.pop();
                let exception = self.top();
                let matches = self.exception_matches(exception, class)?;
                self.push(Value::Bool(matches));
            }
            I::PopExcept => {
                if let Some(frame) = self.frames.last_mut() {
                    frame.handled.pop();
                }
            }
            I::Reraise => {
                let exception = self.pop();
                return Err(self.reraise(exception));
            }
            I::Raise(form) => return Err(self.raise_statement(form)?),
            I::LoadAssertionError => self.push(Value::Type(TypeId::AssertionError)),
            I::ImportName(index) => {
                let name = self.name_of(program, index);
                let module = self.import_module(&name)?;
                self.push(module);
            }
            I::ImportFrom(index) => {
                let module = self.top();
                let name = self.name_of(program, index);
                let value = match module {
                    Value::Module(module_id) => {
                        self.module_attribute(module_id, &name).map_err(|_| {
                            PythonError::new(
                                TypeId::ImportError,
                                format!(
                                    "cannot import name '{name}' from '{}' (unknown location)",
                                    module_id.name()
                                ),
                            )
                            .explained(
                                super::error::Explanation::new("python-runtime-cannot-import-name")
                                    .with("name", name.clone())
                                    .with("module", module_id.name()),
                            )
                        })?
                    }
                    _ => Value::None,
                };
                self.push(value);
            }
            I::ImportStar => {
                let module = self.pop();
                if let Value::Module(module_id) = module {
                    self.import_star(code_index, module_id)?;
                }
            }
            I::FormatValue {
                conversion,
                has_spec,
            } => {
                let spec = if has_spec { Some(self.pop()) } else { None };
                let value = self.pop();
                let text = self.format_field(value, conversion, spec)?;
                let text = self.new_str(text)?;
                self.push(text);
            }
            I::BuildString(count) => {
                let parts = self.pop_many(count as usize);
                let mut text = String::new();
                for part in parts {
                    text.push_str(self.str_text(part).unwrap_or(""));
                }
                let value = self.new_str(text)?;
                self.push(value);
            }
        }
        Ok(Step::Continue)
    }
}

/// [`unbound_local`] for `code`'s fast local `index`.
fn unbound_local_of(code: &CodeObject, index: u32) -> PythonError {
    let name = code.local_names.get(index as usize);
    unbound_local(name.map_or("", String::as_str))
}

/// `UnboundLocalError` for a local read before it is assigned.
pub(crate) fn unbound_local(name: &str) -> PythonError {
    PythonError::new(
        TypeId::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
    .explained(super::error::Explanation::new("python-runtime-unbound-local").with("name", name))
}
