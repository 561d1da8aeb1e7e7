//! The variables panel's view: containers as structures, bounded, and looking
//! costs the program nothing.

use engine::python::vm::{Limits, RunOutcome, ValueView, Vm};

fn finished(source: &str) -> Vm {
    let mut vm = Vm::start(source, Limits::default(), 0).unwrap();
    assert_eq!(vm.run(10_000_000), RunOutcome::Finished);
    vm
}

fn plain(type_name: &str, text: &str) -> ValueView {
    ValueView::Plain {
        type_name: type_name.to_owned(),
        text: text.to_owned(),
    }
}

#[test]
fn containers_show_their_items_and_plain_values_their_repr() {
    let mut vm = finished("a = [1, 'x', {'k': (2,)}]\nn = 3.5\ndef f():\n    pass\n");
    let variables = vm.variables();
    let names: Vec<&str> = variables
        .iter()
        .map(|variable| variable.name.as_str())
        .collect();
    assert_eq!(names, ["a", "n"], "functions are left out");
    assert_eq!(variables[1].value, plain("float", "3.5"));
    let ValueView::Container {
        type_name,
        length,
        items,
        summary,
    } = &variables[0].value
    else {
        panic!("a list is a container: {:?}", variables[0].value);
    };
    assert_eq!((type_name.as_str(), *length), ("list", 3));
    assert_eq!(summary, "[1, 'x', {'k': (2,)}]");
    assert_eq!(items[0], (None, plain("int", "1")));
    assert_eq!(items[1], (None, plain("str", "'x'")));
    let ValueView::Container { items: entries, .. } = &items[2].1 else {
        panic!("a dict is a container");
    };
    assert_eq!(entries[0].0.as_deref(), Some("'k'"));
}

#[test]
fn a_huge_or_deep_structure_is_shown_cut_and_looking_costs_no_work() {
    let mut vm = finished(
        "big = list(range(1_000_000))\ndeep = []\nfor i in range(100_000):\n    deep = [deep]\n",
    );
    let work = vm.work_done();
    let variables = vm.variables();
    assert_eq!(vm.work_done(), work, "looking is not the program's work");
    let ValueView::Container {
        length,
        items,
        summary,
        ..
    } = &variables[0].value
    else {
        panic!("big is a container");
    };
    assert_eq!((*length, items.len()), (1_000_000, 20));
    assert!(
        summary.starts_with("[0, 1, 2, 3") && summary.ends_with(", …]"),
        "{summary}"
    );
    let deep = &variables
        .iter()
        .find(|variable| variable.name == "deep")
        .unwrap()
        .value;
    let ValueView::Container { summary, .. } = deep else {
        panic!("deep is a container");
    };
    assert_eq!(summary, "[[[[…]]]]");
}

/// Paused inside a call (the callee's locals are the caller's arguments
/// where the caller pushed them, on the VM's one value stack), then inside
/// a generator resumed by a `for` loop (its locals moved back onto the
/// stack): the panel shows the innermost function's own locals, with
/// their values, each time.
#[test]
fn a_paused_function_or_generator_shows_its_own_locals() {
    let source = "def spin(a, b):\n    c = a + b\n    while c > 0:\n        c += 1\n\ndef numbers(limit):\n    k = 7\n    while True:\n        yield k\n\nunused = 1\nif unused == 1:\n    spin(2, 3)\n";
    let mut vm = Vm::start(source, Limits::default(), 0).unwrap();
    assert_eq!(vm.run(1_000), RunOutcome::Paused);
    let variables = vm.variables();
    let shown: Vec<(&str, &ValueView)> = variables
        .iter()
        .map(|variable| (variable.name.as_str(), &variable.value))
        .collect();
    assert_eq!(shown[0], ("a", &plain("int", "2")));
    assert_eq!(shown[1], ("b", &plain("int", "3")));
    assert_eq!(shown[2].0, "c");

    // The generator yields once (its values saved in it), is resumed (they
    // come back) and spins inside.
    let source = "def numbers(limit):\n    k = limit * 2\n    yield k\n    while k > 0:\n        k += 1\n\ntotal = 0\nfor n in numbers(4):\n    total += n\n";
    let mut vm = Vm::start(source, Limits::default(), 0).unwrap();
    assert_eq!(vm.run(10_000), RunOutcome::Paused);
    let variables = vm.variables();
    assert_eq!(variables[0].name, "limit");
    assert_eq!(variables[0].value, plain("int", "4"));
    assert_eq!(variables[1].name, "k");
    let ValueView::Plain { text, .. } = &variables[1].value else {
        panic!("k is an int: {:?}", variables[1].value);
    };
    assert!(text.parse::<i64>().unwrap() > 8, "k = {text}");
    let total = variables.iter().find(|variable| variable.name == "total");
    assert_eq!(total.map(|total| &total.value), Some(&plain("int", "8")));
}
