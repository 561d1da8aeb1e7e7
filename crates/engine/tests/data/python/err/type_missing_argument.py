# Аргумент жетіспейді
def rectangle(width, height):
    return width * height

print(rectangle(3, 4))
print(rectangle(3))
