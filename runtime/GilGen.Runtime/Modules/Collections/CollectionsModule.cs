namespace GilGen.Runtime;

/// <summary>
/// _collections, the part of collections written in C#: deque, defaultdict, Counter, OrderedDict and namedtuple, which
/// Lib/collections/__init__.py imports. The module keeps the name collections: its functions (namedtuple) and classes
/// are collections' to Python, as their <c>__module__</c> says.
/// </summary>
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
        var namedtuple = PyValue.From(NamedTupleFactory.CreateFunction(m));
        m.SetGlobal("namedtuple", namedtuple);
        namedtuple.DecRef();
        return m;
    }
}
