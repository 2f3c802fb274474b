# textwrap.wrap and fill: widths, indents, hyphens, em-dashes, long words, tabs, sentence endings.
import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog. Well-known, long-winded sentences--like this "
        "one--test the wrapping of hyphenated words, em-dashes and supercalifragilisticexpialidocious words.")

for width in (10, 20, 35, 70):
    print(width, textwrap.wrap(TEXT, width))

print(textwrap.fill(TEXT, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(TEXT, 25, break_on_hyphens=False))
print(textwrap.wrap("a-b-c well--known x--y A-B 123-456 ab- -ab", 6))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaa bbb", 8))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaa bbb", 8, break_long_words=False))
print(textwrap.wrap("abc-defghijklmnop-qrst", 8))
print(textwrap.wrap("abc-defghijklmnop-qrst", 8, break_on_hyphens=False))
print(textwrap.wrap("---------- dashes", 4))

# Tabs and other whitespace.
tabbed = "col1\tcol2\tcol3\nnext line\x0bvertical\x0cfeed\rreturn"
print(textwrap.wrap(tabbed, 12))
print(textwrap.wrap(tabbed, 12, tabsize=4))
print(textwrap.wrap(tabbed, 12, expand_tabs=False))
print(textwrap.wrap(tabbed, 40, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5) == "")

# Sentence endings get two spaces.
prose = "Hello there. How are you? I am fine! Mr. Smith said \"no.\" Then e.g. this. End"
print(textwrap.fill(prose, 40, fix_sentence_endings=True))

# A TextWrapper keeps its options, which can be changed between calls.
w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("one two three four five six seven eight nine ten"))
w.width = 25
w.initial_indent = ""
print(w.fill("one two three four five six seven eight nine ten"))
print(w.width, w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings, w.break_long_words,
      w.drop_whitespace, w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))

for bad in (0, -3):
    try:
        textwrap.wrap("some text", bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.TextWrapper(width=10, nonsense=1)
except TypeError as e:
    print(type(e).__name__)
print(textwrap.wrap("unicode: naïve café résumé — über straße", 12))
