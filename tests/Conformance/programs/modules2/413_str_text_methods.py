words = ['test_alpha.py', 'test_beta.py', 'gamma.py', 'test_', 'readme.md', '']
for w in words:
    print(repr(w), repr(w.removeprefix('test_')), repr(w.removesuffix('.py')), repr(w.removeprefix('').removesuffix('')))

for s in ['Hello World', 'Hello world', 'HELLO', 'hello', "They're Here", '123 Go', 'A1b', 'Ab Cd', '', '3', 'X Y Z']:
    print(repr(s), s.istitle(), s.title(), s.title().istitle(), s.isascii(), s.isprintable())

print(repr('a\tb\tc'.expandtabs()), repr('a\tb\tc'.expandtabs(4)), repr('ab\tc\n\td'.expandtabs(3)))
print(repr('12345\t6\t'.expandtabs(5)), repr('\t'.expandtabs(0)), repr('x\r\ty'.expandtabs(tabsize=2)))
table = [('name', 'qty', 'price'), ('apple', 3, 1.25), ('kiwi', 12, 0.5)]
for row in table:
    line = '\t'.join(str(c) for c in row)
    print(line.expandtabs(8) + '|')

print('tab\there'.isprintable(), 'caf\u00e9'.isascii(), 'caf\u00e9'.isprintable(), '\x00'.isprintable())

rot13 = str.maketrans('abcdefghijklmnopqrstuvwxyz', 'nopqrstuvwxyzabcdefghijklm')
secret = 'hello, world'.translate(rot13)
print(secret, secret.translate(rot13))
strip_vowels = str.maketrans('', '', 'aeiou')
print('programming language'.translate(strip_vowels))
mapping = str.maketrans({'a': '4', 'e': '3', 'l': None, ord('o'): '0', 't': 'TT'})
print(sorted(mapping.items()))
print('leet translate'.translate(mapping))
print('abc'.translate({97: 'A', 98: None}), 'abc'.translate({}), 'abc'.translate([None] * 98 + ['B']))
print(str.maketrans('ab', 'xy', 'c') == {97: 120, 98: 121, 99: None}, ''.maketrans('a', 'b'))

for label, f in [
    ('maketrans unequal', lambda: str.maketrans('ab', 'c')),
    ('maketrans not dict', lambda: str.maketrans('ab')),
    ('maketrans long key', lambda: str.maketrans({'ab': 1})),
    ('maketrans bad key', lambda: str.maketrans({1.5: 'x'})),
    ('translate bad value', lambda: 'a'.translate({97: 1.5})),
    ('removeprefix int', lambda: 'a'.removeprefix(1)),
    ('removesuffix none', lambda: 'a'.removesuffix(None)),
    ('expandtabs str', lambda: 'a'.expandtabs('4')),
]:
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

template = '{name} is {age} years old; {name!r} again, {age:>4}|'
print(template.format_map({'name': 'Ann', 'age': 31}))
print('{0}'.format('positional'), '{x}{y}'.format_map({'x': 1, 'y': 2}))
try:
    '{missing}'.format_map({'x': 1})
except KeyError as e:
    print('KeyError', e)

def slugify(title):
    keep = str.maketrans(' ', '-', '!?.,\'')
    return title.lower().translate(keep).removesuffix('-')

for title in ["Hello, World!", "What's New?", 'Python 3.12 Release.', 'trailing ']:
    print(slugify(title))
