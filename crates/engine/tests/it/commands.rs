//! The editor's command table: generated from the engine's tables, complete,
//! without duplicates, and described in every language.

use std::collections::BTreeSet;

use engine::i18n::{Language, Localizer};
use engine::python::commands::{commands, CommandKind, CommandScope, MODULES};
use engine::python::vm::builtins::{builtin_names, module_attribute_names};
use engine::python::vm::types::ModuleId;

#[test]
fn every_command_is_described_in_every_language() {
    for language in [Language::Kazakh, Language::Russian, Language::English] {
        let localizer = Localizer::new(language);
        for command in commands() {
            assert!(
                localizer.has_message(&command.description_id),
                "{}: no message {} for {}",
                language.code(),
                command.description_id,
                command.name
            );
        }
    }
}

#[test]
fn every_builtin_function_and_module_member_is_offered() {
    let table = commands();
    for name in builtin_names() {
        assert!(
            table.iter().any(|command| command.name == name
                && command.kind == CommandKind::Function
                && command.scope == CommandScope::Global),
            "builtin {name} missing"
        );
    }
    for module in MODULES {
        for name in module_attribute_names(module) {
            assert!(
                table
                    .iter()
                    .any(|command| command.name == name
                        && command.scope == CommandScope::Module(module)),
                "{}.{name} missing",
                module.name()
            );
        }
    }
    for name in [
        "int",
        "str",
        "list",
        "dict",
        "set",
        "tuple",
        "float",
        "bool",
        "range",
        "ValueError",
    ] {
        assert!(
            table
                .iter()
                .any(|command| command.name == name && command.kind == CommandKind::Type),
            "type {name} missing"
        );
    }
    for name in ["upper", "append", "items", "add", "pop"] {
        assert!(
            table
                .iter()
                .any(|command| command.name == name && command.scope == CommandScope::Method),
            "method {name} missing"
        );
    }
}

#[test]
fn no_name_is_offered_twice_in_one_place() {
    let mut seen = BTreeSet::new();
    let mut ids = BTreeSet::new();
    for command in commands() {
        assert!(
            seen.insert((format!("{:?}", command.scope), command.name)),
            "{} twice in {:?}",
            command.name,
            command.scope
        );
        // A command's other names (`fd`, `алға`, `pick_beeper`) share its description.
        let shared = match command.scope {
            CommandScope::Module(ModuleId::Turtle) => {
                engine::python::vm::builtins::turtle_command(command.name)
                    .is_some_and(|function| function.name() != command.name)
            }
            CommandScope::Module(ModuleId::Robot) => {
                engine::python::vm::builtins::robot_command(command.name)
                    .is_some_and(|function| function.name() != command.name)
            }
            CommandScope::Module(ModuleId::Rover) => {
                engine::python::vm::builtins::rover_command(command.name)
                    .is_some_and(|function| function.name() != command.name)
            }
            CommandScope::Module(ModuleId::Canvas) => {
                engine::python::vm::builtins::canvas_command(command.name)
                    .is_some_and(|function| function.name() != command.name)
            }
            _ => false,
        };
        assert!(
            shared || ids.insert(command.description_id.clone()),
            "{} twice",
            command.description_id
        );
    }
}

#[test]
fn calls_put_the_cursor_inside_the_brackets() {
    let table = commands();
    let print = table
        .iter()
        .find(|command| command.name == "print")
        .unwrap();
    assert_eq!(print.insert_text, "print()");
    assert_eq!(print.cursor_offset, 6);
    assert_eq!(print.description_id, "command-print");
    let sqrt = table.iter().find(|command| command.name == "sqrt").unwrap();
    assert_eq!(sqrt.description_id, "command-math-sqrt");
    let keyword = table.iter().find(|command| command.name == "for").unwrap();
    assert_eq!(keyword.insert_text, "for ");
    assert_eq!(keyword.description_id, "command-keyword-for");
    let upper = table
        .iter()
        .find(|command| command.name == "upper")
        .unwrap();
    assert_eq!(upper.description_id, "command-method-str-upper");
}
