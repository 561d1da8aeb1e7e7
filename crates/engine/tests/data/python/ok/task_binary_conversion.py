# Ондық санды екілік жүйеге аудару
def to_binary(n):
    if n == 0:
        return "0"
    bits = ""
    while n > 0:
        bits = str(n % 2) + bits
        n //= 2
    return bits

for n in [0, 1, 5, 10, 255, 1024]:
    print(n, to_binary(n), f"{n:b}", int(to_binary(n), 2))
print(int("11111111", 2), int("ff", 16), int("-101", 2))
print(f"{255:b} {255:x} {255:o}")
