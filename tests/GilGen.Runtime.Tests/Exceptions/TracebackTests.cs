using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Exceptions;

public class TracebackTests
{
    private const string Source = "n = 0\n\ndef foo():\n    n += 1\n\nfoo()\n";

    [Fact]
    public void FormatsLikeCPython39()
    {
        var src = new SourceText("x.py", Source);
        var module = new CodeInfo("<module>", "<module>", src, 1, "");
        var foo = new CodeInfo("foo", "foo", src, 3, "");
        var e = PyErr.UnboundLocalError("local variable 'n' referenced before assignment");
        e.AddFrame(foo, 4);
        e.AddFrame(module, 6);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            "  File \"x.py\", line 6, in <module>\n" +
            "    foo()\n" +
            "  File \"x.py\", line 4, in foo\n" +
            "    n += 1\n" +
            "UnboundLocalError: local variable 'n' referenced before assignment\n",
            e.FormatTraceback());
    }

    [Fact]
    public void ChainedExceptionsShowContext()
    {
        using var s = new InterpreterScope();
        var src = new SourceText("y.py", "try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError('bad')\n");
        var code = new CodeInfo("<module>", "<module>", src, 1, "");
        var first = PyErr.ZeroDivisionError("division by zero");
        first.AddFrame(code, 2);
        s.Ts.PushHandledException(first);
        var second = GilGen.Runtime.Ops.Raise(s.Ts, GilGen.Runtime.Ops.Call(s.Ts, PyValue.From(ExceptionTypes.ValueError), new[] { PyValue.Str("bad") }, null), PyValue.Unbound);
        s.Ts.PopHandledException();
        second.AddFrame(code, 4);
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"y.py\", line 2, in <module>\n    1/0\nZeroDivisionError: division by zero\n" +
            "\nDuring handling of the above exception, another exception occurred:\n\n" +
            "Traceback (most recent call last):\n  File \"y.py\", line 4, in <module>\n    raise ValueError('bad')\nValueError: bad\n",
            second.FormatTraceback());
    }

    [Fact]
    public void ExceptionStrAndRepr()
    {
        using var s = new InterpreterScope();
        PyValue Make(PyType t, params PyValue[] args) => GilGen.Runtime.Ops.Call(s.Ts, PyValue.From(t), args, null);
        Assert.Equal("a", s.Str(Make(ExceptionTypes.ValueError, PyValue.Str("a"))));
        Assert.Equal("ValueError('a')", s.Repr(Make(ExceptionTypes.ValueError, PyValue.Str("a"))));
        Assert.Equal("ValueError()", s.Repr(Make(ExceptionTypes.ValueError)));
        Assert.Equal("(1, 2)", s.Str(Make(ExceptionTypes.ValueError, PyValue.Int(1), PyValue.Int(2))));
        Assert.Equal("'k'", s.Str(Make(ExceptionTypes.KeyError, PyValue.Str("k"))));
        Assert.Equal("KeyError('k')", s.Repr(Make(ExceptionTypes.KeyError, PyValue.Str("k"))));
    }

    [Fact]
    public void MatchingFollowsTheHierarchy()
    {
        using var s = new InterpreterScope();
        var e = PyErr.ZeroDivisionError("x");
        Assert.True(GilGen.Runtime.Ops.ExceptionMatches(s.Ts, e.Value, PyValue.From(ExceptionTypes.ArithmeticError)));
        Assert.True(GilGen.Runtime.Ops.ExceptionMatches(s.Ts, e.Value, GilGen.Runtime.Ops.BuildTuple(new[] { PyValue.From(ExceptionTypes.KeyError), PyValue.From(ExceptionTypes.Exception) })));
        Assert.False(GilGen.Runtime.Ops.ExceptionMatches(s.Ts, e.Value, PyValue.From(ExceptionTypes.LookupError)));
        Assert.Equal("RuntimeError: No active exception to reraise", GilGen.Runtime.Ops.Reraise(s.Ts).Message);
    }

    [Fact]
    public void NameErrorsAndAttributeErrors()
    {
        using var s = new InterpreterScope();
        var m = new PyModule("__main__", new[] { "x", "print" });
        Assert.Equal("NameError: name 'x' is not defined", s.Throws(() => GilGen.Runtime.Ops.LoadGlobal(s.Ts, m.Slots[0])).Message);
        Assert.Same(s.Builtin("print").Obj, GilGen.Runtime.Ops.LoadGlobal(s.Ts, m.Slots[1]).Obj);
        Assert.Equal("AttributeError: 'int' object has no attribute 'x'", s.Throws(() => GilGen.Runtime.Ops.GetAttr(s.Ts, PyValue.Int(1), "x")).Message);
        Assert.Equal("TypeError: 'NoneType' object is not callable", s.Throws(() => GilGen.Runtime.Ops.Call(s.Ts, PyValue.None, default, null)).Message);
        Assert.Equal("UnboundLocalError: cannot access local variable 'q' where it is not associated with a value", s.Throws(() => GilGen.Runtime.Ops.RaiseUnboundLocal(s.Ts, "q")).Message);
    }
}
