//! Progress kept so it is never lost: the JSON reader on corrupt input, the
//! lesson record, edit histories, profiles, the pupil's choice between two
//! versions, a full store, storage usage, and progress files (export, import,
//! refusal of broken and foreign files).

use engine::progress::json::{parse_json, JsonValue};
use engine::progress::lesson_progress::{EditCounts, EditOrder, LessonProgress, UnreadableRecord};
use engine::progress::lesson_store::{
    keep_versions, last_worked_lesson, load_lesson, load_versions, profile_lessons, update_lesson,
    EarlierVersion, VersionReason, MOST_EARLIER_VERSIONS,
};
use engine::progress::merge::{choose_version, merge_lesson, Choice, MergeOutcome};
use engine::progress::profiles::{
    load_profiles, place_from_seed, remove_profile, update_profiles, Profile, ProfileNameProblem,
    Profiles, PROFILES_KEY,
};
use engine::progress::progress_file::{
    export_progress, import_progress, read_progress_file, ProgressFileProblem,
};
use engine::progress::storage_space::{storage_usage, write_making_room};
use engine::progress::{lesson_key, versions_key, LessonAddress, LessonState};
use engine::storage::{KeyValueStore, MemoryStore, StorageError};

const HELLO: LessonAddress<'static> = LessonAddress {
    pack_id: "first-steps",
    lesson_id: "hello",
};
const LOOPS: LessonAddress<'static> = LessonAddress {
    pack_id: "first-steps",
    lesson_id: "loops",
};

/// Code with everything a record must escape or carry through unchanged.
const TRICKY_CODE: &str = "name = input('Атың кім? ')\nif name == \"Әлия\":\n\tprint('C:\\\\temp', \"\\\"\")\r\n# 🐢 \u{1} \u{2028} </script>\n";

fn profile(id: &str, place: &str) -> Profile {
    Profile {
        id: id.into(),
        name: String::new(),
        place: place.into(),
        language: None,
        editor_font_size: 18,
        display: engine::display_settings::DisplaySettings::default(),
    }
}

#[test]
fn json_reads_what_it_writes_and_what_other_tools_write() {
    let value = JsonValue::Object(vec![
        ("code".into(), JsonValue::Text(TRICKY_CODE.into())),
        ("n".into(), JsonValue::count(u64::MAX)),
        (
            "list".into(),
            JsonValue::List(vec![JsonValue::Null, JsonValue::Bool(true)]),
        ),
        ("empty".into(), JsonValue::Object(vec![])),
    ]);
    for text in [value.to_compact_text(), value.to_readable_text()] {
        assert_eq!(parse_json(&text), Some(value.clone()));
        let other: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(other["code"], TRICKY_CODE);
        // serde_json orders fields its own way; each one reads the same.
        let again = parse_json(&other.to_string()).unwrap();
        for name in ["code", "n", "list", "empty"] {
            assert_eq!(again.field(name), value.field(name), "{name}");
        }
    }
    assert_eq!(
        parse_json(r#" {"a": -1.5e3, "b": "\ud83d\udc22\u00e9"} "#),
        Some(JsonValue::Object(vec![
            ("a".into(), JsonValue::Number("-1.5e3".into())),
            ("b".into(), JsonValue::Text("🐢é".into())),
        ]))
    );
}

#[test]
fn json_refuses_corrupt_text_without_panicking() {
    let deep = "[".repeat(100_000);
    for text in [
        "",
        "{",
        "{\"a\":1,}",
        "{\"a\":1,\"a\":2}",
        "[1 2]",
        "01",
        "1.",
        "-",
        "\"\\ud800\"",
        "\"\\q\"",
        "\"a\nb\"",
        "nul",
        "{} {}",
        "{\"version\":1,\"code\":\"print(",
        deep.as_str(),
    ] {
        assert_eq!(parse_json(text), None, "{text:.40}");
    }
    // Every cut of a real record is refused (or is a shorter whole value).
    let record = LessonProgress {
        code: Some(TRICKY_CODE.into()),
        edits: EditCounts::of_place("abc", 3),
        ..LessonProgress::default()
    }
    .to_record();
    for (end, _) in record.char_indices() {
        let cut = &record[..end];
        assert!(LessonProgress::from_record(cut, "x").is_err(), "{cut}");
    }
}

#[test]
fn a_lesson_record_comes_back_unchanged() {
    let mut progress = LessonProgress {
        code: Some(TRICKY_CODE.into()),
        previous: Some("print(0)\n".into()),
        attempts: 4,
        hints_shown: 2,
        ..LessonProgress::default()
    };
    assert!(progress.change_code("print(1)\n", "school", 1_000));
    assert!(
        !progress.change_code("print(1)\n", "school", 2_000),
        "the same code is no edit"
    );
    progress.mark_solved("print(1)\n", 3_000);
    progress.mark_solved("print(2)\n", 4_000);
    assert_eq!(progress.solved_code.as_deref(), Some("print(1)\n"));
    assert_eq!(progress.first_solved, Some(3_000));
    assert_eq!(progress.last_worked, Some(1_000));
    assert_eq!(progress.state(), LessonState::Solved);
    let record = progress.to_record();
    assert_eq!(LessonProgress::from_record(&record, "x"), Ok(progress));
    let json: serde_json::Value = serde_json::from_str(&record).unwrap();
    assert_eq!(json["version"], 2);
    assert_eq!(json["edits"]["school"], 1);
}

#[test]
fn records_the_app_cannot_read_say_why() {
    for (record, expect) in [
        ("[1]", UnreadableRecord::NotARecord),
        ("{\"code\":\"x\"}", UnreadableRecord::NoVersion),
        ("{\"version\":9}", UnreadableRecord::UnknownVersion(9)),
        (
            "{\"version\":2,\"code\":5}",
            UnreadableRecord::WrongField("code"),
        ),
        (
            "{\"version\":2,\"edits\":{\"Not A Place\":1}}",
            UnreadableRecord::WrongField("edits"),
        ),
        (
            "{\"version\":2,\"attempts\":-1}",
            UnreadableRecord::WrongField("attempts"),
        ),
    ] {
        assert_eq!(
            LessonProgress::from_record(record, "x"),
            Err(expect),
            "{record}"
        );
    }
}

#[test]
fn edit_histories_tell_which_grew_from_which() {
    let mut school = EditCounts::default();
    school.count_change("school");
    school.count_change("school");
    let mut home = school.clone();
    home.count_change("home");
    assert_eq!(school.order(&home), EditOrder::Before);
    assert_eq!(home.order(&school), EditOrder::After);
    assert_eq!(home.order(&home.clone()), EditOrder::Same);
    school.count_change("school");
    assert_eq!(school.order(&home), EditOrder::Apart);
    let joined = school.joined(&home);
    assert_eq!((joined.at("school"), joined.at("home")), (3, 1));
    assert_eq!(joined.total(), 4);
    assert_eq!(school.order(&joined), EditOrder::Before);
    // Many places fold into the largest without losing the total or order.
    let mut travelled = EditCounts::default();
    for place in 0..40 {
        for _ in 0..=place {
            travelled.count_change(&place_from_seed(place));
        }
    }
    let total = travelled.total();
    assert_eq!(total, (1..=40).sum::<u64>());
    let mut later = travelled.clone();
    later.count_change("elsewhere");
    assert_eq!(travelled.order(&later), EditOrder::Before);
}

#[test]
fn choosing_between_two_versions_keeps_the_other_and_outgrows_both() {
    let mut here = LessonProgress::default();
    here.change_code("print('school')\n", "school", 10);
    let mut file = here.clone();
    file.change_code("print('home')\n", "home", 20);
    here.change_code("print('school 2')\n", "school", 30);
    let (mut merged, outcome) = merge_lesson(Some(&here), &file);
    assert_eq!(outcome, MergeOutcome::BothChanged);
    assert_eq!(merged.code.as_deref(), Some("print('school 2')\n"));
    let waiting = merged.other_version.clone().unwrap();
    assert_eq!(waiting.code, "print('home')\n");
    assert_eq!(merged.state(), LessonState::InProgress);

    let mut keep_other = merged.clone();
    let dropped = choose_version(&mut keep_other, Choice::OtherOne, "school", 40);
    assert_eq!(dropped.as_deref(), Some("print('school 2')\n"));
    assert_eq!(keep_other.code.as_deref(), Some("print('home')\n"));
    assert_eq!(keep_other.other_version, None);
    assert_eq!(keep_other.edits.order(&here.edits), EditOrder::After);
    assert_eq!(keep_other.edits.order(&file.edits), EditOrder::After);
    // The next time the two meet, the chosen version simply wins.
    assert_eq!(
        merge_lesson(Some(&keep_other), &file).1,
        MergeOutcome::KeptHere
    );
    assert_eq!(
        merge_lesson(Some(&file), &keep_other).1,
        MergeOutcome::TakenFromFile
    );

    let dropped = choose_version(&mut merged, Choice::ThisOne, "school", 40);
    assert_eq!(dropped.as_deref(), Some("print('home')\n"));
    assert_eq!(merged.code.as_deref(), Some("print('school 2')\n"));
    assert_eq!(
        choose_version(&mut merged, Choice::ThisOne, "school", 50),
        None
    );
}

#[test]
fn profiles_have_names_of_their_own() {
    let mut profiles = Profiles::default();
    let first = profiles.add("", None, 1).unwrap();
    let second = profiles.add("  Аружан   Серік ", None, 2).unwrap();
    assert_eq!((first.as_str(), second.as_str()), ("p1", "p2"));
    assert_eq!(profiles.get("p2").unwrap().name, "Аружан Серік");
    assert_ne!(
        profiles.get("p1").unwrap().place,
        profiles.get("p2").unwrap().place
    );
    assert_eq!(
        profiles.add("аружан серік", None, 3),
        Err(ProfileNameProblem::Taken)
    );
    assert_eq!(
        profiles.check_name("   ", ""),
        Err(ProfileNameProblem::Empty)
    );
    assert_eq!(
        profiles.check_name(&"я".repeat(41), ""),
        Err(ProfileNameProblem::TooLong)
    );
    assert_eq!(
        profiles.check_name("Аружан Серік", "p2").as_deref(),
        Ok("Аружан Серік"),
        "a profile may keep its own name"
    );
    assert_eq!(Profiles::from_record(&profiles.to_record()), Some(profiles));
    let place = place_from_seed(7);
    assert_eq!(place.len(), 10);
    assert_eq!(place, place_from_seed(7));
    assert_ne!(place, place_from_seed(8));
}

#[test]
fn an_unreadable_list_of_profiles_is_kept_aside() {
    let mut store = MemoryStore::new();
    store
        .write(PROFILES_KEY, "{\"version\":2,\"profiles\":[{\"id\":")
        .unwrap();
    let loaded = load_profiles(&mut store).unwrap();
    assert!(loaded.profiles.list.is_empty());
    let kept_under = loaded.set_aside.unwrap();
    assert_eq!(kept_under, "bastau.v2.unreadable.bastau.v2.profiles");
    assert_eq!(
        store.read(&kept_under).unwrap().as_deref(),
        Some("{\"version\":2,\"profiles\":[{\"id\":")
    );
    assert_eq!(store.read(PROFILES_KEY).unwrap(), None);
}

#[test]
fn each_profile_has_its_own_progress_and_removing_one_leaves_the_others() {
    let mut store = MemoryStore::new();
    let (profiles, _) = update_profiles(&mut store, |profiles| {
        profiles.add("Аружан", None, 1).unwrap();
        profiles.add("Данияр", None, 2).unwrap();
    })
    .unwrap();
    let (first, second) = (&profiles.list[0], &profiles.list[1]);
    update_lesson(&mut store, first, HELLO, |progress| {
        progress.change_code("print('Аружан')\n", &first.place, 1);
    })
    .unwrap();
    update_lesson(&mut store, second, HELLO, |progress| {
        progress.change_code("print('Данияр')\n", &second.place, 2);
        progress.mark_solved("print('Данияр')\n", 2);
    })
    .unwrap();
    let code_of = |store: &mut MemoryStore, profile: &Profile| {
        load_lesson(store, profile, HELLO).unwrap().progress.code
    };
    assert_eq!(
        code_of(&mut store, first).as_deref(),
        Some("print('Аружан')\n")
    );
    assert_eq!(
        code_of(&mut store, second).as_deref(),
        Some("print('Данияр')\n")
    );
    remove_profile(&mut store, &second.id).unwrap();
    assert_eq!(load_profiles(&mut store).unwrap().profiles.list.len(), 1);
    assert_eq!(
        code_of(&mut store, first).as_deref(),
        Some("print('Аружан')\n")
    );
    assert!(store
        .keys()
        .unwrap()
        .iter()
        .all(|key| !key.contains(".p2.")));
}

#[test]
fn an_unreadable_lesson_record_is_kept_aside_and_the_lesson_goes_on() {
    let mut store = MemoryStore::new();
    let pupil = profile("p1", "school");
    let key = lesson_key("p1", HELLO);
    store
        .write(&key, "{\"version\":2,\"code\":\"print('half")
        .unwrap();
    let loaded = update_lesson(&mut store, &pupil, HELLO, |progress| {
        progress.change_code("print(1)\n", "school", 5);
    })
    .unwrap();
    let kept_under = loaded.set_aside.unwrap();
    assert_eq!(
        store.read(&kept_under).unwrap().as_deref(),
        Some("{\"version\":2,\"code\":\"print('half")
    );
    assert_eq!(
        load_lesson(&mut store, &pupil, HELLO)
            .unwrap()
            .progress
            .code
            .as_deref(),
        Some("print(1)\n")
    );
    // A second damaged record goes beside the first, not over it.
    store.write(&key, "garbage").unwrap();
    let loaded = load_lesson(&mut store, &pupil, HELLO).unwrap();
    assert_eq!(
        loaded.set_aside.as_deref(),
        Some(&*format!("{kept_under}.2"))
    );
    assert_eq!(
        store.read(&kept_under).unwrap().as_deref(),
        Some("{\"version\":2,\"code\":\"print('half")
    );
}

#[test]
fn earlier_versions_are_newest_first_without_repeats_and_capped() {
    let mut store = MemoryStore::new();
    for number in 0..30_u64 {
        let version = EarlierVersion {
            code: format!("print({})\n", number % 25),
            reason: VersionReason::Checked,
            saved: number,
        };
        keep_versions(&mut store, "p1", HELLO, vec![version]).unwrap();
    }
    let versions = load_versions(&store, "p1", HELLO);
    assert_eq!(versions.len(), MOST_EARLIER_VERSIONS);
    assert_eq!(versions[0].code, "print(4)\n");
    assert_eq!(versions[0].saved, 29);
    let mut codes: Vec<&str> = versions
        .iter()
        .map(|version| version.code.as_str())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), MOST_EARLIER_VERSIONS);
}

#[test]
fn a_full_store_drops_earlier_versions_first_and_never_the_pupils_code() {
    let pupil = profile("p1", "school");
    let big_code = "x = 1\n".repeat(2_000);
    let mut store = MemoryStore::with_capacity_in_characters(45_000);
    update_lesson(&mut store, &pupil, HELLO, |progress| {
        progress.change_code(&big_code, "school", 1);
    })
    .unwrap();
    for (number, lesson) in [(1_u64, HELLO), (2, LOOPS)] {
        let version = EarlierVersion {
            code: format!("{big_code}# {number}\n"),
            reason: VersionReason::Checked,
            saved: number,
        };
        keep_versions(&mut store, "p1", lesson, vec![version]).unwrap();
    }
    // The next lesson's code fits only once the oldest versions go.
    let removed = write_making_room(
        &mut store,
        "bastau.v2.p1.lesson.first-steps.three",
        &big_code,
    )
    .unwrap();
    assert_eq!(removed, 1);
    assert_eq!(store.read(&versions_key("p1", HELLO)).unwrap(), None);
    assert!(store.read(&versions_key("p1", LOOPS)).unwrap().is_some());
    // When nothing more can go, the write fails and what was kept stays.
    let huge = "y".repeat(200_000);
    assert_eq!(
        update_lesson(&mut store, &pupil, LOOPS, |progress| {
            progress.change_code(&huge, "school", 2);
        }),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(
        load_lesson(&mut store, &pupil, HELLO)
            .unwrap()
            .progress
            .code
            .as_deref(),
        Some(big_code.as_str())
    );
    assert_eq!(
        load_lesson(&mut store, &pupil, LOOPS)
            .unwrap()
            .progress
            .code,
        None
    );
}

#[test]
fn storage_counts_characters_as_browsers_do() {
    // One unit per character whatever the alphabet, two for an emoji
    // (UTF-16), as Chromium and Firefox count against their quota.
    assert_eq!(engine::storage::entry_size_in_characters("k", "ж🐢a"), 5);
}

#[test]
fn storage_usage_counts_each_kind_of_data() {
    let mut store = MemoryStore::new();
    store.write("bastau.v2.p1.lesson.a.b", "1234").unwrap();
    store.write("bastau.v2.p1.versions.a.b", "12").unwrap();
    store.write("bastau.v2.p2.lesson.a.b", "1").unwrap();
    store.write("bastau.v1.pack.my-pack", "pack").unwrap();
    store
        .write("bastau.v2.unreadable.bastau.v2.p1.lesson.a.c", "x")
        .unwrap();
    store.write("bastau.v2.profiles", "{}").unwrap();
    let usage = storage_usage(&store, "p1").unwrap();
    assert_eq!(
        usage.this_profile,
        ("bastau.v2.p1.lesson.a.b".len() + 4) as u64
    );
    assert_eq!(
        usage.earlier_versions,
        ("bastau.v2.p1.versions.a.b".len() + 2) as u64
    );
    assert_eq!(
        usage.other_profiles,
        ("bastau.v2.p2.lesson.a.b".len() + 1) as u64
    );
    assert_eq!(
        usage.imported_packs,
        ("bastau.v1.pack.my-pack".len() + 4) as u64
    );
    assert!(usage.set_aside > 0 && usage.other > 0);
    assert_eq!(
        usage.total(),
        store
            .keys()
            .unwrap()
            .iter()
            .map(|key| (key.len() + store.read(key).unwrap().unwrap().len()) as u64)
            .sum::<u64>()
    );
}

#[test]
fn progress_saved_to_a_file_comes_back_into_an_empty_browser() {
    let mut school = MemoryStore::new();
    let pupil = Profile {
        name: "Аружан".into(),
        ..profile("p1", "school")
    };
    update_lesson(&mut school, &pupil, HELLO, |progress| {
        progress.change_code(TRICKY_CODE, "school", 100);
        progress.mark_solved(TRICKY_CODE, 100);
        progress.hints_shown = 2;
    })
    .unwrap();
    update_lesson(&mut school, &pupil, LOOPS, |progress| {
        progress.change_code("for i in range(3):\n    pass\n", "school", 200);
    })
    .unwrap();
    keep_versions(
        &mut school,
        "p1",
        LOOPS,
        vec![EarlierVersion {
            code: "for i in range(2):\n".into(),
            reason: VersionReason::Checked,
            saved: 150,
        }],
    )
    .unwrap();
    let file_text = export_progress(&school, &pupil, 300).unwrap();
    let json: serde_json::Value = serde_json::from_str(&file_text).unwrap();
    assert_eq!(json["format"], "bastau-progress");
    assert_eq!(json["version"], 2);
    assert_eq!(json["name"], "Аружан");
    assert!(
        file_text.contains("\n  \"lessons\": ["),
        "laid out for people"
    );

    let mut home = MemoryStore::new();
    let home_pupil = profile("p1", "home");
    let file = read_progress_file(&file_text, "home").unwrap();
    let summary = import_progress(&mut home, &home_pupil, &file).unwrap();
    assert_eq!(summary.added.len(), 2);
    assert_eq!(
        summary.newly_solved,
        vec![("first-steps".into(), "hello".into())]
    );
    for lesson in [HELLO, LOOPS] {
        assert_eq!(
            load_lesson(&mut home, &home_pupil, lesson)
                .unwrap()
                .progress,
            load_lesson(&mut school, &pupil, lesson).unwrap().progress
        );
    }
    assert_eq!(
        load_versions(&home, "p1", LOOPS),
        load_versions(&school, "p1", LOOPS)
    );
    let lessons = profile_lessons(&home, &home_pupil).unwrap();
    assert_eq!(
        last_worked_lesson(&lessons).map(|lesson| lesson.lesson_id.as_str()),
        Some("loops")
    );

    // Opening the same file again changes nothing.
    let before: Vec<_> = profile_lessons(&home, &home_pupil).unwrap();
    let again = import_progress(&mut home, &home_pupil, &file).unwrap();
    assert_eq!(again.kept_here.len(), 2);
    assert!(again.added.is_empty() && again.newly_solved.is_empty());
    assert_eq!(profile_lessons(&home, &home_pupil).unwrap(), before);
}

#[test]
fn school_home_school_keeps_both_when_both_changed() {
    let pupil_school = profile("p1", "school");
    let pupil_home = profile("p1", "home");
    let mut school = MemoryStore::new();
    update_lesson(&mut school, &pupil_school, HELLO, |progress| {
        progress.change_code("print(1)\n", "school", 1);
    })
    .unwrap();
    let to_home = export_progress(&school, &pupil_school, 2).unwrap();
    let mut home = MemoryStore::new();
    let file = read_progress_file(&to_home, "home").unwrap();
    import_progress(&mut home, &pupil_home, &file).unwrap();
    update_lesson(&mut home, &pupil_home, HELLO, |progress| {
        progress.change_code("print('home')\n", "home", 3);
    })
    .unwrap();
    // Meanwhile the school computer's copy changed too.
    update_lesson(&mut school, &pupil_school, HELLO, |progress| {
        progress.change_code("print('school')\n", "school", 4);
    })
    .unwrap();
    let to_school = export_progress(&home, &pupil_home, 5).unwrap();
    let file = read_progress_file(&to_school, "school").unwrap();
    let summary = import_progress(&mut school, &pupil_school, &file).unwrap();
    assert_eq!(
        summary.both_changed,
        vec![("first-steps".into(), "hello".into())]
    );
    let progress = load_lesson(&mut school, &pupil_school, HELLO)
        .unwrap()
        .progress;
    assert_eq!(progress.code.as_deref(), Some("print('school')\n"));
    assert_eq!(progress.other_version.unwrap().code, "print('home')\n");
}

#[track_caller]
fn check_refused(text: &str, expect: ProgressFileProblem) {
    assert_eq!(read_progress_file(text, "x"), Err(expect));
}

#[test]
fn broken_and_foreign_files_are_refused_whole() {
    check_refused("", ProgressFileProblem::NotJson);
    check_refused("PK\u{3}\u{4} a zip", ProgressFileProblem::NotJson);
    check_refused("{\"format\":\"bastau-prog", ProgressFileProblem::NotJson);
    check_refused(
        "{\"name\":\"package\",\"version\":\"1.0.0\"}",
        ProgressFileProblem::NotProgress,
    );
    check_refused("[1,2,3]", ProgressFileProblem::NotProgress);
    check_refused(
        "{\"format\":\"bastau-progress\",\"version\":3,\"lessons\":[]}",
        ProgressFileProblem::NewerVersion(3),
    );
    check_refused(
        "{\"format\":\"bastau-progress\",\"version\":2}",
        ProgressFileProblem::NotProgress,
    );
    check_refused(
        "{\"format\":\"bastau-progress\",\"version\":2,\"lessons\":[{\"pack\":\"a\",\"lesson\":\"b\",\"progress\":{\"version\":2}},{\"pack\":\"../x\",\"lesson\":\"b\",\"progress\":{\"version\":2}}]}",
        ProgressFileProblem::BrokenLesson(2, UnreadableRecord::WrongField("pack")),
    );
    check_refused(
        "{\"format\":\"bastau-progress\",\"version\":2,\"lessons\":[{\"pack\":\"a\",\"lesson\":\"b\",\"progress\":{\"version\":2,\"code\":[]}}]}",
        ProgressFileProblem::BrokenLesson(1, UnreadableRecord::WrongField("code")),
    );
    // A file with a byte order mark and an old lesson record reads fine.
    let file = read_progress_file(
        "\u{feff}{\"format\":\"bastau-progress\",\"version\":1,\"lessons\":[{\"pack\":\"a\",\"lesson\":\"b\",\"progress\":{\"version\":1,\"code\":\"print(1)\\n\",\"checks_run\":2}}]}",
        "home",
    )
    .unwrap();
    assert_eq!(file.lessons[0].progress.code.as_deref(), Some("print(1)\n"));
    assert_eq!(file.lessons[0].progress.attempts, 2);
    assert_eq!(file.lessons[0].progress.edits.at("home"), 1);
}
