# ZeroDivisionError inside a function
def average(nums):
    return sum(nums) / len(nums)

print(average([1, 2, 3]))
print(average([10]))
print(average([]))
