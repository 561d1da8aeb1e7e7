//! The root component: the state, the language question, and the router.

use std::rc::Rc;

use engine::i18n::Localizer;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::context::{AppContext, ReducibleState};
use crate::pages::home::HomePage;
use crate::pages::language_question::LanguageQuestionPage;
use crate::pages::lesson::LessonPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::pack::PackPage;
use crate::pages::settings::SettingsPage;
use crate::routes::Route;
use crate::services::{browser, panic_screen, storage};
use crate::state::AppState;

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| ReducibleState(initial_state()));
    let language = state.0.language.unwrap_or(state.0.suggested_language);
    let localizer = use_memo(language, |language| Localizer::new(*language));
    let context = AppContext {
        state: state.clone(),
        localizer: Rc::clone(&localizer),
    };

    {
        let app_name = context.text("app-name");
        let localizer = Rc::clone(&localizer);
        use_effect_with(language, move |language| {
            browser::set_document_language(language.code(), &app_name);
            panic_screen::prepare(&localizer);
        });
    }

    let body = if state.0.language.is_none() {
        html! { <LanguageQuestionPage /> }
    } else {
        html! {
            <HashRouter>
                <Header />
                <main id="content" tabindex="-1">
                    <Switch<Route> render={render_route} />
                </main>
            </HashRouter>
        }
    };
    html! {
        <ContextProvider<AppContext> context={context}>
            { body }
        </ContextProvider<AppContext>>
    }
}

fn render_route(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Pack { pack_id } => html! { <PackPage {pack_id} /> },
        Route::Lesson { pack_id, lesson_id } => html! { <LessonPage {pack_id} {lesson_id} /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// The language comes from a link's `?lang=`, else from an earlier visit; the
/// browser's own languages only pre-select the question's answer.
fn initial_state() -> AppState {
    let mut store = storage::LocalStore::open();
    let storage_available = store.is_available();
    let from_link = engine::settings::language_from_link_query(&browser::address_query());
    if let Some(language) = from_link {
        // A link's language is also the pupil's choice from now on; if it cannot
        // be kept, the app still works in it for this visit.
        let _ = engine::settings::save_chosen_language(&mut store, language);
        browser::remove_language_from_address();
    }
    let chosen = from_link.or_else(|| engine::settings::load_chosen_language(&store));
    let suggested = engine::i18n::Language::from_browser_preferences(
        browser::preferred_languages().iter().map(String::as_str),
    );
    let editor_font_size = engine::settings::load_editor_font_size(&store);
    AppState::new(chosen, suggested, storage_available, editor_font_size)
}

/// The language the page starts in, before any component has run: the one
/// chosen on an earlier visit, else the browser's.
pub fn starting_language() -> engine::i18n::Language {
    engine::settings::load_chosen_language(&storage::LocalStore::open()).unwrap_or_else(|| {
        engine::i18n::Language::from_browser_preferences(
            browser::preferred_languages().iter().map(String::as_str),
        )
    })
}
