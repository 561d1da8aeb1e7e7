# Өзгермелі әдепкі мән қателігі
def add_item(item, basket=[]):
    basket.append(item)
    return basket

print(add_item("алма"))
print(add_item("банан"))
def add_item_safe(item, basket=None):
    if basket is None:
        basket = []
    basket.append(item)
    return basket
print(add_item_safe("алма"))
print(add_item_safe("банан"))
