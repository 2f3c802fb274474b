# re.error for patterns CPython refuses: message, pattern, pos, lineno, colno; other exception types.
import re

def bad(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), '->', type(e).__name__, '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)
    except Exception as e:
        print(repr(pattern), '->', type(e).__name__, e)

for p in ['*a', 'a**', 'a++*', '+', '?', 'a{2}{3}', '(?i)*', '^*', r'\b*',
          '(', '(a', 'a)', '(?', '(?P', '(?P<', '(?P<>a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=z)', '(?P<a>(?P=a))',
          '(?Px)', '(?<x)', '(?<a>x)', '(?z)', '(?i', '(?-)', '(?i-i:a)', '(?L)', '(?au)', '(?-a:x)', 'a(?i)b',
          '[a', '[', '[^', '[]', '[z-a]', r'[\w-z]', r'[a-\d]', r'\q', r'[\q]', r'\x4', r'\u12', r'\U0011FFFF',
          r'\1', r'(a)\2', r'(a\1)', r'\400', r'[\400]', r'(?(2)a|b)', r'(?(0)a)', r'(?(x)a)', r'(a)(?(1)a|b|c)',
          r'(?<=a+)b', r'(?<!a*)b', r'(?<=a|bc)d', r'(?<=(a)\1)b', r'(a)(?<=\1)b', '(?#abc', 'a{3,2}', 'a{4294967296}',
          'ab\ncd(', 'x\n\ny[z-a]', '\\', 'a\\', r'(?P<a\u00e9>x)', '(?x)a # c\n(', r'\N', '(?<=a(?#x))b',
          '(?i)(?m)abc', 'a|(?i)b', '(a)|\\2']:
    bad(p)

for p, f in [('a', re.A | re.U), ('a', re.L)]:
    bad(p, f)

e = re.error('boom')
print(repr(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('boom', 'ab\ncd', 4)
print(str(e), e.lineno, e.colno, e.args)
e = re.error('boom', 'abc', 1)
print(str(e), e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    raise re.error('custom', pattern='xyz', pos=2)
except re.error as e:
    print('caught', e, e.pos)

for call in [lambda: re.compile(123), lambda: re.search('a', 5), lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'),
             lambda: re.compile(re.compile('a'), re.I), lambda: re.match('a', 'a').group(2), lambda: re.match('a', 'a').group('x'),
             lambda: re.match('(a)', 'a').start(3), lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('(a)', r'\g<x>', 'a'),
             lambda: re.sub('(a)', r'\g<1', 'a'), lambda: re.sub('(a)', r'\g', 'a'), lambda: re.sub('a', r'\q', 'a'),
             lambda: re.sub('(a)', r'\g<>', 'a'), lambda: re.sub('(a)', r'\g<a b>', 'a'), lambda: re.sub('a', 'x\\', 'a'),
             lambda: re.sub('a', lambda m: 5, 'xax'), lambda: re.sub('a', 5, 'a'), lambda: re.compile('a').search('a', 'x')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
