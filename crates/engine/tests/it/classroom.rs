//! The teacher's class table (`tests/data/classroom/README.md`): hand-in
//! files read and written, every solved claim checked again (an edited file
//! claiming a solved lesson with wrong code, a hand-in of another pack
//! version, a lesson the pack does not have), a pupil's second hand-in
//! replacing the first, and the CSV with its escaping.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use engine::classroom::class_table::{
    class_csv, csv_cell, Added, ClassTable, OtherPack, Recheck, Rechecking,
};
use engine::classroom::hand_in::{HandIn, HandInProblem};
use engine::i18n::{Language, Localizer};
use engine::pack::{load_pack, Pack};
use engine::progress::lesson_progress::LessonProgress;
use engine::progress::lesson_store::StoredLesson;
use engine::progress::LessonState;

fn data_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/classroom")
}

fn class_pack() -> Pack {
    let source = fs::read_to_string(data_folder().join("pack.toml")).unwrap();
    load_pack(&source, &BTreeMap::new()).unwrap()
}

fn hand_in_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(data_folder().join("hand-ins"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files
}

/// The table after opening `files` in order and checking every claim.
fn checked_table(pack: &Pack, files: &[PathBuf]) -> ClassTable {
    let mut table = ClassTable::new(&pack.id);
    for file in files {
        let hand_in = HandIn::from_file_text(&fs::read_to_string(file).unwrap()).unwrap();
        table.add(hand_in, pack).unwrap();
    }
    let mut rechecking = Rechecking::new();
    let mut steps = 0;
    while !rechecking.step(&mut table, pack, 1_000) {
        steps += 1;
        assert!(steps < 100_000, "the re-check ends");
    }
    assert_eq!(table.pending(), 0);
    table
}

#[test]
fn the_class_table_checks_every_claim_again_and_exports_csv() {
    let pack = class_pack();
    let table = checked_table(&pack, &hand_in_files());
    let names: Vec<&str> = table
        .rows
        .iter()
        .map(|row| row.hand_in.pupil.as_str())
        .collect();
    assert_eq!(
        names,
        ["аружан серік", "Данияр", "=cmd|' /C calc'!A0"],
        "the second hand-in of a pupil replaces the first, in the first's place"
    );
    let aruzhan = &table.rows[0];
    assert_eq!(
        aruzhan.cell("double"),
        (LessonState::Solved, Recheck::Passed)
    );
    assert!(aruzhan.disagreements().is_empty());
    let tampered = &table.rows[1];
    assert_eq!(
        tampered.cell("hello"),
        (LessonState::Solved, Recheck::Failed)
    );
    assert_eq!(tampered.disagreements(), ["hello", "double"]);
    assert_eq!(tampered.confirmed_solved(), 0);
    let old_version = &table.rows[2];
    assert!(old_version.other_pack_version(&pack));
    assert!(!aruzhan.other_pack_version(&pack));
    assert_eq!(
        old_version.cell("double"),
        (LessonState::Solved, Recheck::Passed)
    );
    assert_eq!(
        old_version.cell("goodbye"),
        (LessonState::Solved, Recheck::UnknownLesson)
    );
    assert_eq!(
        old_version.cell("hello"),
        (LessonState::NotStarted, Recheck::NotClaimed)
    );

    let mut failures = Vec::new();
    for (language, name) in [
        (Language::English, "class.en.csv"),
        (Language::Russian, "class.ru.csv"),
    ] {
        let csv = class_csv(&table, &pack, &Localizer::new(language));
        assert!(csv.starts_with('\u{feff}'), "UTF-8 with a byte order mark");
        assert!(csv.ends_with("\r\n"));
        let path = data_folder().join(name);
        if std::env::var_os("BASTAU_BLESS").is_some() {
            fs::write(&path, &csv).unwrap();
        } else if fs::read_to_string(&path).unwrap_or_default() != csv {
            failures.push(format!("{}:\n{csv}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn csv_cells_are_quoted_and_formulas_defused() {
    for (text, expect) in [
        ("Аружан", "Аружан"),
        ("a;b", "\"a;b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=1+1", "'=1+1"),
        ("+7 701", "'+7 701"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("=a;b", "\"'=a;b\""),
        ("\tx", "'\tx"),
        ("", ""),
    ] {
        assert_eq!(csv_cell(text), expect, "{text:?}");
    }
}

#[test]
fn a_hand_in_is_made_from_the_pupils_progress_and_read_back() {
    let pack = class_pack();
    let mut solved = LessonProgress::default();
    solved.change_code("print('Hello')\n", "school", 1);
    solved.mark_solved("print('Hello')\n", 2);
    solved.hints_shown = 1;
    let stored = vec![
        StoredLesson {
            pack_id: "class-pack".into(),
            lesson_id: "hello".into(),
            progress: solved,
        },
        StoredLesson {
            pack_id: "other-pack".into(),
            lesson_id: "double".into(),
            progress: LessonProgress::default(),
        },
    ];
    let hand_in = HandIn::new("  Аружан\tСерік ", "7Б", &pack, &stored, 99);
    assert_eq!(hand_in.pupil, "Аружан Серік");
    assert_eq!(hand_in.pack_version, "2");
    assert_eq!(hand_in.lessons.len(), 1, "only this pack's lessons");
    let text = hand_in.to_file_text();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["format"], "bastau-hand-in");
    assert_eq!(json["lessons"][0]["state"], "solved");
    assert_eq!(json["lessons"][0]["hints_shown"], 1);
    assert_eq!(HandIn::from_file_text(&text), Ok(hand_in.clone()));

    let mut table = ClassTable::new("other-pack");
    assert_eq!(
        table.add(hand_in.clone(), &pack),
        Err(OtherPack {
            pack_id: "class-pack".into()
        })
    );
    let mut table_of_pack = ClassTable::new("class-pack");
    assert_eq!(
        table_of_pack.add(hand_in.clone(), &pack),
        Ok(Added::NewPupil)
    );
    assert_eq!(table_of_pack.add(hand_in, &pack), Ok(Added::Replaced));
    table.rows.clear();
}

#[test]
fn broken_and_foreign_hand_ins_are_refused() {
    for (text, expect) in [
        ("", HandInProblem::NotJson),
        ("{\"format\":\"bastau-progress\",\"version\":2}", HandInProblem::NotHandIn),
        ("{\"format\":\"bastau-hand-in\",\"version\":7}", HandInProblem::NewerVersion(7)),
        (
            "{\"format\":\"bastau-hand-in\",\"version\":1,\"pupil\":\"  \",\"pack\":\"p\",\"lessons\":[]}",
            HandInProblem::NoName,
        ),
        (
            "{\"format\":\"bastau-hand-in\",\"version\":1,\"pupil\":\"A\",\"pack\":\"p\",\"lessons\":[{\"lesson\":\"x\",\"state\":\"finished\"}]}",
            HandInProblem::BrokenLesson(1),
        ),
        (
            "{\"format\":\"bastau-hand-in\",\"version\":1,\"pupil\":\"A\",\"pack\":\"p\",\"lessons\":[{\"lesson\":\"x\",\"state\":\"solved\"},{\"lesson\":\"x\",\"state\":\"solved\"}]}",
            HandInProblem::BrokenLesson(2),
        ),
    ] {
        assert_eq!(HandIn::from_file_text(text), Err(expect), "{text}");
    }
}

#[test]
fn base64url_follows_rfc_4648() {
    use engine::classroom::assignment::{base64url_decode, base64url_encode};
    for (bytes, text) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64url_encode(bytes.as_bytes()), text);
        assert_eq!(base64url_decode(text).unwrap(), bytes.as_bytes());
    }
    let all: Vec<u8> = (0..=255).collect();
    let text = base64url_encode(&all);
    assert!(text
        .bytes()
        .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'));
    assert_eq!(base64url_decode(&text).unwrap(), all);
    assert_eq!(base64url_decode("Zm9vYg=="), Some(b"foob".to_vec()));
    for broken in ["Z", "Zm9v!", "Zm9vY", "a b"] {
        assert_eq!(base64url_decode(broken), None, "{broken}");
    }
}

#[test]
fn an_assignment_travels_as_a_file_and_as_a_link() {
    use engine::classroom::assignment::{class_list, Assignment, AssignmentProblem};
    let pupils = class_list("  Аружан   Серік \n\nДанияр\nаружан серік\n\tӘлия\n");
    assert_eq!(pupils, ["Аружан Серік", "Данияр", "Әлия"]);
    let assignment = Assignment {
        pack_id: "my-pack".into(),
        pack_version: "3".into(),
        class_name: "7Б".into(),
        pupils,
        pack_files: [("pack.toml".to_owned(), "id = \"my-pack\"\n".to_owned())].into(),
    };
    assert_eq!(
        Assignment::from_file_text(&assignment.to_file_text()),
        Ok(assignment.clone())
    );
    let data = assignment.to_link_data();
    assert!(data
        .bytes()
        .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'));
    assert_eq!(Assignment::from_link_data(&data), Ok(assignment.clone()));
    // A link cut short by a messenger, or edited, is refused.
    assert_eq!(
        Assignment::from_link_data(&data[..data.len() / 2]),
        Err(AssignmentProblem::NotAssignment)
    );
    assert_eq!(
        Assignment::from_file_text(
            "{\"format\":\"bastau-assignment\",\"version\":2,\"pack\":\"x\"}"
        ),
        Err(AssignmentProblem::NewerVersion(2))
    );
    assert_eq!(
        Assignment::from_file_text(
            "{\"format\":\"bastau-assignment\",\"version\":1,\"pack\":\"../x\"}"
        ),
        Err(AssignmentProblem::NotAssignment)
    );
}
