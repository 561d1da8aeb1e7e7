# Шындық мәндері
values = [0, 1, -1, 0.0, "", "0", " ", [], [0], {}, (), None, True, False]
for v in values:
    if v:
        print(repr(v), "- ақиқат")
    else:
        print(repr(v), "- жалған")
