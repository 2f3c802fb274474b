import string

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

msg = 'The Quick Brown Fox, 42 jumps!'
for k in (1, 13, 25):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, 26 - k) == msg)

leet = str.maketrans({'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '$', 't': None})
print('sensitive information'.translate(leet))
no_punct = str.maketrans('', '', string.punctuation)
print("Hello, world! It's (really) fine...".translate(no_punct))
swap = str.maketrans('()[]', ')(][')
print('f(a[1], g(b))'.translate(swap))

files = ['IMG_0012.jpg', 'IMG_0013.JPG', 'notes.txt', 'IMG_.png', 'draft_v2.txt.bak', 'report']
for name in files:
    base = name.removeprefix('IMG_').removesuffix('.bak')
    stem, dot, ext = base.rpartition('.')
    print(f'{name:<18} -> {base:<14} ext={ext.lower() if dot else "-"}')

cols = ['id\tname\tscore', '1\tann\t9.5', '22\tbartholomew\t10', '333\tcy\t7.25']
for line in cols:
    print(line.expandtabs(6) + '|', line.expandtabs(12).rstrip() + '|')
titles = ['hello world', 'Hello World', 'HELLO WORLD', "o'neil's pub", 'X-ray Vision', '2nd Place']
for t in titles:
    print(repr(t), t.istitle(), t.title(), t.title().istitle(), string.capwords(t))
print('abc\x07'.isprintable(), 'naïve'.isascii(), 'plain'.isascii(), 'tab\t'.isprintable())
print('{name}: {score:.1f}'.format_map({'name': 'ann', 'score': 9.25}))
