# textwrap.dedent and indent.
import textwrap

print(repr(textwrap.dedent("""\
    def f():
        return 1

    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\ta\n\t\tb\n\t  \n")))
print(repr(textwrap.dedent("  hello\n    world\n  \n   ")))
print(repr(textwrap.dedent("no indent\n  some\n")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.dedent("   \n  \t \n")))
print(repr(textwrap.dedent("  \tx\n  \ty\n  z\n")))
print(repr(textwrap.dedent("    a\r\n    b\r\n")))

print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\n  \nb\n", "+ ")))
print(repr(textwrap.indent("a\n  \nb\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\nthree\n", "# ", predicate=lambda line: "o" in line)))
print(repr(textwrap.indent("x\r\ny\rz", "|")))
print(repr(textwrap.indent("", "> ")))
print(textwrap.indent(textwrap.dedent("""
    first
      second
    third"""), "    "))
print(sorted(textwrap.__all__))
