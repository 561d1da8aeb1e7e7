//! Keeping the interface language, the editor's offered font sizes, and
//! reading the language from a shared link.

use engine::i18n::Language;
use engine::settings::{
    language_from_link_query, load_chosen_language, nearest_editor_font_size, save_chosen_language,
    DEFAULT_EDITOR_FONT_SIZE, EDITOR_FONT_SIZES, LANGUAGE_STORAGE_KEY,
};
use engine::storage::{KeyValueStore, MemoryStore, StorageError};

#[test]
fn a_chosen_language_is_kept() {
    let mut store = MemoryStore::new();
    assert_eq!(load_chosen_language(&store), None);
    save_chosen_language(&mut store, Language::Kazakh).unwrap();
    assert_eq!(load_chosen_language(&store), Some(Language::Kazakh));
    assert_eq!(
        store.read(LANGUAGE_STORAGE_KEY).unwrap().as_deref(),
        Some("kk")
    );
}

#[test]
fn a_damaged_entry_asks_the_question_again() {
    let mut store = MemoryStore::new();
    store.write(LANGUAGE_STORAGE_KEY, "{\"garbage").unwrap();
    assert_eq!(load_chosen_language(&store), None);
}

#[test]
fn a_full_store_reports_the_quota_and_keeps_what_it_had() {
    let mut store = MemoryStore::with_capacity_in_characters(LANGUAGE_STORAGE_KEY.len() + 2);
    save_chosen_language(&mut store, Language::Russian).unwrap();
    store.write("another-key", "x").unwrap_err();
    assert_eq!(
        store.write("another-key", "x"),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(load_chosen_language(&store), Some(Language::Russian));
}

#[track_caller]
fn check(query: &str, expect: Option<Language>) {
    assert_eq!(language_from_link_query(query), expect, "query {query:?}");
}

#[test]
fn links_carry_a_language() {
    check("?lang=kk", Some(Language::Kazakh));
    check("lang=ru", Some(Language::Russian));
    check("?class=7b&lang=en", Some(Language::English));
    check("?lang=de", None);
    check("?language=kk", None);
    check("", None);
}

#[test]
fn an_editor_font_size_not_offered_is_kept_as_the_nearest_offered() {
    assert_eq!(nearest_editor_font_size(23), 24);
    assert_eq!(nearest_editor_font_size(300), 32);
    assert_eq!(nearest_editor_font_size(0), 14);
    for offered in EDITOR_FONT_SIZES {
        assert_eq!(nearest_editor_font_size(offered), offered);
    }
    assert!(EDITOR_FONT_SIZES.contains(&DEFAULT_EDITOR_FONT_SIZE));
}
