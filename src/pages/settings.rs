//! The settings page: the interface language and the code editor's font size.

use engine::settings::{save_editor_font_size, EDITOR_FONT_SIZES};
use yew::prelude::*;

use crate::components::language_picker::LanguagePicker;
use crate::context::{use_app_context, AppContext};
use crate::services::storage::LocalStore;
use crate::state::Action;

/// The interface language and the editor's font size.
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
            { editor_font_size_section(&context) }
            { for storage_warning }
        </div>
    }
}

/// A button per offered size and a line of code in the chosen one.
fn editor_font_size_section(context: &AppContext) -> Html {
    let chosen = context.app_state().editor_font_size;
    let buttons = EDITOR_FONT_SIZES.into_iter().map(|font_size| {
        let context = context.clone();
        let choose = Callback::from(move |_: MouseEvent| {
            // If the browser cannot keep the choice, it still holds for this visit.
            let _ = save_editor_font_size(&mut LocalStore::open(), font_size);
            context.dispatch(Action::ChooseEditorFontSize(font_size));
        });
        let is_chosen = font_size == chosen;
        html! {
            <button type="button" class={classes!("font-size-button", is_chosen.then_some("selected"))}
                aria-pressed={is_chosen.to_string()} data-font-size={font_size.to_string()}
                onclick={choose}>
                { font_size }
            </button>
        }
    });
    html! {
        <section aria-labelledby="settings-editor-font-size">
            <h2 id="settings-editor-font-size">{ context.text("settings-editor-font-size") }</h2>
            <div class="font-size-picker" role="group" aria-labelledby="settings-editor-font-size">
                { for buttons }
            </div>
            <p class="hint">{ context.text("settings-editor-font-size-hint") }</p>
            <pre class="font-size-preview" style={format!("font-size: {chosen}px")}>
                { context.text("settings-editor-font-preview") }
            </pre>
        </section>
    }
}
