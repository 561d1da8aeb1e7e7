# Қайталанатын таңбаларды қысу (RLE)
def compress(s):
    if not s:
        return ""
    result = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            result.append(prev + (str(count) if count > 1 else ""))
            prev, count = ch, 1
    result.append(prev + (str(count) if count > 1 else ""))
    return "".join(result)

for s in ["aaabbc", "абббввв", "x", "", "zzzzzzzzzzzz"]:
    print(repr(s), "->", repr(compress(s)))
