from string import Template
from collections import namedtuple

Order = namedtuple('Order', 'id customer items total')
orders = [Order(1, 'ann', 3, 29.5), Order(2, 'bob', 1, 5.0), Order(3, 'cy', 12, 240.75)]

row = Template('| $id | ${customer}_acct | $items item(s) | $$$total |')
for o in orders:
    print(row.substitute(o._asdict()))

header = Template('Report for $month $year: $$${count} orders worth $$${sum}')
print(header.substitute(month='May', year=2024, count=len(orders), sum=sum(o.total for o in orders)))
print(header.safe_substitute(month='June'))

class Html(Template):
    delimiter = '@'

page = Html('<h1>@title</h1><p>@{body}</p><footer>@@ @year</footer>')
print(page.substitute(title='Hi', body='text & more', year=2024))
print(page.get_identifiers(), page.is_valid())

mail = Template("""Dear $name,
Your balance is $$${balance}.
$signoff""")
for name, balance in [('Ann', 10), ('Bob', -3.5)]:
    print(mail.substitute(name=name, balance=balance, signoff='Regards'))
    print('---')

broken = Template('Total: $ $amount')
try:
    broken.substitute(amount=5)
except ValueError as e:
    print('ValueError:', e)
print(broken.safe_substitute(amount=5), broken.is_valid())
try:
    Template('$who $what').substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
defaults = {'greeting': 'Hello', 'name': 'world'}
print(Template('$greeting, $name!').substitute(defaults, name='GilGen'))
print(Template('${greeting}${name}').substitute(**defaults))
