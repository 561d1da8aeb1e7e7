//! The lesson page: instructions, code editor, stage and console.
//!
//! From 1200 px wide the three stand side by side; below that the instructions
//! fold into a bar and the stage and console become tabs, so the editor keeps
//! its room (at 1024x600 it still shows 15 lines of 50 characters). The code
//! pane (editor, symbol panel, saving) is `components::lesson_code`; the
//! interpreter and the worlds arrive with later issues.

use engine::pack::{LessonEntry, PackManifest};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::code_editor::EditorControl;
use crate::components::lesson_code::LessonCode;
use crate::components::load_problem::pack_problem;
use crate::components::run_console::RunConsole;
use crate::context::{use_app_context, AppContext};
use crate::pages::pack::use_pack;
use crate::routes::Route;
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
        Loadable::Loaded(manifest) => match manifest.lesson(&props.lesson_id) {
            Some(lesson) => html! {
                <LessonWorkspace manifest={manifest.clone()} lesson={lesson.clone()} />
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
    manifest: PackManifest,
    lesson: LessonEntry,
}

#[function_component(LessonWorkspace)]
fn lesson_workspace(props: &LessonWorkspaceProps) -> Html {
    let context = use_app_context();
    let instructions_open = use_state(|| false);
    // Programs print; the stage arrives with the turtle and the robots.
    let output_tab = use_state(|| OutputTab::Console);
    let control = use_memo((), |_| EditorControl::default());
    let control = (*control).clone();
    let force_update = use_force_update();
    let version = use_mut_ref(|| 0_u64);
    // One run per lesson: opening another lesson ends the run of this one.
    let lesson_key = format!("{}/{}", props.manifest.id, props.lesson.id);
    let runner = {
        let version = version.clone();
        let control = control.clone();
        use_memo(lesson_key.clone(), move |_| {
            Runner::new(
                control,
                Callback::from(move |_| {
                    *version.borrow_mut() += 1;
                    force_update.force_update();
                }),
            )
        })
    };
    let runner = (*runner).clone();
    {
        let runner = runner.clone();
        use_effect_with(lesson_key, move |_| move || runner.release());
    }
    let on_key_down = {
        let runner = runner.clone();
        Callback::from(move |event: KeyboardEvent| {
            let code = event.code();
            if (event.ctrl_key() || event.meta_key()) && (code == "Enter" || code == "NumpadEnter")
            {
                event.prevent_default();
                runner.run_editor_code();
            } else if code == "Escape" && runner.is_active() {
                runner.stop();
            }
        })
    };
    let language = context.language();
    let default_language = props.manifest.default_language;
    let (title, title_fell_back) = props.lesson.title.pick(language, default_language);
    let (summary, summary_fell_back) = props.lesson.summary.pick(language, default_language);
    let other_language_note = (title_fell_back || summary_fell_back).then(|| {
        html! { <p class="note">{ context.text("text-in-other-language") }</p> }
    });

    let toggle_instructions = {
        let instructions_open = instructions_open.clone();
        Callback::from(move |_: MouseEvent| instructions_open.set(!*instructions_open))
    };
    let tab_button = |tab: OutputTab, label: String, panel_id: &str| {
        let output_tab_handle = output_tab.clone();
        let selected = *output_tab == tab;
        html! {
            <button type="button" role="tab" class="output-tab" aria-selected={selected.to_string()}
                aria-controls={panel_id.to_owned()}
                onclick={Callback::from(move |_: MouseEvent| output_tab_handle.set(tab))}>
                { label }
            </button>
        }
    };
    let panel_class =
        |tab: OutputTab| classes!("output-panel", (*output_tab == tab).then_some("active"));

    html! {
        <div class={classes!("lesson-page", instructions_open.then_some("instructions-open"))} onkeydown={on_key_down}>
            <section class="lesson-instructions" aria-labelledby="lesson-title">
                <button type="button" class="instructions-toggle" aria-expanded={instructions_open.to_string()}
                    aria-controls="instructions-body" onclick={toggle_instructions}>
                    <span class="toggle-label">{ context.text("lesson-instructions") }</span>
                    <span class="toggle-title">{ title }</span>
                </button>
                <div id="instructions-body" class="instructions-body">
                    <Link<Route> to={Route::Pack { pack_id: props.manifest.id.clone() }} classes="back-link">
                        { context.text("nav-back-to-pack") }
                    </Link<Route>>
                    <h1 id="lesson-title">{ title }</h1>
                    <p>{ summary }</p>
                    { for other_language_note }
                </div>
            </section>
            <section class="lesson-editor" aria-label={context.text("lesson-editor")}>
                <LessonCode key={format!("{}/{}", props.manifest.id, props.lesson.id)}
                    pack_id={props.manifest.id.clone()} lesson_id={props.lesson.id.clone()}
                    starter_code={props.lesson.starter_code.clone()} control={control.clone()}
                    runner={runner.clone()} run_version={*version.borrow()}
                    commands={props.lesson.commands.clone()} />
            </section>
            <section class="lesson-output">
                <div class="output-tabs" role="tablist">
                    { tab_button(OutputTab::Stage, context.text("lesson-stage"), "stage-panel") }
                    { tab_button(OutputTab::Console, context.text("lesson-console"), "console-panel") }
                </div>
                <div id="stage-panel" class={panel_class(OutputTab::Stage)} role="tabpanel">
                    <canvas class="stage" width="400" height="400" aria-label={context.text("lesson-stage-label")} />
                </div>
                <div id="console-panel" class={panel_class(OutputTab::Console)} role="tabpanel">
                    <RunConsole runner={runner.clone()} version={*version.borrow()} />
                </div>
            </section>
        </div>
    }
}
