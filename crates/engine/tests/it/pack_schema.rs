//! The JSON Schemas teachers' editors check packs with,
//! `lessons/pack.schema.json` and `lessons/lesson.schema.json`, against the
//! shipped packs, a folder of good and broken cases, and the loader.
//!
//! In `tests/data/pack-schema/{ok,err}/` a file named `pack-*.toml` is a
//! `pack.toml` and `lesson-*.toml` a lesson file. Every `ok` case passes its
//! schema and loads; every `err` case fails its schema and fails to load. The
//! schemas may be looser than the loader (they cannot see a duplicate lesson
//! id) but never stricter: a pack the loader accepts always passes.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use engine::pack::{bundle_pack, lesson_files_of, load_pack};
use jsonschema::{Registry, Validator};

/// Where the validator places the schemas' relative `$id`s, as an editor
/// places them beside each other in `lessons/`.
const BASE_URI: &str = "json-schema:///";

/// A pack offering English only, holding one lesson file `lesson.toml`: how
/// the loader is asked about a lesson file on its own.
const ONE_LESSON_PACK: &str = r#"
id = "one-lesson"
version = "1"
default_language = "en"
languages = ["en"]
title = { en = "One lesson" }
description = { en = "Holds the lesson under test." }

[[lessons]]
id = "lesson"
file = "lesson.toml"
"#;

struct Schemas {
    pack: Validator,
    lesson: Validator,
}

impl Schemas {
    fn load() -> Schemas {
        let lesson_schema = read_json(&lessons_folder().join("lesson.schema.json"));
        let pack_schema = read_json(&lessons_folder().join("pack.schema.json"));
        let registry = Registry::new()
            .add(
                format!("{BASE_URI}lesson.schema.json"),
                lesson_schema.clone(),
            )
            .unwrap()
            .prepare()
            .unwrap();
        let pack = jsonschema::options()
            .offline()
            .with_registry(&registry)
            .build(&pack_schema)
            .unwrap_or_else(|error| panic!("pack.schema.json: {error}"));
        let lesson = jsonschema::options()
            .offline()
            .build(&lesson_schema)
            .unwrap_or_else(|error| panic!("lesson.schema.json: {error}"));
        Schemas { pack, lesson }
    }

    /// The schema a file follows, by its name.
    fn for_file(&self, path: &Path) -> &Validator {
        let name = file_name(path);
        if name == "pack.toml" || name.starts_with("pack-") {
            &self.pack
        } else {
            &self.lesson
        }
    }

    /// The schema's complaints about a TOML file, one a line; empty if it passes.
    fn problems(&self, path: &Path) -> String {
        let instance = toml_as_json(&fs::read_to_string(path).unwrap());
        self.for_file(path)
            .iter_errors(&instance)
            .map(|error| format!("{}: {error}\n", error.instance_path()))
            .collect()
    }
}

fn lessons_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

fn cases_folder(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/pack-schema")
        .join(kind)
}

fn read_json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap())
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// A TOML document as the JSON value an editor validates.
fn toml_as_json(source: &str) -> serde_json::Value {
    let table: toml::Table = toml::from_str(source).unwrap();
    serde_json::to_value(table).unwrap()
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

fn toml_files_in(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "toml")
        })
        .collect();
    files.sort();
    files
}

fn is_pack_case(path: &Path) -> bool {
    file_name(path).starts_with("pack-")
}

/// The lesson files of the `ok` cases by name, for the packs that name them.
fn good_lesson_files() -> BTreeMap<String, String> {
    toml_files_in(&cases_folder("ok"))
        .into_iter()
        .filter(|path| !is_pack_case(path))
        .map(|path| (file_name(&path), fs::read_to_string(&path).unwrap()))
        .collect()
}

/// Whether the loader accepts a case: a pack as it is, a lesson file inside
/// [`ONE_LESSON_PACK`].
fn loader_accepts(path: &Path) -> Result<(), String> {
    let source = fs::read_to_string(path).unwrap();
    let result = if is_pack_case(path) {
        load_pack(&source, &good_lesson_files())
    } else {
        let files = BTreeMap::from([(String::from("lesson.toml"), source)]);
        load_pack(ONE_LESSON_PACK, &files)
    };
    result.map(|_| ()).map_err(|errors| format!("{errors:?}"))
}

#[test]
fn the_shipped_packs_pass_the_schemas() {
    let schemas = Schemas::load();
    let mut n_packs = 0;
    for entry in fs::read_dir(lessons_folder()).unwrap() {
        // `lessons/index.toml` lists the packs and is not one.
        let folder = entry.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        n_packs += 1;
        let files = toml_files_in(&folder);
        assert!(
            files.iter().any(|path| file_name(path) == "pack.toml"),
            "{} has no pack.toml",
            folder.display()
        );
        for path in files {
            let problems = schemas.problems(&path);
            assert!(problems.is_empty(), "{}:\n{problems}", path.display());
        }
    }
    assert!(n_packs >= 1, "lessons/ holds the built-in packs");
}

#[test]
fn the_shipped_packs_bundled_pass_the_pack_schema() {
    let schemas = Schemas::load();
    let index: toml::Table =
        toml::from_str(&fs::read_to_string(lessons_folder().join("index.toml")).unwrap()).unwrap();
    let pack_ids = index["packs"].as_array().unwrap();
    assert!(!pack_ids.is_empty());
    for pack_id in pack_ids {
        let folder = lessons_folder().join(pack_id.as_str().unwrap());
        let manifest = fs::read_to_string(folder.join("pack.toml")).unwrap();
        let files: BTreeMap<String, String> = lesson_files_of(&manifest)
            .into_iter()
            .map(|name| {
                let source = fs::read_to_string(folder.join(&name)).unwrap();
                (name, source)
            })
            .collect();
        let bundled =
            bundle_pack(&manifest, &files).unwrap_or_else(|errors| panic!("{pack_id}: {errors:?}"));
        let problems: String = schemas
            .pack
            .iter_errors(&toml_as_json(&bundled))
            .map(|error| format!("{}: {error}\n", error.instance_path()))
            .collect();
        assert!(problems.is_empty(), "{pack_id} bundled:\n{problems}");
    }
}

#[test]
fn good_cases_pass_the_schemas() {
    let schemas = Schemas::load();
    let files = toml_files_in(&cases_folder("ok"));
    assert!(files.iter().any(|path| is_pack_case(path)));
    assert!(files.iter().any(|path| !is_pack_case(path)));
    for path in files {
        let problems = schemas.problems(&path);
        assert!(problems.is_empty(), "{}:\n{problems}", path.display());
    }
}

#[test]
fn broken_cases_fail_the_schemas() {
    let schemas = Schemas::load();
    let files = toml_files_in(&cases_folder("err"));
    assert!(files.len() >= 20);
    let passing: Vec<String> = files
        .iter()
        .filter(|path| schemas.problems(path).is_empty())
        .map(|path| file_name(path))
        .collect();
    assert!(
        passing.is_empty(),
        "broken cases the schemas let through: {passing:?}"
    );
}

#[test]
fn the_loader_accepts_every_good_case() {
    for path in toml_files_in(&cases_folder("ok")) {
        if let Err(errors) = loader_accepts(&path) {
            panic!("{}: {errors}", path.display());
        }
    }
}

#[test]
fn the_loader_rejects_every_broken_case() {
    let accepted: Vec<String> = toml_files_in(&cases_folder("err"))
        .iter()
        .filter(|path| loader_accepts(path).is_ok())
        .map(|path| file_name(path))
        .collect();
    assert!(
        accepted.is_empty(),
        "the schemas reject cases the loader accepts: {accepted:?}"
    );
}

/// The cases of `tests/data/packs/err/` broken in a way a schema sees. The
/// others only the loader or the teacher's review finds (a duplicate lesson
/// id, a missing translation, a failing solution, unsafe Markdown), or are
/// not TOML at all (the editor's TOML reader reports those).
const BROKEN_FOR_THE_SCHEMAS: &[&str] = &[
    "bad-command",
    "bad-id",
    "check-mistakes",
    "construct-misspelt",
    "folder-pack",
    "lesson-without-fields",
    "misspelt-field",
    "unknown-language",
    "wrong-type",
];

/// A pack of `tests/data/packs/`: one `NAME.toml`, or a folder `NAME/` with
/// `pack.toml` and lesson files.
struct TestPack {
    name: String,
    manifest: PathBuf,
    lesson_files: Vec<PathBuf>,
}

impl TestPack {
    fn all_in(kind: &str) -> Vec<TestPack> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/packs")
            .join(kind);
        let mut packs: Vec<TestPack> = fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter_map(|path| {
                let name = path.file_stem().unwrap().to_string_lossy().into_owned();
                if path.is_dir() {
                    let lesson_files = toml_files_in(&path)
                        .into_iter()
                        .filter(|file| file_name(file) != "pack.toml")
                        .collect();
                    let manifest = path.join("pack.toml");
                    Some(TestPack {
                        name,
                        manifest,
                        lesson_files,
                    })
                } else if path
                    .extension()
                    .is_some_and(|extension| extension == "toml")
                {
                    Some(TestPack {
                        name,
                        manifest: path,
                        lesson_files: Vec::new(),
                    })
                } else {
                    None
                }
            })
            .collect();
        packs.sort_by(|a, b| a.name.cmp(&b.name));
        packs
    }

    fn loads(&self) -> bool {
        let files: BTreeMap<String, String> = self
            .lesson_files
            .iter()
            .map(|path| (file_name(path), fs::read_to_string(path).unwrap()))
            .collect();
        load_pack(&fs::read_to_string(&self.manifest).unwrap(), &files).is_ok()
    }

    /// What the schemas say about each file; empty if every file passes.
    fn problems(&self, schemas: &Schemas) -> String {
        let mut problems = String::new();
        let files = std::iter::once((&schemas.pack, &self.manifest))
            .chain(self.lesson_files.iter().map(|path| (&schemas.lesson, path)));
        for (schema, path) in files {
            let instance = toml_as_json(&fs::read_to_string(path).unwrap());
            for error in schema.iter_errors(&instance) {
                let location = error.instance_path();
                problems.push_str(&format!("{}: {location}: {error}\n", file_name(path)));
            }
        }
        problems
    }
}

#[test]
fn the_good_test_packs_pass_the_schemas() {
    let schemas = Schemas::load();
    let packs = TestPack::all_in("ok");
    assert!(packs.len() >= 2);
    for pack in packs {
        let problems = pack.problems(&schemas);
        assert!(problems.is_empty(), "{}:\n{problems}", pack.name);
    }
}

#[test]
fn every_broken_test_pack_the_loader_accepts_passes_the_schemas() {
    // The review finds these; the loader and the schemas must let them through.
    let schemas = Schemas::load();
    let mut n_loaded = 0;
    for pack in TestPack::all_in("err").into_iter().filter(TestPack::loads) {
        n_loaded += 1;
        let problems = pack.problems(&schemas);
        assert!(problems.is_empty(), "{}:\n{problems}", pack.name);
    }
    assert!(n_loaded >= 1);
}

#[test]
fn broken_test_packs_fail_the_schemas_where_a_schema_can_see_it() {
    let schemas = Schemas::load();
    let packs = TestPack::all_in("err");
    for name in BROKEN_FOR_THE_SCHEMAS {
        let pack = packs
            .iter()
            .find(|pack| pack.name == *name)
            .unwrap_or_else(|| panic!("tests/data/packs/err/ has no {name}"));
        assert!(!pack.loads(), "{name} loads");
        assert!(
            !pack.problems(&schemas).is_empty(),
            "the schemas let {name} through"
        );
    }
}
