# bytes patterns: matching bytes and bytearray, ASCII classes, case-insensitivity of ASCII letters only, sub, split.
import re

p = re.compile(rb'(\w+)=(\d+)')
m = p.search(b'  key=42 more')
print(m, m.group(), m.groups(), m.group(1), m[2], m.span(1), m.groupdict(), m.string)
print(p.findall(b'a=1 b=2'), p.sub(rb'\2:\1', b'a=1 b=2'), p.subn(lambda m: m.group(1).upper(), b'a=1 b=2'))
print(re.split(rb'[,;]\s*', b'a, b;c'), re.split(rb'(,)', b'a,b'))
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'), re.findall(rb'\s+', b'a\xa0b \x1cc'), re.findall(rb'\d', b'1\xb22'))
print(re.findall(rb'[a-z]+', b'ABC def', re.I), re.findall(b'\xe9', b'\xc9\xe9', re.I), re.findall(rb'\xe9', b'\xc9\xe9'))
print(re.findall(b'.', b'a\nb'), re.findall(b'.', b'a\nb', re.S), re.findall(rb'^\w', b'a\nb', re.M))
print(re.search(rb'\bb', b'a b'), re.search(b'(?i)X', b'axb'), re.search(rb'[^\x00-\x7f]', b'ab\x80c'))
print(re.compile(b'abc'), re.compile(b'a', re.I | re.M), re.compile(b'\xff'), re.compile(rb'\n'))
print(re.search(b'b', bytearray(b'abc')), re.search(b'b', bytearray(b'abc')).group())
print(re.sub(b'a', b'x', b'banana'), re.sub(b'a', lambda m: b'<' + m.group() + b'>', b'banana'))
print(re.fullmatch(rb'\x00+', b'\x00\x00'), re.match(rb'[\x80-\xff]+', b'\x80\x90\xff!'))
print(re.escape(b'a.b'), re.compile(rb'(?P<x>a)').groupindex)
print(re.match(b'(a)', b'a').expand(rb'[\1]'), re.compile(b'a').pattern, re.compile(b'a').flags)
for bad in [rb'\u1234', rb'(?u)a', rb'\N{X}']:
    try:
        re.compile(bad)
    except re.error as e:
        print('error', e)
for call in [lambda: re.search(b'a', 'a'), lambda: re.search('a', b'a'), lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', b'x', 'a'),
             lambda: re.compile(b'a', re.U), lambda: re.match(b'a', b'a').expand('x')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for t in ['x', r'\1', r'a\1b']:
    try:
        print(repr(re.match(b'(a)', b'a').expand(t)))
    except TypeError as e:
        print('TypeError', e)
for t in [b'x', rb'\1', rb'a\1b']:
    for call in [lambda: re.match('(a)', 'a').expand(t), lambda: re.sub('(a)', t, 'a'), lambda: re.sub('(a)', t, 'zzz')]:
        try:
            print(repr(call()))
        except TypeError as e:
            print('TypeError', e)
