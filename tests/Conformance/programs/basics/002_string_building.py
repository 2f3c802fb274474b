# Strings: slicing, methods and formatting that ordinary programs use.
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print(" ".join(words))
print(",".join([w.upper() for w in words]))
for w in words:
    print(w, len(w), w[0], w[-1], w[1:3], w[::-1], w.capitalize(), w.count("a"))
sentence = "the quick brown fox jumps over the lazy dog"
print(sentence.split())
print(sentence.replace("the", "a"))
print(sentence.find("fox"), sentence.find("cat"), sentence.rfind("the"))
print(sentence.title())
print(sentence.startswith("the"), sentence.endswith("dog"))
print("|" + "x".center(9, "*") + "|", "|" + "x".ljust(5) + "|", "|" + "x".rjust(5, "-") + "|")
print("  padded  ".strip() + "!", "xxabcxx".strip("x"))
print("%5d|%-5d|%05.1f|%s|%r" % (42, 42, 3.14159, "s", "r"))
print("{} {} {}".format(1, "two", 3.0))
print("{0:>8}|{1:<8}|{2:^8}".format("r", "l", "c"))
print("{:,}".format(1234567890))
print("{:.3f} {:e} {:%}".format(2 / 3, 12345.678, 0.25))
counts = {}
for ch in sentence:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
for ch in sorted(counts):
    print(ch, counts[ch], end="; ")
print()
lines = "one\ntwo\n\nthree".splitlines()
print(lines, len(lines))
print("abc" * 3, "-" * 10)
print("a,b,,c".split(","), "a b  c".split(" "))
print("Hello".lower(), "Hello".upper(), "Hello".swapcase())
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "   ".isspace())
print(ord("A"), chr(97), repr("it's"), repr('say "hi"'))
