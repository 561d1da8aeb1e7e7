//! The root component: the state, the translations, the language question,
//! and the router.
//!
//! The interface waits for its language's messages (fetched by
//! `services::translations`): until they arrive the loading mark shows, and a
//! failed download shows a translated message (compiled-in boot messages) with
//! a retry. A switch of language keeps the old texts until the new ones arrive.
//! The language question needs only the compiled-in boot messages, so no
//! language is fetched before the pupil has chosen one.

use std::rc::Rc;

use engine::i18n::{Language, Localizer};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::components::offline_notices::{network_notice_was_closed, offline_notices};
use crate::components::storage_notices::storage_notices;
use crate::context::{AppContext, ReducibleState};
use crate::pages::assignment::AssignmentPage;
use crate::pages::check_pack::CheckPackPage;
use crate::pages::home::HomePage;
use crate::pages::language_question::LanguageQuestionPage;
use crate::pages::lesson::LessonPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::pack::PackPage;
use crate::pages::profiles::ProfilesView;
use crate::pages::settings::SettingsPage;
use crate::pages::teacher::TeacherPage;
use crate::routes::Route;
use crate::services::{browser, offline, panic_screen, progress, storage, translations};
use crate::state::{Action, AppState};

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| ReducibleState(initial_state()));
    let language = state.0.language.unwrap_or(state.0.suggested_language);
    // The messages in use: the last language that arrived.
    let loaded = use_state(|| None::<Rc<Localizer>>);
    // The language whose messages could not be fetched, if the last try failed.
    let failed = use_state(|| None::<Language>);
    // Counts the pupil's retries, so each one fetches again.
    let attempt = use_state(|| 0_u32);
    // Every language downloaded in this visit, so switching back fetches nothing.
    let downloaded = use_mut_ref(Vec::<Rc<Localizer>>::new);
    // The language wanted now: a download that arrives for another one is dropped.
    let wanted = use_mut_ref(|| language);
    // Whether the language question is on screen: it stays until the chosen
    // language's messages are here, so the next page never shows in another.
    let asking = use_mut_ref(|| state.0.language.is_none());
    // The question's own texts, compiled in (shown before any language is fetched).
    let boot_localizer = use_memo(state.0.suggested_language, |suggested| {
        Rc::new(Localizer::boot(*suggested))
    });
    let chosen = state.0.language.is_some();
    {
        let loaded = loaded.clone();
        let failed = failed.clone();
        let fetch_key = (language, *attempt, chosen);
        use_effect_with(fetch_key, move |(language, _, chosen)| {
            if !*chosen {
                // The question asks in the boot messages; the chosen
                // language is fetched once it is chosen.
                return;
            }
            let language = *language;
            *wanted.borrow_mut() = language;
            let known = downloaded
                .borrow()
                .iter()
                .find(|localizer| localizer.language() == language)
                .cloned();
            if let Some(localizer) = known {
                if !loaded
                    .as_ref()
                    .is_some_and(|current| Rc::ptr_eq(current, &localizer))
                {
                    loaded.set(Some(localizer));
                }
                failed.set(None);
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let result = translations::load(language).await;
                if *wanted.borrow() != language {
                    return;
                }
                match result {
                    Ok(localizer) => {
                        let localizer = Rc::new(localizer);
                        downloaded.borrow_mut().push(Rc::clone(&localizer));
                        loaded.set(Some(localizer));
                        failed.set(None);
                    }
                    Err(_) => failed.set(Some(language)),
                }
            });
        });
    }
    if let Some(localizer) = &*loaded {
        if chosen && localizer.language() == language {
            *asking.borrow_mut() = false;
        }
    }
    // The messages in use: the fetched ones, or the boot messages while the
    // question is asked.
    let in_use = match (*loaded).clone() {
        Some(localizer) => Some(localizer),
        None if *asking.borrow() => Some(Rc::clone(&*boot_localizer)),
        None => None,
    };
    {
        let localizer = in_use.clone();
        let loaded_language = localizer.as_ref().map(|localizer| localizer.language());
        use_effect_with(loaded_language, move |_| {
            if let Some(localizer) = localizer {
                browser::set_document_language(
                    localizer.language().code(),
                    &localizer.text("app-name"),
                );
                panic_screen::prepare(&localizer);
            }
        });
    }

    {
        // The theme, text size and low-end mode on the root element.
        let display = state.0.display;
        use_effect_with(display, move |display| {
            let theme = display.theme.theme(browser::device_wants_more_contrast());
            browser::apply_display(theme, display.text_size, display.low_end);
        });
    }
    {
        // Another tab's saves: the profiles are read again, and pages that
        // show progress hear of it.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = progress::StorageListener::new(move |key| {
                let key = key.unwrap_or_default();
                if key.is_empty() || key == engine::progress::profiles::PROFILES_KEY {
                    let loaded =
                        engine::progress::profiles::load_profiles(&mut storage::LocalStore::open());
                    if let Ok(loaded) = loaded {
                        state.dispatch(Action::ProfilesChanged(loaded.profiles));
                    }
                } else if key.starts_with("bastau.v2.") {
                    state.dispatch(Action::ProgressChanged);
                }
            });
            move || drop(listener)
        });
    }

    {
        // The service worker: a new release waiting is offered under the top bar.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = offline::start(move || state.dispatch(Action::UpdateReady));
            move || drop(listener)
        });
    }

    if let Some(failed_language) = *failed {
        let failed = failed.clone();
        let attempt = attempt.clone();
        let retry = Callback::from(move |_: MouseEvent| {
            failed.set(None);
            attempt.set(*attempt + 1);
        });
        return texts_failed(failed_language, retry);
    }
    let Some(localizer) = in_use else {
        // The same mark as the page's own loading message in `www/index.html`.
        return html! { <p class="boot-loading" role="status" aria-busy="true">{ "…" }</p> };
    };
    let context = AppContext {
        state: state.clone(),
        localizer,
    };

    let body = if *asking.borrow() {
        html! { <LanguageQuestionPage /> }
    } else if state.0.profile.is_none() {
        html! { <ProfilesView start={true} /> }
    } else {
        html! {
            <HashRouter>
                <Header />
                { offline_notices(&context) }
                { storage_notices(&context) }
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

/// The interface's messages could not be fetched: says so in the wanted
/// language (boot messages, compiled in) with a button that tries again.
fn texts_failed(language: Language, retry: Callback<MouseEvent>) -> Html {
    let localizer = Localizer::boot(language);
    html! {
        <div class="fatal-message texts-failed" role="alert" lang={language.code()}>
            <h1>{ localizer.text("texts-failed-title") }</h1>
            <p>{ localizer.text("texts-failed-text") }</p>
            <button type="button" onclick={retry}>{ localizer.text("try-again") }</button>
        </div>
    }
}

fn render_route(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Pack { pack_id } => html! { <PackPage {pack_id} /> },
        Route::Lesson { pack_id, lesson_id } => html! { <LessonPage {pack_id} {lesson_id} /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::Profiles => html! { <ProfilesView start={false} /> },
        Route::CheckPack => html! { <CheckPackPage /> },
        Route::Teacher => html! { <TeacherPage /> },
        Route::Assignment { data } => html! { <AssignmentPage {data} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// The store is brought up to date first (`services::progress::start`). The
/// language comes from a link's `?lang=`, else the pupil's profile, else the
/// last choice on this browser; the browser's own languages only pre-select
/// the question's answer.
fn initial_state() -> AppState {
    let starting = progress::start();
    let mut store = storage::LocalStore::open();
    let storage_available = store.is_available();
    let from_link = engine::settings::language_from_link_query(&browser::address_query());
    let mut chosen_profile = starting.chosen.clone();
    let mut profiles = starting.profiles;
    if let Some(language) = from_link {
        // A link's language is also the pupil's choice from now on; if it cannot
        // be kept, the app still works in it for this visit.
        let _ = engine::settings::save_chosen_language(&mut store, language);
        if let Some(profile) = &mut chosen_profile {
            profile.language = Some(language);
            if let Ok(kept) = progress::change_profile(&profile.id, |kept| {
                kept.language = Some(language);
            }) {
                profiles = kept;
            }
        }
        browser::remove_language_from_address();
    }
    let chosen = from_link
        .or_else(|| chosen_profile.as_ref().and_then(|profile| profile.language))
        .or_else(|| engine::settings::load_chosen_language(&store));
    let suggested = engine::i18n::Language::from_browser_preferences(
        browser::preferred_languages().iter().map(String::as_str),
    );
    let editor_font_size = chosen_profile
        .as_ref()
        .map_or(engine::settings::DEFAULT_EDITOR_FONT_SIZE, |profile| {
            profile.editor_font_size
        });
    let mut state = AppState::new(chosen, suggested, storage_available, editor_font_size);
    if let Some(profile) = &chosen_profile {
        state.display = profile.display;
    }
    if let Some(profile) = &chosen_profile {
        progress::remember_choice(&profile.id);
    }
    state.profiles = profiles;
    state.profile = chosen_profile;
    state.storage_notices = starting.notices;
    if let offline::OfflineSupport::NetworkAddress(address) = offline::offline_support() {
        if !network_notice_was_closed(&store, &address) {
            state.network_address_notice = Some(address);
        }
    }
    state
}

/// The language the page starts in, before any component has run: a link's
/// `?lang=`, else the one chosen last on this browser, else the browser's.
pub fn starting_language() -> engine::i18n::Language {
    engine::settings::language_from_link_query(&browser::address_query())
        .or_else(|| engine::settings::load_chosen_language(&storage::LocalStore::open()))
        .unwrap_or_else(|| {
            engine::i18n::Language::from_browser_preferences(
                browser::preferred_languages().iter().map(String::as_str),
            )
        })
}
