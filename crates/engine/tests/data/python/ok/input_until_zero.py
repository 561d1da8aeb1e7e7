# 0 енгізілгенше сандарды оқу
total = 0
count = 0
x = int(input())
while x != 0:
    total += x
    count += 1
    x = int(input())
print("Саны:", count)
print("Қосынды:", total)
if count > 0:
    print("Орташа:", total / count)
