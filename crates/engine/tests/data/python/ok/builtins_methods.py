# Methods of str, list, tuple, dict, set, int, float (expected output from CPython 3.11).
s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.upper(), s.lower(), s.title(), s.swapcase(), "ß".casefold())
print("a,b,,c".split(","), "a b  c".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1), "l1\nl2\r\nl3".splitlines())
print("-".join(["a","b"]), "".join(x for x in "abc"), "x".join("abc"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".startswith("l", 2))
print("123".isdigit(), "abc".isalpha(), "a1".isalnum(), " ".isspace(), "AB".isupper(), "ab".islower(), "Ab Cd".istitle(), "x_1".isidentifier())
print("ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4), "42".zfill(5), "-42".zfill(5))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{name}!".format(name="Bob"), "{:>5}|{:<5}|{:^5}|".format(1, 2, 3), "{0:.2f}".format(3.14159), "{{}}".format())
print("{:,}".format(1234567), "{:08.3f}".format(-3.5), "{!r}".format("x"), "{0[1]}".format([5, 6]), "a\tb".expandtabs(4), "Hello".capitalize())
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.remove(3); print(l, l.pop(), l.pop(0), l)
l.sort(); print(l, l.index(2), l.count(2)); l.sort(reverse=True); print(l); l.reverse(); print(l)
l.sort(key=lambda v: -v); print(l, l.copy()); l.clear(); print(l)
words = ["bb", "a", "ccc"]; words.sort(key=len); print(words)
t = (1, 2, 2); print(t.index(2), t.count(2))
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()), d.setdefault("b", 2), d)
d.update({"c": 3}); d.update(x=9); print(d, d.pop("a"), d.pop("zz", None), d.popitem(), d, d.copy())
print(dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
d.clear(); print(d)
st = {1, 2, 3}
st.add(4); st.discard(10); st.remove(1); print(st, st.union({9}), st.intersection([2, 3]), st.difference({2}), st.symmetric_difference({3, 5}))
print({1, 2}.issubset({1, 2, 3}), {1, 2, 3}.issuperset({1}), {1}.isdisjoint({2}), st.pop(), st, st.copy())
st.update([7, 8]); st.intersection_update({7, 8, 3}); print(sorted(st)); st.difference_update({7}); print(st)
print((255).bit_length(), (2.0).is_integer(), (2.5).is_integer(), (5).bit_count(), (5).real, (5).denominator, (2.5).imag)
