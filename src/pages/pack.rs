//! One pack: its lessons, each marked with the pupil's progress.

use engine::pack::PackManifest;
use engine::progress::LessonState;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::load_problem::pack_problem;
use crate::context::{use_app_context, AppContext};
use crate::routes::Route;
use crate::services::packs::ensure_pack;
use crate::state::Loadable;

/// Properties of [`PackPage`] and other pages about one pack.
#[derive(Properties, PartialEq)]
pub struct PackPageProps {
    /// The pack's id, from the address.
    pub pack_id: String,
}

/// The pack's title, description and lessons.
#[function_component(PackPage)]
pub fn pack_page(props: &PackPageProps) -> Html {
    let context = use_app_context();
    use_pack(&context, &props.pack_id);
    let content = match context.app_state().pack(&props.pack_id) {
        Loadable::NotRequested | Loadable::Loading => {
            html! { <p class="loading" aria-live="polite">{ context.text("loading") }</p> }
        }
        Loadable::Failed(failure) => pack_problem(&context, &props.pack_id, failure.clone()),
        Loadable::Loaded(manifest) => pack_contents(&context, manifest),
    };
    html! { <div class="page pack-page">{ content }</div> }
}

/// Asks for the pack once the page shows, and again when the address changes.
#[hook]
pub fn use_pack(context: &AppContext, pack_id: &str) {
    let context = context.clone();
    use_effect_with(pack_id.to_owned(), move |pack_id| {
        ensure_pack(&context, pack_id)
    });
}

fn pack_contents(context: &AppContext, manifest: &PackManifest) -> Html {
    let language = context.language();
    let (title, _) = manifest.title.pick(language, manifest.default_language);
    let (description, _) = manifest
        .description
        .pick(language, manifest.default_language);
    let lessons = manifest.lessons.iter().enumerate().map(|(position, lesson)| {
        let (lesson_title, _) = lesson.title.pick(language, manifest.default_language);
        // Progress is not kept yet (the progress issue adds it): every lesson starts here.
        let state = LessonState::NotStarted;
        let route = Route::Lesson { pack_id: manifest.id.clone(), lesson_id: lesson.id.clone() };
        html! {
            <li class="lesson-item" data-lesson={lesson.id.clone()}>
                <Link<Route> to={route} classes="lesson-link">
                    <span class="lesson-number">{ position + 1 }</span>
                    <span class="lesson-title">{ lesson_title }</span>
                    <span class={classes!("lesson-state", state_class(state))}>{ context.text(state.message_id()) }</span>
                </Link<Route>>
            </li>
        }
    });
    html! {
        <>
            <h1>{ title }</h1>
            <p class="pack-description">{ description }</p>
            <h2>{ context.text("pack-lessons-title") }</h2>
            <ol class="lesson-list">{ for lessons }</ol>
        </>
    }
}

fn state_class(state: LessonState) -> &'static str {
    match state {
        LessonState::NotStarted => "not-started",
        LessonState::InProgress => "in-progress",
        LessonState::Solved => "solved",
    }
}
