//! The turtle's geometry against CPython 3.11's: every `NAME.turtle` in
//! `tests/data/turtle/geometry` run by [`Navigator`], each segment, query
//! and pose within 1e-6 of what CPython's `turtle.TNavigator` gave
//! (`regenerate.py` there writes `NAME.expected`).

use std::path::PathBuf;

use engine::worlds::turtle::{Navigator, Point};

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/turtle/geometry")
}

/// Runs the commands of a `.turtle` file; the lines of its `.expected`.
fn run(source: &str) -> Vec<(String, Vec<f64>)> {
    let mut navigator = Navigator::new();
    let mut lines = Vec::new();
    for line in source
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
    {
        let mut words = line.split_whitespace();
        let name = words.next().unwrap();
        let numbers: Vec<f64> = words.map(|word| word.parse().unwrap()).collect();
        let point = || Point::new(numbers[0], numbers[1]);
        let mut segments = Vec::new();
        let mut value = None;
        match name {
            "forward" => segments.push(navigator.forward(numbers[0])),
            "back" => segments.push(navigator.forward(-numbers[0])),
            "left" => navigator.left(numbers[0]),
            "right" => navigator.left(-numbers[0]),
            "goto" => segments.push(navigator.go_to(point())),
            "setx" => {
                let y = navigator.position.y;
                segments.push(navigator.go_to(Point::new(numbers[0], y)));
            }
            "sety" => {
                let x = navigator.position.x;
                segments.push(navigator.go_to(Point::new(x, numbers[0])));
            }
            "setheading" => navigator.set_heading(numbers[0]),
            "home" => {
                segments.push(navigator.go_to(Point::new(0.0, 0.0)));
                navigator.set_heading(0.0);
            }
            "heading" => value = Some(navigator.heading()),
            "towards" => value = Some(navigator.towards(point())),
            "distance" => value = Some(navigator.distance(point())),
            "circle" => segments.extend(navigator.circle(
                numbers[0],
                numbers.get(1).copied(),
                numbers.get(2).map(|steps| *steps as u64),
            )),
            other => panic!("unknown command {other}"),
        }
        for (start, end) in segments {
            lines.push((
                String::from("segment"),
                vec![start.x, start.y, end.x, end.y],
            ));
        }
        if let Some(value) = value {
            lines.push((String::from("value"), vec![value]));
        }
        let pose = navigator.position;
        lines.push((
            String::from("pose"),
            vec![pose.x, pose.y, navigator.heading()],
        ));
    }
    lines
}

#[test]
fn the_turtle_goes_where_cpython_s_goes() {
    let mut checked = 0;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "turtle")
        })
        .collect();
    paths.sort();
    for path in &paths {
        let ours = run(&std::fs::read_to_string(path).unwrap());
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        let expected: Vec<(String, Vec<f64>)> = expected
            .lines()
            .map(|line| {
                let mut words = line.split_whitespace();
                let kind = words.next().unwrap().to_owned();
                (kind, words.map(|word| word.parse().unwrap()).collect())
            })
            .collect();
        assert_eq!(ours.len(), expected.len(), "{}", path.display());
        for (index, ((kind, numbers), (expected_kind, expected_numbers))) in
            ours.iter().zip(&expected).enumerate()
        {
            assert_eq!(kind, expected_kind, "{} line {}", path.display(), index + 1);
            for (number, expected_number) in numbers.iter().zip(expected_numbers) {
                // Headings near 0 and 360 are the same direction.
                let difference = (number - expected_number).abs();
                let difference = if kind == "pose" {
                    difference.min((difference - 360.0).abs())
                } else {
                    difference
                };
                assert!(
                    difference <= 1e-6,
                    "{} line {}: {number} instead of {expected_number}",
                    path.display(),
                    index + 1
                );
                checked += 1;
            }
        }
    }
    assert!(
        paths.len() >= 7 && checked > 4000,
        "{} files, {checked} numbers",
        paths.len()
    );
}
