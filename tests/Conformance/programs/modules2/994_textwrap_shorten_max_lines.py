# textwrap.shorten and max_lines with placeholders.
import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.shorten("   The   quick\tbrown\nfox   ", 15))
print(repr(textwrap.shorten("", 10)))
print(textwrap.shorten("Supercalifragilistic is a word", 12))
print(textwrap.shorten("Supercalifragilistic", 12, placeholder="~"))
try:
    textwrap.shorten("Hello world", 5)
except ValueError as e:
    print(type(e).__name__, e)

TEXT = "one two three four five six seven eight nine ten eleven twelve thirteen"
for lines in (1, 2, 3, 10):
    print(lines, textwrap.wrap(TEXT, 15, max_lines=lines))
print(textwrap.wrap(TEXT, 15, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap(TEXT, 15, max_lines=2, placeholder=""))
print(textwrap.fill(TEXT, 20, max_lines=3, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap("aaaa bbbbbbbbbbbbbbbbbbbb", 10, max_lines=2))
print(textwrap.wrap("aaaa bbbb cccc", 9, max_lines=2, placeholder=" [...]"))
print(textwrap.wrap("short", 10, max_lines=1))
try:
    textwrap.wrap(TEXT, 10, max_lines=2, placeholder=" [much too long]")
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(TEXT, 8, max_lines=1, initial_indent="1234", placeholder=" [...]")
except ValueError as e:
    print(type(e).__name__, e)
