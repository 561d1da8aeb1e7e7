//! The pupil's code kept per lesson: round trips, unreadable records set aside,
//! a full store, and the previous code kept for "back to the starter code".

use engine::progress::saved_code::{
    load_saved_code, save_code, LessonAddress, LoadedCode, SavedCode, UnreadableRecord,
};
use engine::storage::{KeyValueStore, MemoryStore, StorageError};
use expect_test::{expect, Expect};

const HELLO: LessonAddress<'static> = LessonAddress {
    pack_id: "first-steps",
    lesson_id: "hello",
};

/// Code with everything a record must escape or carry through unchanged.
const TRICKY_CODE: &str = "name = input('Атың кім? ')\nif name == \"Әлия\":\n\tprint('C:\\\\temp', \"\\\"\")\r\n# 🐢 \u{1} \u{2028} </script>\n";

#[track_caller]
fn check_reading(record: &str, expect: Expect) {
    expect.assert_eq(&format!("{:?}", SavedCode::from_record(record)));
}

#[test]
fn the_key_names_the_pack_and_the_lesson() {
    assert_eq!(HELLO.storage_key(), "bastau.v1.code.first-steps.hello");
}

#[test]
fn nothing_saved_means_the_starter_code() {
    let mut store = MemoryStore::new();
    assert_eq!(
        load_saved_code(&mut store, HELLO),
        Ok(LoadedCode::NothingSaved)
    );
}

#[test]
fn saved_code_comes_back_unchanged() {
    let mut store = MemoryStore::new();
    for saved in [
        SavedCode::new(TRICKY_CODE),
        SavedCode::new(""),
        SavedCode {
            code: "print(1)\n".into(),
            previous: Some(TRICKY_CODE.into()),
        },
    ] {
        save_code(&mut store, HELLO, &saved).unwrap();
        assert_eq!(
            load_saved_code(&mut store, HELLO),
            Ok(LoadedCode::Saved(saved))
        );
    }
}

#[test]
fn the_record_is_json_with_its_schema_version() {
    let saved = SavedCode {
        code: TRICKY_CODE.into(),
        previous: Some("print(2)".into()),
    };
    let record = saved.to_record();
    let json: serde_json::Value = serde_json::from_str(&record).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["code"], TRICKY_CODE);
    assert_eq!(json["previous"], "print(2)");
    expect![[r#"{"version":1,"code":"print(1)\n","previous":"a \"b\" \\ \u0007"}"#]].assert_eq(
        &SavedCode {
            code: "print(1)\n".into(),
            previous: Some("a \"b\" \\ \u{7}".into()),
        }
        .to_record(),
    );
    expect![[r#"{"version":1,"code":""}"#]].assert_eq(&SavedCode::new("").to_record());
}

#[test]
fn records_written_by_other_json_tools_are_read() {
    let compact = serde_json::json!({"version": 1, "code": TRICKY_CODE}).to_string();
    assert_eq!(
        SavedCode::from_record(&compact),
        Ok(SavedCode::new(TRICKY_CODE))
    );
    let pretty = serde_json::to_string_pretty(
        &serde_json::json!({"code": "x = 1", "previous": null, "version": 1, "note": "later"}),
    )
    .unwrap();
    assert_eq!(SavedCode::from_record(&pretty), Ok(SavedCode::new("x = 1")));
}

#[test]
fn records_are_read_strictly() {
    check_reading(
        r#"{"version":1,"code":"print(1)"}"#,
        expect![[r#"Ok(SavedCode { code: "print(1)", previous: None })"#]],
    );
    check_reading(
        r#" { "code" : "\u0041\/\b\f\t" , "version" : 1 } "#,
        expect![[r#"Ok(SavedCode { code: "A/\u{8}\u{c}\t", previous: None })"#]],
    );
    check_reading(
        r#"{"version":1,"code":"\ud83d\udc22","previous":null}"#,
        expect![[r#"Ok(SavedCode { code: "🐢", previous: None })"#]],
    );
    check_reading(
        r#"{"version":2,"code":"print(1)"}"#,
        expect!["Err(UnknownVersion(2))"],
    );
    check_reading(r#"{"code":"print(1)"}"#, expect!["Err(NoVersion)"]);
    check_reading(
        r#"{"version":"1","code":"print(1)"}"#,
        expect!["Err(NoVersion)"],
    );
    check_reading(r#"{"version":1}"#, expect!["Err(NoCode)"]);
    check_reading(r#"{"version":1,"code":7}"#, expect!["Err(NoCode)"]);
    for not_a_record in [
        "",
        "print('Сәлем')",
        r#"{"version":1,"code":"print(1)"#,
        r#"{"version":1,"code":"print(1)"} extra"#,
        r#"{"version":1,"version":1,"code":""}"#,
        r#"{"version":1,"code":"\ud83d"}"#,
        r#"{"version":1,"code":"\q"}"#,
        "{\"version\":1,\"code\":\"a\nb\"}",
        r#"{"version":01,"code":""}"#,
        r#"{"version":1.0,"code":""}"#,
        r#"{"version":1,"code":["a"]}"#,
        r#"{"version":1,"code":"",}"#,
        r#"["version",1]"#,
    ] {
        assert_eq!(
            SavedCode::from_record(not_a_record),
            Err(UnreadableRecord::NotARecord),
            "{not_a_record:?}"
        );
    }
}

#[test]
fn an_unreadable_record_is_set_aside_and_reported() {
    let mut store = MemoryStore::new();
    let key = HELLO.storage_key();
    store.write(&key, r#"{"version":1,"code":"print("#).unwrap();
    assert_eq!(
        load_saved_code(&mut store, HELLO),
        Ok(LoadedCode::SetAside {
            problem: UnreadableRecord::NotARecord,
            kept_under: "bastau.v1.unreadable-code.first-steps.hello".into(),
        })
    );
    assert_eq!(
        store
            .read("bastau.v1.unreadable-code.first-steps.hello")
            .unwrap()
            .as_deref(),
        Some(r#"{"version":1,"code":"print("#)
    );
    assert_eq!(store.read(&key).unwrap(), None);
    assert_eq!(
        load_saved_code(&mut store, HELLO),
        Ok(LoadedCode::NothingSaved)
    );

    // A second damaged record does not replace the first one kept aside.
    store.write(&key, "garbage").unwrap();
    let LoadedCode::SetAside { kept_under, .. } = load_saved_code(&mut store, HELLO).unwrap()
    else {
        panic!("the second record is set aside too");
    };
    assert_eq!(kept_under, "bastau.v1.unreadable-code.first-steps.hello.2");
    assert_eq!(store.read(&kept_under).unwrap().as_deref(), Some("garbage"));
}

#[test]
fn a_record_of_a_newer_version_is_kept_aside_not_overwritten() {
    let mut store = MemoryStore::new();
    let newer = r#"{"version":2,"files":{"main.py":"print(1)"}}"#;
    store.write(&HELLO.storage_key(), newer).unwrap();
    assert_eq!(
        save_code(&mut store, HELLO, &SavedCode::new("print(2)")),
        Ok(Some("bastau.v1.unreadable-code.first-steps.hello".into())),
        "the save reports where the record went"
    );
    assert_eq!(
        store
            .read("bastau.v1.unreadable-code.first-steps.hello")
            .unwrap()
            .as_deref(),
        Some(newer)
    );
    assert_eq!(
        load_saved_code(&mut store, HELLO),
        Ok(LoadedCode::Saved(SavedCode::new("print(2)")))
    );
}

#[test]
fn a_full_store_refuses_the_save_and_keeps_the_earlier_code() {
    let earlier = SavedCode::new("print(1)\n");
    let room = HELLO.storage_key().len() + earlier.to_record().len() + 10;
    let mut store = MemoryStore::with_capacity_in_bytes(room);
    assert_eq!(save_code(&mut store, HELLO, &earlier), Ok(None));
    let longer = SavedCode::new("print('a long line that does not fit')\n");
    assert_eq!(
        save_code(&mut store, HELLO, &longer),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(
        load_saved_code(&mut store, HELLO),
        Ok(LoadedCode::Saved(earlier))
    );
}

#[test]
fn an_unreadable_record_that_cannot_be_moved_stays_where_it_was() {
    let key = HELLO.storage_key();
    let damaged = "{\"version\":1,\"code\":\"while True";
    let mut store = MemoryStore::with_capacity_in_bytes(key.len() + damaged.len() + 4);
    store.write(&key, damaged).unwrap();
    assert_eq!(
        load_saved_code(&mut store, HELLO),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(
        save_code(&mut store, HELLO, &SavedCode::new("")),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(store.read(&key).unwrap().as_deref(), Some(damaged));
}

#[test]
fn the_previous_code_is_kept_until_it_is_brought_back() {
    let mut store = MemoryStore::new();
    let pupil = SavedCode::new("print('my work')\n");
    assert_eq!(pupil.bring_back_previous(), None);
    let starter = pupil.back_to_starter("print('Сәлем, әлем!')\n");
    assert_eq!(starter.code, "print('Сәлем, әлем!')\n");
    assert_eq!(starter.previous.as_deref(), Some("print('my work')\n"));

    // Going back twice does not replace the pupil's code with the starter code.
    assert_eq!(starter.back_to_starter("print('Сәлем, әлем!')\n"), starter);

    // Typing after going back keeps the previous code, also across a reload.
    let typed = starter.with_code("print('new')\n");
    save_code(&mut store, HELLO, &typed).unwrap();
    let LoadedCode::Saved(reloaded) = load_saved_code(&mut store, HELLO).unwrap() else {
        panic!("the code was saved");
    };
    assert_eq!(reloaded.previous.as_deref(), Some("print('my work')\n"));

    // Bringing it back keeps what was replaced, so nothing is ever lost.
    let brought_back = reloaded.bring_back_previous().unwrap();
    assert_eq!(brought_back.code, "print('my work')\n");
    assert_eq!(brought_back.previous.as_deref(), Some("print('new')\n"));
}

mod lesson_status {
    //! A lesson's status beside its code: solved code, hints, checks run.

    use engine::progress::lesson_status::{load_lesson_status, update_lesson_status, LessonStatus};
    use engine::progress::LessonState;
    use engine::storage::{KeyValueStore, MemoryStore};

    use super::{HELLO, TRICKY_CODE};

    const KEY: &str = "bastau.v1.lesson.first-steps.hello";

    #[test]
    fn a_status_goes_from_not_started_to_solved_and_keeps_the_first_solution() {
        let mut store = MemoryStore::new();
        let (status, set_aside) = load_lesson_status(&mut store, HELLO).unwrap();
        assert_eq!((status.state(), set_aside), (LessonState::NotStarted, None));
        let status =
            update_lesson_status(&mut store, HELLO, |status| status.checks_run += 1).unwrap();
        assert_eq!(status.state(), LessonState::InProgress);
        update_lesson_status(&mut store, HELLO, |status| {
            status.solved_code.get_or_insert(TRICKY_CODE.to_owned());
        })
        .unwrap();
        let status = update_lesson_status(&mut store, HELLO, |status| {
            status
                .solved_code
                .get_or_insert("print('later')".to_owned());
            status.hints_shown = 2;
        })
        .unwrap();
        assert_eq!(status.state(), LessonState::Solved);
        let (read_back, _) = load_lesson_status(&mut store, HELLO).unwrap();
        assert_eq!(
            read_back,
            LessonStatus {
                solved_code: Some(TRICKY_CODE.to_owned()),
                hints_shown: 2,
                checks_run: 1,
            }
        );
        let record: serde_json::Value =
            serde_json::from_str(&store.read(KEY).unwrap().unwrap()).unwrap();
        assert_eq!(record["version"], 1);
        assert_eq!(record["solved_code"], TRICKY_CODE);
    }

    #[test]
    fn an_unreadable_status_is_kept_apart_and_counted_from_zero() {
        let mut store = MemoryStore::new();
        store.write(KEY, "{\"version\":1,\"hints_shown\":").unwrap();
        let (status, set_aside) = load_lesson_status(&mut store, HELLO).unwrap();
        assert_eq!(status, LessonStatus::default());
        let kept_under = set_aside.unwrap();
        assert_eq!(kept_under, "bastau.v1.unreadable-lesson.first-steps.hello");
        assert_eq!(
            store.read(&kept_under).unwrap().unwrap(),
            "{\"version\":1,\"hints_shown\":"
        );
        assert_eq!(store.read(KEY).unwrap(), None);
        // A record of a newer version is not read either, and not lost.
        store.write(KEY, "{\"version\":2}").unwrap();
        let (_, set_aside) = load_lesson_status(&mut store, HELLO).unwrap();
        assert_eq!(
            set_aside.unwrap(),
            "bastau.v1.unreadable-lesson.first-steps.hello.2"
        );
    }

    #[test]
    fn a_full_store_loses_nothing_already_kept() {
        let mut store = MemoryStore::with_capacity_in_bytes(200);
        update_lesson_status(&mut store, HELLO, |status| status.hints_shown = 1).unwrap();
        let before = store.read(KEY).unwrap();
        let long_code = "x = 1\n".repeat(100);
        assert!(
            update_lesson_status(&mut store, HELLO, |status| status.solved_code =
                Some(long_code))
            .is_err()
        );
        assert_eq!(store.read(KEY).unwrap(), before);
    }
}
