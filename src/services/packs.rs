//! Loading the built-in lesson packs into the app's state.

use engine::pack::{PackIndex, PackManifest};

use crate::context::AppContext;
use crate::services::network::fetch_text;
use crate::state::{Action, LoadFailure, Loadable};

/// Where the built-in packs sit, relative to the page.
const LESSONS_FOLDER: &str = "lessons";

/// Fetches the list of packs unless it is here or on its way.
pub fn ensure_pack_index(context: &AppContext) {
    if matches!(
        context.app_state().pack_index,
        Loadable::Loading | Loadable::Loaded(_)
    ) {
        return;
    }
    context.dispatch(Action::PackIndexRequested);
    let state = context.state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_text(&format!("{LESSONS_FOLDER}/index.toml"))
            .await
            .and_then(|source| {
                PackIndex::parse(&source).map_err(|error| {
                    LoadFailure::Broken(format!("{}: {}", error.file, error.problem))
                })
            });
        state.dispatch(Action::PackIndexArrived(result));
    });
}

/// Fetches the pack `pack_id` unless it is here or on its way.
pub fn ensure_pack(context: &AppContext, pack_id: &str) {
    if matches!(
        context.app_state().pack(pack_id),
        Loadable::Loading | Loadable::Loaded(_)
    ) {
        return;
    }
    request_pack(context, pack_id);
}

/// Fetches the pack `pack_id` again, as after a failure.
pub fn request_pack(context: &AppContext, pack_id: &str) {
    context.dispatch(Action::PackRequested(pack_id.to_owned()));
    let state = context.state.clone();
    let pack_id = pack_id.to_owned();
    wasm_bindgen_futures::spawn_local(async move {
        let result = load_pack(&pack_id).await;
        state.dispatch(Action::PackArrived(pack_id, result));
    });
}

async fn load_pack(pack_id: &str) -> Result<PackManifest, LoadFailure> {
    // An id that could climb out of the lessons folder is simply not a pack.
    if !pack_id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        return Err(LoadFailure::Missing);
    }
    let source = fetch_text(&format!("{LESSONS_FOLDER}/{pack_id}/pack.toml")).await?;
    let manifest = PackManifest::parse(&source)
        .map_err(|error| LoadFailure::Broken(format!("{}: {}", error.file, error.problem)))?;
    if manifest.id != pack_id {
        return Err(LoadFailure::Broken(format!(
            "pack.toml: the id `{}` differs from the folder `{pack_id}`",
            manifest.id
        )));
    }
    Ok(manifest)
}
