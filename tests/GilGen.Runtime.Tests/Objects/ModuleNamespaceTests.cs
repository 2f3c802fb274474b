using System;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

/// <summary>A module's namespace dict stays equal to its global slots both ways, and holds no reference past an unbinding.</summary>
public class ModuleNamespaceTests
{
    private static PyValue Key(string name) => PyValue.Str(name);

    [Fact]
    public void Slot_stores_and_dict_writes_reach_each_other()
    {
        using var s = new InterpreterScope();
        var m = new PyModule("m", new[] { "a", "b" });
        Ops.StoreGlobal(m.Slots[0], PyValue.Int(1));
        var ns = m.Namespace;
        Assert.Same(ns, m.Namespace);
        Assert.True(ns.TryGet(s.Ts, Key("a"), out var a) && a.IntValue == 1);
        Assert.False(ns.TryGet(s.Ts, Key("b"), out _));

        // The module's own stores (STORE_GLOBAL, DELETE_GLOBAL, setattr) after the dict exists.
        Ops.StoreGlobal(m.Slots[1], PyValue.Int(2));
        Assert.True(ns.TryGet(s.Ts, Key("b"), out var b) && b.IntValue == 2);
        Ops.DeleteGlobal(s.Ts, m.Slots[0]);
        Assert.False(ns.TryGet(s.Ts, Key("a"), out _));
        m.SetAttr(s.Ts, "c", PyValue.Int(3));
        Assert.True(ns.TryGet(s.Ts, Key("c"), out var c) && c.IntValue == 3);

        // Writes through the dict, every way a dict is written.
        ns.SetItem(s.Ts, Key("a"), PyValue.Int(10));
        Assert.Equal(10, Ops.LoadGlobal(s.Ts, m.Slots[0]).IntValue);
        ns.DelItem(s.Ts, Key("b"));
        Assert.True(m.Slots[1].Value.IsUnbound);
        ns.SetItem(s.Ts, Key("new"), PyValue.Int(4));
        Assert.Equal(4, m.GetGlobal("new").IntValue);
        s.CallMethod(PyValue.From(ns), "popitem").DecRef();
        Assert.True(m.GetGlobal("new").IsUnbound);
        s.CallMethod(PyValue.From(ns), "clear").DecRef();
        Assert.True(m.Slots[0].Value.IsUnbound);
        Assert.True(m.GetGlobal("__name__").IsUnbound);
        Assert.Equal(0, ns.Count);
    }

    [Fact]
    public void Unbinding_a_global_releases_the_dicts_reference_too()
    {
        using var s = new InterpreterScope();
        var m = new PyModule("m", new[] { "x" });
        var list = new PyList();
        Ops.StoreGlobal(m.Slots[0], PyValue.From(list));
        _ = m.Namespace;
        Assert.Equal(2, list.RefCount);
        Ops.StoreGlobal(m.Slots[0], PyValue.None);
        // Freed: checked reference counting (on in this test process) poisons the count of a freed object.
        Assert.True(list.IsReleased, $"RefCount {list.RefCount}");
    }
}
