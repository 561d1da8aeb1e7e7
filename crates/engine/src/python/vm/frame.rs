//! Frames: one running (or suspended) Python function, on the VM's own stack.

use super::heap::ObjectRef;
use super::value::Value;

/// One call of a code object.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The code object's index in the program.
    pub code: u32,
    /// The next instruction.
    pub instruction: usize,
    /// While it runs: where its fast locals start in the VM's value stack
    /// ([`super::machine::Vm::values`]); its operand stack follows them.
    pub base: usize,
    /// How many fast locals it has (`Value::Unbound` until assigned).
    pub local_count: usize,
    /// While it runs: the value stack's length once it has returned (below
    /// `base` when a quick call left the callable there, which the return
    /// removes).
    pub return_to: usize,
    /// While it does not run (a paused generator's frame, or one built and
    /// not yet entered): its fast locals, then its operand stack. Entering
    /// moves them onto the VM's value stack, pausing moves them back.
    pub saved: Vec<Value>,
    /// The cells: its own, then those of its free names.
    pub cells: Vec<Value>,
    /// The open `try` blocks, innermost last.
    pub blocks: Vec<TryBlock>,
    /// The exceptions its handlers are handling, innermost last.
    pub handled: Vec<ObjectRef>,
    /// What to do with the value it returns or yields.
    pub on_return: ReturnAction,
    /// The generator it belongs to, when it runs one.
    pub generator: Option<ObjectRef>,
    /// Whether it runs the sandbox's own helper code (hidden from tracebacks).
    pub is_hidden: bool,
    /// The function it runs (for `super()`), when it runs one.
    pub function: Option<ObjectRef>,
    /// For a class body: the class its names are stored in.
    pub class_namespace: Option<ObjectRef>,
}

/// Makes `frame` run on top of the value stack `values`: its saved locals
/// and operand stack move there (locals not given are Unbound).
pub(crate) fn enter_values(values: &mut Vec<Value>, frame: &mut Frame) {
    frame.base = values.len();
    frame.return_to = frame.base;
    values.append(&mut frame.saved);
    let stack_base = frame.stack_base();
    if values.len() < stack_base {
        values.resize(stack_base, Value::Unbound);
    }
}

/// Takes a frame that stops running but will go on (a generator's, paused)
/// off the value stack `values`: its locals and operand stack move into
/// it, and the stack is as it was before the frame was entered.
pub(crate) fn save_values(values: &mut Vec<Value>, frame: &mut Frame) {
    let start = frame.base.min(values.len());
    frame.saved.extend(values.drain(start..));
    values.truncate(frame.return_to);
}

/// An open `try` block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TryBlock {
    /// Where its handler starts.
    pub handler: usize,
    /// The operand stack's depth when it was set up (counted from the
    /// frame's stack base, so it holds when a generator's frame moves).
    pub stack_depth: usize,
    /// How many exceptions were being handled when it was set up.
    pub handled_depth: usize,
}

/// What the caller does with what a frame returns (or a generator yields).
#[derive(Clone, Debug)]
pub enum ReturnAction {
    /// Push it on the caller's stack (a plain call).
    Push,
    /// The frame runs a generator for a `for` loop: a yielded value is pushed
    /// for the loop; when the generator returns, the caller pops the generator
    /// and jumps to `exit`.
    ForIterator {
        /// The loop's exit.
        exit: usize,
    },
    /// As `ForIterator`, for `x = yield from generator`: when the generator
    /// returns, its return value replaces it on the caller's stack.
    ForIteratorValue {
        /// The loop's exit.
        exit: usize,
    },
    /// The frame runs a generator for `next()`: a yielded value is pushed;
    /// when it returns, `default` is pushed, or StopIteration is raised.
    Next {
        /// The default of `next(generator, default)`.
        default: Option<Value>,
    },
    /// The frame runs a generator for `sum()`: each yielded int or float is
    /// added to `total` here and the generator goes on, without a frame of
    /// the caller's in between; when it returns, `total` is pushed. An item
    /// these additions do not cover hands the rest of the sum to the
    /// prelude's `__sum_rest` (see `Vm::yield_from_frame`).
    Sum {
        /// The sum so far (`start`, then each item added).
        total: Value,
    },
    /// The frame runs a generator for `any()` (`looking_for` true) or `all()`
    /// (false): an item whose truth is `looking_for` pauses the generator at
    /// its `yield` and gives the caller `looking_for`; the others are passed
    /// over in the generator's frame. When it returns, the caller gets the
    /// opposite. An item of one of the program's classes (its truth may
    /// call `__bool__`) hands the rest to the prelude's `__any_rest` or
    /// `__all_rest`.
    AnyAll {
        /// True for `any()`, false for `all()`.
        looking_for: bool,
    },
    /// The frame runs a generator for `max()` (`is_max`) or `min()` without
    /// a `key=`: the first item is the best so far, and each later int or
    /// float replaces it when greater (less), as the generator goes on.
    /// When it returns, the caller gets the best, or `default`, or
    /// ValueError. An item these comparisons do not cover hands the rest to
    /// the prelude's `__min_max_rest`.
    MinMax {
        /// True for `max()`, false for `min()`.
        is_max: bool,
        /// The best item so far; none before the first.
        best: Option<Value>,
        /// `default=`, for a generator that yields nothing.
        default: Option<Value>,
    },
    /// The frame turns an argument of a builtin into a list; then the builtin
    /// is called again with the list in that argument's place.
    RetryBuiltin {
        /// The builtin.
        function: Value,
        /// Its arguments.
        arguments: super::call::Arguments,
        /// Which positional argument the list replaces.
        argument_index: usize,
    },
    /// The frame turned a generator being unpacked (`a, b = generator`)
    /// into a list: unpack the list into the caller's stack.
    Unpack {
        /// Targets (before the starred one, if any).
        count: usize,
        /// With a starred target: the targets after it.
        after: Option<usize>,
    },
    /// The frame ran a class body: push the class, finished.
    FinishClass {
        /// The class.
        class: ObjectRef,
    },
    /// The frame ran `__init__` of a new instance: check it returned None,
    /// then push the instance.
    Initialize {
        /// The new instance.
        instance: ObjectRef,
    },
    /// The result is thrown away (the module's own frame, or a program's end).
    Discard,
}

impl Frame {
    /// A frame with nothing in it (of code 0), to be filled in.
    pub fn empty() -> Frame {
        Frame {
            code: 0,
            instruction: 0,
            base: 0,
            local_count: 0,
            return_to: 0,
            saved: Vec::new(),
            cells: Vec::new(),
            blocks: Vec::new(),
            handled: Vec::new(),
            on_return: ReturnAction::Push,
            generator: None,
            is_hidden: false,
            function: None,
            class_namespace: None,
        }
    }

    /// Empties a finished frame, keeping its vectors' memory for another call.
    pub fn clear_for_reuse(&mut self) {
        self.clear_vectors();
        self.on_return = ReturnAction::Push;
        self.generator = None;
        self.function = None;
        self.class_namespace = None;
    }

    /// Empties the frame's vectors (its saved values, cells, try blocks
    /// and handled exceptions), keeping their memory.
    #[inline(always)]
    pub fn clear_vectors(&mut self) {
        self.saved.clear();
        self.cells.clear();
        self.blocks.clear();
        self.handled.clear();
    }

    /// Where its operand stack starts in the VM's value stack, while it runs.
    pub fn stack_base(&self) -> usize {
        self.base + self.local_count
    }

    /// Its fast locals, while it runs (`values` is the VM's value stack).
    pub fn locals<'a>(&self, values: &'a [Value]) -> &'a [Value] {
        values.get(self.base..self.stack_base()).unwrap_or_default()
    }

    /// Pushes every object the frame refers to, but for the values it keeps
    /// on the VM's value stack while it runs (the VM traces those).
    pub fn trace(&self, references: &mut Vec<ObjectRef>) {
        let values = self.saved.iter().chain(self.cells.iter());
        references.extend(values.filter_map(|value| value.object()));
        references.extend(self.handled.iter().copied());
        references.extend(self.generator);
        references.extend(self.function);
        references.extend(self.class_namespace);
        match &self.on_return {
            ReturnAction::Next {
                default: Some(value),
            } => references.extend(value.object()),
            ReturnAction::RetryBuiltin {
                function,
                arguments,
                ..
            } => {
                references.extend(function.object());
                arguments.trace(references);
            }
            ReturnAction::Sum { total } => references.extend(total.object()),
            ReturnAction::MinMax { best, default, .. } => {
                references.extend(best.and_then(|best| best.object()));
                references.extend(default.and_then(|default| default.object()));
            }
            ReturnAction::FinishClass { class } => references.push(*class),
            ReturnAction::Initialize { instance } => references.push(*instance),
            _ => {}
        }
    }

    /// The bytes it takes, as the budget counts them.
    pub fn size_in_bytes(&self) -> usize {
        (self.saved.capacity() + self.cells.len()) * std::mem::size_of::<Value>() + 128
    }
}

/// How many finished frames are kept for reuse (their vectors' memory).
const SPARE_FRAMES: usize = 64;

/// Finished frames kept for reuse by calls of plain functions (their boxes
/// and their vectors' memory). One apart, the next a call takes: a return
/// and then a call, the commonest pair, hand a frame over through it
/// without touching the list.
#[derive(Debug, Default)]
pub(crate) struct SpareFrames {
    /// The frame the next call takes (a kept frame goes here when it is
    /// empty), or none.
    next: Option<Box<Frame>>,
    /// The others, at most `SPARE_FRAMES - 1`.
    #[allow(clippy::vec_box)]
    others: Vec<Box<Frame>>,
}

impl SpareFrames {
    /// A kept frame, to fill for a call (or none).
    #[inline(always)]
    pub(crate) fn take(&mut self) -> Option<Box<Frame>> {
        self.next.take().or_else(|| self.others.pop())
    }

    /// Keeps an emptied frame for another call (or drops it when
    /// `SPARE_FRAMES` are kept already).
    #[inline(always)]
    pub(crate) fn keep(&mut self, frame: Box<Frame>) {
        if self.next.is_none() {
            self.next = Some(frame);
        } else if self.others.len() < SPARE_FRAMES - 1 {
            self.others.push(frame);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A frame kept when none waits apart is the next taken, and no more
    /// than `SPARE_FRAMES` are kept.
    #[test]
    fn spare_frames_keep_at_most_their_limit_and_hand_over_the_last_kept() {
        let mut spare_frames = SpareFrames::default();
        for code in 0..SPARE_FRAMES as u32 + 10 {
            let mut frame = Box::new(Frame::empty());
            frame.code = code;
            spare_frames.keep(frame);
        }
        let mut taken = Vec::new();
        while let Some(frame) = spare_frames.take() {
            taken.push(frame.code);
        }
        assert_eq!(taken.len(), SPARE_FRAMES);
        assert_eq!(taken.first(), Some(&0));
        let mut marked = Box::new(Frame::empty());
        marked.code = 999;
        spare_frames.keep(marked);
        assert_eq!(spare_frames.take().map(|frame| frame.code), Some(999));
        assert!(spare_frames.take().is_none());
    }
}
