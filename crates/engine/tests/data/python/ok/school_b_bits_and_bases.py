# Number systems and bit operations
for n in [0, 1, 5, 10, 255, 1024, -7]:
    print(f"{n:>5} bin={bin(n):>13} oct={oct(n):>7} hex={hex(n):>6} {n:#010b}")
print(int("101101", 2), int("777", 8), int("ff", 16), int("Z", 36), int("0b111", 0), int("0x1A", 0))
def to_base(n, base):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return "-" + out if neg else out
print([to_base(100, b) for b in (2, 3, 7, 8, 16, 36)], to_base(-255, 16))
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, -a >> 1)
print(f"{a & b:04b} {a | b:04b} {a ^ b:04b}")
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), bool(flags & (1 << 3)), bool(flags & (1 << 4)))
flags &= ~(1 << 3)
print(bin(flags), flags.bit_length(), bin(flags).count("1"))
print([n for n in range(1, 70) if n & (n - 1) == 0])
x = 2 ** 64 + 12345
print(x, hex(x), x >> 60, x & 0xFFFF, (-x) // 2 ** 32, (-x) % 1000)
print(f"{2**40:,} {2**40:_x} {-255:x} {255:o}")
print(ord("a") ^ 32, chr(ord("a") ^ 32), [chr(65 + i) for i in range(5)])
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [f"{g:03b}" for g in gray])
print(int(str(12345)[::-1]), sum(map(int, bin(2 ** 20 - 1)[2:])))
