//! The teacher's "check a pack" page: pick a pack's files (one document, or
//! `pack.toml` with its lesson files), and see every problem with its place,
//! then each lesson's reference solution run through its checks, a lesson
//! per animation frame so the page stays responsive.

use std::collections::BTreeMap;
use std::rc::Rc;

use engine::pack::{load_pack, review_lesson, Pack, PackError};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::pack_problems::pack_problem_list;
use crate::context::use_app_context;
use crate::services::animation_frame::AnimationFrame;
use crate::services::files::read_picked_files;
use crate::services::packs::PackFiles;

/// How far the check of the picked pack has come.
#[derive(Clone, PartialEq)]
enum PackCheck {
    Nothing,
    /// The pack did not load: its problems.
    Broken(Vec<PackError>),
    /// Reviewing lesson after lesson.
    Reviewing {
        pack: Rc<Pack>,
        reviewed: usize,
        problems: Vec<PackError>,
        /// Each reviewed lesson's id with passed/total checks of its solution.
        solutions: Vec<(String, usize, usize)>,
    },
}

/// The page.
#[function_component(CheckPackPage)]
pub fn check_pack_page() -> Html {
    let context = use_app_context();
    let check = use_state(|| PackCheck::Nothing);
    let frame = use_mut_ref(|| None::<AnimationFrame>);
    // Reviews the next lesson once the page has drawn the last one's result.
    {
        let check_handle = check.clone();
        let frame = frame.clone();
        use_effect_with((*check).clone(), move |current| {
            if let PackCheck::Reviewing {
                pack,
                reviewed,
                problems,
                solutions,
            } = current.clone()
            {
                if let Some(lesson) = pack.lessons.get(reviewed) {
                    let lesson = lesson.clone();
                    *frame.borrow_mut() = AnimationFrame::request(move || {
                        let (lesson_problems, report) = review_lesson(&lesson);
                        let mut problems = problems;
                        problems.extend(lesson_problems);
                        let mut solutions = solutions;
                        solutions.push((
                            lesson.id.clone(),
                            report.passed_count(),
                            report.results.len(),
                        ));
                        check_handle.set(PackCheck::Reviewing {
                            pack,
                            reviewed: reviewed + 1,
                            problems,
                            solutions,
                        });
                    });
                }
            }
        });
    }
    let on_files = {
        let check = check.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let check = check.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let files = read_picked_files(&input).await.unwrap_or_default();
                input.set_value("");
                if files.is_empty() {
                    return;
                }
                check.set(check_files(&files));
            });
        })
    };
    let language = context.language();
    let result = match &*check {
        PackCheck::Nothing => Html::default(),
        PackCheck::Broken(problems) => html! {
            <div class="check-pack-result" role="alert">
                <p class="check-summary failed">{ context.text_with("check-pack-problems", &[("count", problems.len().into())]) }</p>
                { pack_problem_list(&context, problems) }
            </div>
        },
        PackCheck::Reviewing {
            pack,
            reviewed,
            problems,
            solutions,
        } => {
            let (title, _) = pack.title.pick(language, pack.default_language);
            let done = *reviewed >= pack.lessons.len();
            let summary = if !done {
                html! { <p class="checking">{ context.text_with("checking-progress", &[("done", (*reviewed).into()), ("total", pack.lessons.len().into())]) }</p> }
            } else if problems.is_empty() {
                html! { <p class="check-summary passed">{ context.text_with("check-pack-clean", &[("title", title.into()), ("count", pack.lessons.len().into())]) }</p> }
            } else {
                html! { <p class="check-summary failed">{ context.text_with("check-pack-problems", &[("count", problems.len().into())]) }</p> }
            };
            html! {
                <div class="check-pack-result" aria-live="polite">
                    { summary }
                    { pack_problem_list(&context, problems) }
                    <ul class="solution-list">
                        { for solutions.iter().map(|(lesson_id, passed, total)| html! {
                            <li class={classes!(if passed == total { "passed" } else { "failed" })}>
                                <span class="state-icon" aria-hidden="true">{ if passed == total { "✓" } else { "✗" } }</span>
                                <code>{ lesson_id.clone() }</code>{ " " }
                                { context.text_with("check-pack-solution", &[("passed", (*passed).into()), ("total", (*total).into())]) }
                            </li>
                        }) }
                    </ul>
                </div>
            }
        }
    };
    html! {
        <div class="page check-pack-page">
            <h1>{ context.text("check-pack-title") }</h1>
            <p>{ context.text("check-pack-explanation") }</p>
            <label class="button file-button">
                { context.text("check-pack-choose") }
                <input type="file" id="check-pack-file" accept=".toml,text/plain" multiple=true onchange={on_files} />
            </label>
            { result }
        </div>
    }
}

fn check_files(picked: &BTreeMap<String, String>) -> PackCheck {
    let files = PackFiles::from_picked(picked);
    match load_pack(&files.manifest, &files.lessons) {
        Ok(pack) => PackCheck::Reviewing {
            pack: Rc::new(pack),
            reviewed: 0,
            problems: Vec::new(),
            solutions: Vec::new(),
        },
        Err(problems) => PackCheck::Broken(problems),
    }
}
