# Сұрыптау: sort және sorted
nums = [5, 2, 9, 1, 5, 6, -3]
print(sorted(nums))
print(nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted(nums, key=abs))
print(sorted([3.5, -1, 2, 0.0, -7.25]))
words = ["сорок", "два", "один", "пятнадцать"]
words.sort(key=len)
print(words)
print(sorted("python"))
print(sorted([[2, 1], [1, 5], [1, 2]]))
