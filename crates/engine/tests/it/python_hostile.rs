//! Hostile programs: each must end in its named error, quickly, with memory
//! bounded, on a thread with a 256 KiB stack (nothing may recurse deeply on
//! the Rust stack; nested calls of special methods, the one exception, are
//! limited to 4 levels here, as `Limits::nested_calls` bounds them).

use engine::python::vm::{run_source, Limits, RunFailure};

/// Runs `source` on a small stack and returns `(type, line)` of how it failed.
fn failure_of(source: &'static str, limits: Limits) -> (String, u32) {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let run = run_source(source, "", 0, limits);
            match run.failure {
                Some(RunFailure::Runtime(failure)) => (failure.type_name, failure.line),
                Some(RunFailure::Compile(error)) => {
                    let line =
                        engine::python::syntax::LineIndex::new(source).line(error.span.start);
                    (error.kind.python_type().to_owned(), line)
                }
                None => (String::from("finished"), 0),
            }
        })
        .unwrap()
        .join()
        .unwrap()
}

fn check(source: &'static str, expected_type: &str, expected_line: u32) {
    let limits = Limits {
        work: 20_000_000,
        ..Limits::default()
    };
    let (type_name, line) = failure_of(source, limits);
    assert_eq!(
        (type_name.as_str(), line),
        (expected_type, expected_line),
        "{source}"
    );
}

#[test]
fn an_endless_loop_runs_out_of_work() {
    // Where in the loop the budget runs out depends on how much work came
    // before (the prelude's included); the line named must be the loop's.
    for source in [
        "n = 0\nwhile True:\n    n += 1\n",
        "x = 1\ny = 2\nwhile True:\n    y += 1\n",
        "\n\nn = 0\nwhile True:\n    n += 1\n",
    ] {
        let limits = Limits {
            work: 20_000_000,
            ..Limits::default()
        };
        let (type_name, line) = failure_of(source, limits);
        let loop_line = source
            .lines()
            .position(|text| text.starts_with("while"))
            .unwrap() as u32
            + 1;
        assert_eq!(type_name, "RuntimeError", "{source}");
        assert!(
            line == loop_line || line == loop_line + 1,
            "{source}: line {line}"
        );
    }
}

#[test]
fn endless_recursion_is_a_recursion_error() {
    check(
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        "RecursionError",
        2,
    );
}

#[test]
fn a_billion_element_list_is_a_memory_error_before_allocating() {
    check("x = [0] * 10**9\n", "MemoryError", 1);
}

#[test]
fn a_hundred_million_digit_number_is_a_memory_error_at_once() {
    check("x = 10**10**8\n", "MemoryError", 1);
}

#[test]
fn a_ten_gigabyte_string_is_a_memory_error() {
    check("s = 'x' * 10**10\n", "MemoryError", 1);
}

#[test]
fn a_runaway_append_is_a_memory_error() {
    check(
        "a = []\nwhile True:\n    a.append('x' * 10000)\n",
        "MemoryError",
        3,
    );
}

#[test]
fn printing_ten_megabytes_hits_the_output_limit() {
    check("while True:\n    print('x' * 1000)\n", "RuntimeError", 2);
}

#[test]
fn three_hundred_nested_brackets_are_a_syntax_error() {
    let source: &'static str =
        Box::leak(format!("x = {}1{}\n", "(".repeat(300), ")".repeat(300)).into_boxed_str());
    check(source, "SyntaxError", 1);
}

#[test]
fn printing_a_hundred_thousand_deep_list_is_a_recursion_error() {
    check(
        "x = []\nfor i in range(100000):\n    x = [x]\nprint(x)\n",
        "RecursionError",
        4,
    );
}

#[test]
fn comparing_deep_lists_is_a_recursion_error() {
    check(
        "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nprint(x == y)\n",
        "RecursionError",
        6,
    );
}

#[test]
fn summing_a_huge_range_runs_out_of_work() {
    check("print(sum(range(10**12)))\n", "RuntimeError", 1);
}

#[test]
fn a_huge_heap_is_never_needed_to_drop_a_deep_structure() {
    // Building and dropping a deep structure again and again must neither
    // overflow the stack nor keep the memory.
    let (type_name, _) = failure_of(
        "for round in range(20):\n    x = []\n    for i in range(20000):\n        x = [x]\nprint('done')\n",
        Limits::default(),
    );
    assert_eq!(type_name, "finished");
}

/// Limits for programs whose special methods call one another.
fn nested_limits() -> Limits {
    Limits {
        work: 20_000_000,
        nested_calls: 4,
        ..Limits::default()
    }
}

#[test]
fn special_methods_that_recurse_end_in_a_recursion_error() {
    for (source, line) in [
        (
            "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n",
            3,
        ),
        (
            "class N:\n    def __init__(self, c):\n        self.c = c\n    def __str__(self):\n        return f'({self.c})'\nn = None\nfor i in range(100):\n    n = N(n)\nprint(n)\n",
            5,
        ),
        (
            "class A:\n    def __eq__(self, other):\n        return [self] == [other]\nprint(A() == A())\n",
            3,
        ),
    ] {
        assert_eq!(
            failure_of(source, nested_limits()),
            (String::from("RecursionError"), line),
            "{source}"
        );
    }
}

#[test]
fn a_special_method_that_never_returns_ends_the_run() {
    for (source, line) in [
        (
            "class A:\n    def __str__(self):\n        while True:\n            pass\nprint(A())\n",
            5,
        ),
        (
            "class A:\n    def __lt__(self, other):\n        while True:\n            pass\nprint(sorted([A(), A()]))\n",
            5,
        ),
    ] {
        assert_eq!(
            failure_of(source, nested_limits()),
            (String::from("RuntimeError"), line),
            "{source}"
        );
    }
}

#[test]
fn a_turtle_that_never_stops_drawing_is_stopped() {
    check(
        "import turtle\nwhile True:\n    turtle.forward(1)\n    turtle.left(1)\n",
        "RuntimeError",
        3,
    );
}
