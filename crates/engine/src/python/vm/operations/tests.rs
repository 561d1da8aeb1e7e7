//! Tests of the operations, with expected values taken from CPython 3.11
//! (`PYTHONHASHSEED=0 python3 -c ...`).

use super::super::super::compiler::bytecode::Program;
use super::super::super::syntax::ast::{BinaryOperator, ComparisonOperator, UnaryOperator};
use super::super::machine::{Limits, Vm};
use super::super::object::{Object, RangeObject, SliceObject};
use super::super::set::SetObject;
use super::super::types::TypeId;
use super::super::value::Value;
use super::hashing::{str_hash, tuple_hash_of_item_hashes};

fn vm() -> Vm {
    Vm::new(Program::default(), Limits::default(), 0)
}

fn text(vm: &mut Vm, value: &str) -> Value {
    vm.new_str(value.to_owned()).unwrap()
}

fn list(vm: &mut Vm, items: Vec<Value>) -> Value {
    vm.new_list(items).unwrap()
}

fn set_of(vm: &mut Vm, items: &[Value]) -> Value {
    let set = vm
        .allocate(Object::Set(Box::new(SetObject::new())))
        .unwrap();
    for item in items {
        vm.set_add(set.object().unwrap(), *item).unwrap();
    }
    set
}

fn error_of<T: std::fmt::Debug>(result: super::super::error::PythonResult<T>) -> (TypeId, String) {
    let error = result.unwrap_err();
    (error.type_id, error.message.clone())
}

#[test]
fn str_hashes_are_cpython_hashes_with_seed_zero() {
    assert_eq!(str_hash("abc"), -4594863902769663758);
    assert_eq!(str_hash("a"), 4644417185603328019);
    assert_eq!(str_hash(""), 0);
    assert_eq!(str_hash("привет"), -3605390460576427355);
    assert_eq!(str_hash("қазақ"), -5882979238101803953);
    assert_eq!(str_hash("😀x"), -8926728262118538918);
    assert_eq!(str_hash("hello world!"), 839851713330019024);
    assert_eq!(str_hash("12345678"), 3785724242978802311);
    assert_eq!(str_hash("Алма"), 3437293531127754979);
}

#[test]
fn tuple_and_frozenset_hashes_are_cpython_hashes() {
    let mut vm = vm();
    assert_eq!(tuple_hash_of_item_hashes(&[1, 2]), -3550055125485641917);
    assert_eq!(tuple_hash_of_item_hashes(&[]), 5740354900026072187);
    let inner = vm.new_tuple(vec![Value::Int(2), Value::Int(3)]).unwrap();
    let a = text(&mut vm, "a");
    let nested = vm.new_tuple(vec![Value::Int(1), inner, a]).unwrap();
    assert_eq!(vm.hash_value(nested).unwrap(), -5450618956905408118);
    let frozen = vm
        .allocate(Object::FrozenSet(Box::new(SetObject::new())))
        .unwrap();
    assert_eq!(vm.hash_value(frozen).unwrap(), 133146708735736);
    for number in 1..=3 {
        vm.set_add(frozen.object().unwrap(), Value::Int(number))
            .unwrap();
    }
    assert_eq!(vm.hash_value(frozen).unwrap(), -272375401224217160);
    assert_eq!(vm.hash_value(Value::Int(-1)).unwrap(), -2);
    let unhashable = list(&mut vm, vec![]);
    assert_eq!(
        error_of(vm.hash_value(unhashable)),
        (TypeId::TypeError, "unhashable type: 'list'".to_owned())
    );
}

#[test]
fn sets_of_strings_print_in_cpython_order() {
    let mut vm = vm();
    let items: Vec<Value> = ["b", "a", "c"]
        .iter()
        .map(|item| text(&mut vm, item))
        .collect();
    let set = set_of(&mut vm, &items);
    assert_eq!(vm.repr(set).unwrap(), "{'c', 'a', 'b'}");
    let items: Vec<Value> = ["apple", "banana", "cherry", "date"]
        .iter()
        .map(|item| text(&mut vm, item))
        .collect();
    let set = set_of(&mut vm, &items);
    // CPython: `s = set(); [s.add(x) for x in [...]]` (a literal of constants
    // is built from a frozenset constant, in another order).
    assert_eq!(
        vm.repr(set).unwrap(),
        "{'banana', 'date', 'apple', 'cherry'}"
    );
    let items: Vec<Value> = ["қазақ", "привет", "мир", "Алма"]
        .iter()
        .map(|item| text(&mut vm, item))
        .collect();
    let set = set_of(&mut vm, &items);
    assert_eq!(vm.repr(set).unwrap(), "{'Алма', 'привет', 'мир', 'қазақ'}");
}

#[test]
fn reprs_of_builtin_values() {
    let mut vm = vm();
    let quote = text(&mut vm, "it's");
    let one = vm.new_tuple(vec![Value::Int(1)]).unwrap();
    let items = list(
        &mut vm,
        vec![Value::Int(1), Value::Float(1e16), quote, one, Value::None],
    );
    assert_eq!(vm.repr(items).unwrap(), "[1, 1e+16, \"it's\", (1,), None]");
    assert_eq!(vm.str_of(quote).unwrap(), "it's");
    let empty = set_of(&mut vm, &[]);
    assert_eq!(vm.repr(empty).unwrap(), "set()");
    let range = vm
        .allocate(Object::Range(RangeObject {
            start: 0,
            stop: 5,
            step: 2,
        }))
        .unwrap();
    assert_eq!(vm.repr(range).unwrap(), "range(0, 5, 2)");
    let dict = vm.new_dict_object().unwrap();
    let key = text(&mut vm, "a");
    vm.dict_set(dict, key, Value::Float(-0.0)).unwrap();
    assert_eq!(vm.repr(Value::Object(dict)).unwrap(), "{'a': -0.0}");
    assert_eq!(vm.repr(Value::Type(TypeId::Int)).unwrap(), "<class 'int'>");
    assert_eq!(vm.repr(Value::Float(f64::INFINITY)).unwrap(), "inf");
}

#[test]
fn a_list_inside_itself_prints_as_dots() {
    let mut vm = vm();
    let outer = list(&mut vm, vec![Value::Int(1)]);
    if let Some(Object::List(items)) = vm.object_mut(outer.object().unwrap()) {
        items.push(outer);
    }
    assert_eq!(vm.repr(outer).unwrap(), "[1, [...]]");
    assert!(vm.values_equal(outer, outer).unwrap());
}

#[test]
fn deep_nesting_is_a_recursion_error_on_a_small_stack() {
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let mut vm = vm();
            let mut a = list(&mut vm, vec![]);
            let mut b = list(&mut vm, vec![]);
            let mut t = vm.new_tuple(vec![]).unwrap();
            for _ in 0..100_000 {
                a = list(&mut vm, vec![a]);
                b = list(&mut vm, vec![b]);
                t = vm.new_tuple(vec![t]).unwrap();
            }
            let repr = error_of(vm.repr(a));
            let equal = error_of(vm.values_equal(a, b));
            let less = error_of(vm.compare_order(a, b));
            let hash = error_of(vm.hash_value(t));
            (repr, equal, less, hash)
        })
        .unwrap();
    let (repr, equal, less, hash) = worker.join().unwrap();
    assert_eq!(
        repr,
        (
            TypeId::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object".to_owned()
        )
    );
    assert_eq!(
        equal,
        (
            TypeId::RecursionError,
            "maximum recursion depth exceeded in comparison".to_owned()
        )
    );
    assert_eq!(less.0, TypeId::RecursionError);
    assert_eq!(hash.0, TypeId::RecursionError);
}

#[test]
fn nesting_below_the_limit_works() {
    let mut vm = vm();
    let mut a = list(&mut vm, vec![]);
    for _ in 0..900 {
        a = list(&mut vm, vec![a]);
    }
    let text = vm.repr(a).unwrap();
    assert_eq!(text.len(), 2 * 901);
}

#[test]
fn numbers_compare_across_types() {
    let mut vm = vm();
    assert!(vm.values_equal(Value::Int(1), Value::Float(1.0)).unwrap());
    assert!(vm.values_equal(Value::Bool(true), Value::Int(1)).unwrap());
    let nan = Value::Float(f64::NAN);
    for operator in [
        ComparisonOperator::Less,
        ComparisonOperator::GreaterEqual,
        ComparisonOperator::Equal,
    ] {
        assert_eq!(
            vm.compare(operator, nan, Value::Int(1)).unwrap(),
            Value::Bool(false)
        );
    }
    assert_eq!(
        vm.compare(ComparisonOperator::NotEqual, nan, nan).unwrap(),
        Value::Bool(true)
    );
    let a = text(&mut vm, "a");
    assert_eq!(
        error_of(vm.compare(ComparisonOperator::Less, a, Value::Int(1))),
        (
            TypeId::TypeError,
            "'<' not supported between instances of 'str' and 'int'".to_owned()
        )
    );
    let first = list(&mut vm, vec![Value::Int(1), Value::Int(2)]);
    let second = list(&mut vm, vec![Value::Int(1), Value::Int(3)]);
    assert_eq!(
        vm.compare_order(first, second).unwrap(),
        std::cmp::Ordering::Less
    );
}

#[test]
fn arithmetic_follows_python() {
    let mut vm = vm();
    let result = vm
        .binary_operation(BinaryOperator::FloorDivide, Value::Int(-7), Value::Int(2))
        .unwrap();
    assert_eq!(result, Value::Int(-4));
    let result = vm
        .binary_operation(BinaryOperator::Power, Value::Int(2), Value::Int(-1))
        .unwrap();
    assert_eq!(result, Value::Float(0.5));
    let big = vm
        .binary_operation(BinaryOperator::Power, Value::Int(2), Value::Int(100))
        .unwrap();
    assert_eq!(vm.repr(big).unwrap(), "1267650600228229401496703205376");
    assert_eq!(
        error_of(vm.binary_operation(BinaryOperator::Divide, Value::Int(1), Value::Int(0))),
        (TypeId::ZeroDivisionError, "division by zero".to_owned())
    );
    let huge = vm.binary_operation(
        BinaryOperator::Power,
        Value::Int(10),
        Value::Int(100_000_000),
    );
    assert_eq!(huge.unwrap_err().type_id, TypeId::MemoryError);
    let five = text(&mut vm, "5");
    let error = vm
        .binary_operation(BinaryOperator::Add, five, Value::Int(3))
        .unwrap_err();
    assert_eq!(
        error.message,
        "can only concatenate str (not \"int\") to str"
    );
    assert_eq!(error.explanation.id, "python-operations-text-and-number");
    assert_eq!(
        error_of(vm.binary_operation(BinaryOperator::Add, Value::Int(3), five)),
        (
            TypeId::TypeError,
            "unsupported operand type(s) for +: 'int' and 'str'".to_owned()
        )
    );
    assert_eq!(
        error_of(vm.unary_operation(UnaryOperator::Negative, five)),
        (
            TypeId::TypeError,
            "bad operand type for unary -: 'str'".to_owned()
        )
    );
    assert_eq!(
        error_of(vm.binary_operation(BinaryOperator::Multiply, five, Value::Float(2.0))),
        (
            TypeId::TypeError,
            "can't multiply sequence by non-int of type 'float'".to_owned()
        )
    );
    let zero = list(&mut vm, vec![Value::Int(0)]);
    let error = vm.binary_operation(BinaryOperator::Multiply, zero, Value::Int(1_000_000_000));
    assert_eq!(error.unwrap_err().type_id, TypeId::MemoryError);
    let x = text(&mut vm, "x");
    let error = vm.binary_operation(BinaryOperator::Multiply, x, Value::Int(10_000_000_000));
    assert_eq!(error.unwrap_err().type_id, TypeId::MemoryError);
}

#[test]
fn printf_formatting_matches_cpython() {
    let mut vm = vm();
    let format = text(
        &mut vm,
        "%05.1f|%-6d|%+d|% d|%#x|%#o|%.3d|%5s|%-5s|%.2s|%r|%c|%c|%%",
    );
    let (ab, xyz, q, z) = (
        text(&mut vm, "ab"),
        text(&mut vm, "xyz"),
        text(&mut vm, "q"),
        text(&mut vm, "z"),
    );
    let arguments = vm
        .new_tuple(vec![
            Value::Float(3.125),
            Value::Int(42),
            Value::Int(5),
            Value::Int(7),
            Value::Int(255),
            Value::Int(8),
            Value::Int(7),
            ab,
            ab,
            xyz,
            q,
            Value::Int(65),
            z,
        ])
        .unwrap();
    let result = vm
        .binary_operation(BinaryOperator::Modulo, format, arguments)
        .unwrap();
    assert_eq!(
        vm.str_of(result).unwrap(),
        "003.1|42    |+5| 7|0xff|0o10|007|   ab|ab   |xy|'q'|A|z|%"
    );
    let format = text(&mut vm, "%e|%g|%G|%10.3e|%05d|%x");
    let arguments = vm
        .new_tuple(vec![
            Value::Float(12345.678),
            Value::Float(0.00001234),
            Value::Float(1e20),
            Value::Int(5),
            Value::Int(-42),
            Value::Int(-255),
        ])
        .unwrap();
    let result = vm
        .binary_operation(BinaryOperator::Modulo, format, arguments)
        .unwrap();
    assert_eq!(
        vm.str_of(result).unwrap(),
        "1.234568e+04|1.234e-05|1E+20| 5.000e+00|-0042|-ff"
    );
    let format = text(&mut vm, "%d %d");
    let one = vm.new_tuple(vec![Value::Int(1)]).unwrap();
    assert_eq!(
        error_of(vm.binary_operation(BinaryOperator::Modulo, format, one)),
        (
            TypeId::TypeError,
            "not enough arguments for format string".to_owned()
        )
    );
    let format = text(&mut vm, "%z");
    assert_eq!(
        error_of(vm.binary_operation(BinaryOperator::Modulo, format, Value::Int(1))),
        (
            TypeId::ValueError,
            "unsupported format character 'z' (0x7a) at index 1".to_owned()
        )
    );
}

#[test]
fn format_specs_match_cpython() {
    let mut vm = vm();
    let ab = text(&mut vm, "ab");
    let cases = [
        (Value::Int(1234567), ",", "1,234,567"),
        (Value::Int(255), "#x", "0xff"),
        (Value::Float(3.125), ".2f", "3.12"),
        (Value::Int(-42), "=+8d", "-     42"),
        (ab, "^6", "  ab  "),
        (Value::Float(0.5), "%", "50.000000%"),
        (Value::Float(1e16), "", "1e+16"),
        (Value::Bool(true), "d", "1"),
        (Value::Float(12345.678), "_.1f", "12_345.7"),
        (Value::Int(7), "08b", "00000111"),
    ];
    for (value, spec, expected) in cases {
        assert_eq!(vm.format_value(value, spec).unwrap(), expected, "{spec}");
    }
    assert_eq!(
        error_of(vm.format_value(Value::Float(1.5), "d")),
        (
            TypeId::ValueError,
            "Unknown format code 'd' for object of type 'float'".to_owned()
        )
    );
    let items = list(&mut vm, vec![]);
    assert_eq!(
        error_of(vm.format_value(items, "d")),
        (
            TypeId::TypeError,
            "unsupported format string passed to list.__format__".to_owned()
        )
    );
}

#[test]
fn subscripts_and_slices() {
    let mut vm = vm();
    let items = list(&mut vm, (0..10).map(Value::Int).collect());
    assert_eq!(vm.get_item(items, Value::Int(-1)).unwrap(), Value::Int(9));
    assert_eq!(
        error_of(vm.get_item(items, Value::Int(10))),
        (TypeId::IndexError, "list index out of range".to_owned())
    );
    let slice = vm
        .allocate(Object::Slice(Box::new(SliceObject {
            start: Value::Int(1),
            stop: Value::None,
            step: Value::Int(3),
        })))
        .unwrap();
    let sliced = vm.get_item(items, slice).unwrap();
    assert_eq!(vm.repr(sliced).unwrap(), "[1, 4, 7]");
    let backwards = vm
        .allocate(Object::Slice(Box::new(SliceObject {
            start: Value::None,
            stop: Value::None,
            step: Value::Int(-1),
        })))
        .unwrap();
    let word = text(&mut vm, "қазақ");
    let reversed = vm.get_item(word, backwards).unwrap();
    assert_eq!(
        vm.str_of(reversed).unwrap(),
        "қазақ".chars().rev().collect::<String>()
    );
    let range = vm
        .allocate(Object::Range(RangeObject {
            start: 0,
            stop: 10,
            step: 1,
        }))
        .unwrap();
    let reversed_range = vm.get_item(range, backwards).unwrap();
    assert_eq!(vm.repr(reversed_range).unwrap(), "range(9, -1, -1)");
    let replacement = list(&mut vm, vec![Value::Int(-1), Value::Int(-2)]);
    let middle = vm
        .allocate(Object::Slice(Box::new(SliceObject {
            start: Value::Int(1),
            stop: Value::Int(9),
            step: Value::None,
        })))
        .unwrap();
    vm.set_item(items, middle, replacement).unwrap();
    assert_eq!(vm.repr(items).unwrap(), "[0, -1, -2, 9]");
    vm.delete_item(items, Value::Int(0)).unwrap();
    assert_eq!(vm.repr(items).unwrap(), "[-1, -2, 9]");
    assert_eq!(
        error_of(vm.set_item(word, Value::Int(0), Value::Int(1))),
        (
            TypeId::TypeError,
            "'str' object does not support item assignment".to_owned()
        )
    );
    assert_eq!(
        error_of(vm.get_item(Value::Int(5), Value::Int(0))),
        (
            TypeId::TypeError,
            "'int' object is not subscriptable".to_owned()
        )
    );
    let key = text(&mut vm, "missing");
    let dict = vm.new_dict_object().unwrap();
    let error = vm.get_item(Value::Object(dict), key).unwrap_err();
    assert_eq!(
        (error.type_id, error.message.as_str()),
        (TypeId::KeyError, "'missing'")
    );
    assert_eq!(error.key, Some(key));
}

#[test]
fn containment_and_iteration() {
    let mut vm = vm();
    let word = text(&mut vm, "hello");
    let part = text(&mut vm, "ell");
    assert!(vm.contains(word, part).unwrap());
    assert_eq!(
        error_of(vm.contains(word, Value::Int(1))),
        (
            TypeId::TypeError,
            "'in <string>' requires string as left operand, not int".to_owned()
        )
    );
    let range = vm
        .allocate(Object::Range(RangeObject {
            start: 0,
            stop: 10,
            step: 3,
        }))
        .unwrap();
    assert!(vm.contains(range, Value::Int(9)).unwrap());
    assert!(!vm.contains(range, Value::Int(10)).unwrap());
    let items = vm.collect_items(range).unwrap();
    assert_eq!(
        items,
        vec![Value::Int(0), Value::Int(3), Value::Int(6), Value::Int(9)]
    );
    let characters = vm.collect_items(word).unwrap();
    assert_eq!(characters.len(), 5);
    assert_eq!(
        error_of(vm.get_iterator(Value::Int(1))),
        (TypeId::TypeError, "'int' object is not iterable".to_owned())
    );
    let dict = vm.new_dict_object().unwrap();
    vm.dict_set(dict, Value::Int(1), Value::Int(2)).unwrap();
    let iterator = vm.get_iterator(Value::Object(dict)).unwrap();
    assert_eq!(vm.iterator_next(iterator).unwrap(), Some(Value::Int(1)));
    vm.dict_set(dict, Value::Int(5), Value::Int(2)).unwrap();
    assert_eq!(
        error_of(vm.iterator_next(iterator)),
        (
            TypeId::RuntimeError,
            "dictionary changed size during iteration".to_owned()
        )
    );
    let items = list(&mut vm, vec![Value::Int(1)]);
    assert!(vm.is_natively_iterable(items));
}

#[test]
fn set_operators_and_in_place_list_operators() {
    let mut vm = vm();
    let a = set_of(&mut vm, &[Value::Int(1), Value::Int(2), Value::Int(3)]);
    let b = set_of(&mut vm, &[Value::Int(2), Value::Int(3), Value::Int(4)]);
    let union = vm.binary_operation(BinaryOperator::BitOr, a, b).unwrap();
    assert_eq!(vm.repr(union).unwrap(), "{1, 2, 3, 4}");
    let both = vm.binary_operation(BinaryOperator::BitAnd, a, b).unwrap();
    assert_eq!(vm.repr(both).unwrap(), "{2, 3}");
    let difference = vm.binary_operation(BinaryOperator::Subtract, a, b).unwrap();
    assert_eq!(vm.repr(difference).unwrap(), "{1}");
    let symmetric = vm.binary_operation(BinaryOperator::BitXor, a, b).unwrap();
    assert_eq!(vm.repr(symmetric).unwrap(), "{1, 4}");
    assert_eq!(
        vm.compare(ComparisonOperator::Less, both, a).unwrap(),
        Value::Bool(true)
    );
    let items = list(&mut vm, vec![Value::Int(1)]);
    let range = vm
        .allocate(Object::Range(RangeObject {
            start: 0,
            stop: 2,
            step: 1,
        }))
        .unwrap();
    let same = vm
        .in_place_operation(BinaryOperator::Add, items, range)
        .unwrap();
    assert_eq!(same, items);
    assert_eq!(vm.repr(items).unwrap(), "[1, 0, 1]");
    let five = text(&mut vm, "5");
    assert_eq!(
        error_of(vm.in_place_operation(BinaryOperator::Add, Value::Int(1), five)),
        (
            TypeId::TypeError,
            "unsupported operand type(s) for +=: 'int' and 'str'".to_owned()
        )
    );
}

#[test]
fn exceptions_and_views_print_as_cpython() {
    use super::super::object::{DictViewKind, ExceptionObject};
    let mut vm = vm();
    let message = text(&mut vm, "bad");
    let make = |vm: &mut Vm, type_id: TypeId, args: Vec<Value>| {
        vm.allocate(Object::Exception(Box::new(ExceptionObject {
            type_id,
            args,
            traceback: Vec::new(),
            context: None,
            cause: None,
            explanation: None,
            class: None,
            attributes: Vec::new(),
        })))
        .unwrap()
    };
    let one = make(&mut vm, TypeId::ValueError, vec![message]);
    assert_eq!(vm.repr(one).unwrap(), "ValueError('bad')");
    assert_eq!(vm.str_of(one).unwrap(), "bad");
    let two = make(&mut vm, TypeId::ValueError, vec![message, Value::Int(2)]);
    assert_eq!(vm.repr(two).unwrap(), "ValueError('bad', 2)");
    assert_eq!(vm.str_of(two).unwrap(), "('bad', 2)");
    let none = make(&mut vm, TypeId::TypeError, vec![]);
    assert_eq!(vm.repr(none).unwrap(), "TypeError()");
    assert_eq!(vm.str_of(none).unwrap(), "");
    let key = make(&mut vm, TypeId::KeyError, vec![message]);
    assert_eq!(vm.str_of(key).unwrap(), "'bad'");
    let dict = vm.new_dict_object().unwrap();
    vm.dict_set(dict, Value::Int(1), message).unwrap();
    let items = vm
        .allocate(Object::DictView {
            dict,
            kind: DictViewKind::Items,
        })
        .unwrap();
    assert_eq!(vm.repr(items).unwrap(), "dict_items([(1, 'bad')])");
    let keys = vm
        .allocate(Object::DictView {
            dict,
            kind: DictViewKind::Keys,
        })
        .unwrap();
    assert_eq!(vm.repr(keys).unwrap(), "dict_keys([1])");
    assert_eq!(vm.type_name(keys), "dict_keys");
    let iterator = vm.get_iterator(items).unwrap();
    assert_eq!(vm.type_name(iterator), "dict_itemiterator");
}

#[test]
fn dict_keys_compare_as_sets() {
    use super::super::object::DictViewKind;
    let mut vm = vm();
    let dict = vm.new_dict_object().unwrap();
    vm.dict_set(dict, Value::Int(1), Value::None).unwrap();
    vm.dict_set(dict, Value::Int(2), Value::None).unwrap();
    let keys = vm
        .allocate(Object::DictView {
            dict,
            kind: DictViewKind::Keys,
        })
        .unwrap();
    let set = set_of(&mut vm, &[Value::Int(2), Value::Float(1.0)]);
    assert!(vm.values_equal(keys, set).unwrap());
    assert!(vm.values_equal(set, keys).unwrap());
    let other = set_of(&mut vm, &[Value::Int(2)]);
    assert!(!vm.values_equal(keys, other).unwrap());
}

#[test]
fn set_operators_give_cpython_order() {
    let mut vm = vm();
    let a_items: Vec<Value> = [3, 1, 2, 100, 33, -5, 17, 1 << 40].map(Value::Int).to_vec();
    let b_items: Vec<Value> = [2, 33, 8, 64, -5, 1000, 9].map(Value::Int).to_vec();
    let a = set_of(&mut vm, &a_items);
    let b = set_of(&mut vm, &b_items);
    let cases = [
        (
            BinaryOperator::BitXor,
            a,
            b,
            "{64, 1099511627776, 1, 3, 8, 9, 17, 100, 1000}",
        ),
        (
            BinaryOperator::BitXor,
            b,
            a,
            "{1099511627776, 1, 3, 100, 64, 8, 1000, 9, 17}",
        ),
        (
            BinaryOperator::BitOr,
            a,
            b,
            "{1099511627776, 1, 2, 3, 100, 33, 64, 8, 1000, 9, 17, -5}",
        ),
        (
            BinaryOperator::Subtract,
            a,
            b,
            "{1099511627776, 1, 3, 100, 17}",
        ),
    ];
    for (operator, left, right, expected) in cases {
        let result = vm.binary_operation(operator, left, right).unwrap();
        assert_eq!(vm.repr(result).unwrap(), expected);
    }
    let copy = set_of(&mut vm, &a_items);
    vm.in_place_operation(BinaryOperator::BitXor, copy, b)
        .unwrap();
    assert_eq!(
        vm.repr(copy).unwrap(),
        "{1099511627776, 1, 3, 100, 64, 8, 1000, 9, 17}"
    );
    let copy = set_of(&mut vm, &a_items);
    let removed = set_of(&mut vm, &[Value::Int(1), Value::Int(100)]);
    let added = set_of(&mut vm, &[Value::Int(77), Value::Int(5)]);
    vm.in_place_operation(BinaryOperator::Subtract, copy, removed)
        .unwrap();
    vm.in_place_operation(BinaryOperator::BitOr, copy, added)
        .unwrap();
    assert_eq!(
        vm.repr(copy).unwrap(),
        "{1099511627776, 2, 3, 33, 5, 77, 17, -5}"
    );
}

#[test]
fn dict_views_combine_as_sets() {
    use super::super::object::DictViewKind;
    let mut vm = vm();
    let dict = vm.new_dict_object().unwrap();
    vm.dict_set(dict, Value::Int(1), Value::None).unwrap();
    vm.dict_set(dict, Value::Int(2), Value::None).unwrap();
    let keys = vm
        .allocate(Object::DictView {
            dict,
            kind: DictViewKind::Keys,
        })
        .unwrap();
    let other = list(&mut vm, vec![Value::Int(2), Value::Int(3)]);
    let both = vm
        .binary_operation(BinaryOperator::BitAnd, keys, other)
        .unwrap();
    assert_eq!(vm.repr(both).unwrap(), "{2}");
    let either = vm
        .binary_operation(BinaryOperator::BitOr, keys, other)
        .unwrap();
    assert_eq!(vm.repr(either).unwrap(), "{1, 2, 3}");
    let only = vm
        .binary_operation(BinaryOperator::Subtract, keys, other)
        .unwrap();
    assert_eq!(vm.repr(only).unwrap(), "{1}");
}
