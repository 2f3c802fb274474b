using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Builtins;

public class BuiltinsTests
{
    [Fact]
    public void PrintWritesToInterpreterStdout()
    {
        using var s = new InterpreterScope();
        s.CallBuiltin("print", PyValue.Str("hello"));
        s.CallKw(s.Builtin("print"), new[] { PyValue.Int(1), PyValue.Int(2), PyValue.Str("-"), PyValue.Str("!\n") }, new[] { "sep", "end" });
        s.CallBuiltin("print", PyValue.Str("Final counter value:"), PyValue.Int(1000000));
        Assert.Equal("hello\n1-2!\nFinal counter value: 1000000\n", s.Out.ToString());
        Assert.Equal("TypeError: sep must be None or a string, not int",
            s.Throws(() => s.CallKw(s.Builtin("print"), new[] { PyValue.Int(1), PyValue.Int(1) }, new[] { "sep" })).Message);
    }

    [Fact]
    public void NumericBuiltins()
    {
        using var s = new InterpreterScope();
        Assert.Equal("2", s.Repr(s.CallBuiltin("round", PyValue.Float(2.5))));
        Assert.Equal("4", s.Repr(s.CallBuiltin("round", PyValue.Float(3.5))));
        Assert.Equal("0.12", s.Repr(s.CallBuiltin("round", PyValue.Float(0.125), PyValue.Int(2))));
        Assert.Equal("2.67", s.Repr(s.CallBuiltin("round", PyValue.Float(2.675), PyValue.Int(2))));
        Assert.Equal("1200", s.Repr(s.CallBuiltin("round", PyValue.Int(1250), PyValue.Int(-2))));
        Assert.Equal("(-4, 1)", s.Repr(s.CallBuiltin("divmod", PyValue.Int(-7), PyValue.Int(2))));
        Assert.Equal("(-4.0, -0.5)", s.Repr(s.CallBuiltin("divmod", PyValue.Float(7.5), PyValue.Int(-2))));
        Assert.Equal("'-0xff'", s.Repr(s.CallBuiltin("hex", PyValue.Int(-255))));
        Assert.Equal("'0b101'", s.Repr(s.CallBuiltin("bin", PyValue.Int(5))));
        Assert.Equal("31", s.Repr(s.CallBuiltin("int", PyValue.Str("0x1f"), PyValue.Int(16))));
        Assert.Equal("-12", s.Repr(s.CallBuiltin("int", PyValue.Str("  -12  "))));
        Assert.Equal("-3", s.Repr(s.CallBuiltin("int", PyValue.Float(-3.9))));
        Assert.Equal("ValueError: invalid literal for int() with base 10: 'x'", s.Throws(() => s.CallBuiltin("int", PyValue.Str("x"))).Message);
        Assert.Equal("ValueError: could not convert string to float: 'x'", s.Throws(() => s.CallBuiltin("float", PyValue.Str("x"))).Message);
        Assert.Equal("0.30000000000000004", s.Repr(s.CallBuiltin("sum", GilGen.Runtime.Ops.BuildList(new[] { PyValue.Float(0.1), PyValue.Float(0.1), PyValue.Float(0.1) }))));
        Assert.Equal("ValueError: min() iterable argument is empty", s.Throws(() => s.CallBuiltin("min", GilGen.Runtime.Ops.BuildList(default))).Message);
        Assert.Equal("1", s.Repr(s.CallBuiltin("min", PyValue.Int(3), PyValue.Int(1), PyValue.Int(2))));
        Assert.Equal("True", s.Repr(GilGen.Runtime.Ops.Compare(s.Ts, s.CallBuiltin("hash", PyValue.Float(1.0)), s.CallBuiltin("hash", PyValue.Int(1)), CompareOp.Eq)));
        Assert.Equal("1152921504606846977", s.Repr(s.CallBuiltin("hash", PyValue.Float(1.5))));
        Assert.Equal("230584300921369408", s.Repr(s.CallBuiltin("hash", PyValue.Float(0.1))));
    }

    [Fact]
    public void IterationBuiltins()
    {
        using var s = new InterpreterScope();
        var ab = PyValue.Str("ab");
        Assert.Equal("[(1, 'a'), (2, 'b')]", s.Repr(s.CallBuiltin("list", s.CallBuiltin("zip", GilGen.Runtime.Ops.BuildList(new[] { PyValue.Int(1), PyValue.Int(2) }), ab))));
        Assert.Equal("[(1, 'a'), (2, 'b')]", s.Repr(s.CallBuiltin("list", s.CallBuiltin("enumerate", ab, PyValue.Int(1)))));
        Assert.Equal("['1', '2']", s.Repr(s.CallBuiltin("list", s.CallBuiltin("map", s.Builtin("str"), GilGen.Runtime.Ops.BuildList(new[] { PyValue.Int(1), PyValue.Int(2) })))));
        Assert.Equal("[1, 2]", s.Repr(s.CallBuiltin("list", s.CallBuiltin("filter", PyValue.None, GilGen.Runtime.Ops.BuildList(new[] { PyValue.Int(0), PyValue.Int(1), PyValue.Int(2) })))));
        Assert.Equal("[3, 2, 1]", s.Repr(s.CallBuiltin("list", s.CallBuiltin("reversed", GilGen.Runtime.Ops.BuildList(new[] { PyValue.Int(1), PyValue.Int(2), PyValue.Int(3) })))));
        Assert.Equal("True", s.Repr(s.CallBuiltin("isinstance", PyValue.True, PyValue.From(PyType.Int))));
        Assert.Equal("<class 'int'>", s.Repr(s.CallBuiltin("type", PyValue.Int(3))));
        Assert.Equal("TypeError: object of type 'int' has no len()", s.Throws(() => s.CallBuiltin("len", PyValue.Int(1))).Message);
        Assert.Equal("StopIteration", s.Throws(() => s.CallBuiltin("next", s.CallBuiltin("iter", GilGen.Runtime.Ops.BuildList(default)))).Message);
        Assert.Equal("range(0, 10)", s.Repr(s.CallBuiltin("range", PyValue.Int(10))));
    }
}
