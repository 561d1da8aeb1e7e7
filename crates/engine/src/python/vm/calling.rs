//! Calls and returns: binding arguments to parameters, opening frames,
//! generators, and what builtins ask the VM to do next.

use super::super::compiler::bytecode::{CodeKind, Program};
use super::call::{Arguments, CallOutcome, PreludeFunction};
use super::error::{Explanation, PythonError, PythonResult};
use super::frame::{enter_values, save_values, Frame, ReturnAction};
use super::heap::ObjectRef;
use super::interpreter::Step;
use super::machine::Vm;
use super::object::{FunctionObject, GeneratorObject, Object};
use super::quick::take_yielded_item;
use super::types::TypeId;
use super::value::Value;

impl Vm {
    /// Calls `function`; its result is pushed on the current frame's stack
    /// (now, or when the frame it opens returns).
    pub(crate) fn call_value(
        &mut self,
        function: Value,
        arguments: Arguments,
    ) -> PythonResult<Step> {
        self.call_with_action(function, arguments, ReturnAction::Push)
    }

    pub(crate) fn call_with_action(
        &mut self,
        function: Value,
        mut arguments: Arguments,
        on_return: ReturnAction,
    ) -> PythonResult<Step> {
        if let (Value::Object(reference), true) = (function, arguments.keywords.is_empty()) {
            let count = arguments.positional.len();
            if let Some(callee) = super::quick::plain_function(&self.heap, reference, count) {
                // Positional arguments straight into a (reused) frame's locals.
                let mut frame = super::quick::reused_frame(
                    &mut self.spare_frames,
                    &self.heap,
                    &callee,
                    reference,
                    self.prelude_start,
                );
                frame.saved.extend_from_slice(&arguments.positional);
                frame.on_return = on_return;
                self.push_frame(frame)?;
                return Ok(Step::Continue);
            }
        }
        match function {
            Value::Builtin(builtin) => {
                let outcome = self.call_builtin(builtin, arguments)?;
                self.follow_outcome(outcome, on_return)
            }
            Value::Type(type_id) => {
                let outcome = self.call_type(type_id, arguments)?;
                self.follow_outcome(outcome, on_return)
            }
            Value::Object(reference) => match self.object(reference).clone_callable() {
                Some(Callable::Function(function)) => {
                    self.call_function(reference, &function, arguments, on_return)
                }
                Some(Callable::Bound { receiver, function }) => {
                    arguments.positional.insert(0, receiver);
                    self.call_with_action(function, arguments, on_return)
                }
                Some(Callable::Class) => self.instantiate(reference, arguments, on_return),
                None => match self.special_method(function, "__call__") {
                    Some(method) => {
                        arguments.positional.insert(0, function);
                        self.call_with_action(method, arguments, on_return)
                    }
                    None => Err(not_callable(self.type_name(function))),
                },
            },
            _ => Err(not_callable(self.type_name(function))),
        }
    }

    /// Does what a builtin's outcome asks.
    fn follow_outcome(
        &mut self,
        outcome: CallOutcome,
        on_return: ReturnAction,
    ) -> PythonResult<Step> {
        match outcome {
            CallOutcome::Return(value) => {
                self.deliver(value, on_return);
                Ok(Step::Continue)
            }
            CallOutcome::TailCall {
                function,
                arguments,
            } => self.call_with_action(function, arguments, on_return),
            CallOutcome::TailCallPrelude {
                function,
                arguments,
            } => {
                let function = self.prelude_function(function)?;
                self.call_with_action(function, arguments, on_return)
            }
            CallOutcome::Materialize {
                function,
                arguments,
                argument_index,
            } => {
                let iterable = arguments
                    .positional
                    .get(argument_index)
                    .copied()
                    .unwrap_or(Value::None);
                let drain = self.prelude_function(PreludeFunction::Drain)?;
                // The retried builtin's result goes where the original call's would.
                if !matches!(on_return, ReturnAction::Push) {
                    return Err(PythonError::not_supported("this call"));
                }
                self.call_with_action(
                    drain,
                    Arguments::positional(vec![iterable]),
                    ReturnAction::RetryBuiltin {
                        function: Value::Builtin(function),
                        arguments,
                        argument_index,
                    },
                )
            }
            CallOutcome::ResumeGenerator {
                generator,
                default,
                sent,
                thrown,
            } => {
                if !matches!(on_return, ReturnAction::Push) {
                    return Err(PythonError::not_supported("this call"));
                }
                self.resume_generator_with(generator, ReturnAction::Next { default }, sent, thrown)
            }
            CallOutcome::SumGenerator { generator, start } => {
                if !matches!(on_return, ReturnAction::Push) {
                    let function = self.prelude_function(PreludeFunction::Sum)?;
                    let arguments = Arguments::positional(vec![Value::Object(generator), start]);
                    return self.call_with_action(function, arguments, on_return);
                }
                self.resume_generator(generator, ReturnAction::Sum { total: start })
            }
            CallOutcome::AnyAllGenerator {
                generator,
                looking_for,
            } => {
                if !matches!(on_return, ReturnAction::Push) {
                    let which = match looking_for {
                        true => PreludeFunction::Any,
                        false => PreludeFunction::All,
                    };
                    let function = self.prelude_function(which)?;
                    let arguments = Arguments::positional(vec![Value::Object(generator)]);
                    return self.call_with_action(function, arguments, on_return);
                }
                self.resume_generator(generator, ReturnAction::AnyAll { looking_for })
            }
            CallOutcome::MinMaxGenerator {
                generator,
                is_max,
                default,
            } => {
                if !matches!(on_return, ReturnAction::Push) {
                    let function = self.prelude_function(PreludeFunction::MinMax)?;
                    let arguments = Arguments::positional(vec![
                        Value::Bool(is_max),
                        Value::Object(generator),
                        Value::None,
                        default.unwrap_or(Value::None),
                        Value::Bool(default.is_some()),
                    ]);
                    return self.call_with_action(function, arguments, on_return);
                }
                let action = ReturnAction::MinMax {
                    is_max,
                    best: None,
                    default,
                };
                self.resume_generator(generator, action)
            }
            CallOutcome::WaitForInput => Ok(Step::WaitForInput),
            CallOutcome::WaitForFrame => Ok(Step::WaitForFrame),
        }
    }

    /// `a, b = generator`: the prelude turns the generator into a list first,
    /// then the list is unpacked (see [`ReturnAction::Unpack`]).
    pub(crate) fn unpack_through_prelude(
        &mut self,
        iterable: Value,
        count: usize,
        after: Option<usize>,
    ) -> PythonResult<Step> {
        let drain = self.prelude_function(PreludeFunction::Drain)?;
        self.call_with_action(
            drain,
            Arguments::positional(vec![iterable]),
            ReturnAction::Unpack { count, after },
        )
    }

    /// Calls a prelude function; its result is pushed like a call's.
    pub(crate) fn call_prelude(
        &mut self,
        function: PreludeFunction,
        arguments: Vec<Value>,
    ) -> PythonResult<Step> {
        let function = self.prelude_function(function)?;
        self.call_value(function, Arguments::positional(arguments))
    }

    /// Gives a call's result (or a yielded value) to whoever waits for it:
    /// the current frame's stack, unless it is thrown away.
    fn deliver(&mut self, value: Value, on_return: ReturnAction) {
        match on_return {
            ReturnAction::Discard => {}
            // A builtin `__init__` (a dataclass's) returns None.
            ReturnAction::Initialize { instance } => self.push(Value::Object(instance)),
            _ => self.push(value),
        }
    }

    /// A `for` loop is over: its iterator leaves the stack and the loop jumps
    /// to `exit`.
    fn end_loop(&mut self, exit: usize) {
        self.pop();
        if let Some(frame) = self.frames.last_mut() {
            frame.instruction = exit;
        }
    }

    /// The prelude's function for `function`.
    pub(crate) fn prelude_function(&self, function: PreludeFunction) -> PythonResult<Value> {
        let name = function.python_name();
        self.prelude_global(name)
            .ok_or_else(|| PythonError::not_supported(name.to_owned()))
    }

    /// Opens a frame for one of the program's functions (or makes a generator).
    fn call_function(
        &mut self,
        reference: ObjectRef,
        function: &FunctionObject,
        arguments: Arguments,
        on_return: ReturnAction,
    ) -> PythonResult<Step> {
        let program = std::rc::Rc::clone(&self.program);
        let frame = self.bind_arguments(&program, reference, function, arguments, on_return)?;
        let is_generator = program
            .codes
            .get(function.code as usize)
            .is_some_and(|code| code.is_generator);
        if is_generator {
            let generator = self.allocate(Object::Generator(GeneratorObject {
                frame: Some(Box::new(frame)),
                running: false,
                name: function.name.clone(),
            }))?;
            self.push(generator);
            return Ok(Step::Continue);
        }
        self.push_frame(Box::new(frame))?;
        Ok(Step::Continue)
    }

    /// Runs a class body (a function of no arguments) with `class` as its
    /// namespace; the class is pushed when it returns.
    pub(crate) fn run_class_body(&mut self, body: Value, class: ObjectRef) -> PythonResult<Step> {
        let program = std::rc::Rc::clone(&self.program);
        let Value::Object(reference) = body else {
            return Err(PythonError::not_supported("this class body"));
        };
        let Object::Function(function) = self.object(reference).clone() else {
            return Err(PythonError::not_supported("this class body"));
        };
        let mut frame = self.bind_arguments(
            &program,
            reference,
            &function,
            Arguments::default(),
            ReturnAction::FinishClass { class },
        )?;
        frame.class_namespace = Some(class);
        self.push_frame(Box::new(frame))?;
        Ok(Step::Continue)
    }

    /// Calls `__init__` (a function of the program) for a new instance; the
    /// instance is pushed when it returns.
    pub(crate) fn call_initializer(
        &mut self,
        initializer: Value,
        instance: ObjectRef,
        mut arguments: Arguments,
    ) -> PythonResult<Step> {
        arguments.positional.insert(0, Value::Object(instance));
        self.call_with_action(
            initializer,
            arguments,
            ReturnAction::Initialize { instance },
        )
    }

    fn push_frame(&mut self, frame: Box<Frame>) -> PythonResult<()> {
        if self.frames.len() >= self.limits.recursion_depth {
            return Err(PythonError::new(
                TypeId::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.enter_frame(frame);
        Ok(())
    }

    /// Makes `frame` the innermost, its saved values moved onto the value stack.
    pub(crate) fn enter_frame(&mut self, mut frame: Box<Frame>) {
        enter_values(&mut self.values, &mut frame);
        self.frames.push(frame);
    }

    /// Takes the innermost frame off the frames and its values off the value
    /// stack: for good (`pause` false: a return, or an exception leaving
    /// it), or to go on later (a generator's, paused at a `yield`: its
    /// values move back into it).
    pub(crate) fn leave_frame(&mut self, pause: bool) -> Option<Box<Frame>> {
        let mut frame = self.frames.pop()?;
        match pause {
            true => save_values(&mut self.values, &mut frame),
            false => self.values.truncate(frame.return_to),
        }
        Some(frame)
    }

    /// A frame for `function` with its parameters bound, as CPython binds them.
    fn bind_arguments(
        &mut self,
        program: &Program,
        reference: ObjectRef,
        function: &FunctionObject,
        arguments: Arguments,
        on_return: ReturnAction,
    ) -> PythonResult<Frame> {
        let Some(code) = program.codes.get(function.code as usize) else {
            return Err(PythonError::not_supported("this function"));
        };
        let layout = code.parameters;
        let name = &code.qualified_name;
        let positional_count = layout.positional as usize;
        let keyword_only_count = layout.keyword_only as usize;
        let mut locals = vec![Value::Unbound; code.local_names.len()];
        let Arguments {
            positional,
            keywords,
        } = arguments;

        // Positional arguments.
        if positional.len() > positional_count && !layout.var_positional {
            return Err(too_many_positional(
                name,
                positional_count,
                function.defaults.len(),
                positional.len(),
                keywords.len(),
            ));
        }
        let mut extra_positional = Vec::new();
        for (index, value) in positional.into_iter().enumerate() {
            if index < positional_count {
                locals[index] = value;
            } else {
                extra_positional.push(value);
            }
        }
        let mut next_local = positional_count + keyword_only_count;
        if layout.var_positional {
            let tuple = self.new_tuple(extra_positional)?;
            if let Some(slot) = locals.get_mut(next_local) {
                *slot = tuple;
            }
            next_local += 1;
        }

        // Keyword arguments.
        let mut extra_keywords = Vec::new();
        let mut positional_only_passed = Vec::new();
        for (keyword, value) in keywords {
            let position = code.local_names[..positional_count + keyword_only_count]
                .iter()
                .position(|parameter| *parameter == keyword);
            match position {
                Some(index) if index < layout.positional_only as usize => {
                    if layout.var_keyword {
                        extra_keywords.push((keyword, value));
                    } else {
                        positional_only_passed.push(keyword);
                    }
                }
                Some(index) => {
                    if locals[index] != Value::Unbound {
                        return Err(PythonError::type_error(format!(
                            "{name}() got multiple values for argument '{keyword}'"
                        )));
                    }
                    locals[index] = value;
                }
                None if layout.var_keyword => extra_keywords.push((keyword, value)),
                None => {
                    return Err(PythonError::type_error(format!(
                        "{name}() got an unexpected keyword argument '{keyword}'"
                    ))
                    .explained(
                        Explanation::new("python-runtime-unexpected-keyword")
                            .with("function", name.clone())
                            .with("keyword", keyword),
                    ))
                }
            }
        }
        if !positional_only_passed.is_empty() {
            return Err(PythonError::type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                positional_only_passed.join(", ")
            )));
        }
        if layout.var_keyword {
            let dict = self.allocate(Object::Dict(Box::new(super::dict::DictObject::new())))?;
            if let Value::Object(dict_reference) = dict {
                for (keyword, value) in extra_keywords {
                    let key = self.new_str(keyword)?;
                    self.dict_set(dict_reference, key, value)?;
                }
            }
            if let Some(slot) = locals.get_mut(next_local) {
                *slot = dict;
            }
        }

        // Defaults, then what is still missing.
        let first_default = positional_count.saturating_sub(function.defaults.len());
        let mut missing = Vec::new();
        for (index, local) in locals.iter_mut().enumerate().take(positional_count) {
            if *local == Value::Unbound {
                match index
                    .checked_sub(first_default)
                    .and_then(|default_index| function.defaults.get(default_index))
                {
                    Some(default) => *local = *default,
                    None => missing.push(code.local_names[index].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(name, &missing, "positional"));
        }
        let keyword_only = locals
            .iter_mut()
            .zip(&code.local_names)
            .skip(positional_count)
            .take(keyword_only_count);
        for (local, parameter) in keyword_only {
            if *local == Value::Unbound {
                match function
                    .keyword_defaults
                    .iter()
                    .find(|(default_name, _)| default_name == parameter)
                {
                    Some((_, default)) => *local = *default,
                    None => missing.push(parameter.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(name, &missing, "keyword-only"));
        }

        let mut cells = Vec::with_capacity(code.cell_names.len() + code.free_names.len());
        for _ in &code.cell_names {
            cells.push(self.allocate(Object::Cell(Value::Unbound))?);
        }
        cells.extend(function.closure.iter().copied());
        Ok(Frame {
            code: function.code,
            instruction: 0,
            base: 0,
            local_count: locals.len(),
            return_to: 0,
            saved: locals,
            cells,
            blocks: Vec::new(),
            handled: Vec::new(),
            on_return,
            generator: None,
            is_hidden: function.code >= self.prelude_start,
            function: Some(reference),
            class_namespace: None,
        })
    }

    /// Makes a function object from a code object and what is on the stack.
    pub(crate) fn make_function(
        &mut self,
        program: &Program,
        code: u32,
        defaults: Option<Value>,
        keyword_defaults: Option<Value>,
        closure: Option<Value>,
    ) -> PythonResult<Value> {
        let tuple_items = |vm: &Vm, value: Option<Value>| match value {
            Some(Value::Object(reference)) => vm
                .object(reference)
                .sequence_items()
                .map(<[Value]>::to_vec)
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let defaults = tuple_items(self, defaults);
        let closure = tuple_items(self, closure);
        let mut keyword_default_pairs = Vec::new();
        if let Some(Value::Object(reference)) = keyword_defaults {
            let entries: Vec<(Value, Value)> = match self.object(reference) {
                Object::Dict(dict) => dict.iter().map(|entry| (entry.key, entry.value)).collect(),
                _ => Vec::new(),
            };
            for (key, value) in entries {
                let name = self.str_text(key).unwrap_or_default().to_owned();
                keyword_default_pairs.push((name, value));
            }
        }
        let name = program
            .codes
            .get(code as usize)
            .map(|code_object| match code_object.kind {
                CodeKind::Lambda => String::from("<lambda>"),
                _ => code_object.name.clone(),
            })
            .unwrap_or_default();
        let plain_call = self
            .loaded_codes
            .get(code as usize)
            .and_then(|loaded| loaded.plain_call)
            .filter(|plain| plain.free_count as usize == closure.len());
        self.allocate(Object::Function(Box::new(FunctionObject {
            code,
            defaults,
            keyword_defaults: keyword_default_pairs,
            closure,
            name,
            owner: None,
            plain_call,
        })))
    }

    /// Leaves the innermost frame with `value`.
    pub(crate) fn return_from_frame(&mut self, value: Value) -> PythonResult<Step> {
        let Some(mut frame) = self.leave_frame(false) else {
            return Ok(Step::Finished);
        };
        if let Some(generator) = frame.generator {
            self.finish_generator(generator);
        }
        let on_return = std::mem::replace(&mut frame.on_return, ReturnAction::Push);
        super::quick::keep_spare_frame(&mut self.spare_frames, frame);
        match on_return {
            ReturnAction::Push => self.push(value),
            ReturnAction::Discard => {}
            // The generator is exhausted: the loop pops it and ends.
            ReturnAction::ForIterator { exit } => self.end_loop(exit),
            ReturnAction::ForIteratorValue { exit } => {
                self.end_loop(exit);
                self.push(value);
            }
            ReturnAction::Sum { .. }
            | ReturnAction::AnyAll { .. }
            | ReturnAction::MinMax { .. } => {
                self.push(exhausted_result(on_return)?);
            }
            ReturnAction::Next { default } => match default {
                Some(default) => self.push(default),
                None => {
                    // `return value` in a generator is `StopIteration(value)`.
                    let mut error = PythonError::new(TypeId::StopIteration, "");
                    if value != Value::None {
                        error.key = Some(value);
                    }
                    return Err(error);
                }
            },
            ReturnAction::RetryBuiltin {
                function,
                mut arguments,
                argument_index,
            } => {
                if let Some(slot) = arguments.positional.get_mut(argument_index) {
                    *slot = value;
                }
                return self.call_value(function, arguments);
            }
            ReturnAction::Unpack { count, after } => {
                let items = self.unpack_items(value, count, after)?;
                for item in items.into_iter().rev() {
                    self.push(item);
                }
            }
            ReturnAction::FinishClass { class } => {
                self.finish_class(class)?;
                self.push(Value::Object(class));
            }
            ReturnAction::Initialize { instance } => {
                self.check_init_result(value)?;
                self.push(Value::Object(instance));
            }
        }
        if self.frames.is_empty() {
            if self.should_start_canvas_loop() {
                return self.start_canvas_loop();
            }
            return Ok(Step::Finished);
        }
        Ok(Step::Continue)
    }

    /// Suspends the innermost frame (a generator's) and hands `value` out;
    /// a generator given to `sum()`, `any()`, `all()`, `max()` or `min()`
    /// takes it itself and goes on, or hands the rest to the prelude.
    pub(crate) fn yield_from_frame(&mut self, value: Value) -> PythonResult<Step> {
        if let Some(frame) = self.frames.last_mut() {
            if let Some(work) = take_yielded_item(&self.heap, &mut frame.on_return, value) {
                // What the `yield` expression gives inside the generator.
                self.values.push(Value::None);
                self.charge(work)?;
                return Ok(Step::Continue);
            }
            match frame.on_return {
                ReturnAction::Sum { total } => {
                    return self.finish_in_prelude(PreludeFunction::SumRest, vec![total, value]);
                }
                ReturnAction::AnyAll { looking_for } => {
                    return self.test_yielded(value, looking_for);
                }
                ReturnAction::MinMax { is_max, best, .. } => {
                    let best = best.unwrap_or(Value::None);
                    let rest = vec![Value::Bool(is_max), best, value];
                    return self.finish_in_prelude(PreludeFunction::MinMaxRest, rest);
                }
                _ => {}
            }
        }
        let Some(mut frame) = self.leave_frame(true) else {
            return Ok(Step::Finished);
        };
        let Some(generator) = frame.generator.take() else {
            return Err(PythonError::not_supported("yield here"));
        };
        let on_return = std::mem::replace(&mut frame.on_return, ReturnAction::Discard);
        if let Some(Object::Generator(state)) = self.object_mut(generator) {
            state.frame = Some(frame);
            state.running = false;
        }
        self.deliver(value, on_return);
        Ok(Step::Continue)
    }

    /// A generator given to `sum()`, `any()`, `all()`, `max()` or `min()`
    /// yielded an item the VM does not take itself (see
    /// [`take_yielded_item`]): the generator is paused at its `yield`, as
    /// any other `yield` pauses it, and the prelude's `function` goes on
    /// with the generator and `rest` (the sum or best so far, the item)
    /// through the language's own `+`, truth test, `>` and `<`: special
    /// methods, big ints, and their errors, raised at the call as CPython
    /// raises them.
    fn finish_in_prelude(
        &mut self,
        function: PreludeFunction,
        rest: Vec<Value>,
    ) -> PythonResult<Step> {
        let generator = self.pause_innermost_generator()?;
        let function = self.prelude_function(function)?;
        let mut arguments = vec![Value::Object(generator)];
        arguments.extend(rest);
        self.call_with_action(
            function,
            Arguments::positional(arguments),
            ReturnAction::Push,
        )
    }

    /// `any()` or `all()` of a generator: an item the VM's quick truth test
    /// did not pass over. One of the program's classes hands the rest to
    /// the prelude (its `__bool__` or `__len__`); one with the truth looked
    /// for ends the call (the generator stays paused at its `yield`, as in
    /// CPython); another lets the generator go on.
    fn test_yielded(&mut self, item: Value, looking_for: bool) -> PythonResult<Step> {
        if self.has_program_class(item) {
            let which = match looking_for {
                true => PreludeFunction::AnyRest,
                false => PreludeFunction::AllRest,
            };
            return self.finish_in_prelude(which, vec![item]);
        }
        if self.is_truthy(item) == looking_for {
            self.pause_innermost_generator()?;
            self.push(Value::Bool(looking_for));
            return Ok(Step::Continue);
        }
        // What the `yield` expression gives inside the generator.
        self.push(Value::None);
        Ok(Step::Continue)
    }

    /// Pauses the innermost frame, a generator's at a `yield`, as a `yield`
    /// that hands its value out pauses it; returns the generator.
    fn pause_innermost_generator(&mut self) -> PythonResult<ObjectRef> {
        let Some(mut frame) = self.leave_frame(true) else {
            return Err(PythonError::not_supported("yield here"));
        };
        let Some(generator) = frame.generator.take() else {
            return Err(PythonError::not_supported("yield here"));
        };
        frame.on_return = ReturnAction::Discard;
        if let Some(Object::Generator(state)) = self.object_mut(generator) {
            state.frame = Some(frame);
            state.running = false;
        }
        Ok(generator)
    }

    /// Marks a generator as finished.
    fn finish_generator(&mut self, generator: ObjectRef) {
        if let Some(Object::Generator(state)) = self.object_mut(generator) {
            state.frame = None;
            state.running = false;
        }
    }

    /// Resumes a generator; what it yields or returns goes by `on_return`.
    pub(crate) fn resume_generator(
        &mut self,
        generator: ObjectRef,
        on_return: ReturnAction,
    ) -> PythonResult<Step> {
        self.resume_generator_with(generator, on_return, Value::None, None)
    }

    /// Resumes a generator with `sent` as its paused `yield`'s value, or
    /// with `thrown` raised there.
    fn resume_generator_with(
        &mut self,
        generator: ObjectRef,
        on_return: ReturnAction,
        sent: Value,
        thrown: Option<ObjectRef>,
    ) -> PythonResult<Step> {
        if let Some(Object::Generator(state)) = self.heap.get(generator) {
            let just_started = state
                .frame
                .as_ref()
                .is_some_and(|frame| frame.instruction == 0);
            if just_started && !sent.is_none() {
                return Err(PythonError::type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
            if thrown.is_some() && (just_started || state.frame.is_none()) {
                // Nothing runs: the exception comes straight out.
                self.finish_generator(generator);
                return Err(PythonError::reraised_with_line(thrown.unwrap_or(generator)));
            }
        }
        let taken = match self.object_mut(generator) {
            Some(Object::Generator(state)) => {
                if state.running {
                    return Err(PythonError::value_error("generator already executing"));
                }
                let frame = state.frame.take();
                state.running = frame.is_some();
                frame
            }
            _ => None,
        };
        match taken {
            Some(mut frame) => {
                if frame.instruction > 0 {
                    // What the `yield` expression gives inside the generator.
                    frame.saved.push(sent);
                }
                frame.on_return = on_return;
                frame.generator = Some(generator);
                if let Err(error) = self.push_frame(frame) {
                    self.finish_generator(generator);
                    return Err(error);
                }
                match thrown {
                    // Raised at the paused `yield`, inside the generator's frame.
                    Some(exception) => Err(PythonError::reraised_with_line(exception)),
                    None => Ok(Step::Continue),
                }
            }
            // Exhausted.
            None => match on_return {
                ReturnAction::ForIterator { exit } => {
                    self.end_loop(exit);
                    Ok(Step::Continue)
                }
                ReturnAction::ForIteratorValue { exit } => {
                    self.end_loop(exit);
                    self.push(Value::None);
                    Ok(Step::Continue)
                }
                ReturnAction::Next {
                    default: Some(default),
                } => {
                    self.push(default);
                    Ok(Step::Continue)
                }
                ReturnAction::Sum { .. }
                | ReturnAction::AnyAll { .. }
                | ReturnAction::MinMax { .. } => {
                    self.push(exhausted_result(on_return)?);
                    Ok(Step::Continue)
                }
                _ => Err(PythonError::new(TypeId::StopIteration, "")),
            },
        }
    }

    /// `ForIteratorValue`: as `ForIterator`, leaving the iterator's return
    /// value in its place at the end.
    pub(crate) fn for_iterator_value(&mut self, exit: u32) -> PythonResult<Step> {
        self.loop_step(exit as usize, true)
    }

    /// `ForIterator`: the next item of the iterator on top, or the loop's exit.
    pub(crate) fn for_iterator(&mut self, exit: u32) -> PythonResult<Step> {
        self.loop_step(exit as usize, false)
    }

    /// The next item of the iterator on top of the stack, or the jump to
    /// `exit`; `keeps_result` leaves what the iterator returned (a
    /// generator's return value, else None) in its place.
    fn loop_step(&mut self, exit: usize, keeps_result: bool) -> PythonResult<Step> {
        let iterator = self.top();
        if let Value::Object(reference) = iterator {
            if matches!(self.object(reference), Object::Generator(_)) {
                let action = match keeps_result {
                    true => ReturnAction::ForIteratorValue { exit },
                    false => ReturnAction::ForIterator { exit },
                };
                return self.resume_generator(reference, action);
            }
        }
        match self.iterator_next(iterator)? {
            Some(item) => self.push(item),
            None => {
                self.end_loop(exit);
                if keeps_result {
                    self.push(Value::None);
                }
            }
        }
        Ok(Step::Continue)
    }
}

/// What can be called, copied out of the heap.
enum Callable {
    Function(FunctionObject),
    Bound { receiver: Value, function: Value },
    Class,
}

impl Object {
    fn clone_callable(&self) -> Option<Callable> {
        match self {
            Object::Function(function) => Some(Callable::Function((**function).clone())),
            Object::BoundMethod { receiver, function } => Some(Callable::Bound {
                receiver: *receiver,
                function: *function,
            }),
            Object::Class(_) => Some(Callable::Class),
            _ => None,
        }
    }
}

/// `TypeError: 'int' object is not callable`.
fn not_callable(type_name: &str) -> PythonError {
    PythonError::type_error(format!("'{type_name}' object is not callable")).explained(
        Explanation::new("python-runtime-not-callable").with("type", type_name.to_owned()),
    )
}

/// CPython's message for too many positional arguments.
fn too_many_positional(
    name: &str,
    parameter_count: usize,
    default_count: usize,
    given: usize,
    keyword_count: usize,
) -> PythonError {
    let plural = |count: usize| if count == 1 { "" } else { "s" };
    let takes = if default_count > 0 {
        format!(
            "from {} to {parameter_count} positional arguments",
            parameter_count - default_count.min(parameter_count)
        )
    } else {
        format!(
            "{parameter_count} positional argument{}",
            plural(parameter_count)
        )
    };
    let keyword_note = if keyword_count > 0 {
        format!(
            " (and {keyword_count} keyword-only argument{})",
            plural(keyword_count)
        )
    } else {
        String::new()
    };
    let was = if given == 1 { "was" } else { "were" };
    PythonError::type_error(format!(
        "{name}() takes {takes} but {given}{keyword_note} {was} given"
    ))
    .explained(
        Explanation::new("python-runtime-too-many-arguments")
            .with("function", name.to_owned())
            .with("expected", parameter_count.to_string())
            .with("given", given.to_string()),
    )
}

/// CPython's message for missing arguments: `'a', 'b' and 'c'`.
fn missing_arguments(name: &str, missing: &[String], kind: &str) -> PythonError {
    let quoted: Vec<String> = missing.iter().map(|name| format!("'{name}'")).collect();
    let listed = match quoted.as_slice() {
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        [] => String::new(),
    };
    let plural = if missing.len() == 1 { "" } else { "s" };
    PythonError::type_error(format!(
        "{name}() missing {} required {kind} argument{plural}: {listed}",
        missing.len()
    ))
    .explained(
        Explanation::new("python-runtime-missing-arguments")
            .with("function", name.to_owned())
            .with("names", missing.join(", ")),
    )
}

/// What `sum()`, `any()`, `all()`, `max()` or `min()` of a generator gives
/// once the generator is exhausted (`on_return` its frame's): the sum, the
/// opposite of the truth looked for, or the best item, else `default`,
/// else ValueError (raised at the call).
fn exhausted_result(on_return: ReturnAction) -> PythonResult<Value> {
    match on_return {
        ReturnAction::Sum { total } => Ok(total),
        // Nothing had the truth looked for.
        ReturnAction::AnyAll { looking_for } => Ok(Value::Bool(!looking_for)),
        ReturnAction::MinMax {
            is_max,
            best,
            default,
        } => best.or(default).ok_or_else(|| {
            let name = if is_max { "max" } else { "min" };
            PythonError::value_error(format!("{name}() arg is an empty sequence"))
        }),
        _ => Ok(Value::None),
    }
}
