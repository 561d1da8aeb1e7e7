class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
for v in [0, -300, 100, -273.15, -274]:
    try:
        t.celsius = v
        print("ok", t.celsius)
    except ValueError as e:
        print("error:", e)
try:
    Temperature(-500)
except ValueError as e:
    print("ctor error:", e, type(e).__name__)
print(t._c)
print(isinstance(Temperature.celsius, property))
