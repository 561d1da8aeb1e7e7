# Шеңбер есептері math арқылы
import math
for r in [1, 2.5, 10]:
    area = math.pi * r ** 2
    print(f"r={r}: S={area:.3f}, L={2 * math.pi * r:.2f}")
print(round(math.pi, 4), round(math.pi * 100) / 100)
print(f"{math.pi:.10f}")
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)))
