using System;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

/// <summary>Heap types made through the runtime's API: C3 MRO, shared instance layouts, version tags.</summary>
public class ClassTests
{
    private static PyType MakeClass(InterpreterScope s, string name, params PyType[] bases)
    {
        var ns = new PyDict();
        var values = Array.ConvertAll(bases, b => PyValue.From(b));
        return PyType.CreateHeapType(s.Ts, name, values, ns, ReadOnlySpan<PyValue>.Empty, null);
    }

    [Fact]
    public void Mro_is_the_C3_linearization()
    {
        using var s = new InterpreterScope();
        var o = MakeClass(s, "O");
        var a = MakeClass(s, "A", o);
        var b = MakeClass(s, "B", o);
        var c = MakeClass(s, "C", o);
        var k1 = MakeClass(s, "K1", a, b, c);
        var k2 = MakeClass(s, "K2", b, c);
        var z = MakeClass(s, "Z", k1, k2);
        Assert.Equal(new[] { "Z", "K1", "A", "K2", "B", "C", "O", "object" }, Array.ConvertAll(z.Mro, t => t.Name));
        Assert.True(z.IsSubtypeOf(c));
        Assert.False(a.IsSubtypeOf(b));
    }

    [Fact]
    public void A_class_body_can_give_the_C_types_name_CPythons_messages_use()
    {
        // Lib/datetime.py's classes stand for C types: CPython's messages name them 'datetime.date'.
        using var s = new InterpreterScope();
        var ns = new PyDict();
        ns.Set(s.Ts, PyValue.Str("__gilgen_tp_name__"), PyValue.Str("datetime.date"));
        var date = PyType.CreateHeapType(s.Ts, "date", Array.Empty<PyValue>(), ns, ReadOnlySpan<PyValue>.Empty, null);
        var sub = PyType.CreateHeapType(s.Ts, "MyDate", new[] { PyValue.From(date) }, new PyDict(), ReadOnlySpan<PyValue>.Empty, null);
        Assert.Equal("date", date.Name);
        Assert.Equal("datetime.date", date.TpName);
        Assert.Equal("MyDate", sub.TpName);  // not inherited: a subclass's tp_name is its own name
        Assert.False(date.Dict.ContainsKey("__gilgen_tp_name__"));
        var d = PyValue.From(new PyInstance(date));
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'datetime.date' and 'int'", s.Throws(() => Ops.Add(s.Ts, d, PyValue.Int(1))).Message);
        Assert.Equal("TypeError: '<' not supported between instances of 'int' and 'datetime.date'", s.Throws(() => Ops.Compare(s.Ts, PyValue.Int(1), d, CompareOp.Lt)).Message);
        Assert.Equal("AttributeError: 'datetime.date' object has no attribute 'nope'", s.Throws(() => Ops.GetAttr(s.Ts, d, "nope")).Message);
    }

    [Fact]
    public void Inconsistent_mro_raises_CPythons_TypeError()
    {
        using var s = new InterpreterScope();
        var a = MakeClass(s, "A");
        var b = MakeClass(s, "B", a);
        var e = Assert.Throws<PyException>(() => MakeClass(s, "C", a, b));
        Assert.Equal("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B", e.Message);
    }

    [Fact]
    public void Instances_that_set_the_same_attributes_share_one_shape()
    {
        using var s = new InterpreterScope();
        var t = MakeClass(s, "P");
        var p1 = new PyInstance(t);
        var p2 = new PyInstance(t);
        foreach (var p in new[] { p1, p2 })
        {
            p.SetAttr(s.Ts, "x", PyValue.Int(1));
            p.SetAttr(s.Ts, "y", PyValue.Int(2));
        }
        Assert.Same(p1.Shape, p2.Shape);
        Assert.Equal(new[] { "x", "y" }, p1.Shape!.Names);
        Assert.Equal(2, p2.ValueAt(p2.Shape!.IndexOf("y")).IntValue);
        p1.DelAttr(s.Ts, "x");
        Assert.Equal(new[] { "y" }, p1.Shape!.Names);
        Assert.Equal(2, p1.ValueAt(0).IntValue);
    }

    [Fact]
    public void Changing_a_base_class_changes_the_subclass_version_and_lookups()
    {
        using var s = new InterpreterScope();
        var a = MakeClass(s, "A");
        var b = MakeClass(s, "B", a);
        Assert.Null(b.Lookup("k"));
        int before = b.Version;
        a.SetAttr(s.Ts, "k", PyValue.Int(7));
        Assert.NotEqual(before, b.Version);
        Assert.Equal(7, b.Lookup("k")!.Value.IntValue);
    }

    [Fact]
    public void An_attribute_value_is_released_with_its_instance()
    {
        using var s = new InterpreterScope();
        var t = MakeClass(s, "Holder");
        var list = PyValue.From(new PyList());
        var inst = new PyInstance(t);
        inst.SetAttr(s.Ts, "items", list);
        Assert.Equal(2, list.Obj!.RefCount);
        PyValue.From(inst).DecRef();
        Assert.Equal(1, list.Obj!.RefCount);
        list.DecRef();
    }
}
