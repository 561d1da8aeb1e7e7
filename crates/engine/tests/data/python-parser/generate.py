#!/usr/bin/env python3
"""Rewrite the expected results in cases.txt from CPython 3.11 (the reference).

    python3 generate.py           rewrite the "> " lines after every case
    python3 generate.py --check   only compare; exit 1 and show what differs

cases.txt holds one program per line: `\\n` is a line break, `\\t` a tab,
`\\r` a carriage return and `\\\\` a backslash. The lines starting with "> "
after it are what the parser must give: the tree in the form of
tests/it/python_parser/dump.rs (rendered here from CPython's `ast`), or the
error as "Type line:column message" from `ast.parse`. Lines starting with "#"
are comments. Keep to what both sides print alike: decimal integers, simple
floats, strings without unusual characters, f-strings without `=`.
"""

import ast
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "the reference is CPython 3.11"

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases.txt"


def unescape(line):
    out, index = [], 0
    while index < len(line):
        char = line[index]
        if char == "\\" and index + 1 < len(line):
            nxt = line[index + 1]
            out.append({"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(nxt, "\\" + nxt))
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def text(value):
    """A string as Rust's `{:?}` shows it (for the characters the cases use)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return '"' + escaped + '"'


BINARY = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/",
          ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<",
          ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^", ast.BitAnd: "&"}
UNARY = {ast.USub: "-", ast.UAdd: "+", ast.Invert: "~", ast.Not: "not"}
COMPARE = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
           ast.GtE: ">=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}


def constant(value):
    if value is None or value is True or value is False:
        return repr(value)
    if value is Ellipsis:
        return "..."
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, complex):
        return repr(value.imag) + "j"
    if isinstance(value, str):
        return text(value)
    if isinstance(value, bytes):
        return "b" + text(value.decode("latin-1"))
    raise ValueError(value)


def joined(values):
    parts = []
    for value in values:
        if isinstance(value, ast.Constant):
            parts.append(text(value.value))
        else:
            field = "{" + expr(value.value)
            if value.conversion != -1:
                field += " !" + chr(value.conversion)
            if value.format_spec is not None and value.format_spec.values:
                field += " :" + joined(value.format_spec.values)
            parts.append(field + "}")
    return " ".join(parts)


def comprehensions(generators):
    out = ""
    for generator in generators:
        out += f" (for {expr(generator.target)} in {expr(generator.iter)}"
        for condition in generator.ifs:
            out += f" if {expr(condition)}"
        out += ")"
    return out


def parameters(arguments):
    def one(arg, default=None):
        out = arg.arg
        if arg.annotation is not None:
            out += ":" + expr(arg.annotation)
        if default is not None:
            out += "=" + expr(default)
        return out

    positional = arguments.posonlyargs + arguments.args
    defaults = [None] * (len(positional) - len(arguments.defaults)) + arguments.defaults
    parts = [one(arg, default) for arg, default in zip(positional, defaults)]
    if arguments.posonlyargs:
        parts.insert(len(arguments.posonlyargs), "/")
    if arguments.vararg is not None:
        parts.append("*" + one(arguments.vararg))
    elif arguments.kwonlyargs:
        parts.append("*")
    parts += [one(arg, default) for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults)]
    if arguments.kwarg is not None:
        parts.append("**" + one(arguments.kwarg))
    return "(" + " ".join(parts) + ")"


def expr(node):
    many = lambda nodes: " ".join(expr(item) for item in nodes)
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Constant):
        return constant(node.value)
    if isinstance(node, ast.JoinedStr):
        return "(f " + joined(node.values) + ")"
    if isinstance(node, ast.List):
        return "(list " + many(node.elts) + ")"
    if isinstance(node, ast.Tuple):
        return "(tuple " + many(node.elts) + ")"
    if isinstance(node, ast.Set):
        return "(set " + many(node.elts) + ")"
    if isinstance(node, ast.Dict):
        entries = [f"**{expr(value)}" if key is None else f"{expr(key)}: {expr(value)}"
                   for key, value in zip(node.keys, node.values)]
        return "(dict " + ", ".join(entries) + ")"
    if isinstance(node, ast.Starred):
        return f"(* {expr(node.value)})"
    if isinstance(node, ast.Attribute):
        return f"(. {expr(node.value)} {node.attr})"
    if isinstance(node, ast.Subscript):
        return f"(sub {expr(node.value)} {expr(node.slice)})"
    if isinstance(node, ast.Slice):
        part = lambda item: "_" if item is None else expr(item)
        return f"(slice {part(node.lower)} {part(node.upper)} {part(node.step)})"
    if isinstance(node, ast.Call):
        parts = [expr(node.func)]
        for arg in node.args:
            parts.append("*" + expr(arg.value) if isinstance(arg, ast.Starred) else expr(arg))
        for keyword in node.keywords:
            parts.append(f"**{expr(keyword.value)}" if keyword.arg is None else f"{keyword.arg}={expr(keyword.value)}")
        return "(call " + " ".join(parts) + ")"
    if isinstance(node, ast.UnaryOp):
        return f"({UNARY[type(node.op)]} {expr(node.operand)})"
    if isinstance(node, ast.BinOp):
        return f"({BINARY[type(node.op)]} {expr(node.left)} {expr(node.right)})"
    if isinstance(node, ast.BoolOp):
        return f"({'and' if isinstance(node.op, ast.And) else 'or'} {many(node.values)})"
    if isinstance(node, ast.Compare):
        parts = [expr(node.left)]
        for op, value in zip(node.ops, node.comparators):
            parts += [COMPARE[type(op)], expr(value)]
        return "(compare " + " ".join(parts) + ")"
    if isinstance(node, ast.IfExp):
        return f"(ifexp {expr(node.test)} {expr(node.body)} {expr(node.orelse)})"
    if isinstance(node, ast.Lambda):
        return f"(lambda {parameters(node.args)} {expr(node.body)})"
    if isinstance(node, ast.ListComp):
        return f"(listcomp {expr(node.elt)}{comprehensions(node.generators)})"
    if isinstance(node, ast.SetComp):
        return f"(setcomp {expr(node.elt)}{comprehensions(node.generators)})"
    if isinstance(node, ast.DictComp):
        return f"(dictcomp {expr(node.key)}: {expr(node.value)}{comprehensions(node.generators)})"
    if isinstance(node, ast.GeneratorExp):
        return f"(genexp {expr(node.elt)}{comprehensions(node.generators)})"
    if isinstance(node, ast.NamedExpr):
        return f"(:= {node.target.id} {expr(node.value)})"
    if isinstance(node, ast.Yield):
        return "(yield)" if node.value is None else f"(yield {expr(node.value)})"
    if isinstance(node, ast.YieldFrom):
        return f"(yield-from {expr(node.value)})"
    if isinstance(node, ast.Await):
        return f"(await {expr(node.value)})"
    raise ValueError(ast.dump(node))


def statements(body, indent, out):
    pad = "  " * indent

    def nested(label, block):
        if label:
            out.append(pad + label)
        statements(block, indent + 1, out)

    for node in body:
        head = f"{pad}{node.lineno}: "
        if isinstance(node, ast.Expr):
            out.append(head + "expr " + expr(node.value))
        elif isinstance(node, ast.Assign):
            out.append(head + "assign " + " = ".join(expr(target) for target in node.targets) + " = " + expr(node.value))
        elif isinstance(node, ast.AugAssign):
            out.append(head + f"augassign {expr(node.target)} {BINARY[type(node.op)]}= {expr(node.value)}")
        elif isinstance(node, ast.AnnAssign):
            value = "" if node.value is None else " = " + expr(node.value)
            out.append(head + f"annassign {expr(node.target)}: {expr(node.annotation)}{value}")
        elif isinstance(node, (ast.If, ast.While)):
            keyword = "if" if isinstance(node, ast.If) else "while"
            out.append(head + f"{keyword} {expr(node.test)}")
            nested("", node.body)
            if node.orelse:
                nested("else", node.orelse)
        elif isinstance(node, ast.For):
            out.append(head + f"for {expr(node.target)} in {expr(node.iter)}")
            nested("", node.body)
            if node.orelse:
                nested("else", node.orelse)
        elif isinstance(node, ast.Break):
            out.append(head + "break")
        elif isinstance(node, ast.Continue):
            out.append(head + "continue")
        elif isinstance(node, ast.Pass):
            out.append(head + "pass")
        elif isinstance(node, ast.FunctionDef):
            returns = "" if node.returns is None else " -> " + expr(node.returns)
            decorators = "".join(" @" + expr(decorator) for decorator in node.decorator_list)
            out.append(head + f"def {node.name} {parameters(node.args)}{returns}{decorators}")
            nested("", node.body)
        elif isinstance(node, ast.ClassDef):
            header = [expr(base) for base in node.bases]
            header += [f"{keyword.arg}={expr(keyword.value)}" for keyword in node.keywords]
            decorators = "".join(" @" + expr(decorator) for decorator in node.decorator_list)
            out.append(head + f"class {node.name} ({' '.join(header)}){decorators}")
            nested("", node.body)
        elif isinstance(node, ast.Return):
            out.append(head + ("return" if node.value is None else "return " + expr(node.value)))
        elif isinstance(node, ast.Delete):
            out.append(head + "del " + " ".join(expr(target) for target in node.targets))
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            keyword = "global" if isinstance(node, ast.Global) else "nonlocal"
            out.append(head + f"{keyword} " + " ".join(node.names))
        elif isinstance(node, ast.Assert):
            message = "" if node.msg is None else " " + expr(node.msg)
            out.append(head + f"assert {expr(node.test)}{message}")
        elif isinstance(node, ast.Raise):
            exception = "" if node.exc is None else " " + expr(node.exc)
            cause = "" if node.cause is None else " from " + expr(node.cause)
            out.append(head + f"raise{exception}{cause}")
        elif isinstance(node, ast.Try):
            out.append(head + "try")
            nested("", node.body)
            for handler in node.handlers:
                label = "except"
                if handler.type is not None:
                    label += " " + expr(handler.type)
                if handler.name is not None:
                    label += " as " + handler.name
                nested(f"{handler.lineno}: {label}", handler.body)
            if node.orelse:
                nested("else", node.orelse)
            if node.finalbody:
                nested("finally", node.finalbody)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = ", ".join(alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
                              for alias in node.names)
            if isinstance(node, ast.Import):
                out.append(head + "import " + names)
            else:
                out.append(head + f"from {'.' * node.level}{node.module or ''} import {names}")
        elif isinstance(node, ast.With):
            items = ", ".join(expr(item.context_expr) if item.optional_vars is None
                              else f"{expr(item.context_expr)} as {expr(item.optional_vars)}"
                              for item in node.items)
            out.append(head + "with " + items)
            nested("", node.body)
        else:
            raise ValueError(ast.dump(node))


def expected(source):
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        return [f"{type(error).__name__} {error.lineno}:{error.offset} {error.msg}"]
    out = []
    statements(tree.body, 0, out)
    return out


def main():
    check = "--check" in sys.argv[1:]
    lines = CASES.read_text(encoding="utf-8").splitlines()
    result, differences, index = [], 0, 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.startswith("#") or not line.strip():
            result.append(line)
            continue
        old = []
        while index < len(lines) and lines[index].startswith(">"):
            old.append(lines[index])
            index += 1
        new = ["> " + item for item in expected(unescape(line))]
        if old != new:
            differences += 1
            if check:
                print(line, *old, "-- CPython:", *new, sep="\n")
        result += [line] + new
    if check:
        sys.exit(1 if differences else 0)
    CASES.write_text("\n".join(result) + "\n", encoding="utf-8")
    print(f"{differences} case(s) updated")


if __name__ == "__main__":
    main()
