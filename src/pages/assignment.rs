//! The page an assignment link opens (`#/assignment/<data>`): the
//! assignment is kept for its pack (with the teacher's own pack, when it
//! carries one, imported first), and the pupil is shown the class and the
//! way to the pack.

use engine::classroom::assignment::Assignment;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::use_app_context;
use crate::routes::Route;
use crate::services::classroom::keep_assignment;
use crate::services::packs::{ensure_pack, import_pack, PackFiles};

/// Properties of [`AssignmentPage`].
#[derive(Properties, PartialEq)]
pub struct AssignmentPageProps {
    /// The link's data.
    pub data: String,
}

/// Takes the assignment in once, then shows it.
#[function_component(AssignmentPage)]
pub fn assignment_page(props: &AssignmentPageProps) -> Html {
    let context = use_app_context();
    // What taking it in came to: the assignment, or the message why not.
    let outcome = {
        let context = context.clone();
        use_memo(props.data.clone(), move |data| {
            let assignment = Assignment::from_link_data(data)
                .map_err(|problem| context.text(problem.message_id()))?;
            if !assignment.pack_files.is_empty() {
                let mut lessons = assignment.pack_files.clone();
                let manifest = lessons.remove("pack.toml").unwrap_or_default();
                import_pack(&context, &PackFiles { manifest, lessons })
                    .map_err(|_| context.text("assignment-pack-broken"))?;
            }
            keep_assignment(&assignment).map_err(|_| context.text("assignment-not-kept"))?;
            Ok::<Assignment, String>(assignment)
        })
    };
    {
        let context = context.clone();
        let pack_id = outcome
            .as_ref()
            .as_ref()
            .ok()
            .map(|assignment| assignment.pack_id.clone());
        use_effect_with(pack_id, move |pack_id| {
            if let Some(pack_id) = pack_id {
                ensure_pack(&context, pack_id);
            }
        });
    }
    let content = match &*outcome {
        Err(text) => html! { <p class="warning" role="alert">{ text.clone() }</p> },
        Ok(assignment) => {
            let title = match context.app_state().pack(&assignment.pack_id) {
                crate::state::Loadable::Loaded(pack) => pack
                    .title
                    .pick(context.language(), pack.default_language)
                    .0
                    .to_owned(),
                _ => assignment.pack_id.clone(),
            };
            html! {
                <>
                    <p class="assignment-facts">{ context.text_with("assignment-for", &[
                        ("class", assignment.class_name.as_str().into()),
                        ("pack", title.as_str().into()),
                    ]) }</p>
                    <p class="hint">{ context.text("assignment-hint") }</p>
                    <Link<Route> to={Route::Pack { pack_id: assignment.pack_id.clone() }} classes="button assignment-start">
                        { context.text("assignment-start") }
                    </Link<Route>>
                </>
            }
        }
    };
    html! {
        <div class="page assignment-page">
            <h1>{ context.text("assignment-title") }</h1>
            { content }
        </div>
    }
}
