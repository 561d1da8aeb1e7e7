# Генератордағы шартты өрнек
nums = [3, -1, 0, 8, -5]
print([x if x > 0 else 0 for x in nums])
print(["жұп" if x % 2 == 0 else "тақ" for x in nums])
print([abs(x) for x in nums if x != 0])
labels = {x: ("оң" if x > 0 else "теріс" if x < 0 else "нөл") for x in nums}
print(labels)
print(sum(x for x in nums if x > 0), max(x * x for x in nums))
