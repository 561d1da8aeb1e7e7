# sort() None қайтарады
numbers = [3, 1, 2]
result = numbers.sort()
print(result)
result.append(4)
