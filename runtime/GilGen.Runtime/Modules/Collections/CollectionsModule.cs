namespace GilGen.Runtime;

/// <summary>
/// _collections, the part of collections written in C#: deque, defaultdict, Counter, OrderedDict and namedtuple, which
/// Lib/collections/__init__.py imports. Their classes say collections in <c>__module__</c>, and so does namedtuple,
/// which that file renames, as CPython's are collections'.
/// </summary>
public static class CollectionsModule
{
    /// <summary>Makes collections.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_collections");
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
