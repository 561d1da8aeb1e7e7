//! Opening a pack from a file or a link: the file input takes one pack
//! document or a pack's files together (`pack.toml` and its lessons); a
//! broken pack shows its problems and nothing is kept. A teacher's
//! assignment file picked here opens as its link would.

use engine::classroom::assignment::{Assignment, ASSIGNMENT_FORMAT};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::pack_problems::pack_problem_list;
use crate::context::{use_app_context, AppContext};
use crate::routes::Route;
use crate::services::files::{read_picked_files, FileProblem};
use crate::services::network::fetch_text;
use crate::services::packs::{import_pack, ImportProblem, PackFiles};
use crate::state::LoadFailure;

/// What the last import attempt came to.
#[derive(Clone, Debug, PartialEq)]
enum ImportResult {
    Nothing,
    Working,
    Imported {
        pack_id: String,
        title: String,
    },
    Failed(ImportProblem),
    FileFailed(FileProblem),
    LinkFailed(LoadFailure),
    /// An assignment file that could not be read: the message.
    AssignmentFailed(String),
}

/// The "open a pack" controls, for the home page.
#[function_component(PackImport)]
pub fn pack_import() -> Html {
    let context = use_app_context();
    let result = use_state(|| ImportResult::Nothing);
    let link = use_state(String::new);
    let on_files = {
        let context = context.clone();
        let result = result.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let context = context.clone();
            let result = result.clone();
            result.set(ImportResult::Working);
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match read_picked_files(&input).await {
                    Ok(files) if files.is_empty() => ImportResult::Nothing,
                    Ok(files) if is_assignment(&files) => open_assignment(&context, &files),
                    Ok(files) => import_files(&context, &PackFiles::from_picked(&files)),
                    Err(problem) => ImportResult::FileFailed(problem),
                };
                // The same file can be picked again after a fix.
                input.set_value("");
                result.set(outcome);
            });
        })
    };
    let on_link_input = {
        let link = link.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                link.set(input.value());
            }
        })
    };
    let on_link_submit = {
        let context = context.clone();
        let result = result.clone();
        let link = link.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let address = link.trim().to_owned();
            if address.is_empty() {
                return;
            }
            let context = context.clone();
            let result = result.clone();
            result.set(ImportResult::Working);
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match fetch_text(&address).await {
                    Ok(document) => import_files(
                        &context,
                        &PackFiles {
                            manifest: document,
                            lessons: Default::default(),
                        },
                    ),
                    Err(failure) => ImportResult::LinkFailed(failure),
                };
                result.set(outcome);
            });
        })
    };
    let message = match &*result {
        ImportResult::Nothing => Html::default(),
        ImportResult::Working => html! { <p class="loading">{ context.text("loading") }</p> },
        ImportResult::Imported { pack_id, title } => html! {
            <p class="import-done" role="status">
                { context.text_with("import-done", &[("title", title.as_str().into())]) }
                { " " }
                <Link<Route> to={Route::Pack { pack_id: pack_id.clone() }}>{ context.text("import-open") }</Link<Route>>
            </p>
        },
        ImportResult::Failed(problem) => import_problem(&context, problem),
        ImportResult::FileFailed(FileProblem::TooLarge(name)) => html! {
            <p class="import-problem" role="alert">{ context.text_with("import-file-too-large", &[("file", name.as_str().into())]) }</p>
        },
        ImportResult::FileFailed(FileProblem::Unreadable(name)) => html! {
            <p class="import-problem" role="alert">{ context.text_with("import-file-unreadable", &[("file", name.as_str().into())]) }</p>
        },
        ImportResult::LinkFailed(_) => html! {
            <p class="import-problem" role="alert">{ context.text("import-link-failed") }</p>
        },
        ImportResult::AssignmentFailed(text) => html! {
            <p class="import-problem" role="alert">{ text.clone() }</p>
        },
    };
    html! {
        <section class="pack-import" aria-labelledby="import-title">
            <h2 id="import-title">{ context.text("import-title") }</h2>
            <p>{ context.text("import-explanation") }</p>
            <label class="button file-button">
                { context.text("import-from-file") }
                <input type="file" id="import-file" accept=".toml,.json,text/plain,application/json" multiple=true onchange={on_files} />
            </label>
            <form class="import-link" onsubmit={on_link_submit}>
                <label for="import-link-address">{ context.text("import-from-link") }</label>
                <input type="url" id="import-link-address" placeholder="https://" value={(*link).clone()} oninput={on_link_input} />
                <button type="submit">{ context.text("import-link-button") }</button>
            </form>
            <div class="import-result">{ message }</div>
            <p class="teacher-note">
                <Link<Route> to={Route::CheckPack}>{ context.text("check-pack-link") }</Link<Route>>
                { " · " }
                <Link<Route> to={Route::Teacher} classes="teacher-link">{ context.text("teacher-link") }</Link<Route>>
            </p>
        </section>
    }
}

fn import_files(context: &AppContext, files: &PackFiles) -> ImportResult {
    match import_pack(context, files) {
        Ok(pack) => {
            let (title, _) = pack.title.pick(context.language(), pack.default_language);
            ImportResult::Imported {
                pack_id: pack.id.clone(),
                title: title.to_owned(),
            }
        }
        Err(problem) => ImportResult::Failed(problem),
    }
}

fn import_problem(context: &AppContext, problem: &ImportProblem) -> Html {
    match problem {
        ImportProblem::Broken(problems) => html! {
            <div class="import-problem" role="alert">
                <p>{ context.text("import-broken") }</p>
                { pack_problem_list(context, problems) }
            </div>
        },
        ImportProblem::BuiltInId(pack_id) => html! {
            <p class="import-problem" role="alert">{ context.text_with("import-built-in-id", &[("pack", pack_id.as_str().into())]) }</p>
        },
        ImportProblem::Storage(_) => html! {
            <p class="import-problem" role="alert">{ context.text("import-storage-failed") }</p>
        },
    }
}

/// Whether the picked file is a teacher's assignment (a `.json` file that
/// says so), not a pack.
fn is_assignment(files: &std::collections::BTreeMap<String, String>) -> bool {
    files.len() == 1
        && files
            .iter()
            .all(|(name, text)| name.ends_with(".json") && text.contains(ASSIGNMENT_FORMAT))
}

/// Opens an assignment file as its link would: the assignment page takes it in.
fn open_assignment(
    context: &AppContext,
    files: &std::collections::BTreeMap<String, String>,
) -> ImportResult {
    let text = files.values().next().cloned().unwrap_or_default();
    match Assignment::from_file_text(&text) {
        Ok(assignment) => {
            if let Some(window) = web_sys::window() {
                let _ = window
                    .location()
                    .set_hash(&format!("/assignment/{}", assignment.to_link_data()));
            }
            ImportResult::Nothing
        }
        Err(problem) => ImportResult::AssignmentFailed(context.text(problem.message_id())),
    }
}
