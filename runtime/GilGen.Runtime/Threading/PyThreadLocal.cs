using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// <c>threading.local()</c>: an object whose attributes each thread sees separately. The per-thread
/// dictionaries are keyed weakly by thread state, so a finished thread's values go with it. A Python
/// subclass with an <c>__init__</c> has it called, with the constructor's arguments, in each thread the
/// first time that thread touches the object, as CPython's <c>_thread._local</c> does.
/// </summary>
public sealed class PyThreadLocal : PyObject
{
    /// <summary>The class <c>_thread._local</c>, which <c>threading.local</c> names.</summary>
    public static readonly PyType LocalType = new("_local", PyType.Object, Construct) { Module = "_thread" };

    private readonly ConditionalWeakTable<ThreadState, Dictionary<string, PyValue>> _perThread = new();
    private readonly PyType _type;
    // The constructor's arguments (owned), for the per-thread __init__ of a subclass.
    private readonly PyValue[] _initArgs;
    private readonly string[]? _initKwNames;

    private PyThreadLocal(PyType type, PyValue[] initArgs, string[]? initKwNames)
    {
        _type = type;
        if (!type.IsImmortal) type.RefCount++;
        _initArgs = initArgs;
        _initKwNames = initKwNames;
    }

    /// <inheritdoc/>
    public override PyType Type => _type;

    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        PyValue? init = UserInit(type);
        if (init == null && args.Length > 0) throw PyErr.TypeError("Initialization arguments are not supported");
        var saved = args.ToArray();
        foreach (PyValue a in saved) a.IncRef();
        var local = new PyThreadLocal(type, saved, kwNames);
        PyValue self = PyValue.From(local);
        bool done = false;
        try
        {
            local.DictOf(ts); // runs __init__ for the creating thread
            done = true;
        }
        finally
        {
            if (!done) self.DecRef();
        }
        return self;
    }

    // A subclass's own __init__ (one written in Python), or null.
    private static PyValue? UserInit(PyType type) =>
        type.IsHeapType && type.Lookup("__init__") is PyValue init && init.Obj is not PyBuiltinFunction ? init : null;

    private Dictionary<string, PyValue> DictOf(ThreadState ts)
    {
        if (_perThread.TryGetValue(ts, out Dictionary<string, PyValue>? dict)) return dict;
        dict = new Dictionary<string, PyValue>();
        _perThread.AddOrUpdate(ts, dict);
        if (UserInit(_type) is PyValue init)
        {
            Ops.CallWithSelf(ts, init, PyValue.From(this), _initArgs, _initKwNames).DecRef();
        }
        return dict;
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        foreach (KeyValuePair<ThreadState, Dictionary<string, PyValue>> entry in _perThread)
        {
            foreach (PyValue v in entry.Value.Values) v.DecRefFromDealloc();
            entry.Value.Clear();
        }
        _perThread.Clear();
        foreach (PyValue a in _initArgs) a.DecRefFromDealloc();
        if (!_type.IsImmortal) PyValue.From(_type).DecRefFromDealloc();
    }

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
