# Мәтіндегі сөздер жиілігі
text = """Бір күні бір бала мектепке барды. Бала мектепте
жаңа дос тапты. Дос пен бала бірге ойнады!"""
clean = ""
for ch in text.lower():
    clean += ch if ch.isalpha() or ch.isspace() else " "
freq = {}
for w in clean.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(f"{word:<10}{n}")
print("Барлығы:", sum(freq.values()), "бірегей:", len(freq))
