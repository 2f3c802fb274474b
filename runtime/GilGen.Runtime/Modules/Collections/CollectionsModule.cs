namespace GilGen.Runtime;

/// <summary>collections: deque, defaultdict, Counter and OrderedDict namedtuple (collections.abc needs user classes).</summary>
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
