# Everyday uses of re: a tokenizer, log parsing, validation, templating, splitting CSV-ish lines, cleaning text.
import re

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
''', re.VERBOSE)

def tokenize(code):
    for mo in TOKEN.finditer(code):
        kind = mo.lastgroup
        if kind == 'SKIP':
            continue
        value = mo.group()
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        yield kind, value, mo.start()

print(list(tokenize('x = 3.5 * (y + 42) $')))

LOG = re.compile(r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<when>[^\]]+)\] "(?P<method>GET|POST) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$', re.M)
logs = '''127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
10.0.0.2 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
garbage line
192.168.1.1 - - [11/Oct/2000:08:00:00 -0700] "GET /index.html HTTP/1.1" 404 512'''
for m in LOG.finditer(logs):
    print(m['ip'], m['method'], m['path'], int(m['status']), m['size'], m.span())
print(sum(int(m['size']) for m in LOG.finditer(logs) if m['size'] != '-'))

EMAIL = re.compile(r'^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$')
for addr in ['joe@example.com', 'a.b+c@sub.domain.org', 'bad@', '@bad.com', 'no spaces@x.com', 'x@y']:
    print(addr, bool(EMAIL.match(addr)))
DATE = re.compile(r'(\d{4})-(\d{2})-(\d{2})')
print(DATE.sub(r'\3/\2/\1', 'from 2024-01-31 to 2024-02-29'))
print([tuple(map(int, g)) for g in DATE.findall('2020-05-06, 1999-12-31')])

def render(template, context):
    return re.sub(r'\{\{\s*(\w+)\s*\}\}', lambda m: str(context.get(m.group(1), '?')), template)
print(render('Hello {{ name }}, you are {{age}} ({{ missing }})', {'name': 'Ann', 'age': 33}))

print(re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', 'a,"b,c",d,"e,,f"'))
print(re.findall(r'"([^"]*)"|([^,]+)', 'x,"y,z",w'))
text = '  The   quick brown\tfox -- jumps!!  over... the lazy dog?  '
print(re.sub(r'\s+', ' ', text).strip())
print(re.sub(r'[^\w\s]', '', text).split())
print(re.findall(r'\b[a-z]{4,}\b', text.lower()))
print(re.sub(r'(?<=[a-z])(?=[A-Z])', '_', 'camelCaseStringHere').lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_string_here'))
print(re.sub(r'(\d)(?=(\d{3})+(?!\d))', r'\1,', '1234567890 and 1000 and 999'))
print(re.findall(r'#\w+', 'Loving #python and #regex_fun, not #'), re.findall(r'@(\w+)', '@ann and @bob_2'))
print(re.match(r'(\d+)\s*(kg|g|lb)s?$', '12 kgs').groups(), re.match(r'(\d+)\s*(kg|g|lb)s?$', '12kgX'))
key_values = dict(re.findall(r'(\w+)\s*=\s*("[^"]*"|\S+)', 'a=1 b = "two words" c=three'))
print(key_values)
phone = re.compile(r'^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$')
for number in ['(555) 123-4567', '555.123.4567', '5551234567', '555-1234']:
    m = phone.match(number)
    print(number, m and '-'.join(m.groups()))
print(re.subn(r'\bcolour\b', 'color', 'colour colours colour'))
print(re.split(r'\n\s*\n', 'para one\nline two\n\n  \npara two\n\npara three'))
words = re.findall(r"[A-Za-z']+", "It's a dog's life, isn't it?")
print(words, len(words))
counts = {}
for w in re.findall(r'\w+', 'the cat and the hat and the bat'):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
html = '<p>Hello <b>world</b> &amp; <i>friends</i></p>'
print(re.sub(r'<[^>]+>', '', html), re.findall(r'<(\w+)>', html), re.findall(r'<(\w+)>.*?</\1>', html))
print(re.fullmatch(r'[0-9a-fA-F]+', 'DeadBeef') is not None, re.fullmatch(r'[0-9a-fA-F]+', 'xyz'))
ipv4 = r'(?:25[0-5]|2[0-4]\d|1?\d?\d)'
ip = re.compile(rf'^{ipv4}(?:\.{ipv4}){{3}}$')
print([bool(ip.match(a)) for a in ['1.2.3.4', '255.255.255.255', '256.1.1.1', '1.2.3']])
