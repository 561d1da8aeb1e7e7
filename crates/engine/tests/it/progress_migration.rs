//! Data-driven progress tests (`tests/data/progress/README.md`): every
//! migration of a stored schema, and the merge rules of importing a file.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use engine::progress::lesson_progress::LessonProgress;
use engine::progress::merge::merge_lesson;
use engine::progress::migration::migrate_store;
use engine::storage::{KeyValueStore, MemoryStore};

fn data_folder(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/progress")
        .join(name)
}

fn cases(folder: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no cases in {}", folder.display());
    files
}

/// Compares `actual` with the file at `path`, or rewrites it when blessing.
fn check(path: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("BASTAU_BLESS").is_some() {
        fs::write(path, actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(path).unwrap_or_default();
    if expected != actual {
        failures.push(format!(
            "{}:\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        ));
    }
}

fn store_from(snapshot: &BTreeMap<String, String>) -> MemoryStore {
    let mut store = MemoryStore::new();
    for (key, value) in snapshot {
        store.write(key, value).unwrap();
    }
    store
}

fn snapshot_of(store: &MemoryStore) -> BTreeMap<String, String> {
    store
        .keys()
        .unwrap()
        .into_iter()
        .map(|key| {
            let value = store.read(&key).unwrap().unwrap();
            (key, value)
        })
        .collect()
}

#[test]
fn every_stored_schema_migrates_to_the_current_one() {
    let mut failures = Vec::new();
    for before_path in cases(&data_folder("migration"), ".before.json") {
        let before: BTreeMap<String, String> =
            serde_json::from_str(&fs::read_to_string(&before_path).unwrap()).unwrap();
        let mut store = store_from(&before);
        let report = migrate_store(&mut store, 1).unwrap();
        let migrated = snapshot_of(&store);
        // A second start finds nothing to do and changes nothing.
        let again = migrate_store(&mut store, 2).unwrap();
        assert_eq!(snapshot_of(&store), migrated, "{}", before_path.display());
        assert!(
            matches!(
                again,
                engine::progress::migration::Migration::Current
                    | engine::progress::migration::Migration::NewerVersion(_)
            ),
            "{}: {again:?}",
            before_path.display()
        );
        // Nothing the old store held is gone: every old value is still
        // there, moved into a new record or kept aside.
        for (key, value) in &before {
            let kept = migrated.values().any(|new_value| new_value == value);
            let moved = key.starts_with("bastau.v1.code.")
                || key.starts_with("bastau.v1.lesson.")
                || key.starts_with("bastau.v1.language")
                || key.starts_with("bastau.v1.editor-font-size")
                || key == "bastau.schema";
            assert!(kept || moved, "{}: {key} lost", before_path.display());
        }
        let mut after = migrated.clone();
        after.insert("(report)".into(), format!("{report:?}"));
        let text = serde_json::to_string_pretty(&after).unwrap() + "\n";
        let after_path = PathBuf::from(
            before_path
                .to_string_lossy()
                .replace(".before.json", ".after.json"),
        );
        check(&after_path, &text, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_migrated_lesson_keeps_its_code_solution_and_counts() {
    let before: BTreeMap<String, String> = serde_json::from_str(
        &fs::read_to_string(data_folder("migration").join("version-1-workspace.before.json"))
            .unwrap(),
    )
    .unwrap();
    let mut store = store_from(&before);
    migrate_store(&mut store, 1).unwrap();
    let record = store
        .read("bastau.v2.p1.lesson.first-steps.hello")
        .unwrap()
        .unwrap();
    let progress = LessonProgress::from_record(&record, "x").unwrap();
    assert_eq!(progress.code.as_deref(), Some("print('Сәлем, әлем!')\n"));
    assert_eq!(
        progress.solved_code.as_deref(),
        Some("print('Сәлем, әлем!')\n")
    );
    assert_eq!((progress.attempts, progress.hints_shown), (3, 1));
    assert_eq!(progress.edits.total(), 1);
    assert_eq!(
        store.read("bastau.v1.code.first-steps.hello").unwrap(),
        None
    );
    assert_eq!(
        store.read("bastau.v1.pack.my-pack").unwrap().as_deref(),
        Some("id = \"my-pack\""),
        "imported packs keep their keys"
    );
}

#[test]
fn merging_follows_the_rules() {
    let mut failures = Vec::new();
    for path in cases(&data_folder("merge"), ".json") {
        let case: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let read = |name: &str| {
            let value = &case[name];
            (!value.is_null()).then(|| {
                LessonProgress::from_record(&value.to_string(), "file")
                    .unwrap_or_else(|problem| panic!("{}: {name}: {problem:?}", path.display()))
            })
        };
        let here = read("here");
        let file = read("file").unwrap();
        let (merged, outcome) = merge_lesson(here.as_ref(), &file);
        // Merging the same file again changes nothing more.
        let (merged_again, _) = merge_lesson(Some(&merged), &file);
        if merged.other_version.is_none() {
            assert_eq!(merged_again, merged, "{}: merging twice", path.display());
        }
        let record: serde_json::Value = serde_json::from_str(&merged.to_record()).unwrap();
        let text = format!(
            "{outcome:?}\n{}\n",
            serde_json::to_string_pretty(&record).unwrap()
        );
        let expected_path = path.with_extension("expected");
        check(&expected_path, &text, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_nearly_full_store_migrates_one_lesson_at_a_time() {
    let mut unlimited = MemoryStore::new();
    for number in 0..10 {
        let code = format!("print({number})\n{}", "# a long comment\n".repeat(120));
        let record = serde_json::json!({"version": 1, "code": code}).to_string();
        unlimited
            .write(
                &format!("bastau.v1.code.first-steps.lesson-{number}"),
                &record,
            )
            .unwrap();
    }
    let used: u64 = snapshot_of(&unlimited)
        .iter()
        .map(|(key, value)| engine::storage::entry_size_in_characters(key, value))
        .sum();
    // Room for one lesson's two copies, far from room for all of them twice.
    let mut store = MemoryStore::with_capacity_in_characters((used + 3_000) as usize);
    for (key, value) in snapshot_of(&unlimited) {
        store.write(&key, &value).unwrap();
    }
    let report = migrate_store(&mut store, 1).unwrap();
    assert!(
        matches!(
            report,
            engine::progress::migration::Migration::Migrated { lessons: 10, .. }
        ),
        "{report:?}"
    );
    let record = store
        .read("bastau.v2.p1.lesson.first-steps.lesson-7")
        .unwrap()
        .unwrap();
    assert!(LessonProgress::from_record(&record, "x")
        .unwrap()
        .code
        .unwrap()
        .starts_with("print(7)\n"));
}
