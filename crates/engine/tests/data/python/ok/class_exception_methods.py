class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(len(errors))

    def summary(self):
        return "; ".join(f"{k}={v}" for k, v in self.errors)


class Validator:
    def __init__(self):
        self.rules = []

    def rule(self, name, pred):
        self.rules.append((name, pred))
        return self

    def validate(self, value):
        errs = [(n, value) for n, p in self.rules if not p(value)]
        if errs:
            raise ValidationError(errs)
        return True


v = Validator().rule("positive", lambda x: x > 0).rule("even", lambda x: x % 2 == 0)
v.rule("small", lambda x: x < 100)
for x in [4, -3, 7, 200, -1000]:
    try:
        print(x, v.validate(x))
    except ValidationError as e:
        print(x, "invalid:", e, e.args, e.summary())
err = ValidationError([("a", 1)])
print(str(err), repr(err))
