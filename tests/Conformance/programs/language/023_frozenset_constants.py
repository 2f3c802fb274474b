# Membership tests against literal sets (frozenset constants) and frozenset values.
VOWELS = "aeiou"

def kind(c):
    if c in {"a", "e", "i", "o", "u"}:
        return "vowel"
    if c in {" ", "\t", "\n"}:
        return "space"
    if c not in {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}:
        return "consonant"
    return "digit"

print([kind(c) for c in "hi 42 you"])

def http_class(code):
    if code in {200, 201, 204}:
        return "success"
    if code in {301, 302, 307, 308}:
        return "redirect"
    if code in {400, 401, 403, 404}:
        return "client error"
    return "other"

print([http_class(c) for c in (200, 204, 302, 404, 500)])
print(3 in {1, 2, 3}, 4 not in {1, 2, 3}, (1, 2) in {(1, 2), (3, 4)}, 2.0 in {1, 2})

fs = frozenset([3, 1, 2])
print(sorted(fs), len(fs), 2 in fs, fs == frozenset({1, 2, 3}), fs == {1, 2, 3})
print(sorted(fs | {9}), sorted(fs & {1, 9}), sorted(fs - {1}), sorted(fs ^ {1, 5}))
print(frozenset(), frozenset("aab") == frozenset("ab"), hash(fs) == hash(frozenset([1, 2, 3])))
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset("ba")], groups.get(frozenset("c")), groups.get(frozenset("x"), "none"))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(type(fs).__name__, isinstance(fs, frozenset), fs.issubset({1, 2, 3, 4}), fs.isdisjoint({7}))
print(sum(1 for c in "mississippi" if c in {"s", "p"}))
