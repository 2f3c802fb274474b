# String processing: str methods on ordinary text.
text = "  The quick brown Fox jumps over the lazy dog.  "
print(repr(text.strip()), repr(text.lstrip()), repr(text.rstrip()))
s = text.strip()
print(s.upper())
print(s.lower())
print(s.title())
print(s.swapcase())
print(s.capitalize())
print(s.casefold())
words = s.split()
print(words, len(words))
print(s.split(" ", 2))
print(s.rsplit(" ", 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("  lots   of   space ".split())
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\r\nline3\n".splitlines(True))
print(s.partition("brown"), s.rpartition("o"))
print(s.partition("missing"), s.rpartition("missing"))
print(s.find("o"), s.rfind("o"), s.find("o", 20), s.find("zzz"))
print(s.index("quick"), s.rindex("the"), s.count("o"), s.count("the"), s.count(""))
print(s.startswith("The"), s.startswith(("A", "T")), s.endswith("dog."), s.endswith("dog", 0, -1))
print(s.replace("o", "0"), s.replace("o", "0", 2))
print("-".join(words), "".join(reversed(words)))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6, "."), "42".zfill(5), "-42".zfill(6))
print("Hello".isalpha(), "Hello1".isalnum(), "123".isdigit(), "12.3".isdigit(), " \t".isspace())
print("hello".islower(), "HELLO".isupper(), "Hello".isupper(), "".isalpha(), "x1".isidentifier(), "1x".isidentifier())
print("123".isdecimal(), "123".isnumeric(), "abc".isascii(), "abc".isprintable(), "a\tb".isprintable())
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "<<a>>".strip("<>"))
for w in words:
    print(f"{w!r:>10} len={len(w)} first={w[0]} last={w[-1]} rev={w[::-1]}")
# Palindromes and anagrams.
def is_pal(t):
    cleaned = "".join(c.lower() for c in t if c.isalnum())
    return cleaned == cleaned[::-1]
for t in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(t), is_pal(t))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
# Character frequencies, sorted by count then char.
freq = {}
for c in s.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print("tab\there".expandtabs(4), "a\tbc\td".expandtabs(), repr("x\ty\n\tz".expandtabs(3)))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle(), "A1 B2".istitle())
print("hello".count("l", 3), "hello".count("l", 0, 3), "aaaa".count("aa"), "abc".count("", 1))
print("abc".translate(str.maketrans("ab", "xy")), "hello".translate(str.maketrans("", "", "l")), "a-b".translate({45: "+", 97: None}))
print(str.join(", ", ["x", "y"]), str.upper("abc"), "%s=%d" % ("k", 5))
print("a" * 3 + "b" * 2, "ab" in "cabd", "ba" not in "cabd", min("hello"), max("hello"))
print(ord("A"), chr(97), [ord(c) for c in "Hi!"], "".join(chr(c + 1) for c in b"HAL"))
