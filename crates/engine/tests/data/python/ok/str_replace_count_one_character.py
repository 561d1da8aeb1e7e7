# replace and count with one character, ASCII or not, in ASCII, Kazakh and
# Russian text: with count limits, at either end, next to each other, with
# start and end; every result's character count checked through len and
# indexing.
texts = ["", "x", "xx", "axbxc", "xabcx", "сәлем, әлем", "қ,а,з", ",,", "жоқ"]
for text in texts:
    for old in [",", "x", "ә", "—"]:
        for new in ["", "yz", "ө", "-"]:
            for limit in [-1, 0, 1, 2]:
                changed = text.replace(old, new, limit)
                print(repr(changed), len(changed), changed[-1:], changed[:2])
        print(old, text.count(old), text.count(old, 1), text.count(old, 2, -1), text.count(old, -3))

line = " ".join("w" + str(i % 7) + "x" for i in range(60))
changed = line.replace("x", "yz")
print(len(changed), changed.count("y"), changed.count("z"), changed.count(" "), changed[-5:])
print(line.count("x"), line.count("w"), line.count(" ", 10, 40), line.replace(" ", "")[:20])
