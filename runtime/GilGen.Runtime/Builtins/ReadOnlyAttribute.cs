using System;

namespace GilGen.Runtime;

/// <summary>A read-only data attribute of a builtin class (CPython's getset descriptors: range.start, float.real), as a property with a C# getter.</summary>
public static class ReadOnlyAttribute
{
    /// <summary>Adds <paramref name="name"/> to <paramref name="type"/>: reading it calls <paramref name="get"/> with the instance (borrowed) for a new reference.</summary>
    public static void Install(PyType type, string name, Func<PyValue, PyValue> get)
    {
        var getter = PyValue.From(new PyBuiltinFunction(name, (ts, a, kw) => get(a[0])));
        type.Dict[name] = PyValue.From(new PyProperty(getter, PyValue.None, PyValue.None, PyValue.None));
        type.Modified();
    }
}
