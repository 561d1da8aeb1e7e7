//! CPython's hashes of numbers, and its set table's iteration order.
//!
//! `tests/data/python-sets/` holds what CPython 3.11 answered (`generate.py`):
//! `hashes.txt` has `hash(value)` for ints and floats; `cases.txt` has
//! sequences of adds and discards with the order CPython then iterates the set in.

use std::fs;
use std::path::Path;

use engine::python::hashing::{hash_big_int, hash_float};
use engine::python::set_table::{Insertion, SetTable};
use num_bigint::BigInt;
use num_traits::FromPrimitive;

#[derive(Clone, Debug)]
enum Number {
    Int(BigInt),
    Float(f64),
}

fn parse_number(text: &str) -> Number {
    match text.parse::<BigInt>() {
        Ok(int) => Number::Int(int),
        Err(_) => Number::Float(text.parse::<f64>().unwrap()),
    }
}

fn hash_of(number: &Number) -> i64 {
    match number {
        Number::Int(int) => hash_big_int(int),
        Number::Float(float) => hash_float(*float).unwrap(),
    }
}

fn numbers_equal(left: &Number, right: &Number) -> bool {
    match (left, right) {
        (Number::Int(a), Number::Int(b)) => a == b,
        (Number::Float(a), Number::Float(b)) => a == b,
        (Number::Int(int), Number::Float(float)) | (Number::Float(float), Number::Int(int)) => {
            float.fract() == 0.0 && BigInt::from_f64(*float).is_some_and(|value| value == *int)
        }
    }
}

fn data_file(name: &str) -> String {
    fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/python-sets")
            .join(name),
    )
    .unwrap()
}

#[test]
fn number_hashes_match_cpython() {
    let hashes = data_file("hashes.txt");
    let mut checked = 0;
    for line in hashes.lines() {
        let (value, expected) = line.split_once('\t').unwrap();
        assert_eq!(
            hash_of(&parse_number(value)),
            expected.parse::<i64>().unwrap(),
            "hash({value})"
        );
        checked += 1;
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn sets_iterate_in_cpythons_order() {
    let cases = data_file("cases.txt");
    let mut checked = 0;
    for line in cases.lines() {
        let (operations, expected) = line.split_once('\t').unwrap();
        let mut table = SetTable::new();
        // Entries are indexes into these two lists.
        let mut values: Vec<Number> = Vec::new();
        let mut texts: Vec<&str> = Vec::new();
        for operation in operations.split(' ').filter(|operation| *operation != "-") {
            let (kind, text) = operation.split_at(1);
            let number = parse_number(text);
            let hash = hash_of(&number);
            if kind == "+" {
                let entry = values.len() as u32;
                let insertion = table.insert(hash, entry, |stored| {
                    numbers_equal(&values[stored as usize], &number)
                });
                if insertion == Insertion::Added {
                    values.push(number);
                    texts.push(text);
                }
            } else {
                table
                    .remove(hash, |stored| {
                        numbers_equal(&values[stored as usize], &number)
                    })
                    .unwrap();
            }
        }
        let order: Vec<&str> = table.entries().map(|entry| texts[entry as usize]).collect();
        let order = if order.is_empty() {
            "-".to_owned()
        } else {
            order.join(" ")
        };
        assert_eq!(order, expected, "after {operations}");
        assert_eq!(table.len(), table.entries().count());
        checked += 1;
    }
    assert!(checked > 400, "{checked}");
}

#[test]
fn find_sees_equal_numbers_of_other_types() {
    let mut table = SetTable::new();
    let values = [Number::Int(BigInt::from(1)), Number::Float(2.5)];
    for (entry, value) in values.iter().enumerate() {
        table.insert(hash_of(value), entry as u32, |_| false);
    }
    let one_as_float = Number::Float(1.0);
    let found = table.find(hash_of(&one_as_float), |stored| {
        numbers_equal(&values[stored as usize], &one_as_float)
    });
    assert_eq!(found, Some(0));
    let missing = Number::Int(BigInt::from(3));
    assert_eq!(
        table.find(hash_of(&missing), |stored| numbers_equal(
            &values[stored as usize],
            &missing
        )),
        None
    );
}
