#!/usr/bin/env python3
"""Writes expected.txt: CPython 3.11's locals, cells and free variables of
every function-like code object in the corpus programs and in this folder.

One line per code object: FILE<TAB>NAME<TAB>FIRST_LINE<TAB>varnames<TAB>cellvars<TAB>freevars,
each list sorted and joined with spaces (`-` when empty). Modules and class
bodies are listed with their cell and free variables only (they keep names
in a dictionary, not in fast locals).

    python3 generate.py    (from this folder; needs CPython 3.11)
"""

import sys
import types
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "the reference is CPython 3.11"

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "python"


def sources():
    yield from sorted(HERE.glob("*.py"))
    yield from sorted((CORPUS / "ok").glob("*.py"))
    yield from sorted((CORPUS / "err").glob("*.py"))


def listed(names):
    names = sorted(name for name in names if name != "__class__")
    return " ".join(names) if names else "-"


def walk(code, is_class_or_module, lines, file_name):
    varnames = "-" if is_class_or_module else listed(code.co_varnames)
    lines.append(
        f"{file_name}\t{code.co_name}\t{code.co_firstlineno}\t{varnames}\t"
        f"{listed(code.co_cellvars)}\t{listed(code.co_freevars)}\n"
    )
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            # Class bodies are compiled as functions whose code sets __qualname__.
            is_class = "__qualname__" in constant.co_names and constant.co_name[0] != "<" and (
                "__module__" in constant.co_names
            )
            walk(constant, is_class, lines, file_name)


def main():
    lines = []
    for path in sources():
        source = path.read_text(encoding="utf-8")
        try:
            code = compile(source, path.name, "exec")
        except SyntaxError:
            continue
        walk(code, True, lines, f"{path.parent.name}/{path.name}")
    (HERE / "expected.txt").write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} code objects")


if __name__ == "__main__":
    main()
