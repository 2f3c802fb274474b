using System;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

public class ArgBinderTests
{
    private static PyFunction Fn(InterpreterScope s, string name, ArgSpec spec, PyValue[]? defaults = null, PyDict? kwDefaults = null)
    {
        var code = new CodeInfo(name, name, new SourceText("t.py", ""), 1, "");
        // The body binds through ArgBinder and returns the bound slots as a tuple.
        return new PyFunction(code, new PyModule("__main__"), (ts, fn, args, kw) => PyValue.From(new PyTuple(ArgBinder.Bind(ts, fn, args, kw))),
                              spec, defaults, kwDefaults, null, name);
    }

    private static string Error(InterpreterScope s, PyFunction f, PyValue[] args, string[]? kw = null) =>
        s.Throws(() => GilGen.Runtime.Ops.Call(s.Ts, PyValue.From(f), args, kw)).Message;

    [Fact]
    public void CPythonTypeErrorTexts()
    {
        using var s = new InterpreterScope();
        var foo = Fn(s, "foo", new ArgSpec(new[] { "x" }, 0, 1, 0, false, false));
        Assert.Equal("TypeError: foo() takes 1 positional argument but 2 were given", Error(s, foo, new[] { PyValue.Int(1), PyValue.Int(2) }));
        Assert.Equal("TypeError: foo() missing 1 required positional argument: 'x'", Error(s, foo, Array.Empty<PyValue>()));
        Assert.Equal("TypeError: foo() got an unexpected keyword argument 'z'", Error(s, foo, new[] { PyValue.Int(1), PyValue.Int(1) }, new[] { "z" }));
        Assert.Equal("TypeError: foo() got multiple values for argument 'x'", Error(s, foo, new[] { PyValue.Int(1), PyValue.Int(2) }, new[] { "x" }));
        var bar = Fn(s, "bar", new ArgSpec(new[] { "a", "b" }, 0, 2, 0, false, false), new[] { PyValue.Int(1) });
        Assert.Equal("TypeError: bar() takes from 1 to 2 positional arguments but 3 were given", Error(s, bar, new[] { PyValue.Int(1), PyValue.Int(2), PyValue.Int(3) }));
        var q = Fn(s, "q", new ArgSpec(new[] { "a", "b", "c" }, 0, 3, 0, false, false));
        Assert.Equal("TypeError: q() missing 3 required positional arguments: 'a', 'b', and 'c'", Error(s, q, Array.Empty<PyValue>()));
        Assert.Equal("TypeError: q() missing 2 required positional arguments: 'b' and 'c'", Error(s, q, new[] { PyValue.Int(1) }));
        var baz = Fn(s, "baz", new ArgSpec(new[] { "a", "k" }, 0, 1, 1, false, false));
        Assert.Equal("TypeError: baz() missing 1 required keyword-only argument: 'k'", Error(s, baz, new[] { PyValue.Int(1) }));
        Assert.Equal("TypeError: baz() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given",
            Error(s, baz, new[] { PyValue.Int(1), PyValue.Int(2), PyValue.Int(3) }, new[] { "k" }));
        var po = Fn(s, "po", new ArgSpec(new[] { "a", "b" }, 1, 2, 0, false, false));
        Assert.Equal("TypeError: po() got some positional-only arguments passed as keyword arguments: 'a'",
            Error(s, po, new[] { PyValue.Int(1), PyValue.Int(2) }, new[] { "a", "b" }));
    }

    [Fact]
    public void BindsDefaultsKeywordsStarArgsAndKwargs()
    {
        using var s = new InterpreterScope();
        var f = Fn(s, "f", new ArgSpec(new[] { "a", "b", "k" }, 0, 2, 1, true, true), new[] { PyValue.Int(20) });
        var r = GilGen.Runtime.Ops.Call(s.Ts, PyValue.From(f), new[] { PyValue.Int(1), PyValue.Int(2), PyValue.Int(3), PyValue.Int(4), PyValue.Int(5) }, new[] { "k", "z" });
        Assert.Equal("(1, 2, 4, (3,), {'z': 5})", s.Repr(r));
        var r2 = GilGen.Runtime.Ops.Call(s.Ts, PyValue.From(f), new[] { PyValue.Int(1), PyValue.Int(4) }, new[] { "k" });
        Assert.Equal("(1, 20, 4, (), {})", s.Repr(r2));
    }
}
