# New strs from + , str() and case changes: short ones are built inside the
# str, longer ones outside; the character count (len, indexing, slicing)
# is right either way, for ASCII and for Kazakh and Russian text.
for left_length in [0, 1, 11, 12, 13, 23, 24, 25]:
    for right_length in [0, 1, 12, 24]:
        left = "a" * left_length
        right = "b" * right_length
        joined = left + right
        assert len(joined) == left_length + right_length
        print(left_length, right_length, len(joined), joined[-1:], joined[:2], joined.count("b"))

for left, right in [("сәлем", "!"), ("қазақ", "стан"), ("ө" * 12, "ү"), ("ө" * 11, "ab"), ("x" * 22, "ғ")]:
    joined = left + right
    print(joined, len(joined), joined[-1], joined[len(left)], joined.upper(), len(joined.upper()))

for value in [0, 7, -12, 997, 10 ** 18, -(2 ** 63), 2 ** 63, 2.5, -0.0, 1e300, float("inf"), True, None]:
    text = str(value)
    print(text, len(text), text[0], text[-1], text[::-1])

for text in ["word", "Word Two", "ABC def", "", "straße", "ǆemal", "ИСТАНБУЛ", "ﬁne", "İstanbul", "ﬀ"]:
    for changed in [text.upper(), text.lower(), text.casefold(), text.title(), text.capitalize(), text.swapcase()]:
        print(repr(changed), len(changed), changed[-1:] if changed else "-")
