# sub and subn: string templates (groups by number and name, escapes, octal), function replacements, count, empty matches.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>', 'abcdef'))
print(re.sub(r'(\d)', r'<\g<1>0>', 'a1b2'))
print(re.sub('x', r'\n\t\\\a\f\v\r|', 'x'))
print(repr(re.sub('x', r'\0\07\101\1010', 'x')))
print(repr(re.sub('(x)', r'\1\-\.\%', 'x')))
print(re.sub('a', '\\\\', 'banana'))
print(re.sub(r'(a)|b', r'[\1]', 'abc'))
print(re.sub(r'(a)|b', lambda m: m.group(0).upper(), 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\d', lambda m: None, 'a1b2'))
print(re.sub('a', 'b', 'aaaa', count=2), re.sub('a', 'b', 'aaaa', 0), re.sub('a', 'b', 'aaaa', -1))
print(re.subn('a', 'b', 'banana'), re.subn('z', 'b', 'banana'), re.subn('a', 'b', 'banana', 1))
print(re.sub('x*', '-', 'abxd'), re.subn('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'), re.sub('^', '>', 'a\nb', flags=re.M), re.sub('$', '<', 'a\nb\n', flags=re.M))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'\B', '.', 'ab cd'))
print(re.sub('a|', '-', 'baac'), re.sub('(?=a)', '^', 'banana'), re.sub('a*?', '-', 'aab'))
print(re.sub(r'(?<=a)', '!', 'aba'), re.sub(r'a*', 'X', 'baaac'))
p = re.compile(r'(?P<word>\b\w+\b)')
print(p.sub(r'<\g<word>>', 'the quick fox'), p.subn(lambda m: m['word'][::-1], 'the quick fox'))
print(p.sub(repl=r'[\1]', string='a b', count=1))
print(re.sub('(a)(b)?', r'[\2]', 'a ab'))
def repl(m):
    return '%s:%d' % (m.group(), m.start())
print(re.sub(r'\w+', repl, 'one two three'))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, m):
        self.n += 1
        return str(self.n)
c = Counter()
print(re.sub('x', c, 'x-x-x'), c.n)
print(re.sub('a', 'b', ''), re.sub('', 'x', ''), re.subn('', 'x', ''))
s = 'unchanged'
print(re.sub('z', 'y', s) is s or re.sub('z', 'y', s) == s)
print(re.sub(r'(?P<n>\d+)', r'\g<n>\g<n>', 'x12y'), re.sub(r'(\d)(\d)', r'\2\1', '1234'))
print(re.sub(r'\s+', ' ', '  lots   of\t\tspace \n here '))
print(re.sub(r'([aeiou])', r'\1\1', 'education'))
print(re.sub('(?i)HELLO', 'bye', 'Hello hello HELLO'))
words = {'cat': 'dog', 'red': 'blue'}
print(re.sub(r'\b(' + '|'.join(map(re.escape, words)) + r')\b', lambda m: words[m.group()], 'a red cat and a cathedral'))
for template in [r'\g<0>', r'\g<00>', r'\g<1>', r'\g<2>', r'\3', r'\g<-1>', r'\g<+1>', r'\g<x y>', r'\g<1a>', r'\g<name>',
                 r'\777', r'\8', r'\z', 'tail\\']:
    try:
        print(repr(template), repr(re.sub('(a)(b)', template, 'ab')))
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)
print(re.match('(a)(b)', 'ab').expand(r'\2\1\g<0>'))
