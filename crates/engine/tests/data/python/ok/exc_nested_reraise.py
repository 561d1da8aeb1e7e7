# Кірістірілген try және қайта лақтыру
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("  parse: қате, жоғары береміз")
        raise

for s in ["10", "x"]:
    try:
        print("нәтиже:", parse(s))
    except ValueError as e:
        print("сыртта ұсталды:", e)
    finally:
        print("тексерілді:", s)
