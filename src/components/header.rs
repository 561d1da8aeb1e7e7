//! The bar at the top of every page: the app's name and the main links.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::use_app_context;
use crate::routes::Route;

/// The top bar.
#[function_component(Header)]
pub fn header() -> Html {
    let context = use_app_context();
    html! {
        <header class="top-bar">
            <a class="skip-link" href="#content" onclick={Callback::from(|event: MouseEvent| {
                event.prevent_default();
                crate::services::browser::focus_element("content");
            })}>{ context.text("skip-to-content") }</a>
            <Link<Route> to={Route::Home} classes="brand">{ context.text("app-name") }</Link<Route>>
            <nav class="top-links">
                <Link<Route> to={Route::Home}>{ context.text("nav-home") }</Link<Route>>
                <Link<Route> to={Route::Settings}>
                    { context.text("nav-settings") }
                    <span class="language-badge" aria-hidden="true">{ context.language().code() }</span>
                </Link<Route>>
            </nav>
        </header>
    }
}
