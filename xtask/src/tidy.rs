//! Checks of the project's own rules that a test can make ("tidy" tests).

use std::fs;
use std::path::{Path, PathBuf};

use engine::i18n::{Language, Localizer};

use crate::steps::project_root;
use crate::tools::package_version_in_lockfile;

fn rust_files_under(folder: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files_under(&path, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn every_rust_file_starts_with_a_module_doc() {
    let root = project_root();
    let mut files = Vec::new();
    for folder in ["src", "crates", "xtask/src"] {
        rust_files_under(&root.join(folder), &mut files);
    }
    assert!(
        files.len() > 20,
        "found the project's files: {}",
        files.len()
    );
    let undocumented: Vec<String> = files
        .iter()
        .filter(|path| !fs::read_to_string(path).unwrap().starts_with("//!"))
        .map(|path| path.strip_prefix(&root).unwrap().display().to_string())
        .collect();
    assert!(
        undocumented.is_empty(),
        "files without a `//!` doc at the top: {undocumented:?}"
    );
}

#[test]
fn wasm_bindgen_versions_agree() {
    let root = project_root();
    let lockfile = fs::read_to_string(root.join("Cargo.lock")).unwrap();
    let locked = package_version_in_lockfile(&lockfile, "wasm-bindgen").unwrap();
    let trunk_toml: toml::Table =
        toml::from_str(&fs::read_to_string(root.join("Trunk.toml")).unwrap()).unwrap();
    let for_trunk = trunk_toml["tools"]["wasm_bindgen"].as_str().unwrap();
    assert_eq!(
        for_trunk, locked,
        "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen"
    );
    let manifest = fs::read_to_string(root.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains(&format!("wasm-bindgen = \"={locked}\"")),
        "Cargo.toml pins wasm-bindgen to exactly {locked}"
    );
}

#[test]
fn wasm_opt_version_matches_the_npm_package() {
    let root = project_root();
    let trunk_toml: toml::Table =
        toml::from_str(&fs::read_to_string(root.join("Trunk.toml")).unwrap()).unwrap();
    let for_trunk = trunk_toml["tools"]["wasm_opt"].as_str().unwrap();
    let package_json = fs::read_to_string(root.join("package.json")).unwrap();
    let binaryen_line = package_json
        .lines()
        .find(|line| line.contains("\"binaryen\""))
        .unwrap();
    let major = binaryen_line
        .split('"')
        .nth(3)
        .unwrap()
        .trim_start_matches(['=', '^', '~']);
    let major = major.split('.').next().unwrap();
    assert_eq!(for_trunk, format!("version_{major}"));
}

#[test]
fn the_load_failure_page_says_the_fluent_messages() {
    let index_html = fs::read_to_string(project_root().join("www/index.html")).unwrap();
    for language in Language::ALL {
        let opening = format!("<div lang=\"{}\">", language.code());
        let block_start = index_html
            .find(&opening)
            .unwrap_or_else(|| panic!("no block {opening}"));
        let block = &index_html[block_start..];
        let block = &block[..block.find("</div>").unwrap()];
        let localizer = Localizer::new(language);
        for message_id in ["load-failed-title", "load-failed-text", "reload"] {
            let text = localizer.text(message_id);
            assert!(
                block.contains(&text),
                "index.html's {} block lacks {message_id}: {text}",
                language.code()
            );
        }
    }
}

/// The app compiles in only `boot.ftl`; the other messages are fetched. Calling
/// `Localizer::new` or `fluent_sources` would compile every language back in.
#[test]
fn the_app_compiles_in_only_the_boot_messages() {
    let mut files = Vec::new();
    rust_files_under(&project_root().join("src"), &mut files);
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        let outside_tests = source.split("#[cfg(test)]").next().unwrap();
        for call in ["Localizer::new(", "fluent_sources("] {
            assert!(
                !outside_tests.contains(call),
                "{} calls {call}: use Localizer::boot or the fetched messages",
                file.display()
            );
        }
    }
}

#[test]
fn ci_runs_the_readme_test_command() {
    let root = project_root();
    let ci = fs::read_to_string(root.join(".ci/run")).unwrap();
    assert!(ci.lines().any(|line| line.trim() == "cargo xtask test"));
    let readme = fs::read_to_string(root.join("README.md")).unwrap();
    let first_lines: String = readme.lines().take(20).collect::<Vec<_>>().join("\n");
    assert!(first_lines.contains("cargo xtask serve") && first_lines.contains("cargo xtask test"));
}

/// The message ids the code asks for literally: `.text("id")` and `.text_with("id", …)`.
fn message_ids_used_in(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in [".text(\"", ".text_with(\"", ".text_with(\n"] {
        for (position, _) in source.match_indices(call) {
            let rest = source[position + call.len()..].trim_start_matches([' ', '\n', '"']);
            if let Some(end) = rest.find('"') {
                ids.push(rest[..end].to_owned());
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let root = project_root();
    let mut files = Vec::new();
    rust_files_under(&root.join("src"), &mut files);
    rust_files_under(&root.join("crates/engine/src"), &mut files);
    let english = Localizer::new(Language::English);
    let mut used = Vec::new();
    for file in files {
        used.extend(message_ids_used_in(&fs::read_to_string(&file).unwrap()));
    }
    assert!(used.len() > 30, "found the calls: {}", used.len());
    let unknown: Vec<&String> = used.iter().filter(|id| !english.has_message(id)).collect();
    assert!(
        unknown.is_empty(),
        "the code asks for messages en.ftl lacks: {unknown:?}"
    );
}

#[test]
fn message_ids_are_found_in_calls() {
    let source = "a.text(\"one\"); b.text_with(\"two\", &[]); c.text_with(\n    \"three\",\n); push_text(\"[x] \")";
    assert_eq!(message_ids_used_in(source), ["one", "two", "three"]);
}

#[test]
fn npm_packages_are_pinned_exactly() {
    let package_json = fs::read_to_string(project_root().join("package.json")).unwrap();
    let dependencies = package_json
        .split("\"devDependencies\"")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .unwrap();
    let versions: Vec<(&str, &str)> = dependencies
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('"');
            Some((parts.nth(1)?, parts.nth(1)?))
        })
        .collect();
    assert!(
        versions.iter().any(|(name, _)| *name == "esbuild"),
        "{versions:?}"
    );
    for (name, version) in versions {
        assert!(
            version
                .chars()
                .all(|character| character.is_ascii_digit() || character == '.'),
            "package.json: {name} is pinned to \"{version}\", not an exact version"
        );
    }
}

#[test]
fn the_page_loads_the_editor_bundle_xtask_makes() {
    let index_html = fs::read_to_string(project_root().join("www/index.html")).unwrap();
    let relative_to_page = crate::editor_bundle::OUTPUT.strip_prefix("www/").unwrap();
    // Trunk hashes the file's name; the size report finds it by "editor" in it.
    assert!(relative_to_page.contains("editor"));
    assert!(
        index_html.contains(&format!(
            "<script data-trunk src=\"{relative_to_page}\" id=\"editor-script\""
        )),
        "www/index.html loads {relative_to_page} with a Trunk asset link"
    );
    let gitignore = fs::read_to_string(project_root().join(".gitignore")).unwrap();
    assert!(gitignore.lines().any(|line| line == "/www/generated"));
}

#[test]
fn no_text_reaches_the_page_as_html() {
    let root = project_root();
    let mut files = Vec::new();
    rust_files_under(&root.join("src"), &mut files);
    assert!(files.len() > 20);
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for forbidden in [
            "set_inner_html",
            "from_html_unchecked",
            "set_outer_html",
            "insert_adjacent_html",
        ] {
            assert!(
                !source.contains(forbidden),
                "{} calls {forbidden}: pack texts must go through the Markdown tree",
                file.display()
            );
        }
    }
}
