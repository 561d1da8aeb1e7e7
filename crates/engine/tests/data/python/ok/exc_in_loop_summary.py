# Қателерді санау
values = ["10", "0", "abc", "5", "-2", "", "4"]
ok = 0
errors = {}
for v in values:
    try:
        r = 100 / int(v)
        ok += 1
        print(v, "->", r)
    except ValueError:
        errors["сан емес"] = errors.get("сан емес", 0) + 1
    except ZeroDivisionError as e:
        errors[str(e)] = errors.get(str(e), 0) + 1
print("сәтті:", ok)
print(errors)
