# Unicode text: \w, \d, \s and \b over letters, digits and spaces of many scripts; case-insensitivity; escapes.
import re

samples = ['na\u00efve caf\u00e9', '\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645', '\u65e5\u672c\u8a9e \u30c6\u30b9\u30c8', '\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac',
           'x\u00b2+y\u00b3', '\u2160\u2161\u2162', 'under_score', 'tab\tnl\nff\x0cvt\x0b', 'nbsp\u00a0em\u2003ideo\u3000end',
           'seps\x1c\x1d\x1e\x1f!', 'digits \u0660\u0661 \u0966\u0967 \uff11\uff12', 'mixed123abc']
for s in samples:
    print(repr(s))
    print('  w', re.findall(r'\w+', s), re.findall(r'\w+', s, re.A))
    print('  d', re.findall(r'\d+', s), re.findall(r'\d+', s, re.A))
    print('  s', [ord(c) for c in ''.join(re.findall(r'\s', s))], [ord(c) for c in ''.join(re.findall(r'\s', s, re.A))])
    print('  W', len(re.findall(r'\W', s)), len(re.findall(r'\W', s, re.A)), len(re.findall(r'\S', s)), len(re.findall(r'\D', s)))
    print('  b', [m.start() for m in re.finditer(r'\b', s)], [m.start() for m in re.finditer(r'\b', s, re.A)])
    print('  B', len(re.findall(r'\B', s)), len(re.findall(r'[\w\s]', s)), len(re.findall(r'[^\w\s]', s)), len(re.findall(r'[\W\d]', s)))
print(re.findall('stra\u00dfe', 'STRASSE Stra\u00dfe', re.I))
print(re.findall('\u03c3', '\u03a3\u03c3\u03c2', re.I))
print(re.findall('[\u03b1-\u03c9]+', '\u0391\u0392\u0393 \u03b1\u03b2\u03b3', re.I))
print(re.findall(r'\u00e9|\U0001F600', '\u00e9\U0001F600'), re.search('\u2014', 'a\u2014b').span())
print(re.sub(r'\s+', ' ', 'a\u2003\u2003b\u00a0c'), re.split(r'\W+', 'caf\u00e9, na\u00efve; \u00fcber'))
print(re.findall(r'[^\W_]+', 'a_b c1_2'), re.fullmatch(r'\w+', '\u00c0\u00ff\u0100'))
print(re.findall(r'(?i)\u00c9T\u00c9', '\u00e9t\u00e9 \u00c9t\u00c9'), re.search('(?i)[^a]', 'A'), re.search('(?i)[^a]', 'b'))
print(re.escape('\u00e9 \u2014'), re.findall(re.escape('1.5\u20ac'), 'cost 1.5\u20ac 125\u20ac'))
print(re.findall('\u03c3', '\u03a3\u03c3\u03c2', re.I), re.findall('[\u03c3]', '\u03a3\u03c3\u03c2', re.I), re.findall('[\u03c0-\u03c4]', '\u03a3\u03c3\u03c2', re.I))
print(re.findall('s', 'sS\u017f', re.I), re.findall('[r-t]', 'sS\u017f', re.I), re.findall('[^s]', 'sS\u017fx', re.I), re.findall('i', 'iI\u0131', re.I))
print(re.findall('\u00b5', '\u00b5\u03bc\u039c', re.I), re.findall('k', 'kK\u212a', re.I), re.findall('[j-l]', 'kK\u212a', re.I))
print(re.findall('(?i)i', 'iI\u0131\u0130'), re.findall('(?i)[a-z]', '\u0130'), re.findall('(?i)\u0130', 'iI\u0131\u0130'), re.findall('(?i)[^i]', 'iI\u0131\u0130x'))
