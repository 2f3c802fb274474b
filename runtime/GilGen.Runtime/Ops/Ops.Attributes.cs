using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>o.name (new reference), AttributeError when missing.</summary>
    public static PyValue GetAttr(ThreadState ts, PyValue o, string name)
    {
        CheckedRefCounts.CheckAlive(o, "getattr");
        var obj = o.Obj;
        if (obj is not null && obj.Type.IsHeapType && obj.Type.Lookup("__getattribute__") is PyValue { Obj: PyFunction } getattribute)
            return CallGetAttribute(ts, o, getattribute, name);
        var r = obj is null ? IntAttribute(ts, o, name) : obj.GetAttrOrNull(ts, name);
        if (r is PyValue v) return v;
        if (obj is not null && o.Type.IsOutsideBuiltins && o.Type.Lookup("__getattr__") is PyValue ga && ga.Obj is PyFunction)
            return CallWithName(ts, ga, o, name);
        throw PyErr.NoAttribute(o, name);
    }

    private static PyValue CallWithName(ThreadState ts, PyValue method, PyValue o, string name)
    {
        var n = PyValue.Str(name);
        try { return Call(ts, method, new[] { o, n }, null); }
        finally { n.DecRef(); }
    }

    /// <summary>A class's own __getattribute__; an AttributeError from it falls back to __getattr__, as in CPython.</summary>
    private static PyValue CallGetAttribute(ThreadState ts, PyValue o, PyValue getattribute, string name)
    {
        if (o.Type.Lookup("__getattr__") is not PyValue { Obj: PyFunction } ga) return CallWithName(ts, getattribute, o, name);
        try { return CallWithName(ts, getattribute, o, name); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            e.Value.DecRef();
            return CallWithName(ts, ga, o, name);
        }
    }

    /// <summary>
    /// getattr(o, name) or null when missing: the lookup <see cref="GetAttr"/> makes, without the AttributeError when
    /// nothing is found (a class's Python <c>__getattribute__</c> or <c>__getattr__</c> that raises one gives null too).
    /// </summary>
    public static PyValue? GetAttrOrNull(ThreadState ts, PyValue o, string name)
    {
        CheckedRefCounts.CheckAlive(o, "getattr");
        var obj = o.Obj;
        if (obj is null) return IntAttribute(ts, o, name);
        if (obj.Type.IsHeapType && obj.Type.Lookup("__getattribute__") is PyValue { Obj: PyFunction } getattribute)
        {
            try { return CallGetAttribute(ts, o, getattribute, name); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { e.Value.DecRef(); return null; }
        }
        if (obj.GetAttrOrNull(ts, name) is PyValue found) return found;
        if (o.Type.IsOutsideBuiltins && o.Type.Lookup("__getattr__") is PyValue ga && ga.Obj is PyFunction)
        {
            try { return CallWithName(ts, ga, o, name); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { e.Value.DecRef(); return null; }
        }
        return null;
    }

    private static PyValue? IntAttribute(ThreadState ts, PyValue o, string name)
    {
        switch (name)
        {
            case "real": case "numerator": return o;
            case "imag": return PyValue.Int(0);
            case "denominator": return PyValue.Int(1);
            case "__class__": return PyValue.From(PyType.Int);
        }
        var found = PyType.Int.Lookup(name);
        return found is PyValue f ? AttributeLookup.Get(ts, f, o, PyType.Int) : null;
    }

    /// <summary>o.name = v (v borrowed).</summary>
    public static void SetAttr(ThreadState ts, PyValue o, string name, PyValue v)
    {
        CheckedRefCounts.CheckAlive(o, "setattr");
        if (o.Obj is not null && o.Type.IsHeapType && o.Type.Lookup("__setattr__") is PyValue { Obj: PyFunction } setattr)
        {
            var n = PyValue.Str(name);
            try { Call(ts, setattr, new[] { o, n, v }, null).DecRef(); }
            finally { n.DecRef(); }
            return;
        }
        SetAttrWithoutHook(ts, o, name, v);
    }

    /// <summary>
    /// object.__setattr__(o, name, v): o.name = v without a class's own __setattr__ (v borrowed). <c>__class__</c> is a
    /// data descriptor of object in CPython, so every object's class goes through the same assignment (and its
    /// errors), unless the object's class has a data descriptor of that name itself (mock objects' property).
    /// </summary>
    public static void SetAttrWithoutHook(ThreadState ts, PyValue o, string name, PyValue v)
    {
        if (name == "__class__" && !(o.Type.Lookup(name) is PyValue own && AttributeLookup.IsDataDescriptor(own)))
        {
            ClassAssignment.Assign(o, v);
            return;
        }
        if (o.Obj is null) throw PyErr.AttributeError($"'int' object has no attribute '{name}'");
        o.Obj.SetAttr(ts, name, v);
    }

    /// <summary>del o.name</summary>
    public static void DelAttr(ThreadState ts, PyValue o, string name)
    {
        CheckedRefCounts.CheckAlive(o, "delattr");
        if (o.Obj is null) throw PyErr.AttributeError($"'int' object has no attribute '{name}'");
        if (o.Type.IsHeapType && o.Type.Lookup("__delattr__") is PyValue { Obj: PyFunction } delattr)
        {
            CallWithName(ts, delattr, o, name).DecRef();
            return;
        }
        o.Obj.DelAttr(ts, name);
    }

    /// <summary>
    /// LOAD_METHOD: when o's class defines <paramref name="name"/> as a method, returns the unbound method and
    /// self = o (no bound-method allocation); otherwise the attribute and self = Unbound. Both new references.
    /// </summary>
    public static void LoadMethod(ThreadState ts, PyValue o, string name, out PyValue method, out PyValue self)
    {
        CheckedRefCounts.CheckAlive(o, "getattr");
        var obj = o.Obj;
        if (obj is not PyModule && obj is not PyType && obj is not PySuper && !IsShadowed(obj, name))
        {
            var found = o.Type.Lookup(name);
            if (found is PyValue f && (f.Obj is PyFunction || (f.Obj is PyBuiltinFunction b && b.IsMethodDescriptor)))
            {
                method = f.NewRef();
                self = o.NewRef();
                return;
            }
        }
        method = GetAttr(ts, o, name);
        self = PyValue.Unbound;
    }

    /// <summary>True when the instance's own attribute (or a custom __getattribute__) decides what o.name is.</summary>
    private static bool IsShadowed(PyObject? obj, string name) => obj switch
    {
        null => false,
        PyInstance pi => pi.TryGetStored(name, out _) || (pi.Type.IsHeapType && pi.Type.Lookup("__getattribute__") is PyValue { Obj: PyFunction }),
        ISubclassInstance si => si.Attributes.TryGetStored(name, out _) || si.Attributes.Type.Lookup("__getattribute__") is PyValue { Obj: PyFunction },
        PyFunction fn => fn.HasOwnAttribute(name),
        _ => obj.InstanceDict is { } d && d.ContainsKey(name),
    };

    /// <summary>o[key]</summary>
    public static PyValue GetItem(ThreadState ts, PyValue o, PyValue key)
    {
        CheckedRefCounts.CheckAlive(o, "getitem");
        // The exact class only: a subclass of list may define __getitem__ in Python.
        if (o.Obj is { } obj && obj.GetType() == typeof(PyList) && key.IsInt)
        {
            var l = System.Runtime.CompilerServices.Unsafe.As<PyList>(obj);
            long i = key.IntValue;
            if (i < 0) i += l.Items.Count;
            if ((ulong)i < (ulong)l.Items.Count) return l.Items[(int)i].NewRef();
        }
        if (o.Obj is null) throw PyErr.TypeError("'int' object is not subscriptable");
        if (o.Type.IsOutsideBuiltins && o.Type.Lookup("__getitem__") is PyValue m && m.Obj is PyFunction)
            return Call(ts, m, new[] { o, key }, null);
        return o.Obj.GetItem(ts, key);
    }

    /// <summary>o[key] = v (v borrowed).</summary>
    public static void SetItem(ThreadState ts, PyValue o, PyValue key, PyValue v)
    {
        CheckedRefCounts.CheckAlive(o, "setitem");
        if (o.Obj is null) throw PyErr.TypeError("'int' object does not support item assignment");
        // An exact list and an int in range, as GetItem: storing the item releases the old one last (a __del__ it
        // runs sees the list already updated, as CPython's list_ass_item).
        if (o.Obj.GetType() == typeof(PyList) && key.IsInt && !FreeThreading.Enabled)
        {
            var l = System.Runtime.CompilerServices.Unsafe.As<PyList>(o.Obj);
            long i = key.IntValue;
            if (i < 0) i += l.Items.Count;
            if ((ulong)i < (ulong)l.Items.Count)
            {
                v.IncRef();
                var old = l.Items[(int)i];
                l.Items[(int)i] = v;
                old.DecRef();
                return;
            }
        }
        if (o.Type.IsOutsideBuiltins && o.Type.Lookup("__setitem__") is PyValue m && m.Obj is PyFunction)
        {
            Call(ts, m, new[] { o, key, v }, null).DecRef();
            return;
        }
        o.Obj.SetItem(ts, key, v);
    }

    /// <summary>del o[key]</summary>
    public static void DelItem(ThreadState ts, PyValue o, PyValue key)
    {
        CheckedRefCounts.CheckAlive(o, "delitem");
        if (o.Obj is null) throw PyErr.TypeError("'int' object doesn't support item deletion");
        if (o.Type.IsOutsideBuiltins && o.Type.Lookup("__delitem__") is PyValue m && m.Obj is PyFunction)
        {
            Call(ts, m, new[] { o, key }, null).DecRef();
            return;
        }
        o.Obj.DelItem(ts, key);
    }
}
