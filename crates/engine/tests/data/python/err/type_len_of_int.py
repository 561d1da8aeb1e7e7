# len() санға қолданылмайды
words = ["бір", "екі"]
print(len(words))
count = 12
print(len(count))
