using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Modules;

public class NamedTupleTests
{
    private static PyValue MakePoint(InterpreterScope s, params PyValue[] more)
    {
        var collections = Ops.ImportName(s.Ts, new PyModule("__main__"), "collections", PyValue.None, 0);
        var args = new PyValue[2 + more.Length];
        args[0] = PyValue.Str("Point");
        args[1] = PyValue.Str("x, y");
        more.CopyTo(args, 2);
        return s.CallMethod(collections, "namedtuple", args);
    }

    [Fact]
    public void InstancesAreTuplesWithFieldsAndRepr()
    {
        using var s = new InterpreterScope();
        var point = MakePoint(s);
        var p = Ops.Call(s.Ts, point, new[] { PyValue.Int(1), PyValue.Int(2) }, null);
        Assert.Equal("Point(x=1, y=2)", s.Repr(p));
        Assert.IsAssignableFrom<PyTuple>(p.Obj);
        Assert.True(Ops.IsInstance(p, PyType.Tuple));
        Assert.Equal(2, Ops.GetAttr(s.Ts, p, "y").IntValue);
        Assert.Equal("(1, 2)", s.Repr(PyValue.From(PyTuple.FromBorrowed(((PyTuple)p.Obj!).Items))));
        Assert.Equal("{'x': 1, 'y': 2}", s.Repr(s.CallMethod(p, "_asdict")));
        Assert.Equal("Point(x=1, y=7)", s.Repr(Ops.Call(s.Ts, Ops.GetAttr(s.Ts, p, "_replace"), new[] { PyValue.Int(7) }, new[] { "y" })));
        Assert.Equal("('x', 'y')", s.Repr(Ops.GetAttr(s.Ts, point, "_fields")));
    }

    [Fact]
    public void ErrorsHaveCPythonsMessages()
    {
        using var s = new InterpreterScope();
        var point = MakePoint(s);
        Assert.Equal("TypeError: Point.__new__() missing 1 required positional argument: 'y'",
            s.Throws(() => Ops.Call(s.Ts, point, new[] { PyValue.Int(1) }, null)).Message);
        var p = Ops.Call(s.Ts, point, new[] { PyValue.Int(1), PyValue.Int(2) }, null);
        Assert.Equal("AttributeError: can't set attribute", s.Throws(() => Ops.SetAttr(s.Ts, p, "x", PyValue.Int(3))).Message);
        Assert.Equal("TypeError: Expected 2 arguments, got 3",
            s.Throws(() => s.CallMethod(point, "_make", PyValue.From(PyTuple.FromBorrowed(new[] { PyValue.Int(1), PyValue.Int(2), PyValue.Int(3) })))).Message);
        var collections = Ops.ImportName(s.Ts, new PyModule("__main__"), "collections", PyValue.None, 0);
        Assert.Equal("ValueError: Encountered duplicate field name: 'a'",
            s.Throws(() => s.CallMethod(collections, "namedtuple", PyValue.Str("T"), PyValue.Str("a a"))).Message);
        Assert.Equal("ValueError: Field names cannot start with an underscore: '_a'",
            s.Throws(() => s.CallMethod(collections, "namedtuple", PyValue.Str("T"), PyValue.Str("_a"))).Message);
    }

    [Fact]
    public void DefaultsFillTheLastFields()
    {
        using var s = new InterpreterScope();
        var collections = Ops.ImportName(s.Ts, new PyModule("__main__"), "collections", PyValue.None, 0);
        var defaults = PyValue.From(PyTuple.FromBorrowed(new[] { PyValue.Int(5) }));
        var point = Ops.Call(s.Ts, Ops.GetAttr(s.Ts, collections, "namedtuple"), new[] { PyValue.Str("P"), PyValue.Str("x y"), defaults }, new[] { "defaults" });
        Assert.Equal("P(x=1, y=5)", s.Repr(Ops.Call(s.Ts, point, new[] { PyValue.Int(1) }, null)));
        Assert.Equal("{'y': 5}", s.Repr(Ops.GetAttr(s.Ts, point, "_field_defaults")));
    }

    [Fact]
    public void FreeingAnInstanceReleasesItsItemsAndClass()
    {
        using var s = new InterpreterScope();
        var point = MakePoint(s);
        var item = PyValue.Str("payload-" + System.Guid.NewGuid());
        long itemBefore = item.Obj!.RefCount, classBefore = point.Obj!.RefCount;
        var p = Ops.Call(s.Ts, point, new[] { item, PyValue.Int(2) }, null);
        Assert.Equal(itemBefore + 1, item.Obj.RefCount);
        Assert.Equal(classBefore + 1, point.Obj.RefCount);
        Assert.Equal(1, p.Obj!.RefCount);
        p.DecRef();
        Assert.Equal(itemBefore, item.Obj.RefCount);
        Assert.Equal(classBefore, point.Obj.RefCount);
    }

    [Fact]
    public void TotalOrderingFillsTheMissingComparisons()
    {
        using var s = new InterpreterScope();
        var functools = Ops.ImportName(s.Ts, new PyModule("__main__"), "functools", PyValue.None, 0);
        var ns = new PyDict();
        var lt = NativeFunction.Create(new PyModule("__main__"), "K.__lt__", new[] { "self", "other" }, (ts, p) => PyValue.False);
        var key = PyValue.Str("__lt__");
        ns.Set(s.Ts, key, PyValue.From(lt));
        var cls = PyValue.From(PyType.CreateHeapType(s.Ts, "K", System.ReadOnlySpan<PyValue>.Empty, ns, System.ReadOnlySpan<PyValue>.Empty, null));
        s.CallMethod(functools, "total_ordering", cls);
        var gt = Ops.GetAttr(s.Ts, cls, "__gt__");
        Assert.Equal("__gt__", s.Str(Ops.GetAttr(s.Ts, gt, "__name__")));
        Assert.Equal("_gt_from_lt", s.Str(Ops.GetAttr(s.Ts, gt, "__qualname__")));
        var empty = PyValue.From(PyType.CreateHeapType(s.Ts, "E", System.ReadOnlySpan<PyValue>.Empty, new PyDict(), System.ReadOnlySpan<PyValue>.Empty, null));
        Assert.Equal("ValueError: must define at least one ordering operation: < > <= >=", s.Throws(() => s.CallMethod(functools, "total_ordering", empty)).Message);
    }
}
