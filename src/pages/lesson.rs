//! The lesson page: instructions, code editor, stage and console.
//!
//! From 1200 px wide the three stand side by side; below that the instructions
//! fold into a bar and the stage and console become tabs, so the editor keeps
//! its room (at 1024x600 it still shows 15 lines of 50 characters). The code
//! pane (editor, symbol panel, saving) is `components::lesson_code`. A
//! turtle lesson opens on the stage, with its reference drawing faintly
//! under the pupil's and, after a check, what differs marked. A robot
//! lesson opens on the robot's stage, in its first world; a check that
//! fails in another world shows that world and runs the code there.

use std::rc::Rc;

use engine::markdown::parse_markdown;
use engine::pack::checks::{variant_goals, CheckOutcome, GOAL_DRAWING_WORK};
use engine::pack::{CheckKind, Lesson, LessonKind, Pack};
use engine::worlds::robot::{playground_world, RobotTask, WorldVariant};
use engine::worlds::rover::playground_field;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::canvas_stage::CanvasStage;
use crate::components::check_results::CheckResults;
use crate::components::code_editor::EditorControl;
use crate::components::display_choices::LowEndSuggestion;
use crate::components::keyboard_help::KeyboardHelp;
use crate::components::lesson_code::LessonCode;
use crate::components::lesson_hints::LessonHints;
use crate::components::load_problem::pack_problem;
use crate::components::markdown_view::MarkdownView;
use crate::components::robot_stage::RobotStage;
use crate::components::rover_stage::RoverStage;
use crate::components::run_console::RunConsole;
use crate::components::turtle_stage::TurtleStage;
use crate::context::{use_app_context, AppContext};
use crate::pages::pack::use_pack;
use crate::routes::Route;
use crate::services::checker::{Checker, CheckerStatus};
use crate::services::language_warm_up::{warm_up_language_when_idle, WarmUpWorld};
use crate::services::packs::is_imported;
use crate::services::reference_drawing::ReferenceDrawing;
use crate::services::runner::Runner;
use crate::state::Loadable;

/// Properties of [`LessonPage`].
#[derive(Properties, PartialEq)]
pub struct LessonPageProps {
    /// The pack's id, from the address.
    pub pack_id: String,
    /// The lesson's id, from the address.
    pub lesson_id: String,
}

/// Which of the stage and the console shows on a narrow screen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OutputTab {
    Stage,
    Console,
}

/// One lesson of one pack.
#[function_component(LessonPage)]
pub fn lesson_page(props: &LessonPageProps) -> Html {
    let context = use_app_context();
    use_pack(&context, &props.pack_id);
    match context.app_state().pack(&props.pack_id) {
        Loadable::NotRequested | Loadable::Loading => html! {
            <div class="page"><p class="loading" aria-live="polite">{ context.text("loading") }</p></div>
        },
        Loadable::Failed(failure) => {
            html! { <div class="page">{ pack_problem(&context, &props.pack_id, failure.clone()) }</div> }
        }
        Loadable::Loaded(pack) => match pack.lesson(&props.lesson_id) {
            Some(lesson) => html! {
                <LessonWorkspace pack={Rc::clone(pack)} lesson={Rc::new(lesson.clone())} />
            },
            None => missing_lesson(&context, &props.pack_id, &props.lesson_id),
        },
    }
}

fn missing_lesson(context: &AppContext, pack_id: &str, lesson_id: &str) -> Html {
    html! {
        <div class="page not-found-page">
            <h1>{ context.text("not-found-title") }</h1>
            <p>{ context.text_with("not-found-lesson", &[("lesson", lesson_id.into())]) }</p>
            <Link<Route> to={Route::Pack { pack_id: pack_id.to_owned() }} classes="button">
                { context.text("nav-back-to-pack") }
            </Link<Route>>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LessonWorkspaceProps {
    pack: Rc<Pack>,
    lesson: Rc<Lesson>,
}

#[function_component(LessonWorkspace)]
fn lesson_workspace(props: &LessonWorkspaceProps) -> Html {
    let context = use_app_context();
    let instructions_open = use_state(|| false);
    // Programs print; turtle lessons draw; robot lessons move the robot.
    let is_turtle_lesson = props.lesson.kind == LessonKind::Turtle;
    let is_robot_lesson = props.lesson.kind == LessonKind::Robot;
    let is_animation_lesson = props.lesson.kind == LessonKind::Animation;
    let is_rover_lesson = props.lesson.kind == LessonKind::Rover;
    let output_tab = use_state(|| {
        if is_turtle_lesson || is_robot_lesson || is_animation_lesson || is_rover_lesson {
            OutputTab::Stage
        } else {
            OutputTab::Console
        }
    });
    let control = use_memo((), |_| EditorControl::default());
    let control = (*control).clone();
    let force_update = use_force_update();
    let version = use_mut_ref(|| 0_u64);
    // One run per lesson: opening another lesson ends the run of this one.
    // Another pupil's profile is another lesson too: its code and progress.
    let profile = context.app_state().profile.clone();
    let lesson_key = format!(
        "{}/{}/{}",
        profile.as_ref().map_or("", |profile| profile.id.as_str()),
        props.pack.id,
        props.lesson.id
    );
    // A robot lesson's worlds (the playground's for a program lesson that
    // uses the robot) and the goal drawn faintly in each.
    let (robot_task, robot_goals) = {
        let lesson = Rc::clone(&props.lesson);
        (*use_memo(lesson_key.clone(), move |_| robot_worlds_of(&lesson))).clone()
    };
    // A wheeled-robot lesson's field (the playground's for other lessons).
    let rover_task = {
        let lesson = Rc::clone(&props.lesson);
        (*use_memo(lesson_key.clone(), move |_| {
            lesson.rover.clone().map(Rc::new)
        }))
        .clone()
    };
    let rover_field = {
        let rover_task = rover_task.clone();
        (*use_memo(lesson_key.clone(), move |_| {
            Rc::new(rover_task.map_or_else(playground_field, |task| task.field.clone()))
        }))
        .clone()
    };
    let runner = {
        let version = version.clone();
        let control = control.clone();
        let rover_task = rover_task.clone();
        let robot_task = (is_robot_lesson).then(|| Rc::clone(&robot_task));
        use_memo(lesson_key.clone(), move |_| {
            let runner = Runner::new(
                control,
                Callback::from(move |_| {
                    *version.borrow_mut() += 1;
                    force_update.force_update();
                }),
            );
            runner.set_robot_task(robot_task);
            runner.set_rover_task(rover_task);
            runner
        })
    };
    let runner = (*runner).clone();
    runner.set_low_end(context.app_state().display.low_end);
    let checker = {
        let version = version.clone();
        let force_update = use_force_update();
        let pack_id = props.pack.id.clone();
        let lesson_id = props.lesson.id.clone();
        let profile = profile.clone();
        use_memo(lesson_key.clone(), move |_| {
            let version_for_solved = version.clone();
            let update_for_solved = force_update.clone();
            Checker::new(
                profile.clone(),
                &pack_id,
                &lesson_id,
                Callback::from(move |_| {
                    *version.borrow_mut() += 1;
                    force_update.force_update();
                }),
                Callback::from(move |_| {
                    *version_for_solved.borrow_mut() += 1;
                    update_for_solved.force_update();
                }),
            )
        })
    };
    let checker = (*checker).clone();
    // A turtle lesson's target, drawn faintly on the stage.
    let reference = {
        let version = version.clone();
        let force_update = use_force_update();
        let lesson = Rc::clone(&props.lesson);
        use_memo(lesson_key.clone(), move |_| {
            (lesson.kind == LessonKind::Turtle).then(|| {
                ReferenceDrawing::start(
                    &lesson,
                    Callback::from(move |_| {
                        *version.borrow_mut() += 1;
                        force_update.force_update();
                    }),
                )
            })
        })
    };
    let reference = (*reference).clone();
    {
        let runner = runner.clone();
        let checker = checker.clone();
        let reference = reference.clone();
        let warm_up_world = WarmUpWorld::of_lesson(props.lesson.kind, &robot_task, &rover_task);
        use_effect_with(lesson_key.clone(), move |_| {
            // The pupil's first Run should not wait for the language's
            // (and the world's) first use.
            warm_up_language_when_idle(warm_up_world);
            move || {
                runner.release();
                checker.release();
                if let Some(reference) = reference {
                    reference.release();
                }
            }
        });
    }
    let on_check = {
        let checker = checker.clone();
        let control = control.clone();
        let runner = runner.clone();
        let lesson = Rc::clone(&props.lesson);
        Callback::from(move |_: ()| {
            let code = control.code().unwrap_or_default();
            checker.start(&lesson, &code);
            // A turtle lesson's check also draws the code on the stage, where
            // the check's marks then show; a robot lesson's runs it in the
            // world shown.
            if lesson.kind != LessonKind::Program {
                runner.run_as_checked(&code);
            }
        })
    };
    // A robot lesson's check that fails in another world shows that world
    // and runs the checked code there, once per report.
    {
        let runner = runner.clone();
        let failed = match checker.status() {
            CheckerStatus::Finished(report) => {
                let variant = report
                    .results
                    .iter()
                    .find_map(|result| match result.outcome {
                        CheckOutcome::RobotFailed { variant, .. } => Some(variant as usize - 1),
                        _ => None,
                    });
                variant.map(|variant| (variant, report))
            }
            _ => None,
        };
        // The report's identity: each checking gives a new one.
        let report_key = failed
            .as_ref()
            .map(|(_, report)| Rc::as_ptr(report) as usize);
        let checked_code = checker.checked_code();
        let variant = failed.map(|(variant, _)| variant);
        use_effect_with(report_key, move |_| {
            if let (Some(variant), Some(code)) = (variant, checked_code) {
                if runner.with_session(|session| session.robot_variant) != variant {
                    runner.set_robot_variant(variant);
                    runner.run_as_checked(&code);
                }
            }
            || ()
        });
    }
    let shows_robot = is_robot_lesson || runner.with_session(|session| session.robot.is_some());
    let shows_rover =
        !shows_robot && (is_rover_lesson || runner.with_session(|session| session.rover.is_some()));
    let shows_canvas = !shows_robot
        && !shows_rover
        && (is_animation_lesson || runner.with_session(|session| session.canvas.is_some()));
    // The marks of the last check, while the stage shows that code's run.
    let stage_report = match checker.status() {
        CheckerStatus::Finished(report)
            if report.drawings.is_some()
                && !runner.is_active()
                && runner.with_session(|session| checker.last_checked(&session.code)) =>
        {
            Some(report)
        }
        _ => None,
    };
    let copy_to_editor = {
        let control = control.clone();
        Callback::from(move |snippet: String| {
            let snippet = if snippet.ends_with('\n') {
                snippet
            } else {
                snippet + "\n"
            };
            control.insert(&snippet, snippet.chars().count() as u32);
            control.focus();
        })
    };
    let on_key_down = {
        let runner = runner.clone();
        Callback::from(move |event: KeyboardEvent| {
            let code = event.code();
            // The shortcuts are listed in the keyboard help (`keyboard_help`).
            let enter = code == "Enter" || code == "NumpadEnter";
            if (event.ctrl_key() || event.meta_key()) && enter && event.shift_key() {
                event.prevent_default();
                runner.step_editor_code();
            } else if (event.ctrl_key() || event.meta_key()) && enter {
                event.prevent_default();
                runner.run_editor_code();
            } else if code == "Escape" && runner.is_active() {
                runner.stop();
            }
        })
    };
    let language = context.language();
    let default_language = props.pack.default_language;
    let (title, title_fell_back) = props.lesson.title.pick(language, default_language);
    let (instructions, instructions_fell_back) =
        props.lesson.instructions.pick(language, default_language);
    let other_language_note = (title_fell_back || instructions_fell_back).then(|| {
        html! { <p class="note">{ context.text("text-in-other-language") }</p> }
    });
    // Parsed once per lesson and language, not on every slice of a run.
    let instructions_document = {
        let instructions = instructions.to_owned();
        (*use_memo((lesson_key.clone(), language), move |_| {
            Rc::new(parse_markdown(&instructions).0)
        }))
        .clone()
    };
    // Imported packs have no folder of their own for images.
    let pack_base = if is_imported(&context, &props.pack.id) {
        String::new()
    } else {
        format!("lessons/{}/", props.pack.id)
    };

    let toggle_instructions = {
        let instructions_open = instructions_open.clone();
        Callback::from(move |_: MouseEvent| instructions_open.set(!*instructions_open))
    };
    // The tabs of narrow screens, as ARIA's tabs pattern has them: Tab
    // reaches the chosen one, the arrows choose the other.
    let tab_button = |tab: OutputTab, label: String, panel_id: &str| {
        let output_tab_handle = output_tab.clone();
        let arrows_handle = output_tab.clone();
        let selected = *output_tab == tab;
        let other = match tab {
            OutputTab::Stage => OutputTab::Console,
            OutputTab::Console => OutputTab::Stage,
        };
        let on_arrow = Callback::from(move |event: KeyboardEvent| {
            if matches!(
                event.key().as_str(),
                "ArrowLeft" | "ArrowRight" | "Home" | "End"
            ) {
                event.prevent_default();
                arrows_handle.set(other);
                crate::services::browser::focus_element(tab_id(other));
            }
        });
        html! {
            <button type="button" role="tab" class="output-tab" id={tab_id(tab)}
                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }}
                aria-controls={panel_id.to_owned()} onkeydown={on_arrow}
                onclick={Callback::from(move |_: MouseEvent| output_tab_handle.set(tab))}>
                { label }
            </button>
        }
    };
    let panel_class =
        |tab: OutputTab| classes!("output-panel", (*output_tab == tab).then_some("active"));

    html! {
        <div class={classes!("lesson-page", instructions_open.then_some("instructions-open"),
            (is_turtle_lesson || shows_robot || shows_canvas || shows_rover).then_some("stage-lesson"))} onkeydown={on_key_down}>
            <section class="lesson-instructions" aria-labelledby="lesson-title">
                <button type="button" class="instructions-toggle" aria-expanded={instructions_open.to_string()}
                    aria-controls="instructions-body" onclick={toggle_instructions}>
                    <span class="toggle-label">{ context.text("lesson-instructions") }</span>
                    <span class="toggle-title">{ title }</span>
                </button>
                <div id="instructions-body" class="instructions-body">
                    <Link<Route> to={Route::Pack { pack_id: props.pack.id.clone() }} classes="back-link">
                        { context.text("nav-back-to-pack") }
                    </Link<Route>>
                    <h1 id="lesson-title">{ title }</h1>
                    { for other_language_note }
                    <MarkdownView document={instructions_document} pack_base={pack_base.clone()}
                        on_copy_code={copy_to_editor.clone()} copy_label={context.text("copy-to-editor")} />
                    <LessonHints key={lesson_key.clone()} pack_id={props.pack.id.clone()}
                        lesson_id={props.lesson.id.clone()} hints={props.lesson.hints.clone()}
                        {default_language} pack_base={pack_base} on_copy_code={copy_to_editor} />
                    <KeyboardHelp />
                </div>
            </section>
            <section class="lesson-editor" aria-label={context.text("lesson-editor")}>
                <LessonCode key={lesson_key.clone()}
                    pack_id={props.pack.id.clone()} lesson_id={props.lesson.id.clone()}
                    starter_code={props.lesson.starter_code.clone()} control={control.clone()}
                    runner={runner.clone()} run_version={*version.borrow()}
                    commands={props.lesson.commands.clone()} {on_check} checking={checker.is_checking()} />
            </section>
            <section class="lesson-output" aria-label={context.text("lesson-output-label")}>
                <CheckResults status={checker.status()} on_close={{
                    let checker = checker.clone();
                    Callback::from(move |_| checker.dismiss())
                }} />
                <LowEndSuggestion frame_rate_low={runner.with_session(|session| session.pace.frame_rate_low)} />
                <div class="output-tabs" role="tablist">
                    { tab_button(OutputTab::Stage, context.text("lesson-stage"), "stage-panel") }
                    { tab_button(OutputTab::Console, context.text("lesson-console"), "console-panel") }
                </div>
                <div id="stage-panel" class={panel_class(OutputTab::Stage)} role="tabpanel"
                    aria-labelledby={tab_id(OutputTab::Stage)}>
                    if shows_robot {
                        <RobotStage key={lesson_key.clone()} runner={runner.clone()}
                            version={*version.borrow()} task={robot_task} goals={robot_goals} />
                    } else if shows_rover {
                        <RoverStage runner={runner.clone()} version={*version.borrow()} field={rover_field} />
                    } else if shows_canvas {
                        <CanvasStage runner={runner.clone()} version={*version.borrow()} />
                    } else {
                        <TurtleStage runner={runner.clone()} version={*version.borrow()}
                            label={context.text("lesson-stage-label")}
                            save_label={context.text("stage-save-picture")}
                            reference={reference.as_ref().and_then(ReferenceDrawing::drawn)}
                            report={stage_report} />
                    }
                </div>
                <div id="console-panel" class={panel_class(OutputTab::Console)} role="tabpanel"
                    aria-labelledby={tab_id(OutputTab::Console)}>
                    <RunConsole runner={runner.clone()} version={*version.borrow()} />
                </div>
            </section>
        </div>
    }
}

/// The id of the tab that shows `tab` on narrow screens.
fn tab_id(tab: OutputTab) -> &'static str {
    match tab {
        OutputTab::Stage => "stage-tab",
        OutputTab::Console => "console-tab",
    }
}

/// A lesson's robot worlds and the goal of each, drawn faintly: a robot
/// lesson's own; for any other lesson, the playground (where a program
/// that imports `robot` runs) without a goal.
fn robot_worlds_of(
    lesson: &Lesson,
) -> (Rc<RobotTask>, Rc<Vec<Option<engine::worlds::robot::Goal>>>) {
    let Some(task) = &lesson.robot else {
        let task = RobotTask {
            variants: vec![WorldVariant {
                world: playground_world(),
                goal: None,
            }],
            offers_turn_right: true,
        };
        return (Rc::new(task), Rc::new(vec![None]));
    };
    let facing = lesson
        .checks
        .iter()
        .any(|check| matches!(check.kind, CheckKind::Goal { facing: true }));
    let goals = variant_goals(
        task,
        &lesson.solution,
        facing,
        lesson.work_budget.min(GOAL_DRAWING_WORK),
    );
    (Rc::new(task.clone()), Rc::new(goals))
}
