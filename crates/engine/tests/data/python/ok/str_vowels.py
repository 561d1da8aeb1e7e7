# Дауысты дыбыстарды санау
text = "Менің атым Әсел, мен Астанада тұрамын"
vowels = "аәеиоөұүыіэюяу"
count = 0
for ch in text.lower():
    if ch in vowels:
        count += 1
print("Дауыстылар:", count)
print("Дауыссыздар:", sum(1 for ch in text.lower() if ch.isalpha() and ch not in vowels))
print("Бос орындар:", text.count(" "))
