# Аталған аргументтермен print
def show(*items, sep=" ", end="\n"):
    print(*items, sep=sep, end=end)

show(1, 2, 3)
show("а", "б", sep="-")
show("жол", end=" <соңы>\n")
def person(name, **extra):
    parts = [name]
    for k in sorted(extra):
        parts.append(f"{k}={extra[k]!r}")
    return ", ".join(parts)
print(person("Ерік", жасы=15, қаласы="Орал"))
print(person("Зере"))
