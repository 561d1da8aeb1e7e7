//! Any address the app does not know.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::use_app_context;
use crate::routes::Route;

/// Says the address leads nowhere and offers the way home.
#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let context = use_app_context();
    html! {
        <div class="page not-found-page">
            <h1>{ context.text("not-found-title") }</h1>
            <p>{ context.text("not-found-text") }</p>
            <Link<Route> to={Route::Home} classes="button">{ context.text("go-home") }</Link<Route>>
        </div>
    }
}
