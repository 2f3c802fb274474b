# SyntaxError's details as CPython's SyntaxError_init reads them from its arguments: msg, filename, lineno, offset,
# text, end_lineno, end_offset; str() with the file's base name and the line; format_exception_only's file, line
# and caret; attributes set after the fact; the errors for details that are not four to six items.
import traceback
cases = [
    SyntaxError("bad", ("f.py", 3, 5, "x = (1, 2\n", 3, 6)),
    SyntaxError("bad", ("f.py", 3, 5, "    x = (1, 2\n", 3, 9)),
    SyntaxError("bad", ("f.py", 3, None, "x = 1\n")),
    SyntaxError("bad", (None, 3, 2, "x = 1")),
    SyntaxError("bad", ("f.py", None, None, None)),
    SyntaxError("only message"),
    SyntaxError(),
    SyntaxError("a", "b", "c"),
    IndentationError("unexpected indent", ("g.py", 2, 5, "    y = 2\n", 2, -1)),
]
for e in cases:
    print(repr(str(e)))
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
    print("".join(traceback.format_exception_only(e)), end="")
e = SyntaxError("bad", ("f.py", 3, 5, "x = (1, 2\n", 3, 6))
e.lineno = 7
e.msg = "changed"
print(str(e), e.args)
print("".join(traceback.format_exception_only(e)), end="")
try:
    SyntaxError("m", ("f", 1))
except Exception as x:
    print(type(x).__name__, x)
try:
    SyntaxError("m", 5)
except Exception as x:
    print(type(x).__name__, x)
