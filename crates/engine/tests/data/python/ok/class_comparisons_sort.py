class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, text):
        self.rank = text[0]
        self.suit = text[1]

    def value(self):
        return Card.RANKS.index(self.rank)

    def __eq__(self, other):
        return self.value() == other.value()

    def __lt__(self, other):
        return self.value() < other.value()

    def __le__(self, other):
        return self.value() <= other.value()

    def __gt__(self, other):
        return self.value() > other.value()

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in ["Kh", "2c", "Td", "As", "5h", "Ts"]]
print(hand)
print(sorted(hand))
print(sorted(hand, reverse=True))
print(min(hand), max(hand))
print(hand[2] == hand[5], hand[2] != hand[5], hand[0] < hand[1], hand[0] > hand[1])
print(hand[2] <= hand[5], hand[2] >= hand[5])
print(sorted(hand, key=lambda c: (c.suit, c.value())))
hand.sort()
print(hand)
print(Card("Ah") in hand, Card("3h") in hand)
print(hand.index(Card("Tc")), hand.count(Card("Tc")))
