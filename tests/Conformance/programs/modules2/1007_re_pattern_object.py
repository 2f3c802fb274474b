# Pattern objects: methods with pos and endpos, attributes, repr, equality, hashing, the cache, escape and purge.
import re

p = re.compile(r'(?P<num>\d+)(?P<unit>[a-z]*)')
print(p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex), list(p.groupindex), p.groupindex['unit'])
print(repr(p), str(p))
print(p.search('x 10kg y'), p.match('x 10kg y'), p.match('10kg'), p.fullmatch('10kg'), p.fullmatch('10kg '))
print(p.search('x 10kg y', 3), p.search('x 10kg y', 3, 4), p.search('x 10kg y', pos=2, endpos=5))
print(p.match('x 10kg y', 2), p.fullmatch('x 10kg y', 2, 6), p.match('abc', 10), p.search('12', -3))
print(re.compile('^a').search('ba', 1), re.compile('^a', re.M).search('b\na', 1), re.compile(r'\Ab').search('ab', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'a\Z').search('abc', 0, 1), re.compile('(?<=a)b').search('ab', 1))
print(re.compile(r'\bb').search('ab', 1), re.compile('b').search('abc', 1, 1), re.compile('').search('abc', 3))
print(re.compile('x').findall('axbxcx', 2, 5), re.compile('x*').findall('axx', 1), re.compile('.').split('abc'))
print(p.sub('#', 'a 1b 22c'), p.subn('#', 'a 1b 22c', 1), p.split('a1b2c'), p.split('a1b2c', 1))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('b'), re.compile('a') == re.compile(b'a'))
print(re.compile('a') == re.compile('a', re.I), re.compile('a') != 'a', hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.compile('ab') is re.compile('ab'), re.compile(p) is p, re.search(p, 'x 5').group())
print(len({re.compile('q'), re.compile('q'), re.compile('r')}))
print(re.compile('x' * 300) == re.compile('x' * 300), len(repr(re.compile('x' * 300))))
print(repr(re.compile("it's")), repr(re.compile('a\nb')), repr(re.compile(r'\d')))
long_pattern = re.compile('y' * 250, re.I)
print(repr(long_pattern)[-30:])
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.escape('www.python.org'), re.escape('a-b_c d\te\n[]{}()^$|?*+\\&~#'), re.escape(''), re.escape('\u00e9\u2603'))
print(re.escape(b'1+1=2?'), re.escape(b'\x00\xff.'))
print(re.findall(re.escape('a.b'), 'a.b axb'))
re.purge()
print(re.compile('ab') == re.compile('ab'), re.purge())
print(re.Pattern, re.Match, type(p) is re.Pattern)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
print(re.search('a', 'cat', re.NOFLAG), re.compile('a', 0).flags)
for name in ['compile', 'search', 'match', 'fullmatch', 'split', 'findall', 'finditer', 'sub', 'subn', 'escape', 'purge']:
    print(name, callable(getattr(re, name)))
print(sorted(n for n in re.__all__ if n != 'template'))
from re import *
print(IGNORECASE, search("z", "xz"), error.__name__, escape("."))
print(re.Pattern[str], re.Match[bytes], re.Pattern[str].__origin__ is re.Pattern)
