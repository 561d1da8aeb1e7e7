//! The `sandbox` command-line runner: stdout as CPython prints it, input from
//! stdin, a CPython-style traceback on stderr with exit code 1, and the
//! pupil's explanation with `--lang`; the lesson pack and robot commands.

// A failed unwrap in a test is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `sandbox` with `arguments` and `stdin`; (exit code, stdout, stderr).
fn sandbox(arguments: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sandbox"))
        .args(arguments)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn program(name: &str, source: &str) -> String {
    let folder = std::env::temp_dir().join(format!("sandbox-cli-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join(name);
    std::fs::write(&path, source).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_program_prints_its_output_and_reads_stdin() {
    let path = program(
        "greet.py",
        "name = input('Атың? ')\nn = int(input())\nprint('Сәлем,', name, n * 2)\n",
    );
    let (code, stdout, stderr) = sandbox(&["run", &path], "Әлия\n21\n");
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (0, "Атың? Сәлем, Әлия 42\n", "")
    );
}

#[test]
fn input_after_the_end_of_stdin_is_an_eof_error_with_a_traceback() {
    let path = program("eof.py", "def ask():\n    return input()\n\nprint(ask())\n");
    let (code, stdout, stderr) = sandbox(&["run", &path], "");
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    let expected = format!(
        "Traceback (most recent call last):\n  File \"{path}\", line 4, in <module>\n    print(ask())\n  File \"{path}\", line 2, in ask\n    return input()\nEOFError: EOF when reading a line\n"
    );
    assert_eq!(stderr, expected);
}

#[test]
fn the_seed_fixes_random_as_cpython_s_does() {
    let path = program(
        "dice.py",
        "import random\nprint([random.randint(1, 6) for _ in range(8)])\n",
    );
    let (code, stdout, _) = sandbox(&["run", &path, "--seed", "42"], "");
    // CPython 3.11: random.seed(42); [random.randint(1, 6) for _ in range(8)]
    assert_eq!((code, stdout.as_str()), (0, "[6, 1, 1, 6, 3, 2, 2, 2]\n"));
}

#[test]
fn lang_adds_the_explanation_after_the_traceback() {
    let path = program("typo.py", "x = 5\npritn(x)\n");
    let (code, _, stderr) = sandbox(&["run", &path, "--lang", "ru"], "");
    assert_eq!(code, 1);
    assert!(
        stderr.contains("NameError: name 'pritn' is not defined. Did you mean: 'print'?\n\n"),
        "{stderr}"
    );
    assert!(stderr.contains("«print»"), "{stderr}");
}

#[test]
fn a_syntax_error_points_at_its_line_and_column() {
    let path = program("colon.py", "x = 3\nif x > 2\n    print(x)\n");
    let (code, stdout, stderr) = sandbox(&["run", &path], "");
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        format!(
            "  File \"{path}\", line 2\n    if x > 2\n            ^\nSyntaxError: expected ':'\n"
        )
    );
}

#[test]
fn wrong_arguments_say_how_to_call_it() {
    let (code, _, stderr) = sandbox(&["run"], "");
    assert_eq!(code, 2);
    assert!(stderr.starts_with("usage: sandbox run FILE.py"), "{stderr}");
}

#[test]
fn check_reviews_the_course_and_names_every_problem_of_a_broken_pack() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine");
    let course = root.join("../../lessons/first-steps");
    let (code, stdout, _) = sandbox(&["check", course.to_str().unwrap(), "--lang", "kk"], "");
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.ends_with("first-steps 1.0.0: «Python: алғашқы қадамдар» жинағында қате жоқ: 17 сабақ, әр шешім өз тексерулерінен өтеді.\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("hello: шешім 2 тексерудің 2 өтеді"),
        "{stdout}"
    );

    let broken = root.join("tests/data/packs/err/solution-fails.toml");
    let (code, stdout, _) = sandbox(&["check", broken.to_str().unwrap(), "--lang", "ru"], "");
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("  Пример 1: Вывод отличается. Первая отличающаяся строка — строка 1."),
        "{stdout}"
    );
    assert!(
        stdout.contains("pack.toml:13: Решение урока «first» не проходит свою проверку 1."),
        "{stdout}"
    );
    assert!(stdout.ends_with("Найдена 1 ошибка.\n"), "{stdout}");

    let (code, _, stderr) = sandbox(&["check"], "");
    assert_eq!(code, 2);
    assert!(stderr.contains("usage: sandbox check"), "{stderr}");
}

#[test]
fn bundle_writes_a_folder_as_one_document_that_loads_the_same() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine");
    let folder = root.join("tests/data/packs/ok/folder-pack");
    let output = program("bundled.toml", "");
    let (code, _, stderr) = sandbox(&["bundle", folder.to_str().unwrap(), &output], "");
    assert_eq!((code, stderr.as_str()), (0, ""));
    let (code, stdout, _) = sandbox(&["check", &output], "");
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.ends_with(
            "broken 1: “T” has no problems: 1 lesson, every solution passes its checks.\n"
        ),
        "{stdout}"
    );
    let broken = root.join("tests/data/packs/err/folder-pack");
    let (code, stdout, _) = sandbox(&["bundle", broken.to_str().unwrap(), &output], "");
    assert_eq!(code, 1);
    assert!(
        stdout.contains("pack.toml:14:8: The lesson file “second.toml” is not in the pack."),
        "{stdout}"
    );
}

#[test]
fn sandbox_robot_says_per_world_whether_the_goal_was_met_and_exits_accordingly() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/data/robot");
    let world = data.join("collect-row.toml");
    let world = world.to_string_lossy();
    let good = data.join("collect-row/looks-at-every-cell.py");
    let (code, stdout, _) = sandbox(&["robot", &world, &good.to_string_lossy()], "");
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(stdout.lines().count(), 3);
    assert!(
        stdout.lines().all(|line| line.contains("the goal is met")),
        "{stdout}"
    );
    // A memorised path: met in world 1, a crash with its line in world 2.
    let memorised = data.join("collect-row/memorises-world-1.py");
    let (code, stdout, _) = sandbox(
        &[
            "robot",
            &world,
            &memorised.to_string_lossy(),
            "--lang",
            "ru",
        ],
        "",
    );
    assert_eq!(code, 1);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("Мир 1: цель достигнута"), "{stdout}");
    assert!(lines[1].starts_with("Мир 2, строка 8:"), "{stdout}");
    // A broken world file: its mistakes at their places, exit code 2.
    let broken = data.join("err/world-mistakes.toml");
    let (code, stdout, _) = sandbox(
        &["robot", &broken.to_string_lossy(), &good.to_string_lossy()],
        "",
    );
    assert_eq!(code, 2);
    assert!(
        stdout.starts_with("world-mistakes.toml:") || stdout.contains("world-mistakes.toml:9:1:"),
        "{stdout}"
    );
    let (code, _, stderr) = sandbox(&["robot", &world], "");
    assert_eq!((code, stderr.contains("usage")), (2, true));
}
