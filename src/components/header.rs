//! The bar at the top of every page: the app's name and the main links.

use yew::prelude::*;
use yew_router::prelude::*;

use engine::i18n::Language;
use web_sys::HtmlSelectElement;

use crate::context::use_app_context;
use crate::routes::Route;

/// The top bar.
#[function_component(Header)]
pub fn header() -> Html {
    let context = use_app_context();
    // The language can change on any page, a lesson's included: its texts
    // follow, and the pupil's code stays.
    let on_language = {
        let context = context.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Some(language) = Language::from_code(&select.value()) {
                crate::services::progress::choose_language(&context, language);
            }
        })
    };
    let profile_link = context.app_state().profile.as_ref().map(|profile| {
        let name = crate::pages::profiles::display_name(&context, profile);
        html! {
            <Link<Route> to={Route::Profiles} classes="profile-chip">
                <span class="profile-initial" aria-hidden="true">{ crate::pages::profiles::initial_of(&name) }</span>
                <span class="visually-hidden">{ context.text("profiles-title") }{ ": " }</span>
                <span class="profile-chip-name">{ name }</span>
            </Link<Route>>
        }
    });
    let current = context.language();
    let options = Language::ALL.into_iter().map(|language| {
        html! {
            <option value={language.code()} lang={language.code()} selected={language == current}>
                { language.native_name() }
            </option>
        }
    });
    html! {
        <header class="top-bar">
            <a class="skip-link" href="#content" onclick={Callback::from(|event: MouseEvent| {
                event.prevent_default();
                crate::services::browser::focus_element("content");
            })}>{ context.text("skip-to-content") }</a>
            <Link<Route> to={Route::Home} classes="brand">{ context.text("app-name") }</Link<Route>>
            <nav class="top-links">
                <Link<Route> to={Route::Home}>{ context.text("nav-home") }</Link<Route>>
                { profile_link }
                <Link<Route> to={Route::Settings}>
                    { context.text("nav-settings") }
                    <span class="language-badge" aria-hidden="true">{ context.language().code() }</span>
                </Link<Route>>
                <select class="header-language" aria-label={context.text("header-language")} onchange={on_language}>
                    { for options }
                </select>
            </nav>
        </header>
    }
}
