# A word-frequency report: normalisation, stop words, ranking with ties, bigrams, a bar chart and percentages.
TEXT = """
It was a bright cold day in April, and the clocks were striking thirteen. Winston Smith,
his chin nuzzled into his breast in an effort to escape the vile wind, slipped quickly
through the glass doors of Victory Mansions, though not quickly enough to prevent a swirl
of gritty dust from entering along with him. The hallway smelt of boiled cabbage and old
rag mats. At one end of it a coloured poster, too large for indoor display, had been
tacked to the wall. It depicted simply an enormous face, more than a metre wide.
"""
STOP = set("a an and the of to in it was his at for had been too not from with him more than one into".split())

def words(text):
    out = []
    for raw in text.split():
        w = "".join(ch for ch in raw.lower() if ch.isalpha() or ch == "'")
        if w:
            out.append(w)
    return out

all_words = words(TEXT)
print(len(all_words), "words,", len(set(all_words)), "distinct")
counts = {}
for w in all_words:
    if w not in STOP:
        counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
rank, prev = 0, None
for i, (w, n) in enumerate(ranked[:12], 1):
    if n != prev:
        rank, prev = i, n
    print(f"{rank:>3}. {w:<10} {n:>2} {'#' * n}")
total = sum(counts.values())
print("top 5 share:", f"{sum(n for _, n in ranked[:5]) / total:.1%}")
lengths = {}
for w in all_words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
for length in sorted(lengths):
    print(f"len {length:>2}: {lengths[length]:>3} {lengths[length] / len(all_words):6.2%}")
bigrams = {}
for a, b in zip(all_words, all_words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print([f"{a} {b}" for (a, b), n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0])) if n > 1])
longest = max(all_words, key=len)
print("longest:", longest, len(longest), "| average length: %.3f" % (sum(map(len, all_words)) / len(all_words)))
sentences = [s.strip() for s in TEXT.replace("\n", " ").replace('"', "").split(".") if s.strip()]
for s in sentences:
    print(f"{len(s.split()):>3} words | {s[:50]}{'...' if len(s) > 50 else ''}")
capitalised = sorted({w.strip(".,") for w in TEXT.split() if w[0].isupper()})
print(capitalised)
vowels = sum(1 for ch in TEXT.lower() if ch in "aeiou")
letters = sum(1 for ch in TEXT if ch.isalpha())
print(vowels, letters, round(vowels / letters, 4))
first_seen = {}
for i, w in enumerate(all_words):
    first_seen.setdefault(w, i)
print(sorted(first_seen.items(), key=lambda kv: kv[1])[:8])
