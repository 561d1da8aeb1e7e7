//! Expressions: precedence, displays, calls, slices, comprehensions,
//! lambdas, strings and f-strings (checked against CPython 3.11's `ast`).

use expect_test::expect;

use super::check;

#[test]
fn precedence() {
    check(
        "-2 ** 2\n2 ** -1\n2 ** 3 ** 2\nnot a == b\na or b and not c\n~a + -b * c\n",
        expect![[r#"
            1: expr (- (** 2 2))
            2: expr (** 2 (- 1))
            3: expr (** 2 (** 3 2))
            4: expr (not (compare a == b))
            5: expr (or a (and b (not c)))
            6: expr (+ (~ a) (* (- b) c))
        "#]],
    );
    check(
        "a | b ^ c & d << e + f * g @ h // i % j\n",
        expect![[r#"
            1: expr (| a (^ b (& c (<< d (+ e (% (// (@ (* f g) h) i) j))))))
        "#]],
    );
    check(
        "a < b <= c\na is not b\na not in b in c\n(a < b) < c\n",
        expect![[r#"
            1: expr (compare a < b <= c)
            2: expr (compare a is not b)
            3: expr (compare a not in b in c)
            4: expr (compare (compare a < b) < c)
        "#]],
    );
    check(
        "await x ** 2\n-await x\nnot -x\n",
        expect![[r#"
            1: expr (** (await x) 2)
            2: expr (- (await x))
            3: expr (not (- x))
        "#]],
    );
}

#[test]
fn conditional_expressions_and_lambdas() {
    check(
        "a if b else c if d else e\n(a if b else c) if d else e\nlambda: x if y else z\nx = a if b else lambda: c\n",
        expect![[r#"
            1: expr (ifexp b a (ifexp d c e))
            2: expr (ifexp d (ifexp b a c) e)
            3: expr (lambda () (ifexp y x z))
            4: assign x = (ifexp b a (lambda () c))
        "#]],
    );
    check(
        "f = lambda a, b=1, *c, d, **e: a\ng = lambda *, k: k\nh = lambda a, /: a\n",
        expect![[r#"
            1: assign f = (lambda (a b=1 *c d **e) a)
            2: assign g = (lambda (* k) k)
            3: assign h = (lambda (a /) a)
        "#]],
    );
}

#[test]
fn displays_and_comprehensions() {
    check(
        "x = [1, *a, 2]\ny = (1,)\nz = ()\nw = {1, *b}\nv = {}\nu = {'a': 1, **m}\n",
        expect![[r#"
            1: assign x = (list 1 (* a) 2)
            2: assign y = (tuple 1)
            3: assign z = (tuple )
            4: assign w = (set 1 (* b))
            5: assign v = (dict )
            6: assign u = (dict "a": 1, **m)
        "#]],
    );
    check(
        "[x * 2 for x in a if x if y for z in x]\n{k: v for k, v in d.items()}\n{x for x in a}\n(x for x in a)\n",
        expect![[r#"
            1: expr (listcomp (* x 2) (for x in a if x if y) (for z in x))
            2: expr (dictcomp k: v (for (tuple k v) in (call (. d items))))
            3: expr (setcomp x (for x in a))
            4: expr (genexp x (for x in a))
        "#]],
    );
}

#[test]
fn calls_subscripts_and_slices() {
    check(
        "f(a, *b, c=1, **d)\nf(x for x in y)\nf(a=1, *b)\nobj.method(1)[0].attr\n",
        expect![[r#"
            1: expr (call f a *b c=1 **d)
            2: expr (call f (genexp x (for x in y)))
            3: expr (call f *b a=1)
            4: expr (. (sub (call (. obj method) 1) 0) attr)
        "#]],
    );
    check(
        "a[1:2]\na[::2]\na[:]\na[1:2, ::3]\na[i, j]\na[*b]\n",
        expect![[r#"
            1: expr (sub a (slice 1 2 _))
            2: expr (sub a (slice _ _ 2))
            3: expr (sub a (slice _ _ _))
            4: expr (sub a (tuple (slice 1 2 _) (slice _ _ 3)))
            5: expr (sub a (tuple i j))
            6: expr (sub a (tuple (* b)))
        "#]],
    );
}

#[test]
fn constants_and_strings() {
    check(
        "x = None, True, False, ...\ny = 0x1f, 0o17, 0b101, 1_000, 1.5, 2j\n",
        expect![[r#"
            1: assign x = (tuple None True False ...)
            2: assign y = (tuple 1f_base16 17_base8 101_base2 1000 1.5 2.0j)
        "#]],
    );
    check(
        "x = 'a' \"b\" '''c'''\ny = b'a' b'\\xff'\nz = 'tab\\there'\n",
        expect![[r#"
            1: assign x = "abc"
            2: assign y = b"a\xff"
            3: assign z = "tab\there"
        "#]],
    );
}

#[test]
fn fstrings() {
    check(
        "f'a{b}c'\nf'{x!r:>{width}.{p}}'\nf'{x=}'\nf'{a}' 'b' f'{c}'\nf''\n",
        expect![[r#"
            1: expr (f "a" {b} "c")
            2: expr (f {x !r :">" {width} "." {p}})
            3: expr (f {x ="x=" !r})
            4: expr (f {a} "b" {c})
            5: expr (f )
        "#]],
    );
    check(
        "f'{ a + b }'\nf'{(x, y)}'\nf'{x, y}'\nf'''{\na\n}'''\nf'{f\"{x}\"}'\n",
        expect![[r#"
            1: expr (f {(+ a b)})
            2: expr (f {(tuple x y)})
            3: expr (f {(tuple x y)})
            4: expr (f {a})
            7: expr (f {(f {x})})
        "#]],
    );
}

#[test]
fn walrus_and_yield() {
    check(
        "(x := 1)\nprint(y := 2)\n[z := 3, z]\na[i := 0]\ndef f():\n    x = yield\n    yield a, b\n    await g()\n",
        expect![[r#"
            1: expr (:= x 1)
            2: expr (call print (:= y 2))
            3: expr (list (:= z 3) z)
            4: expr (sub a (:= i 0))
            5: def f ()
              6: assign x = (yield)
              7: expr (yield (tuple a b))
              8: expr (await (call g))
        "#]],
    );
}
