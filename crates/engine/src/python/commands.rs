//! The commands the code editor completes: every builtin function, every
//! builtin type callable by name, the keywords pupils use, the modules and
//! their members, and the methods of `str`, `list`, `dict` and `set`.
//!
//! The table is generated from the engine's own tables (the builtins
//! namespace, the types, the modules' attributes and the types' methods), so a
//! new builtin shows up in the editor without a second list to keep. Each
//! command has the text to insert, where the cursor goes, and the Fluent id of
//! its one-line description (in `locales/<code>/python-commands.ftl`), derived
//! mechanically from its name: `command-print`, `command-type-value-error`,
//! `command-keyword-for`, `command-module-math`, `command-math-sqrt`,
//! `command-method-str-upper`.

use super::syntax::Keyword;
use super::vm::builtins::{
    builtin_names, canvas_command, module_attribute_names, module_prelude_functions, module_types,
    robot_command, rover_command, turtle_command, type_attribute_names, BuiltinFunction,
};
use super::vm::types::{ModuleId, TypeId, ALL_TYPES};

/// What kind of thing a command is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommandKind {
    /// A builtin function (`print`).
    Function,
    /// A builtin type or exception class (`int`, `ValueError`).
    Type,
    /// A keyword (`for`, `True`).
    Keyword,
    /// A module `import` can give (`math`).
    Module,
    /// A function of a module (`math.sqrt`).
    ModuleFunction,
    /// A constant of a module (`math.pi`).
    Constant,
    /// A method of a builtin type (`upper`, `append`).
    Method,
}

/// Where a command is offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommandScope {
    /// At the start of a name.
    Global,
    /// After `module.`.
    Module(ModuleId),
    /// After `name.` for any other name (its type is unknown while typing).
    Method,
}

/// One command the editor can complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    /// The name as typed (`print`, `sqrt`, `upper`).
    pub name: &'static str,
    /// What kind of thing it is.
    pub kind: CommandKind,
    /// Where it is offered.
    pub scope: CommandScope,
    /// The text inserted when it is chosen (`print()`, `for `, `pi`).
    pub insert_text: String,
    /// Where the cursor ends, in characters from the start of `insert_text`
    /// (inside the brackets of a call).
    pub cursor_offset: usize,
    /// The Fluent id of its one-line description.
    pub description_id: String,
}

/// The modules the sandbox has, in the order they are offered.
pub const MODULES: [ModuleId; 11] = ModuleId::ALL;

/// The types whose methods are offered after `name.`; a method name several
/// of them share is described by the first one's message.
pub const METHOD_TYPES: [TypeId; 4] = [TypeId::Str, TypeId::List, TypeId::Dict, TypeId::Set];

/// The keywords pupils use, each with what follows it when it is chosen
/// (`yield`, `async` and `await` are left out: the sandbox does not run
/// the last two, and pupils do not start from the first).
const KEYWORDS: &[(Keyword, &str)] = &[
    (Keyword::If, " "),
    (Keyword::Elif, " "),
    (Keyword::Else, ":"),
    (Keyword::For, " "),
    (Keyword::While, " "),
    (Keyword::In, " "),
    (Keyword::Def, " "),
    (Keyword::Class, " "),
    (Keyword::With, " "),
    (Keyword::Return, " "),
    (Keyword::Import, " "),
    (Keyword::From, " "),
    (Keyword::As, " "),
    (Keyword::Not, " "),
    (Keyword::And, " "),
    (Keyword::Or, " "),
    (Keyword::Is, " "),
    (Keyword::True, ""),
    (Keyword::False, ""),
    (Keyword::None, ""),
    (Keyword::Break, ""),
    (Keyword::Continue, ""),
    (Keyword::Pass, ""),
    (Keyword::Try, ":"),
    (Keyword::Except, " "),
    (Keyword::Finally, ":"),
    (Keyword::Raise, " "),
    (Keyword::Lambda, " "),
    (Keyword::Global, " "),
    (Keyword::Nonlocal, " "),
    (Keyword::Assert, " "),
    (Keyword::Del, " "),
];

/// A name as a part of a Fluent id: lower case, words joined by `-`
/// (`perf_counter` gives `perf-counter`, `ValueError` gives `value-error`,
/// `EOFError` gives `eof-error`, `__import__` gives `import`).
pub fn id_part(name: &str) -> String {
    let characters: Vec<char> = name.trim_matches('_').chars().collect();
    let mut part = String::new();
    for (index, &character) in characters.iter().enumerate() {
        if character == '_' {
            part.push('-');
            continue;
        }
        if character.is_uppercase() && index > 0 {
            let previous = characters[index - 1];
            let next_is_lower = characters
                .get(index + 1)
                .is_some_and(|next| next.is_lowercase());
            // A new word: `valueError`, or the last capital of `EOFError`.
            if previous.is_lowercase() || (previous.is_uppercase() && next_is_lower) {
                part.push('-');
            }
        }
        part.extend(character.to_lowercase());
    }
    part
}

/// A call: `name()` with the cursor inside the brackets.
fn call(name: &'static str) -> (String, usize) {
    (format!("{name}()"), name.chars().count() + 1)
}

/// Every command, in the order: builtin functions, types, keywords, modules,
/// module members, methods.
pub fn commands() -> Vec<Command> {
    let mut commands = Vec::new();
    for name in builtin_names() {
        let (insert_text, cursor_offset) = call(name);
        commands.push(Command {
            name,
            kind: CommandKind::Function,
            scope: CommandScope::Global,
            insert_text,
            cursor_offset,
            description_id: format!("command-{}", id_part(name)),
        });
    }
    for &type_id in ALL_TYPES {
        let name = type_id.name();
        if TypeId::from_builtin_name(name) != Some(type_id) {
            continue;
        }
        // Exception classes are mostly named in `except`, without a call.
        let (insert_text, cursor_offset) = if type_id.is_exception() {
            (name.to_owned(), name.chars().count())
        } else {
            call(name)
        };
        commands.push(Command {
            name,
            kind: CommandKind::Type,
            scope: CommandScope::Global,
            insert_text,
            cursor_offset,
            description_id: format!("command-type-{}", id_part(name)),
        });
    }
    for &(keyword, after) in KEYWORDS {
        let name = keyword.text();
        let insert_text = format!("{name}{after}");
        commands.push(Command {
            name,
            kind: CommandKind::Keyword,
            scope: CommandScope::Global,
            cursor_offset: insert_text.chars().count(),
            insert_text,
            description_id: format!("command-keyword-{}", id_part(name)),
        });
    }
    for module in MODULES {
        let name = module.name();
        commands.push(Command {
            name,
            kind: CommandKind::Module,
            scope: CommandScope::Global,
            insert_text: name.to_owned(),
            cursor_offset: name.chars().count(),
            description_id: format!("command-module-{}", id_part(name)),
        });
    }
    for module in MODULES {
        for name in module_attribute_names(module) {
            let is_function = BuiltinFunction::ALL
                .iter()
                .any(|function| function.name() == name)
                || module_prelude_functions(module).contains(&name)
                || module_types(module)
                    .iter()
                    .any(|type_id| type_id.name() == name);
            let (kind, (insert_text, cursor_offset)) = if is_function {
                (CommandKind::ModuleFunction, call(name))
            } else {
                (
                    CommandKind::Constant,
                    (name.to_owned(), name.chars().count()),
                )
            };
            // A command's other names (`fd`, `алға`, `pick_beeper`) share its description.
            let described = match module {
                ModuleId::Turtle => turtle_command(name).map_or(name, |command| command.name()),
                ModuleId::Robot => robot_command(name).map_or(name, |command| command.name()),
                ModuleId::Canvas => canvas_command(name).map_or(name, |command| command.name()),
                ModuleId::Rover => rover_command(name).map_or(name, |command| command.name()),
                _ => name,
            };
            commands.push(Command {
                name,
                kind,
                scope: CommandScope::Module(module),
                insert_text,
                cursor_offset,
                description_id: format!(
                    "command-{}-{}",
                    id_part(module.name()),
                    id_part(described)
                ),
            });
        }
    }
    let mut method_names: Vec<&'static str> = Vec::new();
    for type_id in METHOD_TYPES {
        for name in type_attribute_names(type_id) {
            if method_names.contains(&name) {
                continue;
            }
            method_names.push(name);
            let (insert_text, cursor_offset) = call(name);
            commands.push(Command {
                name,
                kind: CommandKind::Method,
                scope: CommandScope::Method,
                insert_text,
                cursor_offset,
                description_id: format!(
                    "command-method-{}-{}",
                    id_part(type_id.name()),
                    id_part(name)
                ),
            });
        }
    }
    commands
}
