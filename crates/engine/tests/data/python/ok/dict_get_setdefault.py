# get және setdefault
stock = {"алма": 5, "банан": 0}
print(stock.get("алма"))
print(stock.get("шие"))
print(stock.get("шие", 0))
print(stock.setdefault("шие", 10))
print(stock.setdefault("алма", 100))
print(stock)
groups = {}
for word in ["ат", "арба", "бала", "бас", "ана", "cat"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(stock.pop("банан"), stock)
print(stock.pop("жоқ", "жоқ екен"))
