//! A readable listing of a program's bytecode, for tests and debugging.

use std::fmt::Write;

use super::super::bytecode::{Constant, Instruction, Program};

/// Every code object of `program`: its header, then one instruction a line
/// with its index and source line; loads show the constant or name they use.
pub fn disassemble(program: &Program) -> String {
    let mut text = String::new();
    for (index, code) in program.codes.iter().enumerate() {
        let _ = writeln!(
            text,
            "code {index} {} {:?}{} line {}",
            code.name,
            code.kind,
            if code.is_generator { " generator" } else { "" },
            code.first_line
        );
        if !code.local_names.is_empty() {
            let _ = writeln!(text, "  locals: {}", code.local_names.join(" "));
        }
        if !code.cell_names.is_empty() {
            let _ = writeln!(text, "  cells: {}", code.cell_names.join(" "));
        }
        if !code.free_names.is_empty() {
            let _ = writeln!(text, "  free: {}", code.free_names.join(" "));
        }
        for (position, instruction) in code.instructions.iter().enumerate() {
            let line = code.lines.get(position).copied().unwrap_or(0);
            let note = match instruction {
                Instruction::LoadConstant(constant) => code
                    .constants
                    .get(*constant as usize)
                    .map(constant_text)
                    .unwrap_or_default(),
                Instruction::LoadGlobal(name)
                | Instruction::StoreGlobal(name)
                | Instruction::DeleteGlobal(name)
                | Instruction::LoadName(name)
                | Instruction::StoreName(name)
                | Instruction::DeleteName(name)
                | Instruction::LoadAttribute(name)
                | Instruction::LoadMethod(name)
                | Instruction::StoreAttribute(name)
                | Instruction::DeleteAttribute(name)
                | Instruction::ImportName(name)
                | Instruction::StoreAnnotation(name)
                | Instruction::ImportFrom(name) => {
                    code.names.get(*name as usize).cloned().unwrap_or_default()
                }
                Instruction::LoadFast(local)
                | Instruction::StoreFast(local)
                | Instruction::DeleteFast(local) => code
                    .local_names
                    .get(*local as usize)
                    .cloned()
                    .unwrap_or_default(),
                Instruction::LoadDeref(cell)
                | Instruction::StoreDeref(cell)
                | Instruction::DeleteDeref(cell)
                | Instruction::LoadClosure(cell) => code
                    .cell_names
                    .iter()
                    .chain(&code.free_names)
                    .nth(*cell as usize)
                    .cloned()
                    .unwrap_or_default(),
                Instruction::CallWithKeywords { names, .. } => code
                    .constants
                    .get(*names as usize)
                    .map(constant_text)
                    .unwrap_or_default(),
                _ => String::new(),
            };
            let listed = format!("{instruction:?}");
            if note.is_empty() {
                let _ = writeln!(text, "  {position:>3} L{line:<3} {listed}");
            } else {
                let _ = writeln!(text, "  {position:>3} L{line:<3} {listed:<24} {note}");
            }
        }
    }
    text
}

/// A constant as a short text.
fn constant_text(constant: &Constant) -> String {
    match constant {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Ellipsis => "Ellipsis".to_owned(),
        Constant::Int(value) => value.to_big().to_string(),
        Constant::Float(value) => format!("{value:?}"),
        Constant::Str(text) => format!("{text:?}"),
        Constant::Names(names) => format!("({})", names.join(", ")),
        Constant::Tuple(items) => {
            let texts: Vec<String> = items.iter().map(constant_text).collect();
            match texts.as_slice() {
                [only] => format!("({only},)"),
                _ => format!("({})", texts.join(", ")),
            }
        }
    }
}
