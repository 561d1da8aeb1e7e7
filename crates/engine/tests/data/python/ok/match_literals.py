# HTTP status classifier with literal patterns
def status_text(code):
    match code:
        case 200:
            return "OK"
        case 201 | 202:
            return "Created/Accepted"
        case 301 | 302 | 307:
            return "Redirect"
        case 404:
            return "Not Found"
        case 500:
            return "Server Error"
        case _:
            return "Unknown"

for c in [200, 201, 202, 302, 404, 418, 500, 0]:
    print(c, "->", status_text(c))

def describe(x):
    match x:
        case None:
            return "nothing"
        case True:
            return "yes"
        case False:
            return "no"
        case 0:
            return "zero"
        case "":
            return "empty string"
        case "hello":
            return "greeting"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case _:
            return "other " + repr(x)

for v in [None, True, False, 0, 0.0, 1, "", "hello", -1, 2.5, "bye", 1.0]:
    print(repr(v), "=>", describe(v))
