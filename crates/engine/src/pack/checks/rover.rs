//! The check of wheeled-robot lessons: the pupil's program runs on the
//! lesson's field (in slices, with the lesson's work budget and the checks'
//! seed) to its end, and the run is judged against the field's goal.

use super::turtle::failure_outcome;
use super::{checked_vm, run_slice, CheckOutcome};
use crate::python::syntax::token::LineIndex;
use crate::python::vm::machine::Vm;
use crate::python::vm::run::RunOutcome;
use crate::worlds::rover::{RoverTask, Simulation};

/// A wheeled-robot program running for the goal check.
pub(super) struct RoverRun {
    vm: Vm,
    task: RoverTask,
}

impl RoverRun {
    /// Starts `code` on `task`'s field.
    pub(super) fn start(
        code: &str,
        task: RoverTask,
        work_budget: u64,
    ) -> Result<RoverRun, Box<CheckOutcome>> {
        match checked_vm(code, work_budget) {
            Ok(mut vm) => {
                vm.close_input();
                vm.set_rover_task(&task);
                Ok(RoverRun { vm, task })
            }
            Err(error) => Err(Box::new(CheckOutcome::NotValid {
                line: LineIndex::new(code).line(error.span.start),
                error,
            })),
        }
    }

    /// Runs a slice; the outcome once the program has ended.
    pub(super) fn advance(&mut self, fuel_left: &mut u64) -> Option<CheckOutcome> {
        match run_slice(&mut self.vm, fuel_left) {
            RunOutcome::Paused => None,
            RunOutcome::Failed(failure) => Some(failure_outcome(failure)),
            RunOutcome::Finished | RunOutcome::WaitingForInput | RunOutcome::WaitingForFrame => {
                let never_moved = Simulation::new(self.task.field.clone(), None);
                let simulation = self.vm.rover_simulation().unwrap_or(&never_moved);
                Some(match self.task.goal.problem(simulation) {
                    None => CheckOutcome::Passed,
                    Some(problem) => CheckOutcome::RoverFailed(problem),
                })
            }
        }
    }
}
