# base conversion with int(s, base), format and bin
for s, base in [("1010", 2), ("777", 8), ("FF", 16), ("zz", 36), ("-101", 2), ("  12  ", 3), ("1_000", 10)]:
    print(f"{s!r:>9} base {base:>2} = {int(s, base)}")
for n in [0, 5, 10, 255, 1000, -42]:
    print(n, format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "#b"), format(n, "08b"))
print(f"{255:#x} {255:#o} {255:>12b}|{5:<6b}|{5:^7b}|")
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    res = []
    while n:
        n, r = divmod(n, b)
        res.append(digits[r])
    return "".join(reversed(res))
for b in range(2, 17):
    s = to_base(2024, b)
    assert int(s, b) == 2024
    print(b, s)
def convert(s, src, dst):
    return to_base(int(s, src), dst)
print(convert("ff", 16, 2), convert("777", 8, 16), convert("100000", 2, 10))
print(int("0b1011", 0), int("0o17", 0), int("0xff", 0), int("0b1011", 2), int("0x1f", 16))
print(bin(37), oct(37), hex(37), bin(-37))
palin = [n for n in range(1, 600) if format(n, "b") == format(n, "b")[::-1] and str(n) == str(n)[::-1]]
print(palin)
print(sum(format(n, "b").count("1") for n in range(16)))
print(format(10, "016b"), f"{10:_b}", f"{123456789:_x}")
