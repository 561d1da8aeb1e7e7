//! What a robot did in one run, step by step: the world it started in, each
//! action with its program line, and how it stopped if it crashed. Any
//! moment of the run is the start replayed up to that step, so the page can
//! scrub back and forth through a long run.

use super::world::{RobotAction, RobotCrash, RobotWorld};

/// The most steps one run may record.
pub const LARGEST_STEP_COUNT: usize = 100_000;

/// One action the robot did, and the line of the program that did it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RobotStep {
    /// What it did.
    pub action: RobotAction,
    /// The program's line (0 when unknown).
    pub line: u32,
}

/// The action the robot could not do, where the run stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RobotStop {
    /// What it was told.
    pub action: RobotAction,
    /// Why it could not.
    pub crash: RobotCrash,
    /// The program's line.
    pub line: u32,
}

/// A run's record.
#[derive(Clone, Debug, PartialEq)]
pub struct RobotRecord {
    /// The world before the first step.
    pub start: RobotWorld,
    /// Every step done, in order.
    pub steps: Vec<RobotStep>,
    /// The world after the last step.
    pub now: RobotWorld,
    /// The action it could not do, if it crashed.
    pub crash: Option<RobotStop>,
}

impl RobotRecord {
    /// A record of a run starting in `world`.
    pub fn new(world: RobotWorld) -> RobotRecord {
        RobotRecord {
            now: world.clone(),
            start: world,
            steps: Vec::new(),
            crash: None,
        }
    }

    /// Whether the record holds as many steps as a run may take.
    pub fn is_full(&self) -> bool {
        self.steps.len() >= LARGEST_STEP_COUNT
    }

    /// Does `action` at `line` and records it; a crash is recorded too.
    pub fn act(&mut self, action: RobotAction, line: u32) -> Result<(), RobotCrash> {
        match self.now.apply(action) {
            Ok(()) => {
                self.steps.push(RobotStep { action, line });
                Ok(())
            }
            Err(crash) => {
                self.crash = Some(RobotStop {
                    action,
                    crash,
                    line,
                });
                Err(crash)
            }
        }
    }

    /// The world after the first `step` steps (the last one when `step` is
    /// past the end).
    pub fn world_at(&self, step: usize) -> RobotWorld {
        if step >= self.steps.len() {
            return self.now.clone();
        }
        let mut world = self.start.clone();
        for done in &self.steps[..step] {
            // Every recorded step succeeded from this same start.
            let _ = world.apply(done.action);
        }
        world
    }
}
