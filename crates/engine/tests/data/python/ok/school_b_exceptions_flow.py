# Exception flow: finally, re-raise, nested handlers
def parse(text):
    print("parsing", repr(text))
    try:
        value = float(text)
    except ValueError:
        print("  not a number")
        raise
    finally:
        print("  done with", repr(text))
    return value

for t in ["1.5", "x1", "-0"]:
    try:
        print("  ->", parse(t))
    except ValueError as e:
        print("  caught:", e)

def always():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(always())

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())

def safe_div(a, b):
    try:
        return a // b, a % b
    except ZeroDivisionError:
        return "div by zero"
    except TypeError as e:
        return f"type problem: {e}"
print(safe_div(17, 5), safe_div(1, 0), safe_div(-17, 5))
errors = []
for action in [lambda: [][0], lambda: {}["k"], lambda: int("q"), lambda: 1 / 0, lambda: undefined_name, lambda: "a" * "b"]:
    try:
        action()
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise ValueError("custom message")
except ValueError as e:
    print(str(e), repr(e), e.args)
try:
    raise KeyError("missing")
except KeyError as e:
    print(str(e), repr(e))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError("retry")
        print("succeeded after", count)
        break
    except RuntimeError:
        print("attempt", count, "failed")
