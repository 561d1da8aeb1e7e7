//! Tests of the builtins: direct calls on a fresh VM, and the conformance
//! corpus run end to end (the corpus test only reports; `it` asserts it).

use super::super::super::compiler::bytecode::Program;
use super::super::call::{Arguments, CallOutcome};
use super::super::machine::{Limits, Vm};
use super::super::types::{ModuleId, TypeId};
use super::super::value::Value;
use super::BuiltinFunction;

/// A fresh VM with no program.
fn vm() -> Vm {
    Vm::new(Program::default(), Limits::default(), 0)
}

/// The value of a call that returned.
fn returned(outcome: CallOutcome) -> Value {
    match outcome {
        CallOutcome::Return(value) => value,
        other => panic!("expected a return, got {other:?}"),
    }
}

/// Calls `function` with positional `values`; it must return.
fn call(vm: &mut Vm, function: BuiltinFunction, values: Vec<Value>) -> Value {
    returned(
        vm.call_builtin(function, Arguments::positional(values))
            .expect("call"),
    )
}

/// A new str.
fn text(vm: &mut Vm, value: &str) -> Value {
    vm.new_str(value.to_owned()).expect("str")
}

/// The namespace table and `from_builtin_name` agree.
#[test]
fn every_builtin_name_is_found_by_name() {
    for name in super::builtin_names() {
        let function = BuiltinFunction::from_builtin_name(name).expect(name);
        assert_eq!(function.name(), name);
    }
    assert!(BuiltinFunction::from_builtin_name("append").is_none());
}

/// Each `PreludeFunction` names a function `prelude.py` defines.
#[test]
fn every_prelude_function_is_defined_in_the_prelude() {
    let source = include_str!("prelude.py");
    for function in super::super::call::PreludeFunction::ALL {
        let definition = format!("def {}(", function.python_name());
        assert!(source.contains(&definition), "{definition}");
    }
    for native in super::PRELUDE_NATIVES {
        assert!(native.name().starts_with("__"));
        assert!(!super::builtin_names().any(|name| name == native.name()));
    }
}

/// `key=` goes to the prelude; a builtin mapped over a list does not.
#[test]
fn key_functions_and_generators_go_to_the_prelude() {
    use super::super::call::PreludeFunction;
    let mut vm = vm();
    let list = vm
        .new_list(vec![Value::Int(2), Value::Int(1)])
        .expect("list");
    let outcome = vm
        .call_builtin(
            BuiltinFunction::Sorted,
            Arguments {
                positional: vec![list],
                keywords: vec![("key".to_owned(), Value::Builtin(BuiltinFunction::Abs))],
            },
        )
        .expect("sorted");
    assert!(matches!(
        outcome,
        CallOutcome::TailCallPrelude {
            function: PreludeFunction::SortedWithKey,
            ..
        }
    ));
    let outcome = vm
        .call_builtin(
            BuiltinFunction::ListSort,
            Arguments {
                positional: vec![list],
                keywords: vec![("key".to_owned(), Value::Builtin(BuiltinFunction::Abs))],
            },
        )
        .expect("sort");
    assert!(matches!(
        outcome,
        CallOutcome::TailCallPrelude {
            function: PreludeFunction::ListSortWithKey,
            ..
        }
    ));
    // A builtin function over a list is mapped at once.
    let mapped = call(
        &mut vm,
        BuiltinFunction::Map,
        vec![Value::Builtin(BuiltinFunction::Abs), list],
    );
    assert!(vm.is_natively_iterable(mapped));
}

/// `len` and its CPython errors.
#[test]
fn len_and_errors() {
    let mut vm = vm();
    let word = text(&mut vm, "héllo");
    assert_eq!(
        call(&mut vm, BuiltinFunction::Len, vec![word]),
        Value::Int(5)
    );
    let error = vm
        .call_builtin(
            BuiltinFunction::Len,
            Arguments::positional(vec![Value::Int(3)]),
        )
        .expect_err("no len");
    assert_eq!(error.message, "object of type 'int' has no len()");
    let error = vm
        .call_builtin(BuiltinFunction::Len, Arguments::positional(vec![]))
        .expect_err("count");
    assert_eq!(error.message, "len() takes exactly one argument (0 given)");
}

/// `int`, `float` and `range` with CPython's messages.
#[test]
fn int_conversion_messages() {
    let mut vm = vm();
    let bad = text(&mut vm, "abc");
    let error = vm
        .call_type(TypeId::Int, Arguments::positional(vec![bad]))
        .expect_err("invalid");
    assert_eq!(
        error.message,
        "invalid literal for int() with base 10: 'abc'"
    );
    let good = text(&mut vm, " 42 ");
    assert_eq!(
        returned(
            vm.call_type(TypeId::Int, Arguments::positional(vec![good]))
                .expect("int")
        ),
        Value::Int(42)
    );
    let error = vm
        .call_type(TypeId::Float, Arguments::positional(vec![bad]))
        .expect_err("float");
    assert_eq!(error.message, "could not convert string to float: 'abc'");
    let error = vm
        .call_type(
            TypeId::Range,
            Arguments::positional(vec![Value::Int(1), Value::Int(2), Value::Int(0)]),
        )
        .expect_err("step");
    assert_eq!(error.message, "range() arg 3 must not be zero");
    let error = vm
        .call_type(
            TypeId::Range,
            Arguments::positional(vec![Value::Float(1.5)]),
        )
        .expect_err("float range");
    assert_eq!(
        error.message,
        "'float' object cannot be interpreted as an integer"
    );
}

/// `ord`, `round` (half to even) and `hex`.
#[test]
fn ord_chr_round_and_hex() {
    let mut vm = vm();
    let two = text(&mut vm, "ab");
    let error = vm
        .call_builtin(BuiltinFunction::Ord, Arguments::positional(vec![two]))
        .expect_err("ord");
    assert_eq!(
        error.message,
        "ord() expected a character, but string of length 2 found"
    );
    assert_eq!(
        call(&mut vm, BuiltinFunction::Round, vec![Value::Float(2.5)]),
        Value::Int(2)
    );
    assert_eq!(
        call(&mut vm, BuiltinFunction::Round, vec![Value::Float(3.5)]),
        Value::Int(4)
    );
    assert_eq!(
        call(
            &mut vm,
            BuiltinFunction::Round,
            vec![Value::Int(1250), Value::Int(-2)]
        ),
        Value::Int(1200)
    );
    let hex = call(&mut vm, BuiltinFunction::Hex, vec![Value::Int(-255)]);
    assert_eq!(vm.str_text(hex), Some("-0xff"));
}

/// `min`, `max`, `sum` and `sorted` over builtin containers.
#[test]
fn min_max_sorted_and_sum_natively() {
    let mut vm = vm();
    let list = vm
        .new_list(vec![Value::Int(3), Value::Int(1), Value::Int(2)])
        .expect("list");
    assert_eq!(
        call(&mut vm, BuiltinFunction::Max, vec![list]),
        Value::Int(3)
    );
    assert_eq!(
        call(
            &mut vm,
            BuiltinFunction::Min,
            vec![Value::Int(5), Value::Int(4)]
        ),
        Value::Int(4)
    );
    assert_eq!(
        call(&mut vm, BuiltinFunction::Sum, vec![list]),
        Value::Int(6)
    );
    let sorted = call(&mut vm, BuiltinFunction::Sorted, vec![list]);
    assert_eq!(
        vm.sequence_items(sorted),
        Some(vec![Value::Int(1), Value::Int(2), Value::Int(3)])
    );
    let empty = vm.new_list(Vec::new()).expect("list");
    let error = vm
        .call_builtin(BuiltinFunction::Max, Arguments::positional(vec![empty]))
        .expect_err("empty");
    assert_eq!(error.message, "max() arg is an empty sequence");
}

/// `split`, `format` and `join`.
#[test]
fn str_methods_and_format() {
    let mut vm = vm();
    let words = text(&mut vm, "a,b,,c");
    let comma = text(&mut vm, ",");
    let parts = call(&mut vm, BuiltinFunction::StrSplit, vec![words, comma]);
    assert_eq!(vm.length_of(parts).expect("len"), 4);
    let template = text(&mut vm, "{} + {0:>3} = {name:.2f} {{}}");
    let outcome = vm
        .call_builtin(
            BuiltinFunction::StrFormat,
            Arguments {
                positional: vec![template, Value::Int(1)],
                keywords: vec![("name".to_owned(), Value::Float(2.0))],
            },
        )
        .map(returned);
    // Mixing automatic and manual numbering is an error, as in CPython.
    assert_eq!(
        outcome.expect_err("mixed").message,
        "cannot switch from automatic field numbering to manual field specification"
    );
    let template = text(&mut vm, "{0}-{0:>3}|{name:.2f}{{}}");
    let formatted = returned(
        vm.call_builtin(
            BuiltinFunction::StrFormat,
            Arguments {
                positional: vec![template, Value::Int(1)],
                keywords: vec![("name".to_owned(), Value::Float(2.0))],
            },
        )
        .expect("format"),
    );
    assert_eq!(vm.str_text(formatted), Some("1-  1|2.00{}"));
    let list = vm.new_list(vec![Value::Int(1)]).expect("list");
    let separator = text(&mut vm, "-");
    let error = vm
        .call_builtin(
            BuiltinFunction::StrJoin,
            Arguments::positional(vec![separator, list]),
        )
        .expect_err("join");
    assert_eq!(
        error.message,
        "sequence item 0: expected str instance, int found"
    );
}

/// List methods and AttributeErrors with suggestions.
#[test]
fn list_methods_and_attribute_errors() {
    let mut vm = vm();
    let list = vm.new_list(vec![Value::Int(1)]).expect("list");
    call(
        &mut vm,
        BuiltinFunction::ListAppend,
        vec![list, Value::Int(2)],
    );
    assert_eq!(vm.length_of(list).expect("len"), 2);
    let error = vm
        .call_builtin(
            BuiltinFunction::ListRemove,
            Arguments::positional(vec![list, Value::Int(9)]),
        )
        .expect_err("remove");
    assert_eq!(error.message, "list.remove(x): x not in list");
    let error = vm
        .call_builtin(
            BuiltinFunction::ListIndex,
            Arguments::positional(vec![list, Value::Int(5)]),
        )
        .expect_err("index");
    assert_eq!(error.message, "5 is not in list");
    let error = vm.get_attribute(list, "push").expect_err("push");
    assert_eq!(error.message, "'list' object has no attribute 'push'");
    let error = vm.get_attribute(list, "apend").expect_err("apend");
    assert!(error
        .explanation
        .arguments
        .contains(&("suggestion", "append".to_owned())));
    let error = vm.get_attribute(Value::None, "x").expect_err("none");
    assert_eq!(error.message, "'NoneType' object has no attribute 'x'");
    let error = vm
        .module_attribute(ModuleId::Math, "sqr")
        .expect_err("math");
    assert_eq!(error.message, "module 'math' has no attribute 'sqr'");
    assert_eq!(
        vm.get_attribute(Value::Type(TypeId::Str), "upper")
            .expect("str.upper"),
        Value::Builtin(BuiltinFunction::StrUpper)
    );
}

/// `math` and `random` (CPython's numbers for a seed).
#[test]
fn math_and_random() {
    let mut vm = vm();
    assert_eq!(
        call(&mut vm, BuiltinFunction::MathSqrt, vec![Value::Int(16)]),
        Value::Float(4.0)
    );
    assert_eq!(
        call(&mut vm, BuiltinFunction::MathCeil, vec![Value::Float(1.2)]),
        Value::Int(2)
    );
    let error = vm
        .call_builtin(
            BuiltinFunction::MathSqrt,
            Arguments::positional(vec![Value::Int(-1)]),
        )
        .expect_err("domain");
    assert_eq!(error.message, "math domain error");
    call(&mut vm, BuiltinFunction::RandomSeed, vec![Value::Int(42)]);
    // CPython 3.11: random.seed(42); random.randint(1, 6) == 6.
    assert_eq!(
        call(
            &mut vm,
            BuiltinFunction::RandomRandint,
            vec![Value::Int(1), Value::Int(6)]
        ),
        Value::Int(6)
    );
    let empty = vm.new_list(Vec::new()).expect("list");
    let error = vm
        .call_builtin(
            BuiltinFunction::RandomChoice,
            Arguments::positional(vec![empty]),
        )
        .expect_err("choice");
    assert_eq!(error.message, "Cannot choose from an empty sequence");
}

/// `input()`: a given line, then waiting, then EOFError.
#[test]
fn input_reads_lines_then_waits_or_fails() {
    let mut vm = vm();
    vm.input_lines.push_back("hello".to_owned());
    let line = call(&mut vm, BuiltinFunction::Input, vec![]);
    assert_eq!(vm.str_text(line), Some("hello"));
    assert_eq!(
        vm.call_builtin(BuiltinFunction::Input, Arguments::default())
            .expect("wait"),
        CallOutcome::WaitForInput
    );
    vm.input_closed = true;
    let error = vm
        .call_builtin(BuiltinFunction::Input, Arguments::default())
        .expect_err("eof");
    assert_eq!(error.message, "EOF when reading a line");
}
