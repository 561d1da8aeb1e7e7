class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False

    def start(self):
        self.running = True
        return f"engine {self.hp}hp started"


class Wheel:
    def __init__(self, pos):
        self.pos = pos
        self.pressure = 2.0

    def __repr__(self):
        return f"Wheel({self.pos}, {self.pressure})"


class Car:
    def __init__(self, model, hp):
        self.model = model
        self.engine = Engine(hp)
        self.wheels = [Wheel(p) for p in ("FL", "FR", "RL", "RR")]

    def drive(self):
        if not self.engine.running:
            print(self.engine.start())
        for w in self.wheels:
            w.pressure = round(w.pressure - 0.1, 1)
        return f"{self.model} drove"


car = Car("Mini", 90)
print(car.drive())
print(car.drive())
print(car.wheels)
shared = car.wheels[0]
shared.pressure = 3.3
print(car.wheels[0].pressure, car.engine.running)
car2 = Car("Bus", 300)
car2.wheels = car.wheels
car2.wheels[1].pressure = 9.9
print(car.wheels[1], car2.wheels is car.wheels)
print(car2.drive(), car.wheels)
print(car2.engine.hp, car.engine.hp)
