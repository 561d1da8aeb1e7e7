# robot command parser with str.split and match
commands = """forward 5
left
forward 3
right
right
back 2
teleport 10 -4
say hello world
jump
forward
turn around""".split("\n")

x, y = 0, 0
dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
facing = 0
for line in commands:
    match line.split():
        case ["forward", n]:
            dx, dy = dirs[facing]
            x, y = x + dx * int(n), y + dy * int(n)
        case ["back", n]:
            dx, dy = dirs[facing]
            x, y = x - dx * int(n), y - dy * int(n)
        case ["left"]:
            facing = (facing - 1) % 4
        case ["right"]:
            facing = (facing + 1) % 4
        case ["turn", "around"]:
            facing = (facing + 2) % 4
        case ["teleport", sx, sy]:
            x, y = int(sx), int(sy)
        case ["say", *words]:
            print("robot says:", " ".join(words).upper())
        case [verb]:
            print("unknown verb:", verb)
        case [verb, *args]:
            print("bad arguments for", verb, args)
    print(f"{line!r:20} -> pos=({x}, {y}) facing={'NESW'[facing]}")
