//! `sandbox check PACK [--lang kk|ru|en]`: loads a pack (a folder with
//! `pack.toml`, or one `.toml` document), reviews it as the app's "check this
//! pack" page does, prints every problem as `file:line:column: message` in
//! the chosen language (English by default) and exits with 1 if there are any.
//!
//! `sandbox bundle PACK_FOLDER OUT.toml` writes the pack as one document.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use engine::i18n::{Language, Localizer};
use engine::pack::checks::{case_labels, localize, outcome_explanation};
use engine::pack::{bundle_pack, lesson_files_of, load_pack, review_pack, PackError};

/// A pack's files as read from disk: `pack.toml` and its lesson files.
struct PackOnDisk {
    manifest: String,
    files: BTreeMap<String, String>,
}

/// Reads a pack from a folder (its `pack.toml`) or from one file.
fn read_pack(path: &Path) -> Result<PackOnDisk, String> {
    let (folder, manifest_path) = if path.is_dir() {
        (path.to_path_buf(), path.join("pack.toml"))
    } else {
        let folder = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
        (folder, path.to_path_buf())
    };
    let manifest = std::fs::read_to_string(&manifest_path)
        .map_err(|error| format!("sandbox: cannot read {}: {error}", manifest_path.display()))?;
    let mut files = BTreeMap::new();
    for name in lesson_files_of(&manifest) {
        // A missing file is the loader's to report, with its line in pack.toml.
        if let Ok(text) = std::fs::read_to_string(folder.join(&name)) {
            files.insert(name, text);
        }
    }
    Ok(PackOnDisk { manifest, files })
}

fn print_problems(localizer: &Localizer, problems: &[PackError]) {
    for problem in problems {
        println!(
            "{}: {}",
            problem.place(),
            localizer.explanation(&problem.message)
        );
    }
}

/// `sandbox check`.
pub fn check(arguments: &[String]) -> ExitCode {
    let mut path = None;
    let mut language = Language::English;
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        match argument.as_str() {
            "--lang" => match rest.next().and_then(|code| Language::from_code(code)) {
                Some(chosen) => language = chosen,
                None => {
                    eprintln!("--lang takes kk, ru or en");
                    return ExitCode::from(2);
                }
            },
            other if path.is_none() && !other.starts_with("--") => {
                path = Some(PathBuf::from(other))
            }
            _ => {
                eprintln!("usage: sandbox check PACK_FOLDER_OR_FILE [--lang kk|ru|en]");
                return ExitCode::from(2);
            }
        }
    }
    let Some(path) = path else {
        eprintln!("usage: sandbox check PACK_FOLDER_OR_FILE [--lang kk|ru|en]");
        return ExitCode::from(2);
    };
    let on_disk = match read_pack(&path) {
        Ok(on_disk) => on_disk,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let localizer = Localizer::new(language);
    let pack = match load_pack(&on_disk.manifest, &on_disk.files) {
        Ok(pack) => pack,
        Err(problems) => {
            print_problems(&localizer, &problems);
            let count =
                localizer.text_with("check-pack-problems", &[("count", problems.len().into())]);
            println!("{count}");
            return ExitCode::from(1);
        }
    };
    let review = review_pack(&pack);
    for (lesson_id, report) in &review.solutions {
        let passes = localizer.text_with(
            "check-pack-solution",
            &[
                ("passed", report.passed_count().into()),
                ("total", report.results.len().into()),
            ],
        );
        println!("{lesson_id}: {passes}");
        let labels = case_labels(&report.results);
        for (label, result) in labels.iter().zip(&report.results) {
            if let Some(explanation) = outcome_explanation(result) {
                println!(
                    "  {}: {}",
                    localize(&localizer, label),
                    localize(&localizer, &explanation)
                );
            }
        }
    }
    print_problems(&localizer, &review.problems);
    if review.is_clean() {
        let (title, _) = pack.title.pick(language, pack.default_language);
        let clean = localizer.text_with(
            "check-pack-clean",
            &[
                ("title", title.into()),
                ("count", pack.lessons.len().into()),
            ],
        );
        println!("{} {}: {clean}", pack.id, pack.version);
        ExitCode::SUCCESS
    } else {
        let count = localizer.text_with(
            "check-pack-problems",
            &[("count", review.problems.len().into())],
        );
        println!("{count}");
        ExitCode::from(1)
    }
}

/// `sandbox bundle`.
pub fn bundle(arguments: &[String]) -> ExitCode {
    let [folder, output] = arguments else {
        eprintln!("usage: sandbox bundle PACK_FOLDER OUT.toml");
        return ExitCode::from(2);
    };
    let on_disk = match read_pack(Path::new(folder)) {
        Ok(on_disk) => on_disk,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    match bundle_pack(&on_disk.manifest, &on_disk.files) {
        Ok(document) => match std::fs::write(output, document) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("sandbox: cannot write {output}: {error}");
                ExitCode::from(2)
            }
        },
        Err(problems) => {
            print_problems(&Localizer::new(Language::English), &problems);
            ExitCode::from(1)
        }
    }
}
