#!/usr/bin/env python3
"""Regenerate or check the expected results of the Python conformance corpus.

Every program in ok/ and err/ is run by CPython 3.11 (the reference), with
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, stdin taken from NAME.in (empty when
there is none) and a timeout.

    python3 regenerate.py            write ok/NAME.out, err/NAME.out, err/NAME.expected
    python3 regenerate.py --check    only compare; exit 1 and name what differs
    python3 regenerate.py NAME ...   limit either mode to programs whose stem is given

A program in ok/ must exit 0 with nothing on stderr; a program in err/ must end
with an uncaught exception whose innermost frame is in the program itself.
Either rule broken is reported and makes the script exit 1, in both modes.
"""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT = 20  # seconds per program
FILE_LINE = re.compile(r'^\s*File "(?P<file>[^"]*)", line (?P<line>\d+)')
EXC_LINE = re.compile(r"^(?P<type>[A-Za-z_][A-Za-z0-9_.]*)(?::|$)")


def clean_env():
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    return env


def run(program: Path):
    stdin_file = program.with_suffix(".in")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    with tempfile.TemporaryDirectory() as cwd:
        proc = subprocess.run(
            [sys.executable, "-s", "-B", str(program)],
            input=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=clean_env(),
            cwd=cwd,
            timeout=TIMEOUT,
        )
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def parse_traceback(program: Path, stderr: str):
    """Return (exception type, line) from CPython's traceback, or an error text."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    if not lines:
        return None, "no traceback on stderr"
    match = EXC_LINE.match(lines[-1])
    if not match:
        return None, f"cannot read the exception type from {lines[-1]!r}"
    exc_type = match.group("type")
    last_file = None
    for line in lines:
        found = FILE_LINE.match(line)
        if found:
            last_file = found
    if last_file is None:
        return None, "no 'File \"...\", line N' in the traceback"
    if Path(last_file.group("file")).resolve() != program.resolve():
        return None, f"innermost frame is not in the program: {last_file.group(0).strip()}"
    return f"{exc_type} {last_file.group('line')}\n", None


def expected_files(kind: str, program: Path):
    """Compute {path: bytes} of the files this program should have, or raise."""
    code, stdout, stderr = run(program)
    try:
        stdout.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RuntimeError(f"stdout is not UTF-8: {error}")
    files = {program.with_suffix(".out"): stdout}
    if kind == "ok":
        if code != 0:
            raise RuntimeError(f"ok/ program exited with {code}:\n{stderr}")
        if stderr:
            raise RuntimeError(f"ok/ program wrote to stderr:\n{stderr}")
    else:
        if code == 0:
            raise RuntimeError("err/ program exited with 0 (it must fail)")
        expected, problem = parse_traceback(program, stderr)
        if problem:
            raise RuntimeError(f"{problem}:\n{stderr}")
        files[program.with_suffix(".expected")] = expected.encode("utf-8")
    return files


def main(argv):
    check = "--check" in argv
    only = {arg.removesuffix(".py") for arg in argv if not arg.startswith("-")}
    if sys.version_info[:2] != (3, 11):
        print(f"regenerate.py needs CPython 3.11, this is {sys.version.split()[0]}", file=sys.stderr)
        return 2
    failures = []
    differ = []
    counts = {}
    for kind in ("ok", "err"):
        folder = HERE / kind
        programs = sorted(folder.glob("*.py"))
        counts[kind] = len(programs)
        stems = {p.stem for p in programs}
        for extra in sorted(folder.iterdir()):
            if extra.suffix in (".out", ".in", ".expected") and extra.stem not in stems:
                differ.append(f"{kind}/{extra.name}: no {kind}/{extra.stem}.py beside it")
            if kind == "ok" and extra.suffix == ".expected":
                differ.append(f"{kind}/{extra.name}: ok/ programs have no .expected")
        for program in programs:
            if only and program.stem not in only:
                continue
            name = f"{kind}/{program.name}"
            try:
                files = expected_files(kind, program)
            except subprocess.TimeoutExpired:
                failures.append(f"{name}: timed out after {TIMEOUT} s")
                continue
            except RuntimeError as error:
                failures.append(f"{name}: {error}")
                continue
            for path, content in files.items():
                rel = f"{kind}/{path.name}"
                old = path.read_bytes() if path.exists() else None
                if old == content:
                    continue
                if check:
                    differ.append(f"{rel}: {'missing' if old is None else 'differs'}")
                else:
                    path.write_bytes(content)
                    print(f"wrote {rel}")
    for line in failures:
        print(f"FAIL {line}", file=sys.stderr)
    for line in differ:
        print(f"DIFF {line}", file=sys.stderr)
    print(f"{counts.get('ok', 0)} ok/ programs, {counts.get('err', 0)} err/ programs; "
          f"{len(failures)} failed, {len(differ)} differ")
    return 1 if failures or differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
