# Lists: methods and slicing
nums = [5, 3, 8, 1, 9, 2]
print(nums[1:4], nums[:2], nums[3:], nums[-2:], nums[:-2])
print(nums[::2], nums[1::2], nums[::-1], nums[::-2], nums[4:1:-1])
print(nums[10:], nums[-100:2], nums[5:1])
nums.append(7)
nums.insert(0, 0)
nums.extend([11, 12])
print(nums)
print(nums.pop(), nums.pop(0), nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(3))
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[::3] = [0, 0, 0, 0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
c = b
d = b[:]
b.append(4)
print(c, d, c is b, d is b)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
bad = [[0] * 3] * 2
bad[0][1] = 5
print(bad)
print([1, 2] + [3], [0] * 4, 3 in [1, 2, 3], len([]))
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower))
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]))
m = [1, 2, 3]
m.clear()
print(m, [3, 1, 2].copy())
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 9])
