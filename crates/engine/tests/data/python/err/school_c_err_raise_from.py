# uncaught error raised with "from"
def load_score(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("cannot read score " + repr(text)) from e
scores = ["15", "20", "x7"]
for s in scores:
    print("score", load_score(s))
