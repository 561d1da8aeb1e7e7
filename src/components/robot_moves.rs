//! "Describe the moves in words", under the grid robot's stage: a button
//! that opens the run's steps as an ordered list in the pupil's language
//! ("Step 3: moved to (3, 2), facing east (line 4)."), and how the run
//! stopped when the robot could not go on. A pupil who cannot see the
//! canvas follows the run with a screen reader this way; the list is not a
//! live region (the stage's status line already says where the robot is),
//! so a long run is read when the pupil wants it, not step by step.
//!
//! Only the first [`MOST_MOVES_LISTED`] steps are listed; the rest are
//! counted. Nothing is computed while the list is closed.

use engine::worlds::robot::{robot_moves, RobotMove, RobotStop, RobotWorld, LARGEST_COUNT};
use yew::prelude::*;

use crate::context::{use_app_context, AppContext};
use crate::services::runner::Runner;

/// The most steps the list shows.
pub const MOST_MOVES_LISTED: usize = 500;

/// Properties of [`RobotMoves`].
#[derive(Properties, PartialEq)]
pub struct RobotMovesProps {
    /// The lesson's run, whose robot record is described.
    pub runner: Runner,
    /// Changes when the run does, so the list follows it.
    pub version: u64,
}

/// What the list shows of the run.
struct DescribedRun {
    moves: Vec<RobotMove>,
    total_steps: usize,
    crash: Option<(RobotStop, RobotWorld)>,
}

/// The "describe the moves" button and, when open, the list.
#[function_component(RobotMoves)]
pub fn robot_moves_list(props: &RobotMovesProps) -> Html {
    let context = use_app_context();
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let list = (*open).then(|| {
        let described = props.runner.with_session(|session| {
            session.robot.as_ref().map(|record| DescribedRun {
                moves: robot_moves(record, MOST_MOVES_LISTED),
                total_steps: record.steps.len(),
                crash: record.crash.map(|stop| (stop, record.now.clone())),
            })
        });
        moves_list(&context, described)
    });
    html! {
        <div class="robot-moves-box">
            <button type="button" class="robot-describe-toggle" aria-expanded={open.to_string()}
                aria-controls="robot-moves" onclick={toggle}>
                { context.text("robot-describe-moves") }
            </button>
            { for list }
        </div>
    }
}

/// The list of the run's steps, or a line saying there is no run yet.
fn moves_list(context: &AppContext, described: Option<DescribedRun>) -> Html {
    let body = match described {
        Some(run) if !run.moves.is_empty() || run.crash.is_some() => {
            let items = run.moves.iter().map(|step| {
                html! { <li>{ move_text(context, step) }</li> }
            });
            let more = run.total_steps.saturating_sub(run.moves.len());
            let more_line = (more > 0).then(|| {
                html! {
                    <p class="robot-moves-more">
                        { context.text_with("robot-moves-more", &[("count", more.into())]) }
                    </p>
                }
            });
            let crash_line = run.crash.map(|(stop, world)| {
                html! { <p class="robot-moves-crash">{ crash_text(context, &stop, &world) }</p> }
            });
            html! {
                <>
                    <ol class="robot-moves-list">{ for items }</ol>
                    { for more_line }
                    { for crash_line }
                </>
            }
        }
        _ => html! { <p class="robot-moves-none">{ context.text("robot-moves-none") }</p> },
    };
    // Scrolls on its own: it takes the focus, so the keyboard scrolls it too.
    html! {
        <section id="robot-moves" class="robot-moves" tabindex="0" aria-labelledby="robot-moves-title">
            <h2 id="robot-moves-title" class="robot-moves-title">{ context.text("robot-moves-title") }</h2>
            { body }
        </section>
    }
}

/// One step in words.
fn move_text(context: &AppContext, step: &RobotMove) -> String {
    context.text_with(
        "robot-move",
        &[
            ("step", step.number.into()),
            ("action", step.action.code().into()),
            ("x", step.x.to_string().into()),
            ("y", step.y.to_string().into()),
            ("direction", step.facing.name().into()),
            ("items", step.items_here.to_string().into()),
            ("line", step.line.to_string().into()),
        ],
    )
}

/// What the robot could not do at the run's end, with the same words as
/// the error the program stopped with.
fn crash_text(context: &AppContext, stop: &RobotStop, world: &RobotWorld) -> String {
    let reason = context.text_with(
        "python-runtime-robot-crash",
        &[
            ("crash", stop.crash.code().into()),
            ("x", world.robot.x.to_string().into()),
            ("y", world.robot.y.to_string().into()),
            ("direction", world.robot.facing.name().into()),
            ("limit", LARGEST_COUNT.to_string().into()),
        ],
    );
    context.text_with("robot-move-crashed", &[("reason", reason.into())])
}
