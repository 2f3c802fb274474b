# str methods: a table of calls and results.
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.rindex("l"), s.count("l"), s.count(""))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.startswith("World", 7), "lo" in s)
print(s.replace("l", "L"), s.replace("l", "L", 2), s.split(", "), s.rsplit("o", 1), s.partition(", "), s.rpartition("o"))
print("a,b,,c".split(","), "  a  b  ".split(), "a b c".split(None, 1), "x".split("x"), "".split())
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(map(str, [1, 2, 3])))
print(repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr("  l".lstrip()), repr("r  ".rstrip()))
print("abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdigit(), " \t".isspace(), "abc".islower(), "ABC".isupper(), "x1".isidentifier(), "1x".isidentifier())
print("٣".isdecimal(), "½".isnumeric(), "".isalpha())
print("hello {} and {}".format("x", "y"), "{1}{0}".format("a", "b"), "{name}!".format(name="hi"), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("%s is %d years, %.2f%%" % ("Al", 30, 99.5), "%5s|%-5s|" % ("r", "l"), "%x %o %e" % (255, 8, 12345.678))
print("aaa".find("aa", 1), "abcabc".rfind("abc", 0, 5), "banana".count("ana"), "mississippi".split("ss"))
print(str(123), str(1.5), str([1, "a"]), str(None), repr(str()), "ab" * 3, "a" < "b", "Z" < "a")
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
