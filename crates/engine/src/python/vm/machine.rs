//! The VM's state: the heap, the program, the frames and the program's world
//! (output, input, randomness, clock, limits).

use std::rc::Rc;

use super::super::builtins::random::PythonRandom;
use super::super::compiler::bytecode::Program;
use super::error::{PythonError, PythonResult};
use super::frame::Frame;
use super::heap::{Heap, ObjectRef};
use super::object::{Object, StrObject};
use super::tuple_items::TupleItems;
use super::value::Value;

/// The limits of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Units of work the whole run may take (instructions, plus what builtins charge).
    pub work: u64,
    /// Bytes the heap may hold.
    pub heap_bytes: usize,
    /// Characters the program may print.
    pub output_chars: usize,
    /// Python frames that may be open at once (CPython's default is 1000).
    pub recursion_depth: usize,
    /// Special methods an operation may call inside one another (`__repr__`
    /// of a tree calling `repr` of its children): the one place the VM
    /// recurses on Rust's stack, about 12 KB a level in a release build
    /// (30 KB in a debug build). Deeper is a RecursionError.
    pub nested_calls: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            work: 200_000_000,
            heap_bytes: super::heap::DEFAULT_BYTE_LIMIT,
            output_chars: 1_000_000,
            recursion_depth: 1000,
            nested_calls: 50,
        }
    }
}

/// A module's global variables, by slot.
#[derive(Clone, Debug, Default)]
pub struct Namespace {
    /// The name of each slot.
    pub names: Vec<String>,
    /// The value of each slot (`Value::Unbound` when not assigned).
    pub values: Vec<Value>,
    /// The builtin of each slot's name, if there is one (`Value::Unbound` otherwise).
    pub builtins: Vec<Value>,
}

/// What the VM keeps for one code object while the program runs.
#[derive(Debug, Default)]
pub(crate) struct LoadedCode {
    /// Its constants as values.
    pub(crate) constants: Vec<Value>,
    /// The global slot of each of its names.
    pub(crate) name_slots: Vec<u32>,
    /// Its names as attribute names: one shared text for each name of the
    /// program (every code object's `x` is the same [`AttributeName`]), so
    /// storing a new attribute copies no text and finding one compares
    /// addresses first.
    ///
    /// [`AttributeName`]: super::object::AttributeName
    pub(crate) attribute_names: Vec<super::object::AttributeName>,
    /// What each of its `LoadAttribute`/`LoadMethod`/`StoreAttribute`/call
    /// instructions found last, by instruction (an inline cache: `math.sin`
    /// or `words.append` is looked up by name once per place in the
    /// program, not on every call).
    pub(crate) lookup_caches: Vec<Option<super::methods::CachedLookup>>,
    /// How a call of a function of this code binds its arguments, when it
    /// only binds positional arguments to its first locals (worked out
    /// once, so a call checks one field instead of the code's layout).
    pub(crate) plain_call: Option<PlainCall>,
}

/// A code object whose calls only bind positional arguments: a `def` or
/// `lambda` that is not a generator, takes exactly `positional` positional
/// parameters and no others, and has no cells of its own.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PlainCall {
    /// How many positional parameters it takes.
    pub(crate) positional: u32,
    /// How many locals its frame has.
    pub(crate) local_count: u32,
    /// How many free names (cells of the functions around it) it uses.
    pub(crate) free_count: u32,
}

/// The virtual machine.
pub struct Vm {
    /// Every object.
    pub(crate) heap: Heap<Object>,
    /// The program and the prelude, compiled.
    pub(crate) program: Rc<Program>,
    /// The open frames, innermost last. Boxed: a call or a return moves a
    /// pointer, not the whole frame, and a generator keeps its frame's box.
    #[allow(clippy::vec_box)]
    pub(crate) frames: Vec<Box<Frame>>,
    /// The value stack: every running frame's fast locals and operand stack,
    /// innermost last (as CPython keeps them). A call's arguments, pushed by
    /// its caller, become the callee's first locals where they are.
    pub(crate) values: Vec<Value>,
    /// What the VM keeps for each code object of the program, by index
    /// (one table, so the quick loop finds all of a frame's in one step).
    pub(crate) loaded_codes: Vec<LoadedCode>,
    /// Moves on whenever a class is made or changed (a cached lookup of a
    /// class's function is good only in the generation it was made in).
    pub(crate) class_generation: u64,
    /// Finished frames kept for reuse by calls of plain functions (the
    /// quick loop's and the general path's).
    pub(crate) spare_frames: super::frame::SpareFrames,
    /// The shared one-character ASCII strs.
    pub(crate) characters: super::characters::CharacterStrs,
    /// Whether the instruction loop tries the quick loop first (always, but
    /// for the test that runs the corpus through the general path alone and
    /// compares output and work).
    pub(crate) quick_loop: bool,
    /// The program's globals (0) and the prelude's (1).
    pub(crate) namespaces: [Namespace; 2],
    /// The first code object of the prelude (the program's come before it).
    pub(crate) prelude_start: u32,
    /// Whether the program waits for a line of input (the `input()` call's
    /// result is pushed when it comes).
    pub(crate) waiting_for_input: bool,
    /// How the run ended, once it has.
    pub(crate) ended: Option<super::run::RunOutcome>,
    /// Instructions run since the last check for garbage.
    pub(crate) steps_since_collection: u32,
    /// What the program has printed and the app has not taken yet.
    pub(crate) output: String,
    /// Characters printed so far (for the output limit).
    pub(crate) output_chars: usize,
    /// Lines given to `input()` and not yet read.
    pub(crate) input_lines: std::collections::VecDeque<String>,
    /// Whether the input has ended (`input()` then raises EOFError).
    pub(crate) input_closed: bool,
    /// Whether `input()`'s prompt is left out of the output (when a check
    /// compares the output, prompts are not part of it).
    pub(crate) prompts_hidden: bool,
    /// The `random` module's generator.
    pub(crate) random: PythonRandom,
    /// The simulated clock of `time.sleep` and `time.time`, in seconds.
    pub(crate) clock_seconds: f64,
    /// Work done so far.
    pub(crate) work_done: u64,
    /// The limits.
    pub(crate) limits: Limits,
    /// How many frames a raised exception may not unwind (the frames below
    /// a nested call of a special method; 0 otherwise).
    pub(crate) unwind_floor: usize,
    /// An exception that left a nested call (see `classes/nested.rs`).
    pub(crate) escaped: Option<ObjectRef>,
    /// How many nested calls of special methods are open.
    pub(crate) nested_depth: usize,
    /// Instructions run by the outermost open nested call so far.
    pub(crate) nested_steps: u64,
    /// The turtles and their drawing, once the program uses `turtle`.
    pub(crate) turtle_world: Option<crate::worlds::turtle::TurtleWorld>,
    /// The module's own turtle (`turtle.forward`), once made.
    pub(crate) default_turtle: Option<usize>,
    /// The grid robot's run, once the program uses `robot`.
    pub(crate) robot: Option<crate::worlds::robot::RobotRecord>,
    /// The world the robot starts in (the playground's when not given).
    pub(crate) robot_start: Option<crate::worlds::robot::RobotWorld>,
    /// Whether `turn_right()` is offered.
    pub(crate) robot_offers_turn_right: bool,
    /// The canvas, once the program imports `canvas`.
    pub(crate) canvas: Option<crate::worlds::canvas::CanvasWorld>,
    /// Whether the frame loop has been started.
    pub(crate) canvas_loop_started: bool,
    /// Whether the frame loop goes on without a `draw()` (for checks).
    pub(crate) canvas_keep_open: bool,
    /// The work each frame may do.
    pub(crate) canvas_frame_work: u64,
    /// The canvas variables as last given to the program's globals.
    pub(crate) canvas_published: Vec<(String, super::canvas_frames::PublishedValue)>,
    /// Whether the frame loop waits for the host's next frame.
    pub(crate) waiting_for_frame: bool,
    /// What the last probe gave.
    pub(crate) probe_result: Option<super::canvas_frames::ProbeResult>,
    /// The wheeled robot's simulation, once the program imports `rover`.
    pub(crate) rover: Option<crate::worlds::rover::Simulation>,
    /// The task whose field `import rover` finds (the playground's when not given).
    pub(crate) rover_task: Option<crate::worlds::rover::RoverTask>,
    /// The wheeled robot's clock.
    pub(crate) rover_clock: super::builtins::RoverClock,
}

impl Vm {
    /// Charges `units` of work for an operation about to be done; fails,
    /// before the work, when the run's budget would be exceeded.
    pub(crate) fn charge(&mut self, units: u64) -> PythonResult<()> {
        let total = self.work_done.saturating_add(units);
        if total > self.limits.work {
            return Err(PythonError::work_limit());
        }
        self.work_done = total;
        Ok(())
    }

    /// Puts `object` on the heap (MemoryError if over budget).
    pub(crate) fn allocate(&mut self, object: Object) -> PythonResult<Value> {
        if matches!(object, Object::Class(_)) {
            // A new class may take a collected class's slot.
            self.class_generation += 1;
        }
        Ok(Value::Object(self.heap.allocate(object)?))
    }

    /// A new `str` value.
    pub(crate) fn new_str(
        &mut self,
        text: impl Into<compact_str::CompactString>,
    ) -> PythonResult<Value> {
        Ok(Value::Object(
            StrObject::new(text).allocate(&mut self.heap)?,
        ))
    }

    /// The str of one character (shared for ASCII characters, see
    /// [`super::characters`]).
    pub(crate) fn character_str(&mut self, character: char) -> PythonResult<Value> {
        Ok(Value::Object(
            self.characters.str_of(&mut self.heap, character)?,
        ))
    }

    /// A new `list` value.
    pub(crate) fn new_list(&mut self, items: Vec<Value>) -> PythonResult<Value> {
        self.allocate(Object::List(items))
    }

    /// A new `tuple` value.
    pub(crate) fn new_tuple(&mut self, items: Vec<Value>) -> PythonResult<Value> {
        self.allocate(Object::Tuple(items.into()))
    }

    /// A new `tuple` of two items (kept inline: no allocation of its own).
    pub(crate) fn new_pair(&mut self, first: Value, second: Value) -> PythonResult<Value> {
        self.allocate(Object::Tuple(TupleItems::Pair([first, second])))
    }

    /// The object `reference` points at (a collected object is a bug; it reads as an empty tuple).
    pub(crate) fn object(&self, reference: ObjectRef) -> &Object {
        const GONE: &Object = &Object::Tuple(TupleItems::EMPTY);
        self.heap.get(reference).unwrap_or(GONE)
    }

    /// The object `reference` points at, to change it.
    pub(crate) fn object_mut(&mut self, reference: ObjectRef) -> Option<&mut Object> {
        let object = self.heap.get_mut(reference);
        if matches!(object, Some(Object::Class(_))) {
            // Whatever changes, cached lookups of class functions are stale.
            self.class_generation += 1;
        }
        object
    }

    /// The text of a `str` value, if it is one.
    pub(crate) fn str_text(&self, value: Value) -> Option<&str> {
        match value {
            Value::Object(reference) => match self.heap.get(reference) {
                Some(Object::Str(text)) => Some(&text.text),
                _ => None,
            },
            _ => None,
        }
    }

    /// Writes program output, within the output limit.
    pub(crate) fn write_output(&mut self, text: &str) -> PythonResult<()> {
        let length = text.chars().count();
        if self.output_chars.saturating_add(length) > self.limits.output_chars {
            return Err(PythonError::output_limit());
        }
        self.output_chars += length;
        self.output.push_str(text);
        Ok(())
    }
}

impl Vm {
    /// A VM with `program` loaded but nothing prepared to run (the operations'
    /// tests use it); [`Vm::start`] is how a program is run.
    pub fn new(program: Program, limits: Limits, seed: u64) -> Vm {
        Vm {
            heap: Heap::new(limits.heap_bytes),
            program: Rc::new(program),
            frames: Vec::new(),
            values: Vec::new(),
            spare_frames: super::frame::SpareFrames::default(),
            characters: super::characters::CharacterStrs::default(),
            quick_loop: true,
            loaded_codes: Vec::new(),
            class_generation: 0,
            namespaces: [Namespace::default(), Namespace::default()],
            prelude_start: 0,
            waiting_for_input: false,
            ended: None,
            steps_since_collection: 0,
            output: String::new(),
            output_chars: 0,
            input_lines: std::collections::VecDeque::new(),
            input_closed: false,
            prompts_hidden: false,
            random: PythonRandom::from_int_seed(&num_bigint::BigInt::from(seed)),
            clock_seconds: 0.0,
            work_done: 0,
            limits,
            unwind_floor: 0,
            escaped: None,
            nested_depth: 0,
            nested_steps: 0,
            turtle_world: None,
            default_turtle: None,
            robot: None,
            robot_start: None,
            robot_offers_turn_right: true,
            canvas: None,
            canvas_loop_started: false,
            canvas_keep_open: false,
            canvas_frame_work: 0,
            canvas_published: Vec::new(),
            waiting_for_frame: false,
            probe_result: None,
            rover: None,
            rover_task: None,
            rover_clock: Default::default(),
        }
    }
}
