//! The quick loop: the common instructions on the common values, run one
//! after another without leaving a tight loop.
//!
//! [`Vm::run_quick_instructions`] keeps the innermost frame and its code at
//! hand and runs what needs no allocation, raises nothing and calls nothing
//! of the program's: locals, constants, globals, jumps, arithmetic and
//! comparison of ints (that stay within 64 bits) and floats, `for` over a
//! range or a list, list and tuple items, calls of the program's plain
//! functions and their returns, and, where the place's inline cache
//! ([`super::methods::CachedLookup`]) vouches for the class: an instance's
//! own attributes read and written, methods looked up, and a class called
//! (the instance made, `__init__` entered). Anything else (another instruction, another
//! kind of value, an operation that would overflow, fail or call Python
//! code) stops the quick loop *before* that instruction, and the general
//! path ([`Vm::execute_instruction`]) runs it, so every case has one meaning
//! and every error one place. The work each quick instruction counts is the
//! same as the general path counts for it.

use super::super::builtins::numbers;
use super::super::compiler::bytecode::{Instruction, Program};
use super::super::syntax::ast::{BinaryOperator, ComparisonOperator};
use super::builtins::BuiltinFunction;
use super::frame::{Frame, ReturnAction, SpareFrames};
use super::heap::ObjectRef;
use super::machine::Vm;
use super::methods::{cached_own_attribute, store_cached_own_attribute, CachedLookup};
use super::object::{
    attribute_in, AttributeName, InstanceObject, IteratorObject, Object, StrObject,
};
use super::operations::equality::is_identical;
use super::operations::iteration::builtin_iterator_of;
use super::quick_keys::{quick_dict_get, quick_dict_item, quick_dict_store, quick_membership};
use super::quick_methods::{quick_deque_method, quick_int, quick_str_method};
use super::support::push_list_item;
use super::tuple_items::TupleItems;
use super::types::TypeId;
use super::value::Value;
use num_integer::Integer;

/// The most work one quick instruction counts (an instruction and its
/// operation); the quick loop stops this far before the work limit, so the
/// general path raises the limit's error at the right instruction.
const MOST_WORK_PER_INSTRUCTION: u64 = 64;

/// What the quick loop does after an instruction.
enum Next {
    /// Go on with the next instruction of the same frame.
    Continue,
    /// The instruction is not a quick one: leave it to the general path.
    Leave,
    /// A `for` loop resumed this generator's frame (its values saved in
    /// it): enter it and run it.
    Resume(Box<Frame>),
    /// A call that made an instance opened this frame, and the heap is due
    /// a collection: leave it to the general path, which collects first.
    EnterThenLeave(Box<Frame>),
    /// The frame returned this value to its caller.
    Return(Value),
    /// The generator's frame gave this value to the loop that resumed it,
    /// and goes back into its generator.
    Yield(Value),
}

impl Vm {
    /// Runs quick instructions, at most `budget` of them; returns how many
    /// ran. Stops before the first instruction that is not quick.
    pub(crate) fn run_quick_instructions(&mut self, program: &Program, budget: u64) -> u64 {
        let Some(work_room) = self
            .limits
            .work
            .saturating_sub(self.work_done)
            .checked_sub(MOST_WORK_PER_INSTRUCTION)
        else {
            return 0;
        };
        let mut executed = 0;
        let mut work = 0;
        loop {
            let next =
                self.run_quick_in_frame(program, budget, work_room, &mut executed, &mut work);
            match next {
                Next::Continue | Next::Leave => break,
                // A frame made by a call has its locals on the value stack already.
                Next::EnterThenLeave(frame) => {
                    self.frames.push(frame);
                    break;
                }
                Next::Resume(frame) => self.enter_frame(frame),
                Next::Return(value) => {
                    if let Some(finished) = self.leave_frame(false) {
                        keep_spare_frame(&mut self.spare_frames, finished);
                    }
                    self.push(value);
                }
                Next::Yield(value) => {
                    if let Some(paused) = self.leave_frame(true) {
                        pause_generator_frame(&mut self.heap, paused);
                    }
                    self.push(value);
                }
            }
        }
        self.work_done += work;
        self.steps_since_collection = self
            .steps_since_collection
            .saturating_add(u32::try_from(executed).unwrap_or(u32::MAX));
        if self.heap.should_collect() {
            // The general path checks at its next instruction.
            self.steps_since_collection = super::interpreter::COLLECTION_CHECK_INTERVAL;
        }
        executed
    }

    /// Runs the innermost frame's quick instructions until one is not quick,
    /// the budget is spent, or a generator is entered or left. A plain call
    /// or return switches to the new innermost frame here, without leaving
    /// (leaving and coming back cost about 70 instructions a call).
    fn run_quick_in_frame(
        &mut self,
        program: &Program,
        budget: u64,
        work_room: u64,
        executed: &mut u64,
        work: &mut u64,
    ) -> Next {
        let class_generation = self.class_generation;
        let heap = &mut self.heap;
        let values = &mut self.values;
        // A plain call or return switches frames here, without leaving.
        'frames: loop {
            let frame_count = self.frames.len();
            // The frame itself, not its box: the loop then reads its fields
            // through one pointer (2 to 5 % fewer instructions on every benchmark).
            let Some(frame) = self.frames.last_mut().map(|frame| &mut **frame) else {
                return Next::Leave;
            };
            let code_index = frame.code as usize;
            let Some(code) = program.codes.get(code_index) else {
                return Next::Leave;
            };
            // Where its locals are in the value stack (they stay there while it runs).
            let (base, local_count) = (frame.base, frame.local_count);
            let namespace_index = usize::from(frame.code >= self.prelude_start);
            let in_class_body = frame.class_namespace.is_some();
            let Some(loaded) = self.loaded_codes.get(code_index) else {
                return Next::Leave;
            };
            let namespace = &mut self.namespaces[namespace_index];
            loop {
                if *executed >= budget || *work > work_room {
                    return Next::Leave;
                }
                let Some(&instruction) = code.instructions.get(frame.instruction) else {
                    return Next::Leave;
                };
                // The work the general path counts for the instruction itself.
                let mut cost = 1;
                // After an allocation that makes a collection due: stop after
                // this instruction, so the general path collects.
                let mut collection_due = false;
                use Instruction as I;
                let next = match instruction {
                    I::Nop => Next::Continue,
                    I::Pop if !values.is_empty() => {
                        values.pop();
                        Next::Continue
                    }
                    I::Duplicate => match values.last() {
                        Some(&top) => {
                            values.push(top);
                            Next::Continue
                        }
                        None => Next::Leave,
                    },
                    I::RotateTwo if values.len() >= 2 => {
                        let length = values.len();
                        values.swap(length - 1, length - 2);
                        Next::Continue
                    }
                    I::RotateThree if values.len() >= 3 => {
                        let length = values.len();
                        values[length - 3..].rotate_right(1);
                        Next::Continue
                    }
                    I::LoadConstant(index) => match loaded.constants.get(index as usize) {
                        Some(&value) => {
                            values.push(value);
                            Next::Continue
                        }
                        None => Next::Leave,
                    },
                    I::LoadFast(index) if (index as usize) < local_count => {
                        match values.get(base + index as usize) {
                            Some(&value) if value != Value::Unbound => {
                                values.push(value);
                                Next::Continue
                            }
                            _ => Next::Leave,
                        }
                    }
                    I::StoreFast(index) if (index as usize) < local_count => match values.pop() {
                        Some(value) => {
                            if let Some(slot) = values.get_mut(base + index as usize) {
                                *slot = value;
                            }
                            Next::Continue
                        }
                        None => Next::Leave,
                    },
                    I::LoadGlobal(index) | I::LoadName(index) if !in_class_body => {
                        let slot = loaded
                            .name_slots
                            .get(index as usize)
                            .map(|slot| *slot as usize);
                        let value = slot.and_then(|slot| match namespace.values.get(slot) {
                            Some(Value::Unbound) | None => namespace.builtins.get(slot).copied(),
                            Some(value) => Some(*value),
                        });
                        match value {
                            Some(value) if value != Value::Unbound => {
                                values.push(value);
                                Next::Continue
                            }
                            _ => Next::Leave,
                        }
                    }
                    I::StoreGlobal(index) | I::StoreName(index) if !in_class_body => {
                        let slot = loaded
                            .name_slots
                            .get(index as usize)
                            .map(|slot| *slot as usize);
                        match (slot, values.last()) {
                            (Some(slot), Some(&value)) if slot < namespace.values.len() => {
                                values.pop();
                                namespace.values[slot] = value;
                                Next::Continue
                            }
                            _ => Next::Leave,
                        }
                    }
                    I::Jump(target) => {
                        frame.instruction = target as usize;
                        *executed += 1;
                        *work += cost;
                        continue;
                    }
                    I::PopJumpIfFalse(target) | I::PopJumpIfTrue(target) => {
                        let Some(truth) = values.last().and_then(|value| {
                            simple_truth(*value).or_else(|| container_truth(heap, *value))
                        }) else {
                            return Next::Leave;
                        };
                        values.pop();
                        *executed += 1;
                        *work += cost;
                        if truth == matches!(instruction, I::PopJumpIfTrue(_)) {
                            frame.instruction = target as usize;
                        } else {
                            frame.instruction += 1;
                        }
                        continue;
                    }
                    I::JumpIfFalseOrPop(target) | I::JumpIfTrueOrPop(target) => {
                        let Some(truth) = values.last().and_then(|value| {
                            simple_truth(*value).or_else(|| container_truth(heap, *value))
                        }) else {
                            return Next::Leave;
                        };
                        *executed += 1;
                        *work += cost;
                        if truth == matches!(instruction, I::JumpIfTrueOrPop(_)) {
                            frame.instruction = target as usize;
                        } else {
                            values.pop();
                            frame.instruction += 1;
                        }
                        continue;
                    }
                    // Two arms, not one arm choosing again inside: one branch per
                    // instruction keeps the loop tight (a shared arm cost 15-25 %
                    // more instructions on the loop-heavy benchmarks).
                    I::Binary(operator) | I::InPlace(operator) => {
                        match quick_arithmetic(operator, &*values) {
                            Some((result, operation_cost)) => {
                                replace_operands(&mut *values, result);
                                cost += operation_cost;
                                Next::Continue
                            }
                            None if operator == BinaryOperator::Add => {
                                let Some((result, operation_cost)) =
                                    quick_concatenate(heap, &*values)
                                else {
                                    return Next::Leave;
                                };
                                replace_operands(&mut *values, result);
                                cost += operation_cost;
                                collection_due = heap.should_collect();
                                Next::Continue
                            }
                            None => Next::Leave,
                        }
                    }
                    I::GetIterator => {
                        let Some(iterator) = values
                            .last()
                            .and_then(|iterable| quick_get_iterator(heap, *iterable))
                        else {
                            return Next::Leave;
                        };
                        if let Some(top) = values.last_mut() {
                            *top = iterator;
                        }
                        // The general path counts one for `iter()`.
                        cost += 1;
                        collection_due = heap.should_collect();
                        Next::Continue
                    }
                    I::Compare(operator) => match quick_comparison(operator, &*values) {
                        Some((result, operation_cost)) => {
                            replace_operands(&mut *values, result);
                            cost += operation_cost;
                            Next::Continue
                        }
                        None => match quick_in(heap, operator, &*values) {
                            Some((result, operation_cost)) => {
                                replace_operands(&mut *values, result);
                                cost += operation_cost;
                                Next::Continue
                            }
                            None => Next::Leave,
                        },
                    },
                    I::ForIterator(exit) => {
                        let Some(&Value::Object(iterator)) = values.last() else {
                            return Next::Leave;
                        };
                        match quick_iterator_next(heap, &mut self.characters, iterator) {
                            Some(Some(item)) => {
                                values.push(item);
                                // A str's character is a new str.
                                if matches!(item, Value::Object(_)) {
                                    collection_due = heap.should_collect();
                                }
                            }
                            Some(None) => {
                                values.pop();
                                frame.instruction = exit as usize;
                                *executed += 1;
                                *work += cost + 1;
                                continue;
                            }
                            None => {
                                // A generator: its frame runs next, as the
                                // general path resumes it (counting nothing more).
                                if frame_count >= self.limits.recursion_depth {
                                    return Next::Leave;
                                }
                                let Some(generator_frame) =
                                    resume_generator_frame(heap, iterator, exit)
                                else {
                                    return Next::Leave;
                                };
                                frame.instruction += 1;
                                *executed += 1;
                                *work += cost;
                                return Next::Resume(generator_frame);
                            }
                        }
                        // The general path counts one for the iterator's step.
                        cost += 1;
                        Next::Continue
                    }
                    I::Subscript => {
                        let length = values.len();
                        if length < 2 {
                            return Next::Leave;
                        }
                        let (Value::Object(container), index) =
                            (values[length - 2], values[length - 1])
                        else {
                            return Next::Leave;
                        };
                        let found = match (heap.get(container), index) {
                            (Some(Object::List(items)), Value::Int(index)) => {
                                position_of(index, items.len()).map(|position| (items[position], 1))
                            }
                            (Some(Object::Tuple(items)), Value::Int(index)) => {
                                position_of(index, items.len()).map(|position| (items[position], 1))
                            }
                            (Some(Object::Dict(_)), key) => quick_dict_item(heap, container, key),
                            _ => None,
                        };
                        let Some((item, operation_cost)) = found else {
                            return Next::Leave;
                        };
                        values.truncate(length - 2);
                        values.push(item);
                        cost += operation_cost;
                        Next::Continue
                    }
                    I::StoreSubscript => {
                        let length = values.len();
                        if length < 3 {
                            return Next::Leave;
                        }
                        let (value, Value::Object(container), index) =
                            (values[length - 3], values[length - 2], values[length - 1])
                        else {
                            return Next::Leave;
                        };
                        match (heap.get_mut(container), index) {
                            (Some(Object::List(items)), Value::Int(index)) => {
                                let Some(position) = position_of(index, items.len()) else {
                                    return Next::Leave;
                                };
                                items[position] = value;
                                cost += 1;
                            }
                            (Some(Object::Dict(_)), key) => {
                                let Some(operation_cost) =
                                    quick_dict_store(heap, container, key, value)
                                else {
                                    return Next::Leave;
                                };
                                cost += operation_cost;
                                collection_due = heap.should_collect();
                            }
                            _ => return Next::Leave,
                        }
                        values.truncate(length - 3);
                        Next::Continue
                    }
                    I::BuildTuple(count) | I::BuildList(count) => {
                        let length = values.len();
                        let Some(start) = length.checked_sub(count as usize) else {
                            return Next::Leave;
                        };
                        let items = &values[start..];
                        let object = match instruction {
                            I::BuildTuple(_) => Object::Tuple(TupleItems::from_slice(items)),
                            _ => Object::List(items.to_vec()),
                        };
                        // Over the budget, nothing has changed: the general path
                        // raises the MemoryError.
                        let Ok(reference) = heap.allocate(object) else {
                            return Next::Leave;
                        };
                        values.truncate(start);
                        values.push(Value::Object(reference));
                        collection_due = heap.should_collect();
                        Next::Continue
                    }
                    I::UnpackSequence(count) => {
                        let count = count as usize;
                        let Some(&Value::Object(sequence)) = values.last() else {
                            return Next::Leave;
                        };
                        let items = match heap.get(sequence).and_then(Object::sequence_items) {
                            Some(items)
                                if items.len() == count
                                    && heap
                                        .reserve(count * std::mem::size_of::<Value>())
                                        .is_ok() =>
                            {
                                items
                            }
                            _ => return Next::Leave,
                        };
                        values.pop();
                        values.extend(items.iter().rev());
                        // The general path counts the copy of the items.
                        cost += count as u64 / 8 + 1;
                        Next::Continue
                    }
                    I::LoadAttribute(index) => {
                        let Some(top) = values.last_mut() else {
                            return Next::Leave;
                        };
                        let cached = loaded.lookup_caches.get(frame.instruction);
                        let name = loaded.attribute_names.get(index as usize);
                        let Some(value) = name.and_then(|name| {
                            cached_own_attribute(heap, cached, class_generation, *top, name)
                        }) else {
                            return Next::Leave;
                        };
                        *top = value;
                        // The general path counts one for the lookup.
                        cost += 1;
                        Next::Continue
                    }
                    I::StoreAttribute(index) => {
                        // `[.., value, object]`
                        let length = values.len();
                        if length < 2 {
                            return Next::Leave;
                        }
                        let (value, object) = (values[length - 2], values[length - 1]);
                        let cached = loaded.lookup_caches.get(frame.instruction);
                        let name = loaded.attribute_names.get(index as usize);
                        let stored = name.is_some_and(|name| {
                            store_cached_own_attribute(
                                heap,
                                cached,
                                class_generation,
                                object,
                                name,
                                value,
                            )
                        });
                        if !stored {
                            return Next::Leave;
                        }
                        values.truncate(length - 2);
                        Next::Continue
                    }
                    I::LoadMethod(index) => {
                        let Some(&object) = values.last() else {
                            return Next::Leave;
                        };
                        let Some(function) = quick_method(
                            heap,
                            loaded.lookup_caches.get(frame.instruction),
                            class_generation,
                            object,
                            loaded.attribute_names.get(index as usize),
                        ) else {
                            return Next::Leave;
                        };
                        // `[.., function, object]`: the object is the first
                        // argument; a module's function takes no object.
                        if let Some(top) = values.last_mut() {
                            *top = function;
                        }
                        values.push(match object {
                            Value::Module(_) => Value::Unbound,
                            _ => object,
                        });
                        // The general path counts one for the lookup.
                        cost += 1;
                        Next::Continue
                    }
                    I::Call(_) | I::CallMethod(_) => {
                        // `[function, arguments...]`, or `[method, object or
                        // Unbound, arguments...]` (the object is the first argument).
                        let (count, below) = match instruction {
                            I::Call(count) => (count as usize, 1),
                            I::CallMethod(count) => (count as usize, 2),
                            _ => return Next::Leave,
                        };
                        let length = values.len();
                        if length < count + below || frame_count >= self.limits.recursion_depth {
                            return Next::Leave;
                        }
                        let callable_position = length - count - below;
                        let first_argument = match below {
                            2 if values[callable_position + 1] != Value::Unbound => {
                                callable_position + 1
                            }
                            _ => length - count,
                        };
                        let arguments = &values[first_argument..];
                        let argument_count = arguments.len();
                        let function = match values[callable_position] {
                            Value::Object(function) => function,
                            Value::Builtin(builtin) => {
                                let result = match builtin {
                                    BuiltinFunction::ListAppend => {
                                        quick_list_append(heap, arguments).map(|result| (result, 1))
                                    }
                                    BuiltinFunction::DictGet => quick_get(heap, arguments),
                                    BuiltinFunction::DequeAppend
                                    | BuiltinFunction::DequeAppendleft
                                    | BuiltinFunction::DequePop
                                    | BuiltinFunction::DequePopleft => {
                                        quick_deque_method(heap, builtin, arguments)
                                            .map(|result| (result, 1))
                                    }
                                    BuiltinFunction::StrUpper
                                    | BuiltinFunction::StrLower
                                    | BuiltinFunction::StrCasefold
                                    | BuiltinFunction::StrCapitalize
                                    | BuiltinFunction::StrTitle
                                    | BuiltinFunction::StrSwapcase
                                    | BuiltinFunction::StrIsdigit
                                    | BuiltinFunction::StrIsalpha
                                    | BuiltinFunction::StrIsalnum
                                    | BuiltinFunction::StrIsspace
                                    | BuiltinFunction::StrIsupper
                                    | BuiltinFunction::StrIslower
                                    | BuiltinFunction::StrIstitle
                                    | BuiltinFunction::StrIsdecimal
                                    | BuiltinFunction::StrIsnumeric
                                    | BuiltinFunction::StrIsidentifier
                                    | BuiltinFunction::StrIsascii
                                    | BuiltinFunction::StrIsprintable => {
                                        quick_str_method(heap, builtin, arguments)
                                    }
                                    // The general path counts one for the builtin's call.
                                    _ => quick_builtin(heap, builtin, arguments)
                                        .map(|result| (result, 1)),
                                };
                                let Some((result, operation_cost)) = result else {
                                    return Next::Leave;
                                };
                                values.truncate(callable_position);
                                values.push(result);
                                cost += operation_cost;
                                frame.instruction += 1;
                                *executed += 1;
                                *work += cost;
                                // A new str may make a collection due: the general path collects.
                                if heap.should_collect() {
                                    return Next::Leave;
                                }
                                continue;
                            }
                            Value::Type(type_id @ (TypeId::Str | TypeId::Int)) => {
                                let result = match type_id {
                                    TypeId::Str => quick_str(heap, arguments),
                                    _ => quick_int(heap, arguments),
                                };
                                let Some((result, operation_cost)) = result else {
                                    return Next::Leave;
                                };
                                values.truncate(callable_position);
                                values.push(result);
                                cost += operation_cost;
                                frame.instruction += 1;
                                *executed += 1;
                                *work += cost;
                                if heap.should_collect() {
                                    return Next::Leave;
                                }
                                continue;
                            }
                            _ => return Next::Leave,
                        };
                        // The arguments become the callee's first locals
                        // where they are; its return cuts the stack back to
                        // the callable.
                        let new_frame = match plain_function(heap, function, argument_count) {
                            Some(callee) => {
                                let mut new_frame = reused_frame(
                                    &mut self.spare_frames,
                                    heap,
                                    &callee,
                                    function,
                                    self.prelude_start,
                                );
                                place_locals(
                                    values,
                                    &mut new_frame,
                                    first_argument,
                                    callable_position,
                                );
                                new_frame
                            }
                            None => {
                                let Some(new_frame) = quick_construction(
                                    heap,
                                    &mut self.spare_frames,
                                    loaded.lookup_caches.get(frame.instruction),
                                    class_generation,
                                    function,
                                    values,
                                    (first_argument, callable_position),
                                    self.prelude_start,
                                ) else {
                                    return Next::Leave;
                                };
                                if heap.should_collect() {
                                    frame.instruction += 1;
                                    *executed += 1;
                                    *work += cost;
                                    return Next::EnterThenLeave(new_frame);
                                }
                                new_frame
                            }
                        };
                        frame.instruction += 1;
                        *executed += 1;
                        *work += cost;
                        self.frames.push(new_frame);
                        continue 'frames;
                    }
                    // A generator gives an item to the loop that resumed it;
                    // one summed by `sum()`, tested by `any()` or `all()` or
                    // searched by `max()` or `min()` takes its item itself
                    // and goes on: no frame switch.
                    I::Yield
                        if frame_count >= 2
                            && frame.generator.is_some()
                            && frame.class_namespace.is_none() =>
                    {
                        if !matches!(frame.on_return, ReturnAction::ForIterator { .. }) {
                            let Some(operation_cost) = take_item_in_frame(heap, frame, values)
                            else {
                                return Next::Leave;
                            };
                            cost += operation_cost;
                            Next::Continue
                        } else {
                            let Some(value) = values.pop() else {
                                return Next::Leave;
                            };
                            frame.instruction += 1;
                            *executed += 1;
                            *work += cost;
                            return Next::Yield(value);
                        }
                    }
                    I::Return
                        if frame_count >= 2
                            && frame.generator.is_none()
                            && matches!(frame.on_return, ReturnAction::Push)
                            && frame.class_namespace.is_none() =>
                    {
                        let Some(&value) = values.last() else {
                            return Next::Leave;
                        };
                        frame.instruction += 1;
                        *executed += 1;
                        *work += cost;
                        if let Some(mut finished) = self.frames.pop() {
                            // The value takes the callable's place (below
                            // the arguments and locals the return drops).
                            let return_to = finished.return_to;
                            values.truncate(return_to + 1);
                            if let Some(slot) = values.get_mut(return_to) {
                                *slot = value;
                            }
                            // The arm's guards vouch for its return action,
                            // generator and class body: only its vectors
                            // may hold anything ([`reused_frame`] sets the rest).
                            finished.clear_vectors();
                            self.spare_frames.keep(finished);
                        }
                        continue 'frames;
                    }
                    // `__init__`'s return (None) gives the caller the new instance.
                    I::Return
                        if frame_count >= 2
                            && matches!(frame.on_return, ReturnAction::Initialize { .. })
                            && values.last() == Some(&Value::None)
                            && frame.generator.is_none()
                            && frame.class_namespace.is_none() =>
                    {
                        let ReturnAction::Initialize { instance } = frame.on_return else {
                            return Next::Leave;
                        };
                        values.pop();
                        frame.instruction += 1;
                        *executed += 1;
                        *work += cost;
                        return Next::Return(Value::Object(instance));
                    }
                    // Superinstructions (see `super::superinstructions`): both
                    // instructions at once, or, where the pair's case does not
                    // apply or the budget has room for one, the first alone.
                    I::LoadFastLoadConstant { local, constant }
                        if (local as usize) < local_count =>
                    {
                        let (Some(&value), Some(&constant)) = (
                            values.get(base + local as usize),
                            loaded.constants.get(constant as usize),
                        ) else {
                            return Next::Leave;
                        };
                        if value == Value::Unbound {
                            return Next::Leave;
                        }
                        values.push(value);
                        if *executed + 1 < budget {
                            values.push(constant);
                            frame.instruction += 2;
                            *executed += 2;
                            *work += 2;
                            continue;
                        }
                        Next::Continue
                    }
                    I::LoadConstantBinary { constant, operator } => {
                        let (Some(&left), Some(&constant)) =
                            (values.last(), loaded.constants.get(constant as usize))
                        else {
                            return Next::Leave;
                        };
                        match arithmetic_with_constant(operator, left, constant) {
                            Some((result, operation_cost)) if *executed + 1 < budget => {
                                if let Some(top) = values.last_mut() {
                                    *top = result;
                                }
                                frame.instruction += 2;
                                *executed += 2;
                                *work += 2 + operation_cost;
                                continue;
                            }
                            _ => {
                                values.push(constant);
                                Next::Continue
                            }
                        }
                    }
                    I::CompareJumpIfFalse { operator, target } => {
                        // Two small ints, the commonest case (`n < 2`, `i != j`), here;
                        // anything else out of line.
                        let compared = match values[..] {
                            [.., Value::Int(a), Value::Int(b)] => {
                                compare_numbers(operator, a, b).map(|truth| (Value::Bool(truth), 1))
                            }
                            _ => comparison_before_jump(heap, operator, &*values),
                        };
                        let Some((result, operation_cost)) = compared else {
                            return Next::Leave;
                        };
                        if let (Value::Bool(truth), true) = (result, *executed + 1 < budget) {
                            let length = values.len();
                            values.truncate(length - 2);
                            frame.instruction = if truth {
                                frame.instruction + 2
                            } else {
                                target as usize
                            };
                            *executed += 2;
                            *work += 2 + operation_cost;
                            continue;
                        }
                        replace_operands(&mut *values, result);
                        cost += operation_cost;
                        Next::Continue
                    }
                    // A comprehension's item, appended to its list.
                    I::ListAppend(depth) => {
                        if !quick_comprehension_append(heap, &mut *values, depth as usize) {
                            return Next::Leave;
                        }
                        collection_due = heap.should_collect();
                        Next::Continue
                    }
                    _ => Next::Leave,
                };
                match next {
                    Next::Continue => {
                        frame.instruction += 1;
                        *executed += 1;
                        *work += cost;
                        if collection_due {
                            return Next::Leave;
                        }
                    }
                    other => return other,
                }
            }
        }
    }
}

/// The frame of `__init__` for a call of the class `class` with the
/// arguments on top of `values` from `first_argument` on, with a new
/// instance as its first argument (in the slot below them, the class's or
/// the method call's Unbound, which the call no longer needs) and
/// [`ReturnAction::Initialize`], when the place's cache (`cached`) says the
/// class makes plain instances with a plain `__init__` taking them; its
/// return cuts the stack back to `callable_position`. `None` (nothing
/// made or changed) otherwise, or when the heap's budget refuses the
/// instance (the general path then raises the MemoryError).
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn quick_construction(
    heap: &mut super::heap::Heap<Object>,
    spare_frames: &mut SpareFrames,
    cached: Option<&Option<CachedLookup>>,
    class_generation: u64,
    class: ObjectRef,
    values: &mut Vec<Value>,
    (first_argument, callable_position): (usize, usize),
    prelude_start: u32,
) -> Option<Box<Frame>> {
    let Some(Some(CachedLookup::Construction {
        class: cached_class,
        initializer,
        generation,
    })) = cached
    else {
        return None;
    };
    if *cached_class != class || *generation != class_generation {
        return None;
    }
    if !matches!(heap.get(class), Some(Object::Class(_))) {
        return None;
    }
    let argument_count = values.len().checked_sub(first_argument)?;
    let instance_slot = first_argument.checked_sub(1)?;
    let callee = plain_function(heap, *initializer, argument_count + 1)?;
    let attributes = heap.spare_mut().attribute_table();
    let instance = heap
        .allocate(Object::Instance(InstanceObject {
            class,
            attributes,
            dict: None,
        }))
        .ok()?;
    let mut frame = reused_frame(spare_frames, heap, &callee, *initializer, prelude_start);
    values[instance_slot] = Value::Object(instance);
    place_locals(values, &mut frame, instance_slot, callable_position);
    frame.on_return = ReturnAction::Initialize { instance };
    Some(frame)
}

/// The function `object.name(...)` calls with `object` as its first
/// argument, when the place's cache (`cached`) answers for it: a builtin
/// container's or str's method, or a plain function of an instance's class
/// that the instance's own attributes do not shadow; or, when `object` is a
/// module, its function (called without `object`). `None` otherwise.
#[inline(never)]
fn quick_method(
    heap: &super::heap::Heap<Object>,
    cached: Option<&Option<CachedLookup>>,
    class_generation: u64,
    object: Value,
    name: Option<&AttributeName>,
) -> Option<Value> {
    let Some(Some(cached)) = cached else {
        return None;
    };
    let reference = match (object, *cached) {
        (Value::Object(reference), _) => reference,
        (Value::Module(module), CachedLookup::Module(cached_module, function))
            if module == cached_module =>
        {
            return Some(function);
        }
        _ => return None,
    };
    match (*cached, heap.get(reference)?) {
        (
            CachedLookup::TypeMethod(type_id, function),
            found @ (Object::List(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::FrozenSet(_)
            | Object::Str(_)
            | Object::Tuple(_)
            | Object::Deque(_)),
        ) if found.type_id() == type_id => Some(Value::Builtin(function)),
        (
            CachedLookup::ClassFunction {
                class,
                function,
                generation,
            },
            Object::Instance(InstanceObject {
                class: instance_class,
                attributes,
                dict: None,
            }),
        ) if class == *instance_class
            && generation == class_generation
            && attribute_in(attributes, name?).is_none() =>
        {
            Some(function)
        }
        _ => None,
    }
}

/// What a quick call needs of the function it calls.
pub(crate) struct PlainFunction {
    code: u32,
    local_count: usize,
    /// Whether it has a closure (cells of the functions around it).
    has_closure: bool,
}

/// A frame (a spare one when there is one) for a call of the plain
/// function `callee` (the function object `function`), before its locals
/// are placed ([`place_locals`], or its `saved` values filled).
#[inline(always)]
pub(crate) fn reused_frame(
    spare_frames: &mut SpareFrames,
    heap: &super::heap::Heap<Object>,
    callee: &PlainFunction,
    function: ObjectRef,
    prelude_start: u32,
) -> Box<Frame> {
    let mut frame = spare_frames.take().unwrap_or_else(empty_frame);
    frame.code = callee.code;
    frame.instruction = 0;
    frame.is_hidden = callee.code >= prelude_start;
    frame.function = Some(function);
    frame.local_count = callee.local_count;
    if callee.has_closure {
        if let Some(Object::Function(function)) = heap.get(function) {
            frame.cells.extend_from_slice(&function.closure);
        }
    }
    frame
}

/// A new empty frame, when no spare one is left (out of line: the calls
/// that run most find a spare one).
#[cold]
#[inline(never)]
fn empty_frame() -> Box<Frame> {
    Box::new(Frame::empty())
}

/// Makes the values from `base` to the top of `values` (a call's
/// arguments, pushed by the caller) the first locals of `frame`, its
/// other locals Unbound after them; its return cuts the stack back to
/// `return_to` (the callable's place).
#[inline(always)]
pub(crate) fn place_locals(
    values: &mut Vec<Value>,
    frame: &mut Frame,
    base: usize,
    return_to: usize,
) {
    frame.base = base;
    frame.return_to = return_to;
    // When the arguments are all its locals (fib's `n`), nothing to add.
    let end = base + frame.local_count;
    if end != values.len() {
        values.resize(end, Value::Unbound);
    }
}

/// Keeps a finished frame's memory for another call.
pub(crate) fn keep_spare_frame(spare_frames: &mut SpareFrames, mut frame: Box<Frame>) {
    frame.clear_for_reuse();
    spare_frames.keep(frame);
}

/// The function at `reference`, if calling it with `count` positional
/// arguments only binds them to its first locals (it has a
/// `FunctionObject::plain_call` taking as many arguments).
#[inline(always)]
pub(crate) fn plain_function(
    heap: &super::heap::Heap<Object>,
    reference: ObjectRef,
    count: usize,
) -> Option<PlainFunction> {
    let Some(Object::Function(function)) = heap.get(reference) else {
        return None;
    };
    let plain = function.plain_call?;
    (plain.positional as usize == count).then_some(PlainFunction {
        code: function.code,
        local_count: plain.local_count as usize,
        has_closure: !function.closure.is_empty(),
    })
}

/// The result of a builtin whose answer needs no allocation and cannot
/// fail for these arguments: `len` of a builtin container or str, `abs` of
/// an int or float, and the `math` functions of one float that give a
/// float (`None` for anything else, or an error such as `sqrt(-1)`).
fn quick_builtin(
    heap: &super::heap::Heap<Object>,
    builtin: BuiltinFunction,
    arguments: &[Value],
) -> Option<Value> {
    use BuiltinFunction as B;
    let [argument] = arguments else {
        return None;
    };
    if builtin == B::Len {
        let Value::Object(reference) = argument else {
            return None;
        };
        let length = match heap.get(*reference)? {
            Object::Str(text) => text.char_count,
            Object::List(items) => items.len(),
            Object::Tuple(items) => items.len(),
            Object::Deque(items) => items.len(),
            Object::Dict(dict) => dict.len(),
            Object::Set(set) | Object::FrozenSet(set) => set.len(),
            _ => return None,
        };
        return i64::try_from(length).ok().map(Value::Int);
    }
    if builtin == B::Abs {
        return match *argument {
            Value::Int(number) => number.checked_abs().map(Value::Int),
            Value::Float(number) => Some(Value::Float(number.abs())),
            _ => None,
        };
    }
    let x = match *argument {
        Value::Float(number) => number,
        Value::Int(number) => number as f64,
        _ => return None,
    };
    let result = match builtin {
        B::MathSqrt => numbers::math_sqrt(x).ok()?,
        B::MathExp => numbers::math_exp(x).ok()?,
        B::MathSin => numbers::math_sin(x).ok()?,
        B::MathCos => numbers::math_cos(x).ok()?,
        B::MathTan => numbers::math_tan(x).ok()?,
        B::MathAtan => numbers::math_atan(x).ok()?,
        B::MathFabs => numbers::math_fabs(x),
        B::MathDegrees => numbers::math_degrees(x),
        B::MathRadians => numbers::math_radians(x),
        _ => return None,
    };
    Some(Value::Float(result))
}

/// `left + right` of two strs `[.., left, right]`, as the general path
/// does it: the budget checked for the text first (refused, nothing changes
/// and the general path raises the MemoryError), the same work counted
/// (one per 64 bytes, and one). `None` for anything else, or text so long
/// that its work would pass the quick loop's margin.
fn quick_concatenate(
    heap: &mut super::heap::Heap<Object>,
    stack: &[Value],
) -> Option<(Value, u64)> {
    let [.., Value::Object(left), Value::Object(right)] = stack else {
        return None;
    };
    let (Some(Object::Str(left)), Some(Object::Str(right))) = (heap.get(*left), heap.get(*right))
    else {
        return None;
    };
    let length = left.text.len() + right.text.len();
    let operation_cost = length as u64 / 64 + 1;
    if operation_cost >= MOST_WORK_PER_INSTRUCTION {
        return None;
    }
    heap.reserve(length).ok()?;
    // Up to the str's own size (24 bytes natively, 12 in wasm) the text
    // stays inside it: no allocation, and the left text copied in as the
    // str is made (one append, not two: each costs about 95 instructions).
    let mut text = if length <= std::mem::size_of::<compact_str::CompactString>() {
        compact_str::CompactString::from(left.text.as_str())
    } else {
        let mut text = compact_str::CompactString::with_capacity(length);
        text.push_str(&left.text);
        text
    };
    text.push_str(&right.text);
    let char_count = left.char_count + right.char_count;
    let reference = StrObject::with_char_count(text, char_count)
        .allocate(heap)
        .ok()?;
    Some((Value::Object(reference), operation_cost))
}

/// `str(value)` of one int, float, bool, None or str, as the general path
/// does it: the result and the work counted beyond the instruction's own
/// (the type's call, and the repr's one and one per 16 bytes). `None` for anything else, or when
/// the heap refuses the text (the general path raises the MemoryError).
fn quick_str(heap: &mut super::heap::Heap<Object>, arguments: &[Value]) -> Option<(Value, u64)> {
    let [argument] = arguments else {
        return None;
    };
    if let Value::Object(reference) = argument {
        return match heap.get(*reference)? {
            Object::Str(_) => Some((*argument, 1)),
            _ => None,
        };
    }
    let text = super::operations::repr::scalar_repr(*argument)?;
    let operation_cost = 1 + 1 + text.len() as u64 / 16;
    heap.reserve(text.len()).ok()?;
    // A number's or None's text is ASCII.
    let reference = StrObject::ascii(text).allocate(heap).ok()?;
    Some((Value::Object(reference), operation_cost))
}

/// `list.append(item)` called with `[list, item]`, as the general path
/// does it: the budget grown first (refused, nothing changes and the
/// general path raises the MemoryError), then the item pushed.
fn quick_list_append(heap: &mut super::heap::Heap<Object>, arguments: &[Value]) -> Option<Value> {
    let [Value::Object(list), item] = arguments else {
        return None;
    };
    let Some(Object::List(items)) = heap.get(*list) else {
        return None;
    };
    let length = items.len() + 1;
    let size = std::mem::size_of::<Object>()
        + length
            .max(items.capacity())
            .saturating_mul(std::mem::size_of::<Value>());
    heap.resize(*list, size).ok()?;
    if let Some(Object::List(items)) = heap.get_mut(*list) {
        items.push(*item);
    }
    Some(Value::None)
}

/// `ListAppend(depth)`: `[.., list, .. , item] -> [.., list, ..]`, the list
/// `depth` places below the item; false (nothing changed) when that is not a
/// list or the memory budget refuses its growth.
#[inline(never)]
fn quick_comprehension_append(
    heap: &mut super::heap::Heap<Object>,
    stack: &mut Vec<Value>,
    depth: usize,
) -> bool {
    let length = stack.len();
    if depth == 0 || length <= depth {
        return false;
    }
    let (Value::Object(list), item) = (stack[length - 1 - depth], stack[length - 1]) else {
        return false;
    };
    if push_list_item(heap, list, item).is_err() {
        return false;
    }
    stack.pop();
    true
}

/// [`quick_arithmetic`] of `left` and a constant, out of the loop (the
/// `Binary` arm keeps its own copy inline).
#[inline(never)]
fn arithmetic_with_constant(
    operator: BinaryOperator,
    left: Value,
    constant: Value,
) -> Option<(Value, u64)> {
    quick_arithmetic(operator, &[left, constant])
}

/// What the `Compare` arm computes for the two values on top of `stack`,
/// out of the loop: the result and the work.
#[inline(never)]
fn comparison_before_jump(
    heap: &mut super::heap::Heap<Object>,
    operator: ComparisonOperator,
    stack: &[Value],
) -> Option<(Value, u64)> {
    quick_comparison(operator, stack).or_else(|| quick_in(heap, operator, stack))
}

/// A new iterator over a builtin container, str or range (as `iter()`
/// makes it); `None` for anything else, or when the heap is full (the
/// general path then raises the error).
#[inline(never)]
fn quick_get_iterator(heap: &mut super::heap::Heap<Object>, iterable: Value) -> Option<Value> {
    let Value::Object(reference) = iterable else {
        return None;
    };
    let iterator = builtin_iterator_of(heap, reference)?;
    heap.allocate(Object::Iterator(iterator))
        .ok()
        .map(Value::Object)
}

/// Whether a builtin container or str is true (not empty); `None` for
/// anything else (a program's instance asks its `__bool__` or `__len__`).
#[inline(never)]
fn container_truth(heap: &super::heap::Heap<Object>, value: Value) -> Option<bool> {
    let Value::Object(reference) = value else {
        return None;
    };
    match heap.get(reference)? {
        Object::Str(text) => Some(!text.text.is_empty()),
        Object::List(items) => Some(!items.is_empty()),
        Object::Tuple(items) => Some(!items.is_empty()),
        Object::Deque(items) => Some(!items.is_empty()),
        Object::Dict(dict) => Some(!dict.is_empty()),
        Object::Set(set) | Object::FrozenSet(set) => Some(!set.is_empty()),
        _ => None,
    }
}

/// The truth of a value that needs no heap: None, bools, ints, floats.
fn simple_truth(value: Value) -> Option<bool> {
    match value {
        Value::None => Some(false),
        Value::Bool(flag) => Some(flag),
        Value::Int(number) => Some(number != 0),
        Value::Float(number) => Some(number != 0.0),
        _ => None,
    }
}

/// `[.., left, right] -> [.., result]`.
#[inline(always)]
fn replace_operands(stack: &mut Vec<Value>, result: Value) {
    stack.pop();
    if let Some(top) = stack.last_mut() {
        *top = result;
    }
}

/// Words of a small int, as the general path counts them
/// (`bit_length / 64 + 1`): a bit length of at most 63 gives one, and only
/// `i64::MIN` (64 bits) gives two.
fn words(value: i64) -> u64 {
    1 + u64::from(value == i64::MIN)
}

/// `left operator right` for the two values on top of `stack`, when both
/// are ints (the result fitting in 64 bits) or floats; with the work the
/// general path counts for it.
#[inline(always)]
pub(crate) fn quick_arithmetic(operator: BinaryOperator, stack: &[Value]) -> Option<(Value, u64)> {
    let [.., left, right] = stack else {
        return None;
    };
    use BinaryOperator as B;
    match (*left, *right) {
        (Value::Int(a), Value::Int(b)) => {
            let sum_of_words = words(a) + words(b);
            let product_of_words = words(a) * words(b);
            let (result, cost) = match operator {
                B::Add => (a.checked_add(b)?, sum_of_words),
                B::Subtract => (a.checked_sub(b)?, sum_of_words),
                B::Multiply => (a.checked_mul(b)?, product_of_words),
                B::FloorDivide | B::Modulo => {
                    if b == 0 || (a == i64::MIN && b == -1) {
                        return None;
                    }
                    // Rounded toward minus infinity, the remainder with b's sign.
                    let (quotient, remainder) = a.div_mod_floor(&b);
                    match operator {
                        B::FloorDivide => (quotient, product_of_words),
                        _ => (remainder, product_of_words),
                    }
                }
                B::Divide => {
                    // Both exact as floats, so one division rounds correctly, as CPython's.
                    let is_exact = a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53;
                    if b == 0 || !is_exact {
                        return None;
                    }
                    return Some((Value::Float(a as f64 / b as f64), product_of_words));
                }
                B::BitAnd => (a & b, sum_of_words),
                B::BitOr => (a | b, sum_of_words),
                B::BitXor => (a ^ b, sum_of_words),
                _ => return None,
            };
            // The general path also counts the result's words beyond the first.
            Some((Value::Int(result), cost + words(result) - 1))
        }
        (Value::Float(a), Value::Float(b)) => quick_float(operator, a, b),
        (Value::Int(a), Value::Float(b)) if a.unsigned_abs() < 1 << 53 => {
            quick_float(operator, a as f64, b)
        }
        (Value::Float(a), Value::Int(b)) if b.unsigned_abs() < 1 << 53 => {
            quick_float(operator, a, b as f64)
        }
        _ => None,
    }
}

/// Float `+ - * /` (a division by zero is the general path's error).
fn quick_float(operator: BinaryOperator, a: f64, b: f64) -> Option<(Value, u64)> {
    use BinaryOperator as B;
    let result = match operator {
        B::Add => a + b,
        B::Subtract => a - b,
        B::Multiply => a * b,
        B::Divide if b != 0.0 => a / b,
        _ => return None,
    };
    Some((Value::Float(result), 1))
}

/// `left operator right` for two ints or two floats on top of `stack`;
/// with the work the general path counts for it.
fn quick_comparison(operator: ComparisonOperator, stack: &[Value]) -> Option<(Value, u64)> {
    let [.., left, right] = stack else {
        return None;
    };
    let result = match (*left, *right) {
        (Value::Int(a), Value::Int(b)) => compare_numbers(operator, a, b)?,
        (Value::Float(a), Value::Float(b)) => compare_numbers(operator, a, b)?,
        _ => return None,
    };
    Some((Value::Bool(result), 1))
}

/// `a operator b` for two numbers of one kind (a float's nan compares as
/// Python's does: unequal to everything, not ordered); `None` for `is`
/// and `in`.
fn compare_numbers<T: PartialOrd>(operator: ComparisonOperator, a: T, b: T) -> Option<bool> {
    use ComparisonOperator as C;
    Some(match operator {
        C::Less => a < b,
        C::LessEqual => a <= b,
        C::Greater => a > b,
        C::GreaterEqual => a >= b,
        C::Equal => a == b,
        C::NotEqual => a != b,
        _ => return None,
    })
}

/// The next item of a range's or a list's (or tuple's) iterator, stepping
/// it; `Some(None)` when it is exhausted; `None` for other iterators.
fn quick_iterator_next(
    heap: &mut super::heap::Heap<Object>,
    characters: &mut super::characters::CharacterStrs,
    iterator: ObjectRef,
) -> Option<Option<Value>> {
    match heap.get_mut(iterator)? {
        Object::Iterator(IteratorObject::Range {
            next,
            remaining,
            step,
        }) => {
            if *remaining == 0 {
                return Some(None);
            }
            let item = *next;
            *next = next.wrapping_add(*step);
            *remaining -= 1;
            Some(Some(Value::Int(item)))
        }
        Object::Iterator(IteratorObject::Sequence { sequence, index }) => {
            let (sequence, position) = (*sequence, *index);
            let item = match heap.get(sequence)? {
                Object::List(items) => items.get(position).copied(),
                Object::Tuple(items) => items.get(position).copied(),
                _ => return None,
            };
            if let Some(Object::Iterator(IteratorObject::Sequence { index, .. })) =
                heap.get_mut(iterator)
            {
                *index = if item.is_some() {
                    position + 1
                } else {
                    usize::MAX
                };
            }
            Some(item)
        }
        Object::Iterator(IteratorObject::Str { text, byte_offset }) => {
            let (text, offset) = (*text, *byte_offset);
            quick_str_iterator_next(heap, characters, iterator, text, offset)
        }
        _ => None,
    }
}

/// The next character of a str's iterator as a str, as the general path
/// gives it (shared for ASCII; the iterator moves on only once the str is
/// made; over the heap's budget nothing changes and the general path
/// raises the MemoryError).
#[inline(never)]
fn quick_str_iterator_next(
    heap: &mut super::heap::Heap<Object>,
    characters: &mut super::characters::CharacterStrs,
    iterator: ObjectRef,
    text: ObjectRef,
    offset: usize,
) -> Option<Option<Value>> {
    let character = match heap.get(text)? {
        Object::Str(string) => string
            .text
            .get(offset..)
            .and_then(|rest| rest.chars().next()),
        _ => return None,
    };
    let (item, next_offset) = match character {
        Some(character) => {
            let reference = characters.str_of(heap, character).ok()?;
            (
                Some(Value::Object(reference)),
                offset + character.len_utf8(),
            )
        }
        None => (None, usize::MAX),
    };
    if let Some(Object::Iterator(IteratorObject::Str { byte_offset, .. })) = heap.get_mut(iterator)
    {
        *byte_offset = next_offset;
    }
    Some(item)
}

/// Where `index` (negative from the end) falls in a sequence of `length`.
fn position_of(index: i64, length: usize) -> Option<usize> {
    let position = if index < 0 {
        index.checked_add(i64::try_from(length).ok()?)?
    } else {
        index
    };
    usize::try_from(position)
        .ok()
        .filter(|position| *position < length)
}

/// `[.., key, container] -> [.., result]` for `in` and `not in` on a dict or
/// set with a quick key ([`super::quick_keys`]), and for `is` and `is not`
/// on any values; the result and the work.
#[inline(never)]
fn quick_in(
    heap: &super::heap::Heap<Object>,
    operator: ComparisonOperator,
    stack: &[Value],
) -> Option<(Value, u64)> {
    let [.., key, container] = stack else {
        return None;
    };
    let (found, cost) = match operator {
        ComparisonOperator::In | ComparisonOperator::NotIn => {
            quick_membership(heap, *container, *key)?
        }
        // Identity reads no object and counts no work of its own.
        ComparisonOperator::Is => return Some((Value::Bool(is_identical(*key, *container)), 0)),
        ComparisonOperator::IsNot => {
            return Some((Value::Bool(!is_identical(*key, *container)), 0))
        }
        _ => return None,
    };
    Some((
        Value::Bool(found == (operator == ComparisonOperator::In)),
        cost,
    ))
}

/// `dict.get(key)` or `dict.get(key, default)` with a quick key: the
/// result and the work after the call's own.
#[inline(never)]
fn quick_get(heap: &super::heap::Heap<Object>, arguments: &[Value]) -> Option<(Value, u64)> {
    let (dict, key, default) = match arguments {
        [Value::Object(dict), key] => (*dict, *key, Value::None),
        [Value::Object(dict), key, default] => (*dict, *key, *default),
        _ => return None,
    };
    quick_dict_get(heap, dict, key, default)
}

/// The frame of the generator `generator`, taken out of it to run on for
/// the `for` loop whose exit is `exit` (as the general path resumes it: the
/// paused `yield` gives None, the generator is marked running). `None`
/// (nothing changed) when it is not a generator, is running or is finished.
#[inline(never)]
fn resume_generator_frame(
    heap: &mut super::heap::Heap<Object>,
    generator: ObjectRef,
    exit: u32,
) -> Option<Box<Frame>> {
    let Some(Object::Generator(state)) = heap.get_mut(generator) else {
        return None;
    };
    if state.running {
        return None;
    }
    let mut frame = state.frame.take()?;
    state.running = true;
    if frame.instruction > 0 {
        // What the paused `yield` gives (the frame's values are saved in it).
        frame.saved.push(Value::None);
    }
    frame.on_return = ReturnAction::ForIterator {
        exit: exit as usize,
    };
    frame.generator = Some(generator);
    Some(frame)
}

/// A `yield` in a generator given to `sum()`, `any()`, `all()`, `max()` or
/// `min()` ([`take_yielded_item`]) that the quick loop finishes: the item
/// is taken and the `yield` gives None. Out of line, so the quick loop's own
/// code stays as it was.
#[inline(never)]
fn take_item_in_frame(
    heap: &super::heap::Heap<Object>,
    frame: &mut Frame,
    values: &mut [Value],
) -> Option<u64> {
    let item = *values.last()?;
    let operation_cost = take_yielded_item(heap, &mut frame.on_return, item)?;
    if let Some(top) = values.last_mut() {
        // What the `yield` expression gives inside the generator.
        *top = Value::None;
    }
    Some(operation_cost)
}

/// What a generator given to `sum()`, `any()`, `all()`, `max()` or `min()`
/// (its frame's `on_return`) does with the item it yields, when that needs
/// no Python code and does not end the call: an int or float added to the
/// sum, an item without the truth looked for passed over, the first item
/// or an int or float compared with the best. Gives the work of the
/// addition; `None` leaves the item to the general path (the rest to the
/// prelude, or the item that ends `any()` or `all()`). The quick loop and
/// the general path both take items here, so they agree.
pub(crate) fn take_yielded_item(
    heap: &super::heap::Heap<Object>,
    on_return: &mut ReturnAction,
    item: Value,
) -> Option<u64> {
    match on_return {
        ReturnAction::Sum { total } => {
            let (sum, operation_cost) = quick_arithmetic(BinaryOperator::Add, &[*total, item])?;
            *total = sum;
            Some(operation_cost)
        }
        ReturnAction::AnyAll { looking_for } => {
            let truth = simple_truth(item).or_else(|| container_truth(heap, item))?;
            (truth != *looking_for).then_some(0)
        }
        ReturnAction::MinMax { is_max, best, .. } => {
            let replaced = match *best {
                None => true,
                Some(current) => {
                    let operator = match is_max {
                        true => ComparisonOperator::Greater,
                        false => ComparisonOperator::Less,
                    };
                    // Greater (less) only: the first of equal items stays, as in CPython.
                    match quick_comparison(operator, &[item, current])? {
                        (Value::Bool(replaced), _) => replaced,
                        _ => return None,
                    }
                }
            };
            if replaced {
                *best = Some(item);
            }
            Some(0)
        }
        _ => None,
    }
}

/// Puts a generator's frame, paused at a `yield`, back into its generator
/// (as the general path's `yield` does).
#[inline(never)]
fn pause_generator_frame(heap: &mut super::heap::Heap<Object>, mut frame: Box<Frame>) {
    let Some(generator) = frame.generator.take() else {
        return;
    };
    frame.on_return = ReturnAction::Discard;
    if let Some(Object::Generator(state)) = heap.get_mut(generator) {
        state.frame = Some(frame);
        state.running = false;
    }
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn a_small_int_has_the_words_of_its_bit_length() {
        for value in [
            0,
            1,
            -1,
            7,
            1 << 62,
            -(1 << 62),
            i64::MAX,
            i64::MIN + 1,
            i64::MIN,
        ] {
            let bit_length = u64::from(64 - value.unsigned_abs().leading_zeros());
            assert_eq!(words(value), bit_length / 64 + 1, "{value}");
        }
    }
}
