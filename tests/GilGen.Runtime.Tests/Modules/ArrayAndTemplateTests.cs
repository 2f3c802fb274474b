using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Modules;

public class ArrayAndTemplateTests
{
    private static PyValue Import(InterpreterScope s, string name) => Ops.ImportName(s.Ts, new PyModule("__main__"), name, PyValue.None, 0);

    [Fact]
    public void ArraysKeepTheirTypeAndRoundTripThroughBytes()
    {
        using var s = new InterpreterScope();
        var array = Ops.GetAttr(s.Ts, Import(s, "array"), "array");
        var items = PyValue.From(PyList.FromBorrowed(new[] { PyValue.Int(1), PyValue.Int(-2) }));
        var a = Ops.Call(s.Ts, array, new[] { PyValue.Str("h"), items }, null);
        Assert.Equal("array('h', [1, -2])", s.Repr(a));
        Assert.Equal("b'\\x01\\x00\\xfe\\xff'", s.Repr(s.CallMethod(a, "tobytes")));
        Assert.Equal("OverflowError: signed short integer is greater than maximum", s.Throws(() => s.CallMethod(a, "append", PyValue.Int(40000))).Message);
        Assert.Equal("TypeError: 'float' object cannot be interpreted as an integer", s.Throws(() => s.CallMethod(a, "append", PyValue.Float(1.5))).Message);
        var f = Ops.Call(s.Ts, array, new[] { PyValue.Str("f"), PyValue.From(PyList.FromBorrowed(new[] { PyValue.Float(0.1) })) }, null);
        Assert.Equal("0.10000000149011612", s.Repr(Ops.GetItem(s.Ts, f, PyValue.Int(0))));
        Assert.Equal("ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
            s.Throws(() => Ops.Call(s.Ts, array, new[] { PyValue.Str("z") }, null)).Message);
    }

    [Fact]
    public void TemplateSubstitutesAndReportsInvalidPlaceholders()
    {
        using var s = new InterpreterScope();
        var template = Ops.GetAttr(s.Ts, Import(s, "string"), "Template");
        var t = Ops.Call(s.Ts, template, new[] { PyValue.Str("$who owes $$${amount}") }, null);
        var sub = Ops.GetAttr(s.Ts, t, "substitute");
        Assert.Equal("ann owes $5", s.Str(Ops.Call(s.Ts, sub, new[] { PyValue.Str("ann"), PyValue.Int(5) }, new[] { "who", "amount" })));
        Assert.Equal("KeyError: 'amount'", s.Throws(() => Ops.Call(s.Ts, sub, new[] { PyValue.Str("ann") }, new[] { "who" })).Message);
        Assert.Equal("ann owes $${amount}", s.Str(Ops.Call(s.Ts, Ops.GetAttr(s.Ts, t, "safe_substitute"), new[] { PyValue.Str("ann") }, new[] { "who" })));
        var bad = Ops.Call(s.Ts, template, new[] { PyValue.Str("a\n  $ b") }, null);
        Assert.Equal("ValueError: Invalid placeholder in string: line 2, col 3", s.Throws(() => s.CallMethod(bad, "substitute")).Message);
    }
}
