from string import Template

letter = Template('Dear $name,\nyour order #$order ships on ${day}day.\nTotal: $$${amount}\n')
print(letter.template)
print(letter.substitute(name='Ada', order=1024, day='Mon', amount='12.50'))
print(letter.substitute({'name': 'Bob', 'order': 7, 'day': 'Fri', 'amount': 3}, name='Override'))
print(letter.safe_substitute(name='Cy'))
print(letter.get_identifiers(), letter.is_valid())

for text in ['$a$b', '${a}${b}c', '$$a', '$a_1 $_x $A', 'price: $9', 'trailing $', 'open ${a', '${}', '$ space',
             'multi\nline\n  bad $!', 'no placeholders', '$$$$', '$a$$b']:
    t = Template(text)
    values = {'a': 'X', 'b': 'Y', 'a_1': 'one', '_x': 'under', 'A': 'upper'}
    try:
        full = t.substitute(values)
    except ValueError as e:
        full = f'ValueError({e})'
    except KeyError as e:
        full = f'KeyError({e})'
    print(repr(text), '->', repr(full), '| safe:', repr(t.safe_substitute(values)), t.is_valid(), t.get_identifiers())

try:
    Template('$who and $what').substitute(who='me')
except KeyError as e:
    print('KeyError:', e)

class Percent(Template):
    delimiter = '%'

p = Percent('%user has %% of %{quota}MB ($ stays)')
print(p.substitute(user='ann', quota=512))
print(p.safe_substitute(user='ann'))
print(isinstance(p, Template), Percent.delimiter, Template.delimiter)

class Hash(Template):
    delimiter = '##'

print(Hash('a ##x b ####y ##{z}!').substitute(x=1, y=2, z=3))

class Greeting(Template):
    def greet(self, **names):
        return self.substitute(**names).upper()

print(Greeting('hi $who').greet(who='there'))

rows = [{'item': 'tea', 'qty': 2}, {'item': 'cake', 'qty': 1}]
line = Template('${qty}x $item')
print('; '.join(line.substitute(r) for r in rows))
counts = {}
for ident in Template('$a $b $a ${c} $b').get_identifiers():
    counts[ident] = counts.get(ident, 0) + 1
print(counts)
try:
    Template('$a').substitute({}, {})
except TypeError as e:
    print('TypeError:', e)
