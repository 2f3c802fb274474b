# string.Formatter as CPython's Lib/string.py has it, over _string's parser; str.format's errors.
import string
import _string


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(_string.formatter_parser('a{{b}}c{0!r:>{w}}d{x.y[1]}')))
print(list(_string.formatter_parser('')), list(_string.formatter_parser('{}{:}{!s}')))
first, rest = _string.formatter_field_name_split('a.b[0][c].1')
print(first, list(rest))
print(_string.formatter_field_name_split('12')[0], repr(_string.formatter_field_name_split('')[0]))
for bad in ['{', '}', 'a}b', '{0!}', '{0!r', '{0!rx}', '{a{b}', '{0', 'x{0[}']:
    show('parse ' + bad, lambda: list(_string.formatter_parser(bad)))
for bad in ['a[', 'a.', 'a[]', 'a[0]x', 'a..b']:
    show('split ' + bad, lambda: list(_string.formatter_field_name_split(bad)[1]))
show('parser int', lambda: _string.formatter_parser(1))
show('lazy', lambda: type(_string.formatter_parser('{')).__name__)

f = string.Formatter()
print(f.format('{} and {}', 1, 'two'), f.format('{0}{1}{0}', 'a', 'b'), f.format('{x} {y!r}', x=1, y='s'))
print(f.format('{0.real} {1[k]} {2[0]}', 3, {'k': 'v'}, [9]), f.format('{:>{w}}|', 'r', w=5), f.format('{!a}', 'é'))
print(f.vformat('{a}-{0}', ('p',), {'a': 'k'}), f.format('{{}} {0:.2f}', 3.14159))
show('switch', lambda: f.format('{} {0}', 1))
show('switch back', lambda: f.format('{0} {}', 1))
show('index', lambda: f.format('{1}', 0))
show('key', lambda: f.format('{k}'))
show('conversion', lambda: f.format('{0!x}', 1))
show('recursion', lambda: f.format('{:{:{}}}', 1, 2, 3))
print(list(f.parse('a{b}c')), f.get_field('0.imag', (5,), {}), f.get_value('k', (), {'k': 1}), f.get_value(0, ('z',), {}))
print(f.convert_field(1, 'r'), f.convert_field('x', None), f.format_field(3, '03d'), f.check_unused_args(set(), (), {}))


# Subclasses reach every hook.
class Checked(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused))


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return format(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'l':
            return str(value).lower()
        return super().convert_field(value, conversion)


print(Checked().format('{a}', a=1))
show('unused', lambda: Checked().format('{a}', a=1, b=2, c=3))
print(Upper().format('{0} {missing} {x!l}', 'abc', x='MiXeD'))

# str.format itself, through the same parser.
print('{0!r:>8}|{1:^5}|{2[1]}|{3.imag}'.format('s', 'c', 'xy', 2j), '{{x}}'.format(), '{:{}{}}'.format(1, '>', 4))
for bad in ['{', '}', '{0!}', '{0!r', '{0!rx}', '{a{b}', '{0[}', '{0[0]x}', '{0.}', '{!z}', '{0]}']:
    show('format ' + bad, lambda: bad.format(1))
show('format_map positional', lambda: '{0}'.format_map({}))
print('{a[b]}'.format_map({'a': {'b': 'c'}}))
print(string.capwords(' hello   world '), string.capwords('a-b-c', '-'), string.ascii_letters, string.hexdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable), string.Template('$x').substitute(x=1))
print(string.Template.__module__, string.Formatter.__module__, sorted(string.__all__))
show('capwords int', lambda: string.capwords(1))
