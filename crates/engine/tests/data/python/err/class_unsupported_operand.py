class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __add__(self, other):
        if isinstance(other, Weight):
            return Weight(self.kg + other.kg)
        return NotImplemented


w = Weight(3) + Weight(4)
print(w.kg)
total = w + 5
print(total.kg)
