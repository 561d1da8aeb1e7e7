//! A turtle lesson's target: the reference solution run once when the
//! lesson opens, in small slices (one per animation frame, as a run), so
//! the stage can show its drawing faintly under the pupil's.

use std::cell::RefCell;
use std::rc::Rc;

use engine::pack::checks::{DrawingRun, DrawnRun};
use engine::pack::Lesson;
use yew::Callback;

use crate::services::animation_frame::AnimationFrame;

/// Work per frame: a few milliseconds even on an old computer.
const SLICE_FUEL: u64 = 100_000;

struct ReferenceState {
    run: Option<DrawingRun>,
    drawn: Option<Rc<DrawnRun>>,
    frame: Option<AnimationFrame>,
    on_done: Callback<()>,
}

/// The reference drawing of one turtle lesson; cloning shares it.
#[derive(Clone)]
pub struct ReferenceDrawing {
    state: Rc<RefCell<ReferenceState>>,
}

impl PartialEq for ReferenceDrawing {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
    }
}

impl ReferenceDrawing {
    /// Starts running `lesson`'s reference solution; `on_done` is told when
    /// its drawing is ready.
    pub fn start(lesson: &Lesson, on_done: Callback<()>) -> ReferenceDrawing {
        let (run, drawn) = match DrawingRun::start(&lesson.solution, lesson.work_budget) {
            Ok(run) => (Some(run), None),
            Err(drawn) => (None, Some(Rc::from(drawn))),
        };
        let reference = ReferenceDrawing {
            state: Rc::new(RefCell::new(ReferenceState {
                run,
                drawn,
                frame: None,
                on_done,
            })),
        };
        reference.schedule();
        reference
    }

    /// The drawing, once the solution has run (none if it failed).
    pub fn drawn(&self) -> Option<Rc<DrawnRun>> {
        self.state
            .borrow()
            .drawn
            .clone()
            .filter(|drawn| drawn.failure.is_none())
    }

    /// Stops the run (the lesson page is closing).
    pub fn release(&self) {
        let mut state = self.state.borrow_mut();
        state.frame = None;
        state.run = None;
    }

    fn schedule(&self) {
        if self.state.borrow().run.is_none() {
            return;
        }
        let reference = self.clone();
        let frame = AnimationFrame::request(move || reference.slice());
        self.state.borrow_mut().frame = frame;
    }

    fn slice(&self) {
        let finished = {
            let mut state = self.state.borrow_mut();
            state.frame = None;
            let mut fuel = SLICE_FUEL;
            let Some(run) = state.run.as_mut() else {
                return;
            };
            run.advance(&mut fuel)
        };
        match finished {
            None => self.schedule(),
            Some(drawn) => {
                let on_done = {
                    let mut state = self.state.borrow_mut();
                    state.run = None;
                    state.drawn = Some(Rc::new(drawn));
                    state.on_done.clone()
                };
                on_done.emit(());
            }
        }
    }
}
