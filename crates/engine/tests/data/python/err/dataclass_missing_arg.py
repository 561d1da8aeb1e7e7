# dataclass constructed without a required field
from dataclasses import dataclass

@dataclass
class Book:
    title: str
    author: str
    pages: int = 100

print(Book("Dune", "Herbert", 412))
print(Book("Emma", "Austen"))
b = Book("Nameless")
print(b)
