# Санды сөзбен жазу (0..999)
ones = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
tens = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]
def words(n):
    if n == 0:
        return ones[0]
    parts = []
    h, rest = divmod(n, 100)
    if h:
        parts.append(("" if h == 1 else ones[h] + " ") + "жүз")
    t, o = divmod(rest, 10)
    if t:
        parts.append(tens[t])
    if o:
        parts.append(ones[o])
    return " ".join(parts)
for n in [0, 7, 10, 15, 42, 100, 101, 256, 999]:
    print(n, "-", words(n))
