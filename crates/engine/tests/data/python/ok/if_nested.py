# Кірістірілген шарттар
login = "admin"
password = "12345"
for l, p in [("admin", "12345"), ("admin", "0000"), ("guest", "12345")]:
    if l == login:
        if p == password:
            print(l, ": кіру рұқсат етілді")
        else:
            print(l, ": құпиясөз қате")
    else:
        print(l, ": пайдаланушы табылмады")
