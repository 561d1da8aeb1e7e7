//! The settings page: a link to the pupils on this browser (names), the
//! progress saved to and opened from a file, the interface language, the
//! code editor's font size, the theme, text size and low-end mode, what the browser's storage holds, and the app's
//! version with whether it works offline here.

use engine::progress::storage_space::{storage_usage, BROWSER_STORAGE_CHARACTERS};
use engine::settings::EDITOR_FONT_SIZES;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::display_choices::DisplayChoices;
use crate::components::language_picker::LanguagePicker;
use crate::components::progress_files::{OpenInto, ProgressFiles};
use crate::context::{use_app_context, AppContext};
use crate::routes::Route;
use crate::services::offline::{self, OfflineSupport};
use crate::services::progress::change_profile;
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
            <p><Link<Route> to={Route::Profiles}>{ context.text("settings-pupils-link") }</Link<Route>></p>
            <section aria-labelledby="settings-progress">
                <h2 id="settings-progress">{ context.text("settings-progress") }</h2>
                <p class="hint">{ context.text("settings-progress-hint") }</p>
                <ProgressFiles target={OpenInto::ChosenProfile} />
            </section>
            <section aria-labelledby="settings-language">
                <h2 id="settings-language">{ context.text("settings-language") }</h2>
                <LanguagePicker selected={context.language()} />
            </section>
            { editor_font_size_section(&context) }
            <DisplayChoices />
            { storage_section(&context) }
            { for storage_warning }
            { about_section(&context) }
        </div>
    }
}

/// The app's version, and whether it opens here without the internet.
fn about_section(context: &AppContext) -> Html {
    let version = match offline::build_label() {
        Some(label) => format!("{} ({label})", env!("CARGO_PKG_VERSION")),
        None => env!("CARGO_PKG_VERSION").to_owned(),
    };
    let offline_text = match offline::offline_support() {
        OfflineSupport::Kept => context.text("offline-kept"),
        OfflineSupport::NotYet => context.text("offline-not-yet"),
        OfflineSupport::NetworkAddress(address) => {
            context.text_with("offline-network-address", &[("address", address.into())])
        }
    };
    html! {
        <section aria-labelledby="settings-about">
            <h2 id="settings-about">{ context.text("settings-about") }</h2>
            <p class="app-version">{ context.text_with("settings-version", &[("version", version.into())]) }</p>
            <p class="offline-state">{ offline_text }</p>
        </section>
    }
}

/// A button per offered size and a line of code in the chosen one.
fn editor_font_size_section(context: &AppContext) -> Html {
    let chosen = context.app_state().editor_font_size;
    let buttons = EDITOR_FONT_SIZES.into_iter().map(|font_size| {
        let context = context.clone();
        let choose = Callback::from(move |_: MouseEvent| {
            // If the browser cannot keep the choice, it still holds for this visit.
            if let Some(profile) = &context.app_state().profile {
                let _ = change_profile(&profile.id, |profile| profile.editor_font_size = font_size);
            }
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

/// What the browser's storage holds for this site, beside the space it gives.
fn storage_section(context: &AppContext) -> Html {
    let Some(profile) = &context.app_state().profile else {
        return Html::default();
    };
    let Ok(usage) = storage_usage(&LocalStore::open(), &profile.id) else {
        return Html::default();
    };
    let kilobytes = |bytes: u64| format!("{}", bytes.div_ceil(1024));
    let row = |message_id: &str, bytes: u64| {
        html! {
            <tr>
                <th scope="row">{ context.text(message_id) }</th>
                <td>{ context.text_with("storage-kilobytes", &[("kilobytes", kilobytes(bytes).into())]) }</td>
            </tr>
        }
    };
    let used = context.text_with(
        "storage-used",
        &[
            ("used", kilobytes(usage.total()).into()),
            ("total", kilobytes(BROWSER_STORAGE_CHARACTERS).into()),
        ],
    );
    html! {
        <section aria-labelledby="settings-storage">
            <h2 id="settings-storage">{ context.text("settings-storage") }</h2>
            <p class="storage-used">
                <progress max={BROWSER_STORAGE_CHARACTERS.to_string()} value={usage.total().to_string()}></progress>
                { used }
            </p>
            <table class="storage-table">
                { row("storage-row-this-profile", usage.this_profile) }
                { row("storage-row-other-profiles", usage.other_profiles) }
                { row("storage-row-earlier-versions", usage.earlier_versions) }
                { row("storage-row-imported-packs", usage.imported_packs) }
                { row("storage-row-set-aside", usage.set_aside) }
                { row("storage-row-other", usage.other) }
            </table>
            <p class="hint">{ context.text("storage-hint") }</p>
        </section>
    }
}
