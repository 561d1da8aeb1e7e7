//! Bundles the code editor: `www/editor/editor.js` and the CodeMirror 6
//! packages it imports, through esbuild, into `www/generated/editor.js`.
//!
//! Trunk then copies the bundle into `dist/` under a hashed name (the asset
//! link in `www/index.html`), and the size report counts it as the editor
//! bundle. The bundle is made before every Trunk build and before `trunk
//! serve`; it is generated, so git ignores it. esbuild and CodeMirror are npm
//! packages pinned in `package.json`, installed by `tools.rs` into the cache.

use crate::steps::{project_root, run, say, Error};
use crate::tools::Tools;

/// The editor's source, relative to the project root.
const ENTRY: &str = "www/editor/editor.js";
/// The bundle Trunk picks up, relative to the project root.
pub const OUTPUT: &str = "www/generated/editor.js";

/// Runs esbuild: one minified IIFE for browsers from 2020 on, no source map.
pub fn bundle(tools: &Tools) -> Result<(), Error> {
    say("bundling the code editor (CodeMirror 6) with esbuild");
    let root = project_root();
    std::fs::create_dir_all(root.join("www/generated"))?;
    let esbuild = tools.node_modules.join(".bin/esbuild");
    if !esbuild.exists() {
        return Err(Error::from(format!(
            "esbuild is missing from {}: delete that folder so xtask installs the npm packages again",
            tools.node_modules.display()
        )));
    }
    let outfile = format!("--outfile={OUTPUT}");
    run(
        &esbuild.to_string_lossy(),
        &[
            ENTRY,
            "--bundle",
            "--minify",
            "--format=iife",
            "--target=es2020",
            "--legal-comments=none",
            "--banner:js=/* Bastau's code editor: CodeMirror 6 (MIT licence, Marijn Haverbeke and others), bundled by cargo xtask. */",
            "--log-level=warning",
            &outfile,
        ],
        Some(&root),
        // The packages sit in the cache, not beside the source: esbuild looks there too.
        &[(
            "NODE_PATH",
            tools.node_modules.to_string_lossy().into_owned(),
        )],
    )
}
