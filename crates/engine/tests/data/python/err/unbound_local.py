# Жергілікті айнымалы меншіктелмей тұрып қолданылды
count = 0

def increment():
    count += 1
    return count

print("Бастадық")
increment()
