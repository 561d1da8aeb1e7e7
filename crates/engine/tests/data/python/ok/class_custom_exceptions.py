class AppError(Exception):
    pass


class InputError(AppError):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class LimitError(AppError):
    pass


def check(field, value):
    if not value:
        raise InputError(field, "empty")
    if len(value) > 5:
        raise LimitError(field, len(value))
    return value.upper()


for f, v in [("name", "bob"), ("city", ""), ("code", "abcdefgh"), ("x", "ok")]:
    try:
        print("ok", check(f, v))
    except InputError as e:
        print("InputError", e, e.args, e.field, e.reason)
    except AppError as e:
        print(type(e).__name__, e, e.args, str(e), repr(e))
e = AppError()
print(repr(e), str(e) == "", e.args)
e = AppError("one")
print(repr(e), str(e), e.args)
print(issubclass(InputError, Exception), issubclass(LimitError, InputError))
print([c.__name__ for c in InputError.__mro__])
