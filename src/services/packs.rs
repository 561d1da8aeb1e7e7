//! Lesson packs into the app's state: the built-in ones, fetched as one
//! bundled file each (`packs/<pack-id>.toml`, made by `cargo xtask` from
//! `lessons/<pack-id>/`), and the ones a pupil or teacher imported, kept in
//! local storage as one document each.
//!
//! Storage keys (schema version 1): `bastau.v1.imported-packs` lists the
//! imported packs' ids, one per line; `bastau.v1.pack.<pack-id>` holds each
//! pack's `pack.toml` (the whole pack when it is one document), and
//! `bastau.v1.pack.<pack-id>.file.<name>` each of its lesson files. A
//! built-in pack's id cannot be taken by an import.

use std::collections::BTreeMap;
use std::rc::Rc;

use engine::pack::{
    is_well_formed_id, lesson_files_of, load_built_in_pack, load_pack, Pack, PackError, PackIndex,
};
use engine::storage::{KeyValueStore, StorageError};

use crate::context::AppContext;
use crate::services::network::fetch_text;
use crate::services::storage::LocalStore;
use crate::state::{Action, LoadFailure, Loadable};

/// Where the bundled built-in packs sit, relative to the page.
const PACKS_FOLDER: &str = "packs";
/// The key listing the imported packs.
const IMPORTED_LIST_KEY: &str = "bastau.v1.imported-packs";
/// The start of each imported pack's key.
const IMPORTED_PACK_PREFIX: &str = "bastau.v1.pack.";

/// Fetches the list of packs unless it is here or on its way; reads the
/// list of imported packs.
pub fn ensure_pack_index(context: &AppContext) {
    let imported = imported_pack_ids(&LocalStore::open());
    if imported != context.app_state().imported_pack_ids {
        context.dispatch(Action::ImportedPacksChanged(imported));
    }
    if matches!(
        context.app_state().pack_index,
        Loadable::Loading | Loadable::Loaded(_)
    ) {
        return;
    }
    context.dispatch(Action::PackIndexRequested);
    let state = context.state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_text(&format!("{PACKS_FOLDER}/index.toml"))
            .await
            .and_then(|source| {
                PackIndex::parse(&source).map_err(|error| LoadFailure::Broken(vec![error]))
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

/// Fetches (or reads from storage) the pack `pack_id` again, as after a failure.
pub fn request_pack(context: &AppContext, pack_id: &str) {
    if let Some(files) = imported_files(&LocalStore::open(), pack_id) {
        let result = load_pack(&files.manifest, &files.lessons)
            .map(Rc::new)
            .map_err(LoadFailure::Broken);
        context.dispatch(Action::PackArrived(pack_id.to_owned(), result));
        return;
    }
    context.dispatch(Action::PackRequested(pack_id.to_owned()));
    let state = context.state.clone();
    let pack_id = pack_id.to_owned();
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_built_in_pack(&pack_id).await;
        state.dispatch(Action::PackArrived(pack_id, result));
    });
}

async fn fetch_built_in_pack(pack_id: &str) -> Result<Rc<Pack>, LoadFailure> {
    // An id that could climb out of the packs folder is simply not a pack.
    if !is_well_formed_id(pack_id) {
        return Err(LoadFailure::Missing);
    }
    let document = fetch_text(&format!("{PACKS_FOLDER}/{pack_id}.toml")).await?;
    let pack = load_built_in_pack(&document).map_err(LoadFailure::Broken)?;
    if pack.id != pack_id {
        return Err(LoadFailure::Missing);
    }
    Ok(Rc::new(pack))
}

/// Whether `pack_id` names an imported pack.
pub fn is_imported(context: &AppContext, pack_id: &str) -> bool {
    context
        .app_state()
        .imported_pack_ids
        .iter()
        .any(|id| id == pack_id)
}

/// The imported packs' ids, as listed in storage.
pub fn imported_pack_ids(store: &impl KeyValueStore) -> Vec<String> {
    store
        .read(IMPORTED_LIST_KEY)
        .ok()
        .flatten()
        .map(|list| {
            list.lines()
                .filter(|id| is_well_formed_id(id))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// A pack's files: `pack.toml` and its lesson files by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackFiles {
    /// `pack.toml` (the whole pack when it is one document).
    pub manifest: String,
    /// The lesson files `pack.toml` names.
    pub lessons: BTreeMap<String, String>,
}

impl PackFiles {
    /// The files a pupil picked: one file is the whole pack; several are a
    /// folder's files, `pack.toml` among them.
    pub fn from_picked(picked: &BTreeMap<String, String>) -> PackFiles {
        if picked.len() == 1 {
            return PackFiles {
                manifest: picked.values().next().cloned().unwrap_or_default(),
                lessons: BTreeMap::new(),
            };
        }
        PackFiles {
            manifest: picked.get("pack.toml").cloned().unwrap_or_default(),
            lessons: picked
                .iter()
                .filter(|(name, _)| name.as_str() != "pack.toml")
                .map(|(name, text)| (name.clone(), text.clone()))
                .collect(),
        }
    }

    /// The bytes the files take.
    pub fn size(&self) -> usize {
        self.manifest.len() + self.lessons.values().map(String::len).sum::<usize>()
    }
}

fn lesson_file_key(pack_id: &str, name: &str) -> String {
    format!("{IMPORTED_PACK_PREFIX}{pack_id}.file.{name}")
}

/// The files of the imported pack `pack_id` as kept, if it is one.
pub fn imported_files(store: &impl KeyValueStore, pack_id: &str) -> Option<PackFiles> {
    if !imported_pack_ids(store).iter().any(|id| id == pack_id) {
        return None;
    }
    let manifest = store
        .read(&format!("{IMPORTED_PACK_PREFIX}{pack_id}"))
        .ok()
        .flatten()?;
    let mut lessons = BTreeMap::new();
    for name in lesson_files_of(&manifest) {
        // A missing file is the loader's to report.
        if let Ok(Some(text)) = store.read(&lesson_file_key(pack_id, &name)) {
            lessons.insert(name, text);
        }
    }
    Some(PackFiles { manifest, lessons })
}

/// The size in bytes an imported pack takes in storage.
pub fn imported_pack_size(pack_id: &str) -> usize {
    imported_files(&LocalStore::open(), pack_id).map_or(0, |files| files.size())
}

/// Why an import did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportProblem {
    /// The pack has problems (with their places).
    Broken(Vec<PackError>),
    /// A built-in pack has the same id.
    BuiltInId(String),
    /// Storage refused (full, or not available).
    Storage(StorageError),
}

/// Checks the pack in `files` and keeps it as an imported pack (replacing an
/// earlier import of the same id); the app's state learns of it.
pub fn import_pack(context: &AppContext, files: &PackFiles) -> Result<Rc<Pack>, ImportProblem> {
    let pack = load_pack(&files.manifest, &files.lessons).map_err(ImportProblem::Broken)?;
    let built_in = match &context.app_state().pack_index {
        Loadable::Loaded(index) => index.packs.contains(&pack.id),
        _ => false,
    };
    if built_in {
        return Err(ImportProblem::BuiltInId(pack.id));
    }
    let mut store = LocalStore::open();
    remove_stored_files(&mut store, &pack.id);
    let mut written: Vec<String> = Vec::new();
    for (name, text) in &files.lessons {
        let key = lesson_file_key(&pack.id, name);
        if let Err(error) = store.write(&key, text) {
            // A full store keeps nothing half-written.
            for key in written {
                let _ = store.remove(&key);
            }
            return Err(ImportProblem::Storage(error));
        }
        written.push(key);
    }
    let manifest_key = format!("{IMPORTED_PACK_PREFIX}{}", pack.id);
    let mut ids = imported_pack_ids(&store);
    if !ids.contains(&pack.id) {
        ids.push(pack.id.clone());
    }
    let stored = store
        .write(&manifest_key, &files.manifest)
        .and_then(|()| store.write(IMPORTED_LIST_KEY, &ids.join("\n")));
    if let Err(error) = stored {
        for key in written {
            let _ = store.remove(&key);
        }
        let _ = store.remove(&manifest_key);
        return Err(ImportProblem::Storage(error));
    }
    context.dispatch(Action::ImportedPacksChanged(ids));
    let pack = Rc::new(pack);
    context.dispatch(Action::PackArrived(pack.id.clone(), Ok(Rc::clone(&pack))));
    Ok(pack)
}

/// Removes the stored files of the pack `pack_id` (its lesson files and its manifest).
fn remove_stored_files(store: &mut LocalStore, pack_id: &str) {
    if let Ok(Some(manifest)) = store.read(&format!("{IMPORTED_PACK_PREFIX}{pack_id}")) {
        for name in lesson_files_of(&manifest) {
            let _ = store.remove(&lesson_file_key(pack_id, &name));
        }
    }
    let _ = store.remove(&format!("{IMPORTED_PACK_PREFIX}{pack_id}"));
}

/// Removes an imported pack (the pupil's saved code for it stays).
pub fn remove_imported_pack(context: &AppContext, pack_id: &str) -> Result<(), StorageError> {
    let mut store = LocalStore::open();
    let ids: Vec<String> = imported_pack_ids(&store)
        .into_iter()
        .filter(|id| id != pack_id)
        .collect();
    store.write(IMPORTED_LIST_KEY, &ids.join("\n"))?;
    remove_stored_files(&mut store, pack_id);
    context.dispatch(Action::ImportedPacksChanged(ids));
    Ok(())
}
