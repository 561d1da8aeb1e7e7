//! Readying the language, and the lesson's world, before the pupil's first Run.
//!
//! A page's first run of a program compiles and runs the interpreter's
//! prelude (compiled once per page, then copied into every program) and is
//! the first call of most of the lexer, parser, compiler and VM, which the
//! browser compiles from the wasm only when first called. Measured in the
//! browser, that made the first Run of `print(2 + 3)` take several times
//! longer than the next one. And the browser first compiles the wasm
//! quickly and slowly-running, compiling a function again for speed only
//! once it has run a while: measured with 4x CPU throttling, a page's first
//! animated run of a world (a turtle's spiral, a robot's walk) dropped two or
//! three frames in its first tenth of a second, and the same run again in
//! the same page dropped none.
//!
//! So the lesson page asks for this warm-up when it opens: a short program
//! that loops, calls, builds strs and uses the lesson's world (its
//! turtle, robot, wheeled robot or canvas) runs when the browser is idle, a
//! few thousand units of work at a time while the idle period lasts (never
//! in a frame's time), and its output is dropped. Once per world in a page.

use std::cell::RefCell;
use std::rc::Rc;

use engine::pack::LessonKind;
use engine::python::vm::{Limits, RunOutcome, Vm};
use engine::worlds::canvas::FrameInput;
use engine::worlds::robot::RobotTask;
use engine::worlds::rover::RoverTask;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::services::timer::when_idle;

/// What every warm-up runs: the quick loop's locals, arithmetic, calls,
/// lists, dicts and strs, long enough for the browser to compile them for
/// speed.
const LANGUAGE_PART: &str = "\
def warm(n):
    return n * 3 % 7 + 1
total = 0
names = []
counts = {}
for i in range(4000):
    total += warm(i)
    name = 'w' + str(i % 97)
    names.append(name)
    counts[name] = counts.get(name, 0) + 1
print(total, len(' '.join(names)), len(counts))
";

/// What a turtle lesson's warm-up adds.
const TURTLE_PART: &str = "\
from turtle import *
colors = ['red', 'orange', 'gold', 'green', 'blue', 'purple']
for i in range(600):
    pencolor(colors[i % 6])
    forward(i % 40)
    left(59)
";

/// What a grid-robot lesson's warm-up adds (in the lesson's first world).
const ROBOT_PART: &str = "\
from robot import *
for i in range(200):
    if front_is_clear():
        move()
    else:
        turn_left()
";

/// What a wheeled-robot lesson's warm-up adds (on the lesson's field).
const ROVER_PART: &str = "\
from rover import *
while timer() < 3:
    if on_line():
        motors(50, 20)
    else:
        motors(20, 50)
stop()
";

/// What an animation lesson's warm-up adds: frames of a moving ball.
const CANVAS_PART: &str = "\
from canvas import *
x = 10
def draw():
    global x
    background(30)
    no_stroke()
    fill(255, 160, 0)
    x = (x + 3) % width
    circle(x, 100, 10)
";

/// The frames an animation lesson's warm-up draws.
const CANVAS_FRAMES: u32 = 60;

/// Units of work per piece of warm-up (well under a millisecond unthrottled).
const PIECE_FUEL: u64 = 4_000;

/// The most work a warm-up does in all (far more than its program needs).
const MOST_FUEL: u64 = 3_000_000;

/// An idle period must have this much time left for another piece (milliseconds).
const LEAST_IDLE_MILLISECONDS: f64 = 3.0;

/// The world a lesson's warm-up also uses.
#[derive(Clone)]
pub enum WarmUpWorld {
    /// The language alone (a program lesson).
    Language,
    /// The turtle.
    Turtle,
    /// The grid robot, in the lesson's worlds.
    Robot(Rc<RobotTask>),
    /// The wheeled robot, on the lesson's field (the playground's without one).
    Rover(Option<Rc<RoverTask>>),
    /// The canvas.
    Canvas,
}

impl WarmUpWorld {
    /// The world of a lesson of `kind`, with its robot task and field.
    pub fn of_lesson(
        kind: LessonKind,
        robot_task: &Rc<RobotTask>,
        rover_task: &Option<Rc<RoverTask>>,
    ) -> WarmUpWorld {
        match kind {
            LessonKind::Turtle => WarmUpWorld::Turtle,
            LessonKind::Robot => WarmUpWorld::Robot(Rc::clone(robot_task)),
            LessonKind::Rover => WarmUpWorld::Rover(rover_task.clone()),
            LessonKind::Animation => WarmUpWorld::Canvas,
            _ => WarmUpWorld::Language,
        }
    }

    /// A name for the set of worlds already warmed in this page.
    fn name(&self) -> &'static str {
        match self {
            WarmUpWorld::Language => "language",
            WarmUpWorld::Turtle => "turtle",
            WarmUpWorld::Robot(_) => "robot",
            WarmUpWorld::Rover(_) => "rover",
            WarmUpWorld::Canvas => "canvas",
        }
    }

    /// The warm-up's program.
    fn program(&self) -> String {
        let world_part = match self {
            WarmUpWorld::Language => "",
            WarmUpWorld::Turtle => TURTLE_PART,
            WarmUpWorld::Robot(_) => ROBOT_PART,
            WarmUpWorld::Rover(_) => ROVER_PART,
            WarmUpWorld::Canvas => CANVAS_PART,
        };
        format!("{LANGUAGE_PART}{world_part}")
    }
}

thread_local! {
    /// The worlds whose warm-up has been asked for in this page.
    static WARMED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// A warm-up in progress.
struct WarmUp {
    vm: Vm,
    fuel_left: u64,
    frames_left: u32,
}

/// Runs the warm-up of `world` once per page, in idle periods.
pub fn warm_up_language_when_idle(world: WarmUpWorld) {
    let name = world.name();
    let is_new = WARMED.with(|warmed| {
        let mut warmed = warmed.borrow_mut();
        let is_new = !warmed.contains(&name);
        if is_new {
            warmed.push(name);
        }
        is_new
    });
    if !is_new {
        return;
    }
    // Even compiling the program (the prelude, and the parser's and the
    // compiler's first calls) waits for an idle period: the lesson page
    // paints its editor first.
    when_idle(move || {
        if let Some(warm_up) = start_warm_up(&world) {
            run_when_idle(Rc::new(RefCell::new(Some(warm_up))));
        }
    });
}

/// The warm-up of `world`, started (`None` if its program did not compile).
fn start_warm_up(world: &WarmUpWorld) -> Option<WarmUp> {
    let mut vm = Vm::start(&world.program(), Limits::default(), 0).ok()?;
    match world {
        WarmUpWorld::Robot(task) => vm.set_robot_world(task, 0),
        WarmUpWorld::Rover(Some(task)) => vm.set_rover_task(task),
        _ => {}
    }
    Some(WarmUp {
        vm,
        fuel_left: MOST_FUEL,
        frames_left: CANVAS_FRAMES,
    })
}

/// Runs pieces of the warm-up in the browser's next idle period, and asks
/// for another period until it ends.
fn run_when_idle(warm_up: Rc<RefCell<Option<WarmUp>>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let for_idle = Rc::clone(&warm_up);
    let idle = Closure::once_into_js(move |deadline: web_sys::IdleDeadline| {
        let going = run_pieces(&for_idle, || {
            deadline.time_remaining() > LEAST_IDLE_MILLISECONDS
        });
        if going {
            run_when_idle(for_idle);
        }
    });
    if window.request_idle_callback(idle.unchecked_ref()).is_ok() {
        return;
    }
    // Without idle periods (older Safari): one piece, later, and no more.
    when_idle(move || {
        let mut first = true;
        run_pieces(&warm_up, || std::mem::replace(&mut first, false));
        warm_up.borrow_mut().take();
    });
}

/// Runs pieces while `has_time` says so; returns whether the warm-up goes
/// on (it is dropped when it ends).
fn run_pieces(warm_up: &RefCell<Option<WarmUp>>, mut has_time: impl FnMut() -> bool) -> bool {
    let mut slot = warm_up.borrow_mut();
    let Some(state) = slot.as_mut() else {
        return false;
    };
    while has_time() {
        if run_piece(state).is_some() {
            slot.take();
            return false;
        }
    }
    true
}

/// Runs one piece: `None` if the warm-up goes on, or how it ended (a
/// canvas program that has drawn its frames ends waiting for the next;
/// one that has spent [`MOST_FUEL`] ends paused).
fn run_piece(state: &mut WarmUp) -> Option<RunOutcome> {
    let outcome = state.vm.run(PIECE_FUEL);
    drop(state.vm.take_output());
    state.fuel_left = state.fuel_left.saturating_sub(PIECE_FUEL);
    let going = match outcome {
        RunOutcome::Paused => true,
        RunOutcome::WaitingForFrame if state.frames_left > 0 => {
            state.frames_left -= 1;
            state.vm.provide_frame(FrameInput::default());
            true
        }
        _ => false,
    };
    if going && state.fuel_left > 0 {
        None
    } else {
        Some(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::worlds::robot::{playground_world, WorldVariant};

    /// Runs `world`'s warm-up to its end, as the idle periods would.
    fn warm_up_to_the_end(world: &WarmUpWorld) -> RunOutcome {
        let mut state = start_warm_up(world).unwrap();
        loop {
            if let Some(outcome) = run_piece(&mut state) {
                return outcome;
            }
        }
    }

    #[test]
    fn every_world_warm_up_runs_its_whole_program_without_an_error() {
        let robot_task = Rc::new(RobotTask {
            variants: vec![WorldVariant {
                world: playground_world(),
                goal: None,
            }],
            offers_turn_right: true,
        });
        for world in [
            WarmUpWorld::Language,
            WarmUpWorld::Turtle,
            WarmUpWorld::Robot(robot_task),
            WarmUpWorld::Rover(None),
        ] {
            // An error (a renamed command, say) would end the warm-up early.
            assert_eq!(
                warm_up_to_the_end(&world),
                RunOutcome::Finished,
                "{}",
                world.name()
            );
        }
        // A canvas program goes on for as long as it is given frames.
        let mut canvas = start_warm_up(&WarmUpWorld::Canvas).unwrap();
        let outcome = loop {
            if let Some(outcome) = run_piece(&mut canvas) {
                break outcome;
            }
        };
        assert_eq!(outcome, RunOutcome::WaitingForFrame);
        assert_eq!(canvas.frames_left, 0, "it drew all its frames");
    }
}
