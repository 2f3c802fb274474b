namespace GilGen.Runtime;

/// <summary>collections: deque, defaultdict, Counter and OrderedDict (namedtuple and collections.abc need user classes).</summary>
public static class CollectionsModule
{
    /// <summary>Makes collections.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("collections");
        m.SetGlobal("deque", PyValue.From(PyDeque.DequeType));
        m.SetGlobal("defaultdict", PyValue.From(PyDefaultDict.DefaultDictType));
        m.SetGlobal("Counter", PyValue.From(PyCounter.CounterType));
        m.SetGlobal("OrderedDict", PyValue.From(PyOrderedDict.OrderedDictType));
        m.AddFunction("namedtuple", (ts2, a, kw) => throw PyErr.NotImplementedError("GilGen does not support collections.namedtuple yet (it needs user classes)"));
        return m;
    }
}
