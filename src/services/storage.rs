//! The browser's local storage behind the engine's `KeyValueStore`.

use engine::storage::{KeyValueStore, StorageError};

/// The page's `localStorage`, or nothing when the browser forbids it.
pub struct LocalStore {
    storage: Option<web_sys::Storage>,
}

impl LocalStore {
    /// Opens local storage; a browser that forbids it gives a store that
    /// answers every call with [`StorageError::Unavailable`].
    pub fn open() -> LocalStore {
        let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten());
        LocalStore { storage }
    }

    /// Whether anything can be kept between visits.
    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    fn storage(&self) -> Result<&web_sys::Storage, StorageError> {
        self.storage.as_ref().ok_or(StorageError::Unavailable)
    }
}

impl KeyValueStore for LocalStore {
    fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage()?.get_item(key).map_err(platform_error)
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage()?.set_item(key, value).map_err(platform_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.storage()?.remove_item(key).map_err(platform_error)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = self.storage()?;
        let count = storage.length().map_err(platform_error)?;
        let mut keys = Vec::new();
        for index in 0..count {
            if let Some(key) = storage.key(index).map_err(platform_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Browsers report a full store as a `QuotaExceededError` DOMException.
fn platform_error(error: wasm_bindgen::JsValue) -> StorageError {
    let text = js_sys::JSON::stringify(&error)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default();
    let name = js_sys::Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        StorageError::QuotaExceeded
    } else {
        StorageError::Other(format!("{name} {text}"))
    }
}
