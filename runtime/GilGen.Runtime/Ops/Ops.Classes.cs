using System;

namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>LOAD_BUILD_CLASS: builtins.__build_class__ (new reference).</summary>
    public static PyValue LoadBuildClass(ThreadState ts)
    {
        var v = BuiltinsModule.Instance.GetGlobal("__build_class__");
        if (v.IsUnbound) throw PyErr.NameError("__build_class__ not found");
        return v;
    }

    // The namespace a metaclass's __prepare__ gave may be a dict subclass with its own __getitem__/__setitem__/
    // __delitem__: as CPython's LOAD_NAME/STORE_NAME/DELETE_NAME, anything but an exact dict goes through them.
    private static bool IsExactDict(PyDict ns) => ns.GetType() == typeof(PyDict);

    /// <summary>LOAD_NAME in a class body: the namespace, then the module's globals, then builtins. New reference.</summary>
    public static PyValue ClassLoadName(ThreadState ts, PyDict ns, PyValue name, GlobalSlot global)
    {
        if (IsExactDict(ns)) return ns.TryGet(ts, name, out var v) ? v.NewRef() : LoadGlobal(ts, global);
        try { return GetItem(ts, PyValue.From(ns), name); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError)) { e.Value.DecRef(); }
        return LoadGlobal(ts, global);
    }

    /// <summary>STORE_NAME in a class body: steals <paramref name="value"/> when it succeeds (the frame releases it when it raises).</summary>
    public static void ClassStoreName(ThreadState ts, PyDict ns, PyValue name, PyValue value)
    {
        if (IsExactDict(ns)) ns.Set(ts, name, value);
        else SetItem(ts, PyValue.From(ns), name, value);
        value.DecRef();
    }

    /// <summary>SETUP_ANNOTATIONS in a class body: <c>__annotations__</c> becomes a new dict unless the namespace has one.</summary>
    public static void ClassSetupAnnotations(ThreadState ts, PyDict ns, PyValue name)
    {
        if (ns.TryGet(ts, name, out _)) return;
        var d = PyValue.From(new PyDict());
        ns.Set(ts, name, d);
        d.DecRef();
    }

    /// <summary>DELETE_NAME in a class body: NameError when the namespace has no such name.</summary>
    public static void ClassDeleteName(ThreadState ts, PyDict ns, PyValue name)
    {
        if (!IsExactDict(ns))
        {
            try { DelItem(ts, PyValue.From(ns), name); return; }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError)) { e.Value.DecRef(); }
            throw PyErr.NameNotDefined(((PyStr)name.Obj!).Value);
        }
        if (!ns.Remove(ts, name, out var old)) throw PyErr.NameNotDefined(((PyStr)name.Obj!).Value);
        old.DecRef();
    }

    /// <summary>LOAD_CLASSDEREF: the class namespace first, then the enclosing function's cell. New reference.</summary>
    public static PyValue LoadClassDeref(ThreadState ts, PyDict ns, PyValue name, PyCell cell)
    {
        if (ns.TryGet(ts, name, out var v)) return v.NewRef();
        PyValue value = cell.Load();
        if (value.IsUnbound)
            throw PyErr.NameError($"cannot access free variable '{((PyStr)name.Obj!).Value}' where it is not associated with a value in enclosing scope");
        return value;
    }

    /// <summary>
    /// <c>super()</c> with no arguments in a method: when the callable is the builtin super, the compiler's
    /// __class__ cell and the method's first argument make super(__class__, self), as CPython reads them
    /// from the frame. Any other callable is called with no arguments. New reference.
    /// </summary>
    public static PyValue CallZeroArgSuper(ThreadState ts, PyValue callable, PyCell classCell, PyValue firstArg)
    {
        if (!callable.Is(PySuper.TypeObject)) return Call(ts, callable, ReadOnlySpan<PyValue>.Empty, null);
        if (classCell.Value.IsUnbound) throw PyErr.RuntimeError("super(): empty __class__ cell");
        if (classCell.Value.Obj is not PyType t) throw PyErr.RuntimeError("super(): __class__ is not a type (" + classCell.Value.Type.Name + ")");
        if (firstArg.IsUnbound) throw PyErr.RuntimeError("super(): no arguments");
        return PySuper.Create(t, firstArg);
    }
}
