using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Builtins;

/// <summary>str methods the everyday corpus found missing: classification, tabs, affixes, translate, count with bounds.</summary>
public class StrTextMethodsTests
{
    private static PyValue S(string s) => PyValue.Str(s);

    [Fact]
    public void ClassificationFollowsCPython()
    {
        using var s = new InterpreterScope();
        Assert.Equal("True", s.Repr(s.CallMethod(S("abc"), "isascii")));
        Assert.Equal("False", s.Repr(s.CallMethod(S("é"), "isascii")));
        Assert.Equal("True", s.Repr(s.CallMethod(S(""), "isprintable")));
        Assert.Equal("False", s.Repr(s.CallMethod(S("a\tb"), "isprintable")));
        Assert.Equal("True", s.Repr(s.CallMethod(S("Hello World"), "istitle")));
        Assert.Equal("False", s.Repr(s.CallMethod(S("Hello world"), "istitle")));
        Assert.Equal("False", s.Repr(s.CallMethod(S("HELLO"), "istitle")));
        Assert.Equal("True", s.Repr(s.CallMethod(S("A1 B2"), "istitle")));
    }

    [Fact]
    public void ExpandtabsAndAffixes()
    {
        using var s = new InterpreterScope();
        Assert.Equal("'a       bc      d'", s.Repr(s.CallMethod(S("a\tbc\td"), "expandtabs")));
        Assert.Equal("'x  y\\n   z'", s.Repr(s.CallMethod(S("x\ty\n\tz"), "expandtabs", PyValue.Int(3))));
        Assert.Equal("'body'", s.Repr(s.CallMethod(S("pre_body"), "removeprefix", S("pre_"))));
        Assert.Equal("'body'", s.Repr(s.CallMethod(S("body.txt"), "removesuffix", S(".txt"))));
        Assert.Equal("TypeError: removeprefix() argument must be str, not int",
            s.Throws(() => s.CallMethod(S("x"), "removeprefix", PyValue.Int(1))).Message);
    }

    [Fact]
    public void CountAndFindHonourBounds()
    {
        using var s = new InterpreterScope();
        Assert.Equal("1", s.Repr(s.CallMethod(S("hello"), "count", S("l"), PyValue.Int(3))));
        Assert.Equal("1", s.Repr(s.CallMethod(S("hello"), "count", S("l"), PyValue.Int(0), PyValue.Int(3))));
        Assert.Equal("3", s.Repr(s.CallMethod(S("abc"), "count", S(""), PyValue.Int(1))));
        Assert.Equal("0", s.Repr(s.CallMethod(S("abc"), "count", S(""), PyValue.Int(5))));
        Assert.Equal("-1", s.Repr(s.CallMethod(S("abc"), "find", S(""), PyValue.Int(5))));
        Assert.Equal("False", s.Repr(s.CallMethod(S("abc"), "startswith", S(""), PyValue.Int(2), PyValue.Int(1))));
    }

    [Fact]
    public void MaketransAndTranslate()
    {
        using var s = new InterpreterScope();
        var maketrans = Ops.GetAttr(s.Ts, PyValue.From(PyType.Str), "maketrans");
        var table = Ops.Call(s.Ts, maketrans, new[] { S("ab"), S("xy"), S("c") }, null);
        Assert.Equal("{97: 120, 98: 121, 99: None}", s.Repr(table));
        Assert.Equal("'xyd'", s.Repr(s.CallMethod(S("abcd"), "translate", table)));
        Assert.Equal("ValueError: the first two maketrans arguments must have equal length",
            s.Throws(() => Ops.Call(s.Ts, maketrans, new[] { S("ab"), S("x") }, null)).Message);
        Assert.Equal("TypeError: if you give only one argument to maketrans it must be a dict",
            s.Throws(() => Ops.Call(s.Ts, maketrans, new[] { PyValue.Int(1) }, null)).Message);
        Assert.Equal("TypeError: character mapping must return integer, None or str",
            s.Throws(() => s.CallMethod(S("a"), "translate", s.CallBuiltin("dict", Ops.BuildList(new[] { Ops.BuildTuple(new[] { PyValue.Int(97), PyValue.Float(1.5) }) })))).Message);
    }
}
