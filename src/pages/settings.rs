//! The settings page.

use yew::prelude::*;

use crate::components::language_picker::LanguagePicker;
use crate::context::use_app_context;

/// The interface language, and later the editor's font size and more.
#[function_component(SettingsPage)]
pub fn settings_page() -> Html {
    let context = use_app_context();
    let storage_warning = (!context.app_state().storage_available).then(|| {
        html! { <p class="warning" role="status">{ context.text("storage-unavailable") }</p> }
    });
    html! {
        <div class="page settings-page">
            <h1>{ context.text("settings-title") }</h1>
            <section aria-labelledby="settings-language">
                <h2 id="settings-language">{ context.text("settings-language") }</h2>
                <LanguagePicker selected={context.language()} />
            </section>
            { for storage_warning }
        </div>
    }
}
