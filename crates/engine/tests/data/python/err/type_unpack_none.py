# Функция ештеңе қайтармайды
def min_max(a):
    print(min(a), max(a))

low, high = min_max([3, 8, 1])
