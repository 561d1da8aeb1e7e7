//! Running a lesson's checks in the page: one slice of work per animation
//! frame (as a run does), so a pupil's endless loop never freezes the page.
//! When every check passes, the lesson is marked solved in storage.

use std::cell::RefCell;
use std::rc::Rc;

use engine::pack::checks::{CheckReport, CheckingStep, LessonChecking};
use engine::pack::Lesson;
use engine::progress::lesson_store::VersionReason;
use engine::progress::profiles::Profile;
use engine::progress::LessonAddress;
use yew::Callback;

use crate::services::animation_frame::{now_milliseconds, AnimationFrame};
use crate::services::progress::{change_lesson, keep_earlier_version, now};

/// How long a slice may take, so the page still draws smoothly.
const TARGET_SLICE_MILLISECONDS: f64 = 8.0;
/// The first slice's fuel, and the bounds the sizing keeps to.
const FIRST_SLICE_FUEL: u64 = 20_000;
const SMALLEST_SLICE_FUEL: u64 = 1_000;
const LARGEST_SLICE_FUEL: u64 = 4_000_000;

/// Where a checking stands.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckerStatus {
    /// No check has run on this page.
    Idle,
    /// Checking: `done` of `total` checks finished.
    Checking {
        /// Checks finished.
        done: usize,
        /// All checks.
        total: usize,
    },
    /// The report of the last checking.
    Finished(Rc<CheckReport>),
}

struct CheckerState {
    status: CheckerStatus,
    checking: Option<LessonChecking>,
    frame: Option<AnimationFrame>,
    fuel: u64,
    pack_id: String,
    lesson_id: String,
    /// The pupil whose progress a pass marks.
    profile: Option<Profile>,
    /// The code being checked.
    code: String,
    on_change: Callback<()>,
    on_solved: Callback<()>,
}

/// The checks of one lesson; cloning shares it.
#[derive(Clone)]
pub struct Checker {
    state: Rc<RefCell<CheckerState>>,
}

impl PartialEq for Checker {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
    }
}

impl Checker {
    /// A checker for the lesson `lesson_id` of `pack_id`, whose progress is
    /// `profile`'s; `on_change` is told
    /// after every slice, `on_solved` when a checking passes.
    pub fn new(
        profile: Option<Profile>,
        pack_id: &str,
        lesson_id: &str,
        on_change: Callback<()>,
        on_solved: Callback<()>,
    ) -> Checker {
        Checker {
            state: Rc::new(RefCell::new(CheckerState {
                status: CheckerStatus::Idle,
                checking: None,
                frame: None,
                fuel: FIRST_SLICE_FUEL,
                pack_id: pack_id.to_owned(),
                lesson_id: lesson_id.to_owned(),
                profile,
                code: String::new(),
                on_change,
                on_solved,
            })),
        }
    }

    /// Where it stands.
    pub fn status(&self) -> CheckerStatus {
        self.state.borrow().status.clone()
    }

    /// The code of the last checking started (`None` before any).
    pub fn checked_code(&self) -> Option<String> {
        let state = self.state.borrow();
        (!state.code.is_empty()).then(|| state.code.clone())
    }

    /// Whether `code` is the code of the last checking started.
    pub fn last_checked(&self, code: &str) -> bool {
        self.state.borrow().code == code
    }

    /// Whether a checking is under way.
    pub fn is_checking(&self) -> bool {
        matches!(self.state.borrow().status, CheckerStatus::Checking { .. })
    }

    /// Starts checking `code` (an earlier checking is dropped).
    pub fn start(&self, lesson: &Lesson, code: &str) {
        {
            let mut state = self.state.borrow_mut();
            state.checking = Some(LessonChecking::new(lesson, code));
            state.code = code.to_owned();
            state.status = CheckerStatus::Checking {
                done: 0,
                total: lesson.checks.len(),
            };
            state.frame = None;
            let address = LessonAddress {
                pack_id: &state.pack_id,
                lesson_id: &state.lesson_id,
            };
            if let Some(profile) = &state.profile {
                let _ = change_lesson(profile, address, |progress| {
                    progress.attempts = progress.attempts.saturating_add(1);
                    progress.last_worked = Some(now());
                });
                // Each checked code is kept among the earlier versions.
                let _ =
                    keep_earlier_version(profile, address, code.to_owned(), VersionReason::Checked);
            }
        }
        self.schedule();
        let on_change = self.state.borrow().on_change.clone();
        on_change.emit(());
    }

    /// Hides the last report (a checking under way goes on).
    pub fn dismiss(&self) {
        let on_change = {
            let mut state = self.state.borrow_mut();
            if matches!(state.status, CheckerStatus::Finished(_)) {
                state.status = CheckerStatus::Idle;
            }
            state.on_change.clone()
        };
        on_change.emit(());
    }

    /// Stops any checking and forgets it (the lesson page is closing).
    pub fn release(&self) {
        let mut state = self.state.borrow_mut();
        state.frame = None;
        state.checking = None;
    }

    fn schedule(&self) {
        let checker = self.clone();
        let frame = AnimationFrame::request(move || checker.slice());
        self.state.borrow_mut().frame = frame;
    }

    fn slice(&self) {
        let started = now_milliseconds();
        let (step, on_change) = {
            let mut state = self.state.borrow_mut();
            state.frame = None;
            let fuel = state.fuel;
            let Some(checking) = state.checking.as_mut() else {
                return;
            };
            (checking.step(fuel), state.on_change.clone())
        };
        let elapsed = now_milliseconds() - started;
        {
            let mut state = self.state.borrow_mut();
            let fuel = state.fuel as f64;
            let scaled = if elapsed > 0.1 {
                fuel * TARGET_SLICE_MILLISECONDS / elapsed
            } else {
                fuel * 2.0
            };
            state.fuel = (scaled as u64).clamp(SMALLEST_SLICE_FUEL, LARGEST_SLICE_FUEL);
        }
        match step {
            CheckingStep::Working { done, total } => {
                self.state.borrow_mut().status = CheckerStatus::Checking { done, total };
                self.schedule();
            }
            CheckingStep::Finished(report) => {
                let passed = report.passed();
                let on_solved = {
                    let mut state = self.state.borrow_mut();
                    state.checking = None;
                    state.status = CheckerStatus::Finished(Rc::new(report));
                    if passed {
                        let code = state.code.clone();
                        let address = LessonAddress {
                            pack_id: &state.pack_id,
                            lesson_id: &state.lesson_id,
                        };
                        if let Some(profile) = &state.profile {
                            let _ = change_lesson(profile, address, |progress| {
                                progress.mark_solved(&code, now());
                            });
                        }
                    }
                    state.on_solved.clone()
                };
                if passed {
                    on_solved.emit(());
                }
            }
        }
        on_change.emit(());
    }
}
