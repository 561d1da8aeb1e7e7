# Біраз шығарғаннан кейін ұсталмаған қате
values = ["10", "20", "30", "қырық", "50"]
total = 0
for v in values:
    total += int(v)
    print("қосынды:", total)
print("соңы")
