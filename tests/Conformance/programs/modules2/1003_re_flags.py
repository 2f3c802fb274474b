# Flags: values, reprs, combinations, inline and scoped flags, VERBOSE, ASCII against Unicode.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), str(re.S | re.X), re.A | re.I, re.I | 1024)
print(int(re.I), re.I == 2, re.I | re.M == 10, re.IGNORECASE is re.I, type(re.I).__name__, isinstance(re.I, int))
print(re.I.name, re.I.value, (re.I | re.S).name, re.I in (re.I | re.M), re.M in re.I)
print(f'{re.I}', '%s' % re.M, re.I + 1, re.I & re.I, re.RegexFlag.DOTALL)
print([f for f in re.RegexFlag])
for f in [0, re.I, re.M, re.S, re.X, re.A, re.I | re.M | re.S, re.A | re.X]:
    p = re.compile('a', f)
    print(repr(p), p.flags)
print(repr(re.compile(b'a', re.I)), re.compile(b'a', re.I).flags, re.compile(b'a').flags)
print(re.compile('(?i)a').flags, re.compile('(?ms)a').flags, re.compile('(?a)a').flags, re.compile('(?x) a').flags)
print(repr(re.compile('(?i)a')), repr(re.compile('(?s)a', re.M)))

print(re.findall('abc', 'ABC abc AbC', re.I))
print(re.findall('[a-z]+', 'Hello World', re.IGNORECASE))
print(re.findall('^\\w+', 'one\ntwo\nthree'), re.findall('^\\w+', 'one\ntwo\nthree', re.M))
print(re.findall('\\w+$', 'one\ntwo\nthree\n'), re.findall('\\w+$', 'one\ntwo\nthree\n', re.M))
print(re.findall('a.b', 'a\nb axb'), re.findall('a.b', 'a\nb axb', re.S))
print(re.search('(?s).+', 'a\nb').group(), re.search('(?m)^b', 'a\nb').span())
print(re.search('x(?i:Y)z', 'xyz'), re.search('x(?i:Y)z', 'xyZ'))
print(re.search('(?i)x(?-i:Y)z', 'XYZ'), re.search('(?i)x(?-i:Y)z', 'XyZ'))
print(re.search('a(?s:.)b.c', 'a\nbxc'), re.search('a(?s:.)b.c', 'a\nb\nc'))
print(re.search('(?m:^b)|^c', 'a\nb'), re.search('(?m:^b)|^c', 'a\nc'))
verbose = re.compile(r'''
    (?P<year>\d{4})   # the year
    -                 # a dash
    (?P<month>\d\d)   # the month
    [ ]?              # an escaped space in a class
    \#?               # an escaped hash
''', re.VERBOSE)
print(verbose.match('2024-05 #').groupdict(), verbose.groups)
print(re.search('(?x) a b # comment\n c', 'abc'))
print(re.search('a b(?x: c d )e f', 'a bcde f'))
print(re.findall(r'\w+', 'caf\u00e9 na\u00efve \u00fcber'), re.findall(r'\w+', 'caf\u00e9 na\u00efve', re.A))
print(re.findall(r'\d+', '12 \u0663\u0664 5'), re.findall(r'\d+', '12 \u0663\u0664 5', re.ASCII))
print(re.findall(r'\s+', 'a\u00a0b\u2003c d'), re.findall(r'\s+', 'a\u00a0b\u2003c d', re.A))
print(re.findall(r'\bx\b', '\u00e9x x\u00e9 x'), re.findall(r'\bx\b', '\u00e9x x\u00e9 x', re.A))
print(re.search('(?a)\\w+', '\u00e9t\u00e9ab').group(), re.search('(?u)\\w+', '\u00e9t\u00e9ab').group())
print(re.findall('[^a-z]', 'aB\u00c9c', re.I), re.findall('\u00e9', '\u00c9\u00e9', re.I), re.findall('\u00e9', '\u00c9\u00e9', re.I | re.A))
print(re.findall('k', 'kK\u212a', re.I), re.findall('k', 'kK\u212a', re.I | re.A), re.findall('[a-z]', 'Zz', re.I | re.A))
print(re.findall(r'(a)\1', 'aA Aa aa', re.I))
print(re.compile('a', re.I | re.M) == re.compile('a', re.M | re.I), re.compile('a', re.I) == re.compile('a'))
for bad in [re.L, re.A | re.U]:
    try:
        re.compile('x', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(b'x', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('x', 'i')
except TypeError as e:
    print('TypeError', e)
