# Match objects: group, indexing, groups, groupdict, start/end/span, expand, pos, endpos, lastindex, lastgroup, repr, bool.
import re

m = re.match(r'(?P<key>\w+)=(?P<value>\w*)(;(?P<extra>\w+))?', 'color=red rest')
print(m)
print(bool(m), m.group(), m.group(0), m.group(1), m.group('value'), m.group(1, 'value', 0), m.group(3), m.group('extra'))
print(m[0], m[1], m['key'], m[3])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('value'), m.span(3), m.span('extra'), m.start(4))
print(m.pos, m.endpos, m.string, m.re, m.re is re.compile(r'(?P<key>\w+)=(?P<value>\w*)(;(?P<extra>\w+))?'))
print(m.lastindex, m.lastgroup, m.regs)
print(m.expand(r'\g<value> is \g<key> (\2, \g<0>) [\3]'), m.expand(r'\n\t\\'))
for pattern, text in [(r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'(a)|(b)', 'b'), (r'(a)(b)?', 'a'), (r'(?P<x>a)(?P<y>b)', 'ab'),
                      (r'(?P<x>a(?P<y>b))', 'ab'), (r'a', 'a'), (r'(a)()', 'a'), (r'(?:(a)|b)+', 'ab'), (r'(a)(?:b|(c))', 'ab'),
                      (r'(a)(?=(b))', 'ab'), (r'((a)|(b))+', 'ab')]:
    mm = re.search(pattern, text)
    print(pattern, mm.lastindex, mm.lastgroup, mm.groups(), mm.regs)
print(re.search('b+', 'abbbc'), re.search('', 'abc'), re.search('x', 'abc'))
print(repr(re.search('.+', 'x' * 80)))
print(repr(re.search("'\"", "a'\"b")))
m = re.compile(r'\d+').search('ab 123 cd 45', 5, 11)
print(m, m.pos, m.endpos)
m = re.compile('(a)(b)?').match('a')
print(m.group(2), m.groups(), m.start(2), m.end(2), m.span(2))
try:
    m.group(3)
except IndexError as e:
    print('IndexError', e)
for bad in [-1, 'nope', 1.5, None]:
    try:
        print(m.group(bad))
    except IndexError as e:
        print('IndexError', e)
print(m.group(True), m[False])
m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m[0], m[1], m[2], m.group(1, 2))
d = re.match(r'(?P<first_name>\w+) (?P<last_name>\w+)', 'Malcolm Reynolds').groupdict()
print(d, sorted(d))
email = 'tony@tiremove_thisger.net'
m = re.search('remove_this', email)
print(email[:m.start()] + email[m.end():])
print(type(m).__name__, type(m), re.Match, type(re.compile('x')), re.Pattern)
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(m == m, m != re.search('remove_this', email))
