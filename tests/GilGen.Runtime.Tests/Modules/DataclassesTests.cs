using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Modules;

public class DataclassesTests
{
    /// <summary>class name: x: int; y: int = 5 (annotations and defaults as a class body leaves them), then @dataclass(**options).</summary>
    private static PyValue MakeClass(InterpreterScope s, string name, string[] optionNames, params PyValue[] optionValues)
    {
        var ns = new PyDict();
        var annotations = new PyDict();
        annotations.Set(s.Ts, PyValue.Str("x"), PyValue.From(PyType.Int));
        annotations.Set(s.Ts, PyValue.Str("y"), PyValue.From(PyType.Int));
        ns.Set(s.Ts, PyValue.Str("__annotations__"), PyValue.From(annotations));
        ns.Set(s.Ts, PyValue.Str("y"), PyValue.Int(5));
        var cls = PyValue.From(PyType.CreateHeapType(s.Ts, name, System.ReadOnlySpan<PyValue>.Empty, ns, System.ReadOnlySpan<PyValue>.Empty, null));
        var dataclasses = Ops.ImportName(s.Ts, new PyModule("__main__"), "dataclasses", PyValue.None, 0);
        var dataclass = Ops.GetAttr(s.Ts, dataclasses, "dataclass");
        var decorator = Ops.Call(s.Ts, dataclass, optionValues, optionNames);
        return Ops.Call(s.Ts, decorator, new[] { cls }, null);
    }

    [Fact]
    public void GeneratedInitReprAndEq()
    {
        using var s = new InterpreterScope();
        var cls = MakeClass(s, "P", System.Array.Empty<string>());
        var p = Ops.Call(s.Ts, cls, new[] { PyValue.Int(1) }, null);
        Assert.Equal("P(x=1, y=5)", s.Repr(p));
        var q = Ops.Call(s.Ts, cls, new[] { PyValue.Int(1), PyValue.Int(5) }, null);
        Assert.True(Ops.EqualsBool(s.Ts, p, q));
        Assert.Equal("P(x: int, y: int = 5)", s.Str(Ops.GetAttr(s.Ts, cls, "__doc__")));
        Assert.Equal("TypeError: P.__init__() missing 1 required positional argument: 'x'",
            s.Throws(() => Ops.Call(s.Ts, cls, System.ReadOnlySpan<PyValue>.Empty, null)).Message);
        Assert.Equal("TypeError: unhashable type: 'P'", s.Throws(() => Ops.HashOf(s.Ts, p)).Message);
    }

    [Fact]
    public void FrozenInstancesRefuseAssignmentAndHashByFields()
    {
        using var s = new InterpreterScope();
        var cls = MakeClass(s, "F", new[] { "frozen" }, PyValue.True);
        var f = Ops.Call(s.Ts, cls, new[] { PyValue.Int(1), PyValue.Int(2) }, null);
        var e = s.Throws(() => Ops.SetAttr(s.Ts, f, "x", PyValue.Int(3)));
        Assert.Equal("dataclasses.FrozenInstanceError: cannot assign to field 'x'", e.Message);
        Assert.True(e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError));
        var tuple = PyValue.From(PyTuple.FromBorrowed(new[] { PyValue.Int(1), PyValue.Int(2) }));
        Assert.Equal(Ops.HashOf(s.Ts, tuple), Ops.HashOf(s.Ts, f));
    }

    [Fact]
    public void OrderComparesFieldTuples()
    {
        using var s = new InterpreterScope();
        var cls = MakeClass(s, "O", new[] { "order" }, PyValue.True);
        var a = Ops.Call(s.Ts, cls, new[] { PyValue.Int(1), PyValue.Int(9) }, null);
        var b = Ops.Call(s.Ts, cls, new[] { PyValue.Int(2), PyValue.Int(0) }, null);
        Assert.True(Ops.IsTrue(s.Ts, Ops.Compare(s.Ts, a, b, CompareOp.Lt)));
        Assert.False(Ops.IsTrue(s.Ts, Ops.Compare(s.Ts, a, b, CompareOp.Ge)));
        Assert.Equal("ValueError: eq must be true if order is true",
            s.Throws(() => MakeClass(s, "Bad", new[] { "order", "eq" }, PyValue.True, PyValue.False)).Message);
    }
}
