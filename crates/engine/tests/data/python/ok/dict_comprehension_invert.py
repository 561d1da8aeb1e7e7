# Сөздікті аудару
en_kk = {"cat": "мысық", "dog": "ит", "bird": "құс"}
kk_en = {v: k for k, v in en_kk.items()}
print(kk_en)
squares = {n: n * n for n in range(1, 6)}
print(squares)
lengths = {w: len(w) for w in ["алма", "үй", "мектеп"]}
print(lengths)
print({k: v for k, v in squares.items() if v % 2 == 1})
