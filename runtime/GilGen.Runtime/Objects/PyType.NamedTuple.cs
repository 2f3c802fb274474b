using System;

namespace GilGen.Runtime;

public sealed partial class PyType
{
    [ThreadStatic] private static bool IsMakingNamedTuple;

    /// <summary>The field names of a class made by <c>collections.namedtuple</c> (null for any other class).</summary>
    public string[]? NamedTupleFields { get; private set; }

    /// <summary>
    /// collections.namedtuple's class: a heap class derived from tuple, with the namespace
    /// <paramref name="ns"/>. Its instances, and those of Python classes derived from it, are
    /// <see cref="PyTupleInstance"/>s; plain <c>class C(tuple)</c> stays refused until tuple subclassing
    /// in general is supported. New reference.
    /// </summary>
    internal static PyType CreateNamedTupleClass(ThreadState ts, string name, PyDict ns, string[] fields)
    {
        IsMakingNamedTuple = true;
        PyType type;
        try { type = CreateHeapType(ts, name, new[] { PyValue.From(Tuple) }, ns, ReadOnlySpan<PyValue>.Empty, null); }
        finally { IsMakingNamedTuple = false; }
        type.NamedTupleFields = fields;
        return type;
    }
}
