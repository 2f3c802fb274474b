using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// <c>threading.local()</c>: an object whose attributes each thread sees separately. The per-thread
/// dictionaries are keyed weakly by thread state, so a finished thread's values go with it.
/// </summary>
public sealed class PyThreadLocal : PyObject
{
    /// <summary>The class <c>_thread._local</c>, which <c>threading.local</c> names.</summary>
    public static readonly PyType LocalType = new("_local", PyType.Object, (ts, t, a, kw) =>
    {
        if (a.Length > 0) throw PyErr.TypeError("Initialization arguments are not supported");
        return PyValue.From(new PyThreadLocal());
    }) { Module = "_thread", IsBaseType = false };

    private readonly ConditionalWeakTable<ThreadState, Dictionary<string, PyValue>> _perThread = new();

    /// <inheritdoc/>
    public override PyType Type => LocalType;

    private Dictionary<string, PyValue> DictOf(ThreadState ts) => _perThread.GetValue(ts, _ => new Dictionary<string, PyValue>());

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        if (name == "__dict__")
        {
            var d = new PyDict();
            foreach (var kv in DictOf(ts))
            {
                PyValue k = PyValue.Str(kv.Key);
                d.Set(ts, k, kv.Value);
                k.DecRef();
            }
            return PyValue.From(d);
        }
        if (DictOf(ts).TryGetValue(name, out PyValue v)) return v.NewRef();
        return base.GetAttrOrNull(ts, name);
    }

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        Dictionary<string, PyValue> dict = DictOf(ts);
        value.IncRef();
        if (dict.TryGetValue(name, out PyValue old))
        {
            dict[name] = value;
            old.DecRef();
        }
        else
        {
            dict[name] = value;
        }
    }

    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name)
    {
        if (DictOf(ts).Remove(name, out PyValue old))
        {
            old.DecRef();
            return;
        }
        throw PyErr.AttributeError($"'_thread._local' object has no attribute '{name}'");
    }
}
