//! One pack: its lessons, each marked with the pupil's progress, and, when
//! the class has an assignment for it, the hand-in box.

use std::rc::Rc;

use engine::pack::{Pack, PackLevel};
use engine::progress::lesson_store::{profile_lessons, StoredLesson};
use engine::progress::LessonState;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::hand_in_box::HandInBox;
use crate::components::load_problem::pack_problem;
use crate::context::{use_app_context, AppContext};
use crate::routes::Route;
use crate::services::classroom::assignment_for;
use crate::services::packs::ensure_pack;
use crate::services::storage::LocalStore;
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
        Loadable::Loaded(pack) => {
            let assignment = assignment_for(&pack.id).map(|assignment| {
                html! { <HandInBox pack={Rc::clone(pack)} {assignment} /> }
            });
            pack_contents(&context, pack, assignment.unwrap_or_default())
        }
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

fn pack_contents(context: &AppContext, pack: &Pack, assignment: Html) -> Html {
    let language = context.language();
    let (title, _) = pack.title.pick(language, pack.default_language);
    let (description, _) = pack.description.pick(language, pack.default_language);
    let states = lesson_states(&stored_lessons(context), pack);
    let solved_count = states
        .iter()
        .filter(|state| **state == LessonState::Solved)
        .count();
    let is_solved = |lesson_id: &str| {
        pack.lessons
            .iter()
            .position(|lesson| lesson.id == lesson_id)
            .is_some_and(|index| states[index] == LessonState::Solved)
    };
    let lessons = pack.lessons.iter().enumerate().map(|(position, lesson)| {
        let (lesson_title, _) = lesson.title.pick(language, pack.default_language);
        let (summary, _) = lesson.summary.pick(language, pack.default_language);
        let state = states[position];
        let missing: Vec<String> = lesson
            .requires
            .iter()
            .filter(|required| !is_solved(required))
            .filter_map(|required| pack.lesson(required))
            .map(|required| {
                required
                    .title
                    .pick(language, pack.default_language)
                    .0
                    .to_owned()
            })
            .collect();
        let number = html! { <span class="lesson-number">{ position + 1 }</span> };
        let title_and_summary = html! {
            <span class="lesson-text">
                <span class="lesson-title">{ lesson_title }</span>
                if !summary.is_empty() { <span class="lesson-summary">{ summary }</span> }
            </span>
        };
        if !missing.is_empty() {
            let lock_note =
                context.text_with("lesson-locked", &[("lessons", missing.join(", ").into())]);
            return html! {
                <li class="lesson-item locked" data-lesson={lesson.id.clone()}>
                    <div class="lesson-link" aria-disabled="true">
                        { number }
                        { title_and_summary }
                        <span class="lesson-state locked">{ lock_note }</span>
                    </div>
                </li>
            };
        }
        let route = Route::Lesson {
            pack_id: pack.id.clone(),
            lesson_id: lesson.id.clone(),
        };
        html! {
            <li class="lesson-item" data-lesson={lesson.id.clone()}>
                <Link<Route> to={route} classes="lesson-link">
                    { number }
                    { title_and_summary }
                    <span class={classes!("lesson-state", state_class(state))}>
                        <span class="state-icon" aria-hidden="true">{ state_icon(state) }</span>
                        { context.text(state.message_id()) }
                    </span>
                </Link<Route>>
            </li>
        }
    });
    let mut facts = Vec::new();
    if let Some(author) = &pack.author {
        facts.push(context.text_with("pack-author", &[("author", author.as_str().into())]));
    }
    if let Some([youngest, oldest]) = pack.ages {
        facts.push(context.text_with(
            "pack-ages",
            &[
                ("youngest", usize::from(youngest).into()),
                ("oldest", usize::from(oldest).into()),
            ],
        ));
    }
    if let Some(level) = pack.level {
        let level = match level {
            PackLevel::Beginner => "beginner",
            PackLevel::Intermediate => "intermediate",
            PackLevel::Advanced => "advanced",
        };
        facts.push(context.text_with("pack-level", &[("level", level.into())]));
    }
    html! {
        <>
            <h1>{ title }</h1>
            <p class="pack-description">{ description }</p>
            if !facts.is_empty() {
                <p class="pack-meta pack-facts">{ facts.join(" · ") }</p>
            }
            { assignment }
            <h2>{ context.text("pack-lessons-title") }</h2>
            <p class="pack-progress">
                <progress max={pack.lessons.len().to_string()} value={solved_count.to_string()}></progress>
                { context.text_with("pack-solved-of", &[("solved", solved_count.into()), ("total", pack.lessons.len().into())]) }
            </p>
            <ol class="lesson-list">{ for lessons }</ol>
        </>
    }
}

/// The pupil's kept lesson records (none without a profile or storage).
pub fn stored_lessons(context: &AppContext) -> Vec<StoredLesson> {
    context
        .app_state()
        .profile
        .as_ref()
        .and_then(|profile| profile_lessons(&LocalStore::open(), profile).ok())
        .unwrap_or_default()
}

/// The state of each of the pack's lessons, in order, from `stored`.
pub fn lesson_states(stored: &[StoredLesson], pack: &Pack) -> Vec<LessonState> {
    pack.lessons
        .iter()
        .map(|lesson| {
            stored
                .iter()
                .find(|kept| kept.pack_id == pack.id && kept.lesson_id == lesson.id)
                .map_or(LessonState::NotStarted, |kept| kept.progress.state())
        })
        .collect()
}

/// A mark beside the state's word, so colour is not the only signal.
pub fn state_icon(state: LessonState) -> &'static str {
    match state {
        LessonState::NotStarted => "○",
        LessonState::InProgress => "◐",
        LessonState::Solved => "✓",
    }
}

fn state_class(state: LessonState) -> &'static str {
    match state {
        LessonState::NotStarted => "not-started",
        LessonState::InProgress => "in-progress",
        LessonState::Solved => "solved",
    }
}
