# Text statistics through a generator pipeline over the lines of a string.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def lines(text):
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1

def words(lines_):
    for number, line in enumerate(lines_, 1):
        for raw in line.split():
            word = raw.strip(".,;:!?").lower()
            if word:
                yield number, word

def counted(pairs):
    counts = {}
    for _, word in pairs:
        counts[word] = counts.get(word, 0) + 1
    return counts

counts = counted(words(lines(TEXT)))
top = sorted((-n, word) for word, n in counts.items())[:6]
for n, word in ((-m, w) for m, w in top):
    print("%-8s %d" % (word, n))
print("distinct words:", len(counts))
print("words per line:", [sum(1 for _ in words([line])) for line in lines(TEXT)])
longest = max((len(w), w) for _, w in words(lines(TEXT)))
print("longest word:", longest)
first_seen = {}
for number, word in words(lines(TEXT)):
    first_seen.setdefault(word, number)
print(sorted(w for w, n in first_seen.items() if n == 5))
pairs = ((a, b) for (_, a), (_, b) in zip(words(lines(TEXT)), list(words(lines(TEXT)))[1:]))
bigram_counts = {}
for pair in pairs:
    bigram_counts[pair] = bigram_counts.get(pair, 0) + 1
print(sorted(p for p, n in bigram_counts.items() if n >= 5))
print(" ".join(w.capitalize() for w in (w for _, w in words(lines(TEXT))) if len(w) > 7))
vowels = sum(1 for _, w in words(lines(TEXT)) for ch in w if ch in "aeiou")
print("vowels:", vowels)
