# "3.5" int() үшін жарамайды
s = "3.5"
print(float(s))
print(int(s))
