# Стек және кезек
stack = []
for x in [1, 2, 3]:
    stack.append(x)
    print("push", x, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = ["Аян", "Бек", "Сара"]
queue.append("Дина")
while queue:
    first = queue.pop(0)
    print("Келесі:", first, "қалды:", len(queue))
