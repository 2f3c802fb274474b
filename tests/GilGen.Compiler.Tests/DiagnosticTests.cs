using System.Collections.Generic;
using System.Linq;

namespace GilGen.Compiler.Tests;

/// <summary>Every error path: id, message and location (1-based line, 0-based column).</summary>
public class DiagnosticTests
{
    public static IEnumerable<object[]> Cases => new List<object[]>
    {
        // Lexer
        new object[] { "x = (1,\n", "GIL0001", "unexpected EOF while parsing", 2, 0 },
        new object[] { "s = 'abc\n", "GIL0001", "EOL while scanning string literal", 1, 8 },
        new object[] { "s = '''abc\n", "GIL0001", "EOF while scanning triple-quoted string literal", 2, 0 },
        new object[] { "if x:\n        a = 1\n    b = 2\n", "GIL0001", "unindent does not match any outer indentation level", 3, 4 },
        new object[] { "if x:\n\ta = 1\n        b = 2\n", "GIL0001", "inconsistent use of tabs and spaces in indentation", 3, 0 },
        new object[] { "x = 0777\n", "GIL0001", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4 },
        new object[] { "x = 1_\n", "GIL0001", "invalid decimal literal", 1, 4 },
        new object[] { "x = 0x\n", "GIL0001", "invalid hexadecimal literal", 1, 4 },
        new object[] { "x = $\n", "GIL0001", "invalid syntax", 1, 4 },
        new object[] { "x = \u20ac\n", "GIL0001", "invalid character '\u20ac' (U+20AC)", 1, 4 },
        new object[] { "x = )\n", "GIL0001", "unmatched ')'", 1, 4 },
        new object[] { "x = (]\n", "GIL0001", "closing parenthesis ']' does not match opening parenthesis '('", 1, 5 },
        new object[] { "x = 1 \\ 2\n", "GIL0001", "unexpected character after line continuation character", 1, 6 },
        // Parser
        new object[] { "def f()\n    pass\n", "GIL0001", "expected ':'", 1, 7 },
        new object[] { "x = 1\n  y = 2\n", "GIL0001", "unexpected indent", 2, 2 },
        new object[] { "if x:\npass\n", "GIL0001", "expected an indented block", 2, 0 },
        new object[] { "x = 1 +\n", "GIL0001", "invalid syntax", 1, 7 },
        new object[] { "x = 1 if y\n", "GIL0001", "invalid syntax", 1, 10 },
        new object[] { "f() = 1\n", "GIL0001", "cannot assign to function call", 1, 0 },
        new object[] { "1 = x\n", "GIL0001", "cannot assign to literal", 1, 0 },
        new object[] { "None = x\n", "GIL0001", "cannot assign to None", 1, 0 },
        new object[] { "a + b = x\n", "GIL0001", "cannot assign to operator", 1, 0 },
        new object[] { "for f() in x:\n    pass\n", "GIL0001", "cannot assign to function call", 1, 4 },
        new object[] { "f() += 1\n", "GIL0001", "'function call' is an illegal expression for augmented assignment", 1, 0 },
        new object[] { "a, b += 1\n", "GIL0001", "'tuple' is an illegal expression for augmented assignment", 1, 0 },
        new object[] { "del f()\n", "GIL0001", "cannot delete function call", 1, 4 },
        new object[] { "def f(a, a):\n    pass\n", "GIL0001", "duplicate argument 'a' in function definition", 1, 9 },
        new object[] { "def f(a=1, b):\n    pass\n", "GIL0001", "non-default argument follows default argument", 1, 11 },
        new object[] { "def f(*):\n    pass\n", "GIL0001", "named arguments must follow bare *", 1, 6 },
        new object[] { "f(a=1, 2)\n", "GIL0001", "positional argument follows keyword argument", 1, 7 },
        new object[] { "f(**a, 2)\n", "GIL0001", "positional argument follows keyword argument unpacking", 1, 7 },
        new object[] { "f(**a, *b)\n", "GIL0001", "iterable argument unpacking follows keyword argument unpacking", 1, 7 },
        new object[] { "f(x for x in y, 1)\n", "GIL0001", "Generator expression must be parenthesized", 1, 2 },
        new object[] { "f(a=1, a=2)\n", "GIL0001", "keyword argument repeated: a", 1, 7 },
        new object[] { "f(a + 1=2)\n", "GIL0001", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2 },
        new object[] { "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "GIL0001", "default 'except:' must be last", 3, 0 },
        new object[] { "try:\n    pass\nx = 1\n", "GIL0001", "invalid syntax", 3, 0 },
        new object[] { "try:\n    pass\nexcept A, B:\n    pass\n", "GIL0001", "multiple exception types must be parenthesized", 3, 8 },
        new object[] { "from x import a,\n", "GIL0001", "trailing comma not allowed without surrounding parentheses", 1, 15 },
        new object[] { "x = *a\n", "GIL0001", "can't use starred expression here", 1, 4 },
        new object[] { "*a\n", "GIL0001", "can't use starred expression here", 1, 0 },
        new object[] { "b'caf\u00e9'\n", "GIL0001", "bytes can only contain ASCII literal characters.", 1, 0 },
        new object[] { "x = 'a' b'b'\n", "GIL0001", "cannot mix bytes and nonbytes literals", 1, 8 },
        new object[] { "f'{}'\n", "GIL0001", "f-string: empty expression not allowed", 1, 2 },
        new object[] { "f'{x!z}'\n", "GIL0001", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 4 },
        new object[] { "f'}'\n", "GIL0001", "f-string: single '}' is not allowed", 1, 2 },
        new object[] { "f'{x'\n", "GIL0001", "f-string: expecting '}'", 1, 2 },
        new object[] { "f'{a\\n}'\n", "GIL0001", "f-string expression part cannot include a backslash", 1, 4 },
        new object[] { "f'{a#}'\n", "GIL0001", "f-string expression part cannot include '#'", 1, 4 },
        new object[] { "f'{a b}'\n", "GIL0001", "invalid syntax", 1, 5 },
        new object[] { "x = '\\x4'\n", "GIL0001", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 5 },
        new object[] { "x = " + new string('(', 300) + "\n", "GIL0001", "too many nested parentheses", 1, 204 },
        new object[] { "__debug__ = 1\n", "GIL0001", "cannot assign to __debug__", 1, 0 },
        // Symbol table
        new object[] { "def f():\n    x = 1\n    global x\n", "GIL0001", "name 'x' is assigned to before global declaration", 3, 4 },
        new object[] { "def f():\n    print(x)\n    global x\n", "GIL0001", "name 'x' is used prior to global declaration", 3, 4 },
        new object[] { "def f(x):\n    global x\n", "GIL0001", "name 'x' is parameter and global", 2, 4 },
        new object[] { "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n", "GIL0001", "name 'x' is used prior to nonlocal declaration", 5, 8 },
        new object[] { "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n", "GIL0001", "name 'x' is assigned to before nonlocal declaration", 5, 8 },
        new object[] { "def f(x):\n    nonlocal x\n", "GIL0001", "name 'x' is parameter and nonlocal", 2, 4 },
        new object[] { "def f():\n    nonlocal q\n", "GIL0001", "no binding for nonlocal 'q' found", 2, 4 },
        new object[] { "nonlocal q\n", "GIL0001", "nonlocal declaration not allowed at module level", 1, 0 },
        new object[] { "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "GIL0001", "name 'x' is nonlocal and global", 5, 8 },
        new object[] { "def f():\n    from threading import *\n", "GIL0001", "import * only allowed at module level", 2, 4 },
        // Code generator
        new object[] { "return 1\n", "GIL0001", "'return' outside function", 1, 0 },
        new object[] { "class C:\n    return 1\n", "GIL0001", "'return' outside function", 2, 4 },
        new object[] { "break\n", "GIL0001", "'break' outside loop", 1, 0 },
        new object[] { "continue\n", "GIL0001", "'continue' not properly in loop", 1, 0 },
        new object[] { "def f():\n    while x:\n        def g():\n            break\n", "GIL0001", "'break' outside loop", 4, 12 },
        new object[] { "a, *b, *c = x\n", "GIL0001", "multiple starred expressions in assignment", 1, 7 },
        new object[] { "*a = x\n", "GIL0001", "starred assignment target must be in a list or tuple", 1, 0 },
        new object[] { "[*a for a in b]\n", "GIL0001", "iterable unpacking cannot be used in comprehension", 1, 1 },
        // Generators and coroutines
        new object[] { "yield 1\n", "GIL0001", "'yield' outside function", 1, 0 },
        new object[] { "class C:\n    yield 1\n", "GIL0001", "'yield' outside function", 2, 4 },
        new object[] { "x = [(yield i) for i in y]\n", "GIL0001", "'yield' inside list comprehension", 1, 6 },
        new object[] { "def f():\n    g = ((yield i) for i in y)\n", "GIL0001", "'yield' inside generator expression", 2, 10 },
        new object[] { "await x\n", "GIL0001", "'await' outside function", 1, 0 },
        new object[] { "def f():\n    await x\n", "GIL0001", "'await' outside async function", 2, 4 },
        new object[] { "async def f():\n    yield from x\n", "GIL0001", "'yield from' inside async function", 2, 4 },
        new object[] { "def f():\n    async for x in y:\n        pass\n", "GIL0001", "'async for' outside async function", 2, 4 },
        new object[] { "def f():\n    async with y:\n        pass\n", "GIL0001", "'async with' outside async function", 2, 4 },
        // Unsupported constructs
        new object[] { "async def f():\n    yield 1\n    return 2\n", "GIL0001", "'return' with value in async generator", 3, 4 },
        new object[] { "async def f():\n    if x:\n        return None\n    yield\n", "GIL0001", "'return' with value in async generator", 3, 8 },
        new object[] { "def f():\n    return [x async for x in y]\n", "GIL0001", "asynchronous comprehension outside of an asynchronous function", 2, 11 },
        new object[] { "x = '\\N{DASH}'\n", "GIL0002", "'\\N{...}' escapes are not supported by GilGen yet", 1, 5 },
        new object[] { "try:\n    pass\nexcept* ValueError:\n    pass\n", "GIL0002", "'except*' is not supported by GilGen yet", 3, 0 },
        // Walrus, annotations and future statements (CPython 3.12's messages)
        new object[] { "(a.b := 1)\n", "GIL0001", "cannot use assignment expressions with attribute", 1, 1 },
        new object[] { "x := 1\n", "GIL0001", "invalid syntax", 1, 0 },
        new object[] { "[i := 0 for i in range(3)]\n", "GIL0001", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 1 },
        new object[] { "class C:\n    xs = [y := 1 for _ in range(3)]\n", "GIL0001", "assignment expression within a comprehension cannot be used in a class body", 2, 10 },
        new object[] { "a, b: int\n", "GIL0001", "only single target (not tuple) can be annotated", 1, 0 },
        new object[] { "[a]: int\n", "GIL0001", "only single target (not list) can be annotated", 1, 0 },
        new object[] { "f(): int\n", "GIL0001", "illegal target for annotation", 1, 0 },
        new object[] { "def f():\n    global x\n    x: int = 1\n", "GIL0001", "annotated name 'x' can't be global", 3, 4 },
        new object[] { "x = 1\nfrom __future__ import annotations\n", "GIL0001", "from __future__ imports must occur at the beginning of the file", 2, 0 },
        new object[] { "from __future__ import spam\n", "GIL0001", "future feature spam is not defined", 1, 23 },
        new object[] { "from __future__ import braces\n", "GIL0001", "not a chance", 1, 23 },
        // Code made from text at run time
        new object[] { "eval('1 + 1')\n", "GIL0010", "'eval' cannot run in ahead-of-time compiled code: GilGen compiles Python to C# at build time and has no compiler at run time to turn text into code", 1, 0 },
        new object[] { "def f(s):\n    exec(s)\n", "GIL0010", "'exec' cannot run in ahead-of-time compiled code: GilGen compiles Python to C# at build time and has no compiler at run time to turn text into code", 2, 4 },
        new object[] { "def f(s):\n    return [compile(x, 'f', 'exec') for x in s]\n", "GIL0010", "'compile' cannot run in ahead-of-time compiled code: GilGen compiles Python to C# at build time and has no compiler at run time to turn text into code", 2, 12 },
        // Unknown modules
        new object[] { "import numpy\n", "GIL0003", "No module named 'numpy' (GilGen's runtime does not provide it)", 1, 7 },
        new object[] { "import os, socket as s\n", "GIL0003", "No module named 'socket' (GilGen's runtime does not provide it)", 1, 11 },
        new object[] { "from socket import socket\n", "GIL0003", "No module named 'socket' (GilGen's runtime does not provide it)", 1, 0 },
        new object[] { "def f():\n    import sqlite3\n", "GIL0003", "No module named 'sqlite3' (GilGen's runtime does not provide it)", 2, 11 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports(string source, string id, string message, int line, int column)
    {
        var result = PythonCompiler.Compile(source, "t.py");
        Assert.False(result.Success);
        Assert.Null(result.Module);
        var d = result.Diagnostics.FirstOrDefault(x => x.Id == id && x.Message == message);
        Assert.True(d != null, "got: " + string.Join(" | ", result.Diagnostics));
        Assert.Equal((line, column), (d!.Line, d.Column));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.InRange(d.Start, 0, source.Length);
        Assert.InRange(d.Start + d.Length, d.Start, source.Length);
    }

    [Fact]
    public void Several_errors_are_reported()
    {
        var result = PythonCompiler.Compile("x = )\ny = 1 +\ndef f(:\n    pass\nz = (]\n", "t.py");
        Assert.True(result.Diagnostics.Count >= 3, string.Join(" | ", result.Diagnostics));
        Assert.Equal(new[] { 1, 2, 3 }, result.Diagnostics.Take(3).Select(d => d.Line));
    }

    [Fact]
    public void At_most_twenty_errors_then_one_summary()
    {
        var source = string.Concat(Enumerable.Range(0, 50).Select(i => "x = )\n"));
        var result = PythonCompiler.Compile(source, "t.py");
        Assert.Equal(21, result.Diagnostics.Count);
        Assert.Equal(DiagnosticIds.TooManyErrors, result.Diagnostics[20].Id);
    }

    [Fact]
    public void Known_modules_are_an_option()
    {
        var options = new CompilerOptions { KnownModules = new[] { "numpy" } };
        Assert.True(PythonCompiler.Compile("import numpy\n", "t.py", options).Success);
        Assert.False(PythonCompiler.Compile("import time\n", "t.py", options).Success);
    }

    [Fact]
    public void Every_id_has_a_title()
    {
        foreach (var id in new[] { DiagnosticIds.SyntaxError, DiagnosticIds.UnsupportedConstruct, DiagnosticIds.UnknownModule, DiagnosticIds.TooManyErrors, DiagnosticIds.InternalError })
            Assert.False(string.IsNullOrEmpty(DiagnosticIds.Titles[id]));
    }

    [Fact]
    public void Syntax_tree_has_exact_positions()
    {
        var result = PythonCompiler.Compile("x = 1\nif x:\n    y = foo(x,\n            2)\n", "t.py");
        Assert.True(result.Success);
        var body = result.Syntax!.Body;
        var iff = Assert.IsType<GilGen.Compiler.Syntax.Ast.IfStmt>(body[1]);
        Assert.Equal((2, 0, 6), (iff.Line, iff.Column, iff.Start));
        var assign = Assert.IsType<GilGen.Compiler.Syntax.Ast.AssignStmt>(iff.Body[0]);
        Assert.Equal((3, 4, 16), (assign.Line, assign.Column, assign.Start));
        var call = Assert.IsType<GilGen.Compiler.Syntax.Ast.CallExpr>(assign.Value);
        Assert.Equal("foo(x,\n            2)", "x = 1\nif x:\n    y = foo(x,\n            2)\n".Substring(call.Start, call.Length));
    }
}
