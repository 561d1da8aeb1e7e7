"""Writes NAME.expected for every NAME.turtle here with CPython 3.11's own
turtle geometry (turtle.TNavigator, no window needed).

Each line of NAME.turtle is a command and its numbers (`forward 100`,
`circle 50 180 7`, `towards 10 20`). After each command NAME.expected has
the segments it walked (`segment x1 y1 x2 y2`), the value a query gives
(`value v`) and the pose (`pose x y heading`), numbers as repr(float).

    python3 regenerate.py          # rewrite the .expected files
    python3 regenerate.py --check  # only compare; exit 1 naming what differs
"""
import pathlib
import sys
import turtle

HERE = pathlib.Path(__file__).parent
QUERIES = {"towards", "distance", "heading"}


class Recorder(turtle.TNavigator):
    def __init__(self):
        self.segments = []
        super().__init__()

    def _goto(self, end):
        self.segments.append((self._position, end))
        super()._goto(end)


def number(text):
    return int(text) if text.lstrip("-").isdigit() else float(text)


def run(source):
    navigator = Recorder()
    lines = []
    for line in source.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, *arguments = line.split()
        navigator.segments = []
        result = getattr(navigator, name)(*map(number, arguments))
        for start, end in navigator.segments:
            lines.append("segment %r %r %r %r" % (start[0], start[1], end[0], end[1]))
        if name in QUERIES:
            lines.append("value %r" % float(result))
        x, y = navigator.position()
        lines.append("pose %r %r %r" % (x, y, navigator.heading()))
    return "\n".join(lines) + "\n"


def main():
    check = "--check" in sys.argv
    differ = []
    for path in sorted(HERE.glob("*.turtle")):
        expected = run(path.read_text())
        target = path.with_suffix(".expected")
        if check:
            if not target.exists() or target.read_text() != expected:
                differ.append(target.name)
        else:
            target.write_text(expected)
    if differ:
        print("differ:", ", ".join(differ))
        sys.exit(1)


main()
