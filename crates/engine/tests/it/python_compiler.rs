//! The code generator: compiling programs and checking the bytecode they give.
//!
//! Every corpus program must compile (or fail as CPython does at compile
//! time), every jump must land inside its code object, and a few small
//! programs are checked instruction by instruction.

use std::fs;
use std::path::{Path, PathBuf};

use engine::python::compiler::bytecode::{CodeObject, Instruction, Program};
use engine::python::compiler::codegen::jump_target;
use engine::python::compiler::{compile, disassemble, CompileErrorKind};
use engine::python::syntax::LineIndex;
use expect_test::{expect, Expect};

fn corpus(folder: &str) -> Vec<PathBuf> {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/python")
        .join(folder);
    let mut files: Vec<PathBuf> = fs::read_dir(directory)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "py"))
        .collect();
    files.sort();
    files
}

/// Every jump lands on an instruction and every instruction has a line.
fn check_well_formed(program: &Program, name: &str) {
    assert!(!program.codes.is_empty(), "{name}: no code");
    for code in &program.codes {
        assert_eq!(
            code.lines.len(),
            code.instructions.len(),
            "{name}: {} lines",
            code.name
        );
        assert!(
            matches!(code.instructions.last(), Some(Instruction::Return)),
            "{name}: {} does not end with Return",
            code.name
        );
        for (position, instruction) in code.instructions.iter().enumerate() {
            if let Some(target) = jump_target(*instruction) {
                assert!(
                    (target as usize) < code.instructions.len(),
                    "{name}: {} instruction {position} jumps to {target}",
                    code.name
                );
            }
            if let Instruction::MakeFunction { code: index, .. } = instruction {
                assert!(
                    (*index as usize) < program.codes.len(),
                    "{name}: code {index}"
                );
            }
        }
        assert!(code.lines.iter().all(|line| *line >= 1), "{name}: line 0");
    }
}

#[test]
fn every_ok_program_compiles_well_formed() {
    let files = corpus("ok");
    assert!(files.len() > 100, "{} files", files.len());
    let mut failures = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        let name = file.display().to_string();
        match compile(&source) {
            Ok(program) => check_well_formed(&program, &name),
            Err(error) => failures.push(format!(
                "{name}: {} {}",
                error.kind.python_type(),
                error.kind.cpython_message()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn err_programs_fail_to_compile_exactly_when_cpython_does() {
    let mut failures = Vec::new();
    for file in corpus("err") {
        let source = fs::read_to_string(&file).unwrap();
        let expected = fs::read_to_string(file.with_extension("expected")).unwrap();
        let (expected_type, expected_line) = expected.trim().split_once(' ').unwrap();
        let expected_line: u32 = expected_line.parse().unwrap();
        let name = file.display().to_string();
        let is_compile_error = matches!(
            expected_type,
            "SyntaxError" | "IndentationError" | "TabError"
        );
        match (compile(&source), is_compile_error) {
            (Ok(program), false) => check_well_formed(&program, &name),
            (Ok(_), true) => failures.push(format!("{name}: compiled")),
            (Err(error), true) => {
                let line = LineIndex::new(&source).line(error.span.start);
                if error.kind.python_type() != expected_type || line != expected_line {
                    failures.push(format!(
                        "{name}: {} {line}, expected {expected_type} {expected_line}",
                        error.kind.python_type()
                    ));
                }
            }
            (Err(error), false) => {
                failures.push(format!("{name}: {}", error.kind.cpython_message()))
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[track_caller]
fn check_error(source: &str, python_type: &str, message: &str, line: u32) {
    let error = compile(source).unwrap_err();
    assert_eq!(error.kind.python_type(), python_type);
    assert_eq!(error.kind.cpython_message(), message);
    assert_eq!(LineIndex::new(source).line(error.span.start), line);
}

#[test]
fn misplaced_statements_are_syntax_errors() {
    check_error(
        "x = 1\nreturn x\n",
        "SyntaxError",
        "'return' outside function",
        2,
    );
    check_error(
        "if True:\n    break\n",
        "SyntaxError",
        "'break' outside loop",
        2,
    );
    check_error(
        "def f():\n    continue\n",
        "SyntaxError",
        "'continue' not properly in loop",
        2,
    );
    check_error(
        "for i in []:\n    def f():\n        break\n",
        "SyntaxError",
        "'break' outside loop",
        3,
    );
    check_error(
        "x = 1\nyield x\n",
        "SyntaxError",
        "'yield' outside function",
        2,
    );
    check_error(
        "def f():\n    from math import *\n",
        "SyntaxError",
        "import * only allowed at module level",
        2,
    );
    check_error(
        "def f():\n    return [(yield x) for x in y]\n",
        "SyntaxError",
        "'yield' inside list comprehension",
        2,
    );
}

#[test]
fn errors_cpython_finds_while_compiling() {
    check_error(
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
        "SyntaxError",
        "default 'except:' must be last",
        3,
    );
    check_error(
        "def f(a,\n      a):\n    pass\n",
        "SyntaxError",
        "duplicate argument 'a' in function definition",
        2,
    );
    check_error(
        "f(a=1,\n  a=2)\n",
        "SyntaxError",
        "keyword argument repeated: a",
        2,
    );
    check_error(
        "x = 1\nawait x\n",
        "SyntaxError",
        "'await' outside function",
        2,
    );
    check_error(
        "def f():\n    await x\n",
        "SyntaxError",
        "'await' outside async function",
        2,
    );
    check_error(
        "a, *b, *c = d\n",
        "SyntaxError",
        "multiple starred expressions in assignment",
        1,
    );
    check_error(
        "*a = b\n",
        "SyntaxError",
        "starred assignment target must be in a list or tuple",
        1,
    );
}

#[test]
fn every_error_has_an_explanation_id() {
    for source in [
        "return 1\n",
        "break\n",
        "class A:\n    return 1\n",
        "def f():\n    from m import *\n",
    ] {
        let (id, _) = compile(source).unwrap_err().kind.explanation();
        assert!(id.starts_with("python-"), "{id}");
    }
}

#[test]
fn unsupported_features_say_so() {
    check_error(
        "x = 1\nclass A(metaclass=M):\n    pass\n",
        "NotImplementedError",
        "the sandbox does not support 'class-keywords' yet",
        2,
    );
    check_error(
        "x = 1\nfrom . import a\n",
        "NotImplementedError",
        "the sandbox does not support 'relative-import' yet",
        2,
    );
    check_error(
        "x = 1\ny = 2j\n",
        "NotImplementedError",
        "the sandbox does not support 'complex' yet",
        2,
    );
    let error = compile("x = b'bytes'\n").unwrap_err();
    assert_eq!(
        error.kind,
        CompileErrorKind::NotSupportedYet { feature: "bytes" }
    );
}

#[test]
fn long_int_literals_are_refused() {
    let source = format!("x = 1\ny = {}\n", "7".repeat(4301));
    check_error(
        &source,
        "SyntaxError",
        "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 \
         digits; use sys.set_int_max_str_digits() to increase the limit",
        2,
    );
    assert!(compile(&format!("x = 0x{}\n", "f".repeat(5000))).is_ok());
}

#[test]
fn a_call_over_several_lines_takes_the_line_where_it_starts() {
    let program = compile("x = 1\nprint(\n    x,\n    len(\n        'ab'),\n)\n").unwrap();
    let line_of = |wanted| line_of_instruction(&program.codes[0], wanted);
    assert_eq!(line_of(Instruction::Call(2)), 2);
    assert_eq!(line_of(Instruction::Call(1)), 4);

    // A method written on a later line than its object: CPython 3.11 looks
    // it up and calls it at the method's line.
    let program = compile("y = (x\n  .m(1,\n 2))\n").unwrap();
    let line_of = |wanted| line_of_instruction(&program.codes[0], wanted);
    assert_eq!(line_of(Instruction::LoadMethod(1)), 2);
    assert_eq!(line_of(Instruction::CallMethod(2)), 2);
}

/// The line of the first `wanted` instruction of `code`.
fn line_of_instruction(code: &CodeObject, wanted: Instruction) -> u32 {
    let position = code
        .instructions
        .iter()
        .position(|instruction| *instruction == wanted)
        .unwrap();
    code.lines[position]
}

fn check(source: &str, expected: Expect) {
    let program = compile(source).unwrap();
    check_well_formed(&program, source);
    expected.assert_eq(&disassemble(&program));
}

#[test]
fn module_names_and_a_chained_comparison() {
    check(
        "x = 1\nif 0 < x < 3:\n    print(x)\n",
        expect![[r#"
            code 0 <module> Module line 1
                0 L1   LoadConstant(0)          1
                1 L1   StoreName(0)             x
                2 L2   LoadConstant(1)          0
                3 L2   LoadName(0)              x
                4 L2   Duplicate
                5 L2   RotateThree
                6 L2   Compare(Less)
                7 L2   PopJumpIfFalse(12)
                8 L2   LoadConstant(2)          3
                9 L2   Compare(Less)
               10 L2   PopJumpIfFalse(18)
               11 L2   Jump(14)
               12 L2   Pop
               13 L2   Jump(18)
               14 L3   LoadName(1)              print
               15 L3   LoadName(0)              x
               16 L3   Call(1)
               17 L3   Pop
               18 L3   LoadConstant(3)          None
               19 L3   Return
        "#]],
    );
}

#[test]
fn a_function_with_a_closure_defaults_and_a_decorator() {
    check(
        "def outer(a, b=2, *, c=3):\n    def inner():\n        return a + c\n    return inner\n\n@deco\ndef g():\n    pass\n",
        expect![[r#"
            code 0 <module> Module line 1
                0 L1   LoadConstant(0)          2
                1 L1   BuildTuple(1)
                2 L1   LoadConstant(1)          "c"
                3 L1   LoadConstant(2)          3
                4 L1   BuildDict(1)
                5 L1   MakeFunction { code: 1, has_defaults: true, has_keyword_defaults: true, has_closure: false }
                6 L1   StoreName(0)             outer
                7 L6   LoadName(1)              deco
                8 L7   MakeFunction { code: 3, has_defaults: false, has_keyword_defaults: false, has_closure: false }
                9 L6   Call(1)
               10 L7   StoreName(2)             g
               11 L7   LoadConstant(3)          None
               12 L7   Return
            code 1 outer Function line 1
              locals: a b c inner
              cells: a c
                0 L1   LoadFast(0)              a
                1 L1   StoreDeref(0)            a
                2 L1   LoadFast(2)              c
                3 L1   StoreDeref(1)            c
                4 L2   LoadClosure(0)           a
                5 L2   LoadClosure(1)           c
                6 L2   BuildTuple(2)
                7 L2   MakeFunction { code: 2, has_defaults: false, has_keyword_defaults: false, has_closure: true }
                8 L2   StoreFast(3)             inner
                9 L4   LoadFast(3)              inner
               10 L4   Return
               11 L4   LoadConstant(0)          None
               12 L4   Return
            code 2 inner Function line 2
              free: a c
                0 L3   LoadDeref(0)             a
                1 L3   LoadDeref(1)             c
                2 L3   Binary(Add)
                3 L3   Return
                4 L3   LoadConstant(0)          None
                5 L3   Return
            code 3 g Function line 6
                0 L8   Nop
                1 L8   LoadConstant(0)          None
                2 L8   Return
        "#]],
    );
}

#[test]
fn a_for_loop_with_break_and_else() {
    check(
        "for i in range(3):\n    if i:\n        break\nelse:\n    i = 0\n",
        expect![[r#"
            code 0 <module> Module line 1
                0 L1   LoadName(0)              range
                1 L1   LoadConstant(0)          3
                2 L1   Call(1)
                3 L1   GetIterator
                4 L1   ForIterator(11)
                5 L1   StoreName(1)             i
                6 L2   LoadName(1)              i
                7 L2   PopJumpIfFalse(10)
                8 L3   Pop
                9 L3   Jump(13)
               10 L1   Jump(4)
               11 L5   LoadConstant(1)          0
               12 L5   StoreName(1)             i
               13 L5   LoadConstant(2)          None
               14 L5   Return
        "#]],
    );
}

#[test]
fn try_except_else_finally() {
    check(
        "try:\n    x = 1\nexcept ValueError as e:\n    print(e)\nexcept:\n    pass\nelse:\n    x = 2\nfinally:\n    x = 3\n",
        expect![[r#"
            code 0 <module> Module line 1
                0 L1   SetupTry(42)
                1 L1   SetupTry(8)
                2 L2   LoadConstant(0)          1
                3 L2   StoreName(0)             x
                4 L2   PopBlock
                5 L8   LoadConstant(1)          2
                6 L8   StoreName(0)             x
                7 L8   Jump(38)
                8 L3   LoadName(1)              ValueError
                9 L3   ExceptionMatches
               10 L3   PopJumpIfFalse(29)
               11 L3   StoreName(2)             e
               12 L3   SetupTry(23)
               13 L4   LoadName(3)              print
               14 L4   LoadName(2)              e
               15 L4   Call(1)
               16 L4   Pop
               17 L4   PopBlock
               18 L4   PopExcept
               19 L4   LoadConstant(2)          None
               20 L4   StoreName(2)             e
               21 L4   DeleteName(2)            e
               22 L4   Jump(38)
               23 L3   LoadConstant(2)          None
               24 L3   StoreName(2)             e
               25 L3   DeleteName(2)            e
               26 L3   PopExcept
               27 L3   PopExcept
               28 L3   Reraise
               29 L5   Pop
               30 L5   SetupTry(35)
               31 L6   Nop
               32 L6   PopBlock
               33 L6   PopExcept
               34 L6   Jump(38)
               35 L5   PopExcept
               36 L5   PopExcept
               37 L5   Reraise
               38 L5   PopBlock
               39 L10  LoadConstant(3)          3
               40 L10  StoreName(0)             x
               41 L10  Jump(45)
               42 L10  LoadConstant(3)          3
               43 L10  StoreName(0)             x
               44 L10  Reraise
               45 L10  LoadConstant(2)          None
               46 L10  Return
        "#]],
    );
}

#[test]
fn return_inside_try_finally_runs_the_finally_body_first() {
    check(
        "def f():\n    for i in x:\n        try:\n            return i\n        finally:\n            print(i)\n",
        expect![[r#"
            code 0 <module> Module line 1
                0 L1   MakeFunction { code: 1, has_defaults: false, has_keyword_defaults: false, has_closure: false }
                1 L1   StoreName(0)             f
                2 L1   LoadConstant(0)          None
                3 L1   Return
            code 1 f Function line 1
              locals: i
                0 L2   LoadGlobal(0)            x
                1 L2   GetIterator
                2 L2   ForIterator(26)
                3 L2   StoreFast(0)             i
                4 L3   SetupTry(20)
                5 L4   LoadFast(0)              i
                6 L4   PopBlock
                7 L6   LoadGlobal(1)            print
                8 L6   LoadFast(0)              i
                9 L6   Call(1)
               10 L6   Pop
               11 L4   RotateTwo
               12 L4   Pop
               13 L4   Return
               14 L4   PopBlock
               15 L6   LoadGlobal(1)            print
               16 L6   LoadFast(0)              i
               17 L6   Call(1)
               18 L6   Pop
               19 L6   Jump(25)
               20 L6   LoadGlobal(1)            print
               21 L6   LoadFast(0)              i
               22 L6   Call(1)
               23 L6   Pop
               24 L6   Reraise
               25 L2   Jump(2)
               26 L2   LoadConstant(0)          None
               27 L2   Return
        "#]],
    );
}

#[test]
fn comprehensions_and_generator_expressions() {
    check(
        "def f(n):\n    return [i * n for i in range(n) if i], sum(j for j in range(n)), {k: k for k in 'ab'}\n",
        expect![[r#"
            code 0 <module> Module line 1
                0 L1   MakeFunction { code: 1, has_defaults: false, has_keyword_defaults: false, has_closure: false }
                1 L1   StoreName(0)             f
                2 L1   LoadConstant(0)          None
                3 L1   Return
            code 1 f Function line 1
              locals: n
              cells: n
                0 L1   LoadFast(0)              n
                1 L1   StoreDeref(0)            n
                2 L2   LoadClosure(0)           n
                3 L2   BuildTuple(1)
                4 L2   MakeFunction { code: 2, has_defaults: false, has_keyword_defaults: false, has_closure: true }
                5 L2   LoadGlobal(0)            range
                6 L2   LoadDeref(0)             n
                7 L2   Call(1)
                8 L2   GetIterator
                9 L2   Call(1)
               10 L2   LoadGlobal(1)            sum
               11 L2   MakeFunction { code: 3, has_defaults: false, has_keyword_defaults: false, has_closure: false }
               12 L2   LoadGlobal(0)            range
               13 L2   LoadDeref(0)             n
               14 L2   Call(1)
               15 L2   GetIterator
               16 L2   Call(1)
               17 L2   Call(1)
               18 L2   MakeFunction { code: 4, has_defaults: false, has_keyword_defaults: false, has_closure: false }
               19 L2   LoadConstant(0)          "ab"
               20 L2   GetIterator
               21 L2   Call(1)
               22 L2   BuildTuple(3)
               23 L2   Return
               24 L2   LoadConstant(1)          None
               25 L2   Return
            code 2 <listcomp> Comprehension line 2
              locals: .0 i
              free: n
                0 L2   BuildList(0)
                1 L2   LoadFast(0)              .0
                2 L2   ForIterator(11)
                3 L2   StoreFast(1)             i
                4 L2   LoadFast(1)              i
                5 L2   PopJumpIfFalse(2)
                6 L2   LoadFast(1)              i
                7 L2   LoadDeref(0)             n
                8 L2   Binary(Multiply)
                9 L2   ListAppend(2)
               10 L2   Jump(2)
               11 L2   Return
            code 3 <genexpr> GeneratorExpression generator line 2
              locals: .0 j
                0 L2   LoadFast(0)              .0
                1 L2   ForIterator(7)
                2 L2   StoreFast(1)             j
                3 L2   LoadFast(1)              j
                4 L2   Yield
                5 L2   Pop
                6 L2   Jump(1)
                7 L2   LoadConstant(0)          None
                8 L2   Return
            code 4 <dictcomp> Comprehension line 2
              locals: .0 k
                0 L2   BuildDict(0)
                1 L2   LoadFast(0)              .0
                2 L2   ForIterator(8)
                3 L2   StoreFast(1)             k
                4 L2   LoadFast(1)              k
                5 L2   LoadFast(1)              k
                6 L2   DictSet(3)
                7 L2   Jump(2)
                8 L2   Return
        "#]],
    );
}

#[test]
fn unpacking_augmented_assignment_and_calls() {
    check(
        "a, *b = [1, *c]\nd[0] += 1\nd.e -= 2\nf(1, x=2)\nf(*a, **b)\ns = f'{a!r:>{w}} {b=}'\ndel a, d[0]\n",
        expect![[r#"
            code 0 <module> Module line 1
                0 L1   LoadConstant(0)          1
                1 L1   BuildList(1)
                2 L1   LoadName(0)              c
                3 L1   ListExtend(1)
                4 L1   UnpackStarred { before: 1, after: 0 }
                5 L1   StoreName(1)             a
                6 L1   StoreName(2)             b
                7 L2   LoadName(3)              d
                8 L2   LoadConstant(1)          0
                9 L2   DuplicateTwo
               10 L2   Subscript
               11 L2   LoadConstant(0)          1
               12 L2   InPlace(Add)
               13 L2   RotateThree
               14 L2   StoreSubscript
               15 L3   LoadName(3)              d
               16 L3   Duplicate
               17 L3   LoadAttribute(4)         e
               18 L3   LoadConstant(2)          2
               19 L3   InPlace(Subtract)
               20 L3   RotateTwo
               21 L3   StoreAttribute(4)        e
               22 L4   LoadName(5)              f
               23 L4   LoadConstant(0)          1
               24 L4   LoadConstant(2)          2
               25 L4   CallWithKeywords { count: 2, names: 3 } (x)
               26 L4   Pop
               27 L5   LoadName(5)              f
               28 L5   BuildList(0)
               29 L5   LoadName(1)              a
               30 L5   ListExtend(1)
               31 L5   ListToTuple
               32 L5   BuildDict(0)
               33 L5   LoadName(2)              b
               34 L5   DictMerge(1)
               35 L5   CallUnpacked { has_keywords: true }
               36 L5   Pop
               37 L6   LoadName(1)              a
               38 L6   LoadConstant(4)          ">"
               39 L6   LoadName(6)              w
               40 L6   FormatValue { conversion: None, has_spec: false }
               41 L6   BuildString(2)
               42 L6   FormatValue { conversion: Repr, has_spec: true }
               43 L6   LoadConstant(5)          " "
               44 L6   LoadConstant(6)          "b="
               45 L6   LoadName(2)              b
               46 L6   FormatValue { conversion: Repr, has_spec: false }
               47 L6   BuildString(4)
               48 L6   StoreName(7)             s
               49 L7   DeleteName(1)            a
               50 L7   LoadName(3)              d
               51 L7   LoadConstant(1)          0
               52 L7   DeleteSubscript
               53 L7   LoadConstant(7)          None
               54 L7   Return
        "#]],
    );
}
