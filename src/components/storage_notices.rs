//! What the pupil should read about the stored data, under the top bar:
//! records kept aside because they could not be read, progress saved by a
//! newer version of the app, moving an earlier version's progress stopped,
//! and what opening a progress file on the start screen changed. Each can be closed.

use yew::prelude::*;

use engine::progress::json::JsonValue;
use engine::storage::KeyValueStore;

use crate::components::progress_files::summary_view;
use crate::context::AppContext;
use crate::services::progress::save_text_file;
use crate::services::storage::LocalStore;
use crate::state::{Action, StorageNotice};

/// The notices, if any (a plain function: it keeps no state of its own).
pub fn storage_notices(context: &AppContext) -> Html {
    let notices = context.app_state().storage_notices.iter().enumerate().map(|(position, notice)| {
        let text = match notice {
            StorageNotice::SetAside(keys) => context.text_with(
                "storage-set-aside",
                &[
                    ("count", keys.len().into()),
                    ("keys", keys.join(", ").into()),
                ],
            ),
            StorageNotice::NewerVersion(version) => context.text_with(
                "storage-newer-version",
                &[("version", version.to_string().into())],
            ),
            StorageNotice::MigrationStopped => context.text("storage-migration-stopped"),
        };
        let close = {
            let context = context.clone();
            Callback::from(move |_: MouseEvent| context.dispatch(Action::DismissNotice(position)))
        };
        // The kept text can go to a file for the teacher, in one click.
        let save_kept = match notice {
            StorageNotice::SetAside(keys) => {
                let keys = keys.clone();
                let save = Callback::from(move |_: MouseEvent| save_kept_texts(&keys));
                Some(html! {
                    <button type="button" class="save-kept" onclick={save}>{ context.text("storage-save-kept") }</button>
                })
            }
            _ => None,
        };
        html! {
            <div class="storage-notice" role="alert">
                <p>{ text }</p>
                { for save_kept }
                <button type="button" class="link-button" onclick={close}>{ context.text("notice-close") }</button>
            </div>
        }
    });
    let import_summary = context.app_state().import_summary.as_ref().map(|summary| {
        let close = {
            let context = context.clone();
            Callback::from(move |_: MouseEvent| context.dispatch(Action::ShowImportSummary(None)))
        };
        html! {
            <div class="storage-notice opened-summary">
                { summary_view(context, summary) }
                <button type="button" class="link-button" onclick={close}>{ context.text("notice-close") }</button>
            </div>
        }
    });
    html! { <>{ for notices }{ for import_summary }</> }
}

/// Saves the raw texts kept under `keys` as one readable JSON file
/// (`{"key": "text", ...}`), for a teacher to look at or repair.
fn save_kept_texts(keys: &[String]) {
    let store = LocalStore::open();
    let fields = keys
        .iter()
        .filter_map(|key| {
            let text = store.read(key).ok().flatten()?;
            Some((key.clone(), JsonValue::Text(text)))
        })
        .collect();
    let text = JsonValue::Object(fields).to_readable_text();
    // A refusal of the browser leaves the texts where they are.
    let _ = save_text_file("bastau-kept-aside.json", &text);
}
