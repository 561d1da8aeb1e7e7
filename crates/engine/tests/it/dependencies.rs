//! The engine's dependency tree holds no web crate: it stays pure and native-testable.

use std::collections::{BTreeSet, HashMap};
use std::process::Command;

const WEB_CRATES: &[&str] = &["yew", "web-sys", "js-sys", "gloo", "wasm-bindgen"];

#[test]
fn engine_depends_on_no_web_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();

    let names_by_id: HashMap<&str, &str> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|package| {
            (
                package["id"].as_str().unwrap(),
                package["name"].as_str().unwrap(),
            )
        })
        .collect();
    let nodes = metadata["resolve"]["nodes"].as_array().unwrap();
    let normal_dependencies_of = |id: &str| -> Vec<String> {
        let node = nodes.iter().find(|node| node["id"] == id).unwrap();
        node["deps"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|dep| {
                dep["dep_kinds"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|kind| kind["kind"].is_null() || kind["kind"] == "build")
            })
            .map(|dep| dep["pkg"].as_str().unwrap().to_owned())
            .collect()
    };

    let engine_id = names_by_id
        .iter()
        .find(|(_, name)| **name == "engine")
        .map(|(id, _)| id.to_string())
        .unwrap();
    let mut reached = BTreeSet::new();
    let mut to_visit = vec![engine_id];
    while let Some(id) = to_visit.pop() {
        for dependency in normal_dependencies_of(&id) {
            if reached.insert(dependency.clone()) {
                to_visit.push(dependency);
            }
        }
    }
    let reached_names: BTreeSet<&str> = reached.iter().map(|id| names_by_id[id.as_str()]).collect();
    assert!(
        reached_names.contains("fluent-bundle"),
        "the walk found the engine's real dependencies"
    );
    let web_crates_reached: Vec<&&str> = reached_names
        .iter()
        .filter(|name| WEB_CRATES.iter().any(|web| name.starts_with(web)))
        .collect();
    assert!(
        web_crates_reached.is_empty(),
        "the engine depends on web crates: {web_crates_reached:?}"
    );
}
