# Nim game: binary representations and XOR strategy
def nim_sum(heaps):
    x = 0
    for h in heaps:
        x ^= h
    return x
def show(heaps):
    width = max(heaps).bit_length()
    for h in heaps:
        print(f"{h:>3} = {format(h, 'b').zfill(width)}")
    print(f"xor = {format(nim_sum(heaps), 'b').zfill(width)} ({nim_sum(heaps)})")
def best_move(heaps):
    x = nim_sum(heaps)
    if x == 0:
        return None
    for i, h in enumerate(heaps):
        target = h ^ x
        if target < h:
            return i, h - target
heaps = [3, 4, 5]
show(heaps)
player = 0
turn = 0
while any(heaps):
    move = best_move(heaps)
    if move is None:
        i = max(range(len(heaps)), key=lambda k: heaps[k])
        move = (i, 1)
    i, take = move
    heaps[i] -= take
    turn += 1
    print(f"turn {turn}: player {player + 1} takes {take} from heap {i + 1} -> {heaps}")
    player = 1 - player
print("winner: player", 2 - player)
for hs in ([1, 2, 3], [7, 7], [1, 4, 9, 16], [10, 12, 6]):
    print(hs, "first player", "wins" if nim_sum(hs) else "loses", best_move(hs))
print([int(format(n, "b")[::-1], 2) for n in range(1, 11)])
print([n for n in range(1, 40) if format(n, "b").count("1") == 2])
