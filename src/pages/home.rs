//! The home page: "continue where you stopped", and the lesson packs with
//! how many of each pack's lessons the pupil has solved.
//!
//! Built-in packs are drawn from the summaries in `packs/index.toml`, so
//! the page fetches no pack; imported packs (kept in local storage) are
//! read from storage.

use engine::pack::{LocalizedText, Pack, PackSummary};
use engine::progress::lesson_store::{last_worked_lesson, StoredLesson};
use engine::progress::LessonState;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::load_problem::{pack_problem, LoadProblem};
use crate::components::pack_import::PackImport;
use crate::context::{use_app_context, AppContext};
use crate::pages::pack::stored_lessons;
use crate::routes::Route;
use crate::services::packs::{
    ensure_pack, ensure_pack_index, imported_pack_size, remove_imported_pack,
};
use crate::state::Loadable;

/// Lists the built-in packs with their titles and lesson counts.
#[function_component(HomePage)]
pub fn home_page() -> Html {
    let context = use_app_context();
    let mut pack_ids: Vec<String> = match &context.app_state().pack_index {
        Loadable::Loaded(index) => index.packs.clone(),
        _ => Vec::new(),
    };
    let imported_ids = context.app_state().imported_pack_ids.clone();
    pack_ids.extend(imported_ids.iter().cloned());
    {
        // Imported packs come from storage; built-in ones are summarised
        // by the index (one without a summary, as from an older index, is
        // fetched).
        let context = context.clone();
        let unsummarised: Vec<String> = pack_ids
            .iter()
            .filter(|pack_id| index_summary(&context, pack_id).is_none())
            .cloned()
            .collect();
        use_effect_with(unsummarised, move |pack_ids| {
            ensure_pack_index(&context);
            for pack_id in pack_ids {
                ensure_pack(&context, pack_id);
            }
        });
    }
    // The pupil's records, read once for every card and "continue".
    let stored = stored_lessons(&context);
    let content = match &context.app_state().pack_index {
        Loadable::NotRequested | Loadable::Loading => loading(&context),
        Loadable::Failed(failure) => {
            let retry_context = context.clone();
            let on_retry = Callback::from(move |_| ensure_pack_index(&retry_context));
            html! { <LoadProblem failure={failure.clone()} pack_id="index" {on_retry} /> }
        }
        Loadable::Loaded(_) => html! {
            <ul class="pack-list">
                { for pack_ids.iter().map(|pack_id| pack_card(&context, &stored, pack_id, imported_ids.contains(pack_id))) }
            </ul>
        },
    };
    html! {
        <div class="page home-page">
            <h1>{ context.text("home-title") }</h1>
            { continue_card(&context, &stored) }
            { content }
            <PackImport />
        </div>
    }
}

fn loading(context: &AppContext) -> Html {
    html! { <p class="loading" aria-live="polite">{ context.text("loading") }</p> }
}

/// The summary the pack index carries for `pack_id` (built-in packs).
fn index_summary(context: &AppContext, pack_id: &str) -> Option<PackSummary> {
    match &context.app_state().pack_index {
        Loadable::Loaded(index) => index.summary(pack_id).cloned(),
        _ => None,
    }
}

fn pack_card(context: &AppContext, stored: &[StoredLesson], pack_id: &str, imported: bool) -> Html {
    let summary = (!imported)
        .then(|| index_summary(context, pack_id))
        .flatten();
    let body = match (summary, context.app_state().pack(pack_id)) {
        (Some(summary), _) => summary_card(context, stored, &summary),
        (None, Loadable::NotRequested | Loadable::Loading) => loading(context),
        (None, Loadable::Failed(failure)) => pack_problem(context, pack_id, failure.clone()),
        (None, Loadable::Loaded(pack)) => summary_card(context, stored, &PackSummary::of(pack)),
    };
    let imported_footer = imported.then(|| {
        let size = imported_pack_size(pack_id);
        let kilobytes = format!("{:.1}", size as f64 / 1024.0);
        let remove = {
            let context = context.clone();
            let pack_id = pack_id.to_owned();
            Callback::from(move |_: MouseEvent| {
                // A refusal of the storage leaves the pack listed, as it still is.
                let _ = remove_imported_pack(&context, &pack_id);
            })
        };
        html! {
            <div class="imported-pack">
                <span class="pack-meta">{ context.text_with("imported-pack-size", &[("kilobytes", kilobytes.as_str().into())]) }</span>
                <button type="button" class="remove-pack" onclick={remove}>{ context.text("imported-pack-remove") }</button>
            </div>
        }
    });
    html! {
        <li class={classes!("pack-card", imported.then_some("imported"))} data-pack={pack_id.to_owned()}>
            { body }
            { for imported_footer }
        </li>
    }
}

fn summary_card(context: &AppContext, stored: &[StoredLesson], summary: &PackSummary) -> Html {
    let language = context.language();
    let (title, _) = summary.title.pick(language, summary.default_language);
    let (description, _) = summary.description.pick(language, summary.default_language);
    let total = summary.lessons.len();
    let solved = summary
        .lessons
        .iter()
        .filter(|lesson| {
            stored.iter().any(|kept| {
                kept.pack_id == summary.id
                    && kept.lesson_id == lesson.id
                    && kept.progress.state() == LessonState::Solved
            })
        })
        .count();
    let progress_text = context.text_with(
        "home-solved-of",
        &[("solved", solved.into()), ("total", total.into())],
    );
    html! {
        <Link<Route> to={Route::Pack { pack_id: summary.id.clone() }} classes="pack-link">
            <h2>{ title }</h2>
            <p>{ description }</p>
            <p class="pack-meta pack-progress">
                <progress max={total.to_string()} value={solved.to_string()}></progress>
                { progress_text }
            </p>
        </Link<Route>>
    }
}

/// "Continue where you stopped": the lesson worked on last, once its pack
/// (its summary in the index, or the pack itself) is here to name it.
fn continue_card(context: &AppContext, lessons: &[StoredLesson]) -> Html {
    let Some(last) = last_worked_lesson(lessons) else {
        return Html::default();
    };
    let Some((pack_title, lesson_title, default_language)) =
        continue_titles(context, &last.pack_id, &last.lesson_id)
    else {
        return Html::default();
    };
    let language = context.language();
    let (pack_title, _) = pack_title.pick(language, default_language);
    let (lesson_title, _) = lesson_title.pick(language, default_language);
    let route = Route::Lesson {
        pack_id: last.pack_id.clone(),
        lesson_id: last.lesson_id.clone(),
    };
    html! {
        <Link<Route> to={route} classes="continue-card">
            <span class="continue-label">{ context.text("home-continue") }</span>
            <span class="continue-lesson">{ lesson_title }</span>
            <span class="pack-meta">{ pack_title }</span>
        </Link<Route>>
    }
}

/// The pack's and the lesson's titles and the pack's default language, from
/// the pack if it is here (imported packs always are), else from the index.
fn continue_titles(
    context: &AppContext,
    pack_id: &str,
    lesson_id: &str,
) -> Option<(LocalizedText, LocalizedText, engine::i18n::Language)> {
    if let Loadable::Loaded(pack) = context.app_state().pack(pack_id) {
        let pack: &Pack = pack;
        let lesson = pack.lesson(lesson_id)?;
        return Some((
            pack.title.clone(),
            lesson.title.clone(),
            pack.default_language,
        ));
    }
    let summary = index_summary(context, pack_id)?;
    let lesson = summary.lesson(lesson_id)?;
    Some((
        summary.title.clone(),
        lesson.title.clone(),
        summary.default_language,
    ))
}
