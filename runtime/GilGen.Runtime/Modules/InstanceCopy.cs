using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// copy.copy and copy.deepcopy of instances of plain Python classes, as CPython's default reduction does
/// (object.__reduce_ex__(4)): y = cls.__new__(cls), then the state, x's __dict__ and slot values (or
/// x.__getstate__()), goes to y.__setstate__ or straight into y's storage, bypassing __setattr__ as
/// CPython's y.__dict__.update(state) does.
/// </summary>
public static class InstanceCopy
{
    /// <summary>True when <paramref name="x"/> is an instance this class copies (a plain class without its own reduction).</summary>
    public static bool Handles(PyValue x) =>
        x.Obj is PyInstance instance && instance.GetType() == typeof(PyInstance) && instance.Type.IsHeapType
        && !DefinesInPython(instance.Type, "__reduce_ex__") && !DefinesInPython(instance.Type, "__reduce__");

    /// <summary>The copy; <paramref name="memo"/> null for a shallow copy, else deepcopy's memo (y is entered before its state is copied).</summary>
    public static PyValue Copy(ThreadState ts, PyValue x, PyDict? memo, PyValue memoKey)
    {
        var instance = (PyInstance)x.Obj!;
        var cls = PyValue.From(instance.Type);
        var newMethod = Ops.GetAttr(ts, cls, "__new__");
        PyValue y;
        try { y = Ops.Call(ts, newMethod, new[] { cls }, null); }
        finally { newMethod.DecRef(); }
        bool done = false;
        try
        {
            memo?.Set(ts, memoKey, y);
            if (DefinesInPython(instance.Type, "__getstate__") || DefinesInPython(instance.Type, "__setstate__"))
                CopyThroughStateMethods(ts, x, y, memo);
            else
                CopyStorage(ts, instance, (PyInstance)y.Obj!, memo);
            done = true;
            return y;
        }
        finally
        {
            if (!done) y.DecRef();
        }
    }

    /// <summary>
    /// <paramref name="x"/>'s state as object.__reduce_ex__ collects it: its attributes (the shared layout's or
    /// its __dict__'s), then the values of slots not among them. Borrowed references.
    /// </summary>
    internal static List<(string Name, PyValue Value)> StoredAttributes(ThreadState ts, PyInstance x)
    {
        var entries = new List<(string Name, PyValue Value)>();
        if (x.Shape is InstanceShape shape)
        {
            for (int i = 0; i < shape.Count; i++) entries.Add((shape.Names[i], x.ValueAt(i)));
        }
        else if (x.MaterializeDict(ts) is PyDict d)
        {
            foreach (var (k, v) in d.Table.Entries())
                if (k.Obj is PyStr ks) entries.Add((ks.Value, v));
        }
        if (x.Type.SlotNames is HashSet<string> slots)
            foreach (var name in slots)
                if (x.TryGetStored(name, out var v) && !entries.Exists(e => e.Name == name)) entries.Add((name, v));
        return entries;
    }

    private static void CopyStorage(ThreadState ts, PyInstance x, PyInstance y, PyDict? memo)
    {
        var entries = StoredAttributes(ts, x);
        foreach (var v in entries) v.Value.IncRef();
        try
        {
            foreach (var (name, value) in entries)
            {
                var copied = memo == null ? value.NewRef() : CopyModule.Deep(ts, value, memo);
                try { y.SetStored(name, copied); }
                finally { copied.DecRef(); }
            }
        }
        finally { foreach (var v in entries) v.Value.DecRef(); }
    }

    private static void CopyThroughStateMethods(ThreadState ts, PyValue x, PyValue y, PyDict? memo)
    {
        var state = CallMethod(ts, x, "__getstate__", ReadOnlySpan<PyValue>.Empty);
        try
        {
            if (state.IsNone) return;
            var copied = memo == null ? state.NewRef() : CopyModule.Deep(ts, state, memo);
            try
            {
                if (DefinesInPython(y.Type, "__setstate__")) { CallMethod(ts, y, "__setstate__", new[] { copied }).DecRef(); return; }
                if (copied.Obj is not PyDict dict)
                    throw PyErr.NotImplementedError($"GilGen does not support copying '{x.Type.Name}' objects whose __getstate__ returns a {copied.Type.Name} yet");
                foreach (var (k, v) in dict.Table.Entries())
                    if (k.Obj is PyStr ks) ((PyInstance)y.Obj!).SetStored(ks.Value, v);
            }
            finally { copied.DecRef(); }
        }
        finally { state.DecRef(); }
    }

    private static PyValue CallMethod(ThreadState ts, PyValue self, string name, ReadOnlySpan<PyValue> args)
    {
        var method = Ops.GetAttr(ts, self, name);
        try { return Ops.Call(ts, method, args, null); }
        finally { method.DecRef(); }
    }

    /// <summary>True when <paramref name="type"/> or a base defines <paramref name="name"/> as a Python function.</summary>
    internal static bool DefinesInPython(PyType type, string name) => type.Lookup(name) is PyValue { Obj: PyFunction };
}
