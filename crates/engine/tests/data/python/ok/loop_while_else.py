# while ... else
numbers = [4, 8, 15, 16, 23, 42]
target = 15
i = 0
while i < len(numbers):
    if numbers[i] == target:
        print("Табылды, индексі:", i)
        break
    i += 1
else:
    print("Табылмады")
target = 100
i = 0
while i < len(numbers):
    if numbers[i] == target:
        print("Табылды, индексі:", i)
        break
    i += 1
else:
    print("Табылмады")
