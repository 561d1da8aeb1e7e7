//! Every statement, as the tree the parser builds (checked against
//! `ast.dump(ast.parse(source))` of CPython 3.11).

use expect_test::expect;

use super::check;

#[test]
fn assignments() {
    check(
        "x = y = 1\na, *b = c\n[a, (b, c)] = d\nx.y[0] = 2\n",
        expect![[r#"
            1: assign x = y = 1
            2: assign (tuple a (* b)) = c
            3: assign (list a (tuple b c)) = d
            4: assign (sub (. x y) 0) = 2
        "#]],
    );
    check(
        "x += 1\nx **= 2\nx //= 3\nx @= m\nx >>= 1\n",
        expect![[r#"
            1: augassign x += 1
            2: augassign x **= 2
            3: augassign x //= 3
            4: augassign x @= m
            5: augassign x >>= 1
        "#]],
    );
    check(
        "x: int\ny: list[int] = []\nself.z: str = 'a'\n",
        expect![[r#"
            1: annassign x: int
            2: annassign y: (sub list int) = (list )
            3: annassign (. self z): str = "a"
        "#]],
    );
    check(
        "x = yield\ny = yield from z\n",
        expect![[r#"
            1: assign x = (yield)
            2: assign y = (yield-from z)
        "#]],
    );
}

#[test]
fn simple_statements() {
    check(
        "pass; break; continue\nreturn\nreturn x, y\ndel a, b[0], c.d\nglobal a, b\nnonlocal c\n",
        expect![[r#"
            1: pass
            1: break
            1: continue
            2: return
            3: return (tuple x y)
            4: del a (sub b 0) (. c d)
            5: global a b
            6: nonlocal c
        "#]],
    );
    check(
        "assert x\nassert x > 0, 'positive'\nraise\nraise E\nraise E('a') from e\n",
        expect![[r#"
            1: assert x
            2: assert (compare x > 0) "positive"
            3: raise
            4: raise E
            5: raise (call E "a") from e
        "#]],
    );
}

#[test]
fn imports() {
    check(
        "import a.b as c, d\nfrom m import x as y, z\nfrom . import a\nfrom ...p.q import (r,)\nfrom m import *\n",
        expect![[r#"
            1: import a.b as c, d
            2: from m import x as y, z
            3: from . import a
            4: from ...p.q import r
            5: from m import *
        "#]],
    );
}

#[test]
fn conditionals_and_loops() {
    check(
        "if a:\n    x\nelif b:\n    y\nelse:\n    z\n",
        expect![[r#"
            1: if a
              2: expr x
            else
              3: if b
                4: expr y
              else
                6: expr z
        "#]],
    );
    check(
        "while x: x -= 1\nelse: done()\nfor i, j in pairs:\n    break\nelse:\n    pass\n",
        expect![[r#"
            1: while x
              1: augassign x -= 1
            else
              2: expr (call done)
            3: for (tuple i j) in pairs
              4: break
            else
              6: pass
        "#]],
    );
    check(
        "if n := len(a):\n    pass\nwhile (line := read()) != '':\n    pass\n",
        expect![[r#"
            1: if (:= n (call len a))
              2: pass
            3: while (compare (:= line (call read)) != "")
              4: pass
        "#]],
    );
}

#[test]
fn try_and_with() {
    check(
        "try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
        expect![[r#"
            1: try
              2: expr a
            3: except (tuple A B) as e
              4: expr b
            5: except C
              6: expr c
            7: except
              8: expr d
            else
              10: expr e
            finally
              12: expr f
        "#]],
    );
    check(
        "with open(f) as g, h:\n    pass\nwith (a as b, c as (d, e)):\n    pass\nwith (a, b):\n    pass\n",
        expect![[r#"
            1: with (call open f) as g, h
              2: pass
            3: with a as b, c as (tuple d e)
              4: pass
            5: with a, b
              6: pass
        "#]],
    );
}

#[test]
fn definitions() {
    check(
        "@decorator\n@a.b(c)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:\n    return a\n",
        expect![[r#"
            3: def f (a b=1 / c=2 *args d e=3 **kwargs) -> int @decorator @(call (. a b) c)
              4: return a
        "#]],
    );
    check(
        "def f(*, a): pass\ndef g(x: int, *y: str): pass\n",
        expect![[r#"
            1: def f (* a)
              1: pass
            2: def g (x:int *y:str)
              2: pass
        "#]],
    );
    check(
        "class A(B, *bases, metaclass=M):\n    x: int = 0\n    def f(self):\n        return self.x\n",
        expect![[r#"
            1: class A (B (* bases) metaclass=M)
              2: annassign x: int = 0
              3: def f (self)
                4: return (. self x)
        "#]],
    );
}

#[test]
fn statement_lines_and_comments() {
    check(
        "# a comment\n\nx = (1 +\n     2)\ny = 1 + \\\n    2\nif x:  # why\n\n    pass\n",
        expect![[r#"
            3: assign x = (+ 1 2)
            5: assign y = (+ 1 2)
            7: if x
              9: pass
        "#]],
    );
}

#[test]
fn deep_nesting_parses_the_same() {
    // Groups three or more levels deep are parsed first (see parser/deep.rs).
    check(
        "x = [[[1, [2]], f(g(h(i)))], {1: {2: {3: (4,)}}}]\n",
        expect![[r#"
            1: assign x = (list (list (list 1 (list 2)) (call f (call g (call h i)))) (dict 1: (dict 2: (dict 3: (tuple 4)))))
        "#]],
    );
    check(
        "if a:\n if b:\n  if c:\n   if d:\n    x = 1\n   else:\n    y\n",
        expect![[r#"
            1: if a
              2: if b
                3: if c
                  4: if d
                    5: assign x = 1
                  else
                    7: expr y
        "#]],
    );
}

#[test]
fn match_statements() {
    check(
        "match command.split():\n    case [\"go\", d] if d:\n        pass\n    case [\"take\", *items] | [\"get\", *items]:\n        pass\n    case {\"x\": 0, **rest}:\n        pass\n    case Point(1, y=-2) as p:\n        pass\n    case Color.RED | None | _:\n        pass\nmatch = 1\n",
        expect![[r#"
            1: match (call (. command split))
            case (seq (value "go") d) if d
              3: pass
            case (or (seq (value "take") (* items)) (seq (value "get") (* items)))
              5: pass
            case (map "x": (value 0) **rest)
              7: pass
            case (as (class Point (value 1) y=(value (- 2))) p)
              9: pass
            case (or (value (. Color RED)) (is None) _)
              11: pass
            12: assign match = 1
        "#]],
    );
}
