class Animal:
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} has {self.legs} legs and says {self.speak()}"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name, 4)
        self.breed = breed

    def speak(self):
        return "Woof"

    def describe(self):
        return super().describe() + f" (breed: {self.breed})"


class Bird(Animal):
    def __init__(self, name):
        super().__init__(name, 2)

    def speak(self):
        return "Tweet"


class Fish(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, 0)


zoo = [Dog("Rex", "lab"), Bird("Tweety"), Fish("Nemo"), Animal("Thing", 7)]
for a in zoo:
    print(a.describe())
print([type(a).__name__ for a in zoo])
print(isinstance(zoo[0], Animal), isinstance(zoo[0], Bird))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
print(Dog.__bases__[0].__name__)
print(zoo[0].breed, zoo[0].legs)
