//! Superinstructions: pairs of instructions that pupils' loops run again and
//! again, marked when a program is loaded so the quick loop can run the pair
//! as one step (one dispatch instead of two, and a comparison's result never
//! pushed only to be popped by the jump after it).
//!
//! The pair's first instruction is replaced by a superinstruction that
//! carries both instructions' operands; the second instruction stays where
//! it was. So nothing else changes: jump targets, line numbers and handler
//! ranges are the same, a jump to the second instruction runs it alone, and
//! the general path runs a superinstruction as its first instruction
//! ([`Instruction::unfused`]) and goes on to the second. The quick loop runs
//! both, or, when its case does not apply (another kind of value), the
//! first alone, as it would have without the mark.
//!
//! Only pairs on one line are marked, so a step to the next line never
//! stops between them.

use super::super::compiler::bytecode::{CodeObject, Instruction};

/// Marks the pairs in `code` that the quick loop runs as one step.
pub(crate) fn mark_superinstructions(code: &mut CodeObject) {
    for index in 0..code.instructions.len().saturating_sub(1) {
        if code.lines.get(index) != code.lines.get(index + 1) {
            continue;
        }
        // Forwards, so the second instruction is never marked yet.
        let fused = match (code.instructions[index], code.instructions[index + 1]) {
            (Instruction::LoadFast(local), Instruction::LoadConstant(constant)) => {
                Instruction::LoadFastLoadConstant { local, constant }
            }
            (Instruction::LoadConstant(constant), Instruction::Binary(operator)) => {
                Instruction::LoadConstantBinary { constant, operator }
            }
            (Instruction::Compare(operator), Instruction::PopJumpIfFalse(target)) => {
                Instruction::CompareJumpIfFalse { operator, target }
            }
            _ => continue,
        };
        code.instructions[index] = fused;
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::compiler::compile;
    use super::*;

    /// Every marked instruction stands for the instruction it replaced, and
    /// every other instruction is unchanged.
    #[test]
    fn marking_keeps_every_instruction_s_meaning() {
        let source = "def f(n):\n    if n < 2:\n        return n + 1\n    return f(n - 1) * 3\nprint(f(5))\n";
        let Ok(program) = compile(source) else {
            panic!("the test program compiles");
        };
        let mut marked_count = 0;
        for code in &program.codes {
            let mut marked = code.clone();
            mark_superinstructions(&mut marked);
            assert_eq!(marked.instructions.len(), code.instructions.len());
            for (before, after) in code.instructions.iter().zip(&marked.instructions) {
                assert_eq!(after.unfused(), *before);
                if after != before {
                    marked_count += 1;
                }
            }
        }
        // n < 2 (two pairs), n + 1, n - 1, - 1 and * 3.
        assert!(marked_count >= 4, "only {marked_count} pairs marked");
    }
}
