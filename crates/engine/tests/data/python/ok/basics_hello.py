# Бірінші сабақ: экранға шығару
print("Сәлем, әлем!")
print("Привет, мир!")
print("Hello, world!")
print()
print("Python", "3.11", "үйренеміз")
