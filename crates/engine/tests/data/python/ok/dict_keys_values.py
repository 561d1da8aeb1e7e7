# Кілттер мен мәндер
prices = {"нан": 150, "сүт": 420, "ірімшік": 1800, "шай": 900}
print(sum(prices.values()))
print(max(prices, key=prices.get))
print(min(prices.values()))
expensive = [k for k, v in prices.items() if v > 500]
print(expensive)
print(sorted(prices.items(), key=lambda item: item[1]))
print(dict(sorted(prices.items())))
print(list(zip(prices.values(), prices.keys())))
