from collections import defaultdict

groups = defaultdict(5)
print(groups)
