# Дөңгелектеу функциялары
import math
values = [2.5, 3.5, -2.5, 2.4999, -0.5, 7.0]
for v in values:
    print(v, round(v), math.floor(v), math.ceil(v), math.trunc(v))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.log10(1000), math.log2(1024), math.log(1))
print(math.inf > 10 ** 100, -math.inf)
