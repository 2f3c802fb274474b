using System;

namespace GilGen.Runtime;

/// <summary>
/// CPython's generic attribute protocol (PyObject_GenericGetAttr / SetAttr): data descriptors on the class
/// win over the instance's own attributes, which win over functions and other class attributes; functions
/// bind to the instance, classmethods to the class, staticmethods to nothing.
/// </summary>
public static class AttributeLookup
{
    /// <summary>What a class attribute gives when read through <paramref name="instance"/> (Unbound: through the class). New reference.</summary>
    public static PyValue Get(ThreadState ts, PyValue attr, PyValue instance, PyType owner)
    {
        switch (attr.Obj)
        {
            case PyFunction:
                return instance.IsUnbound ? attr.NewRef() : PyValue.From(new PyBoundMethod(attr, instance));
            case PyBuiltinFunction b when b.IsMethodDescriptor:
                return instance.IsUnbound ? attr.NewRef() : PyValue.From(b.BindTo(instance));
            case PyStaticMethod sm:
                return sm.Function.NewRef();
            case PyClassMethod cm:
                return PyValue.From(new PyBoundMethod(cm.Function, PyValue.From(owner)));
            case PyProperty p:
                return instance.IsUnbound ? attr.NewRef() : p.Get(ts, instance);
            case PyTupleGetter g:
                return instance.IsUnbound ? attr.NewRef() : g.Get(instance);
            // An unbound super(C) stored in a class binds to the instance it is read through.
            case PySuper s:
                return instance.IsUnbound ? attr.NewRef() : s.DescrGet(instance);
            case PyObject o when o.Type.IsHeapType && o.Type.Lookup("__get__") is PyValue get:
                return Ops.Call(ts, get, new[] { attr, instance.IsUnbound ? PyValue.None : instance, PyValue.From(owner) }, null);
            default:
                return attr.NewRef();
        }
    }

    /// <summary>A class attribute read through the class itself (C.f, C.prop). New reference.</summary>
    public static PyValue BindToClass(ThreadState ts, PyValue attr, PyType owner) => Get(ts, attr, PyValue.Unbound, owner);

    /// <summary>Properties, namedtuple fields and objects whose class defines __set__ or __delete__.</summary>
    public static bool IsDataDescriptor(PyValue attr) =>
        attr.Obj is PyProperty or PyTupleGetter
        || (attr.Obj is PyObject o && o.Type.IsHeapType && (o.Type.Lookup("__set__") is not null || o.Type.Lookup("__delete__") is not null));

    /// <summary>getattr(instance, name) without __getattr__: new reference, or null when missing.</summary>
    public static PyValue? GetInstanceAttr(ThreadState ts, PyInstance self, string name) => GetInstanceAttr(ts, self, self, name);

    /// <summary>
    /// getattr(self, name) without __getattr__ for an object whose own attributes live in <paramref name="storage"/>
    /// (itself for a PyInstance; a companion for a list, dict, str... of a Python subclass). New reference, or null.
    /// </summary>
    public static PyValue? GetInstanceAttr(ThreadState ts, PyObject self, PyInstance storage, string name)
    {
        var type = storage.Type;
        switch (name)
        {
            case "__class__": return PyValue.From(type).NewRef();
            case "__dict__":
                var d = storage.MaterializeDict(ts);
                return d == null ? null : PyValue.From(d).NewRef();
        }
        var found = type.Lookup(name);
        if (found is PyValue data && IsDataDescriptor(data)) return Get(ts, data, PyValue.From(self), type);
        // Read and counted under the instance's lock: without a GIL a store could otherwise release it in between.
        if (storage.TryGetStoredNewRef(name, out var own)) return own;
        if (found is PyValue f) return Get(ts, f, PyValue.From(self), type);
        return null;
    }

    /// <summary>setattr(instance, name, value) without __setattr__ (value borrowed).</summary>
    public static void SetInstanceAttr(ThreadState ts, PyInstance self, string name, PyValue value) => SetInstanceAttr(ts, self, self, name, value);

    /// <summary>setattr(self, name, value) without __setattr__, own attributes in <paramref name="storage"/> (value borrowed).</summary>
    public static void SetInstanceAttr(ThreadState ts, PyObject self, PyInstance storage, string name, PyValue value)
    {
        var type = storage.Type;
        if (type.Lookup(name) is PyValue d && TrySetThroughDescriptor(ts, d, self, value)) return;
        if (name == "__dict__" && storage.HasDict)
        {
            if (value.Obj is not PyDict dict) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
            storage.ReplaceDict(ts, dict);
            return;
        }
        if (!storage.HasDict && (type.SlotNames == null || !type.SlotNames.Contains(name)))
            throw PyErr.AttributeError(type.Lookup(name) is null
                ? $"'{type.TpName}' object has no attribute '{name}'"
                : $"'{type.TpName}' object attribute '{name}' is read-only");
        storage.SetStored(name, value);
    }

    /// <summary>delattr(instance, name) without __delattr__.</summary>
    public static void DelInstanceAttr(ThreadState ts, PyInstance self, string name) => DelInstanceAttr(ts, self, self, name);

    /// <summary>delattr(self, name) without __delattr__, own attributes in <paramref name="storage"/>.</summary>
    public static void DelInstanceAttr(ThreadState ts, PyObject self, PyInstance storage, string name)
    {
        var type = storage.Type;
        if (type.Lookup(name) is PyValue d && TryDeleteThroughDescriptor(ts, d, self)) return;
        if (name == "__class__") throw ClassAssignment.DeleteError();
        // CPython 3.12 lets a __dict__ be deleted: the instance starts again with an empty one.
        if (name == "__dict__" && storage.HasDict) { storage.ReplaceDict(ts, new PyDict()); return; }
        if (!storage.RemoveStored(name))
            // An unset slot: CPython's member descriptor reports the bare name.
            throw PyErr.AttributeError(type.SlotNames != null && type.SlotNames.Contains(name) ? name : $"'{type.TpName}' object has no attribute '{name}'");
    }

    /// <summary>
    /// setattr through <paramref name="descriptor"/>, a class attribute found for the name, when it is a data
    /// descriptor (a property, an object whose class defines __set__); false when it is not one.
    /// </summary>
    public static bool TrySetThroughDescriptor(ThreadState ts, PyValue descriptor, PyObject self, PyValue value)
    {
        if (descriptor.Obj is PyProperty p) { p.Set(ts, PyValue.From(self), value); return true; }
        if (descriptor.Obj is PyTupleGetter) throw PyErr.AttributeError("can't set attribute");
        if (descriptor.Obj is PyObject o && o.Type.IsHeapType && o.Type.Lookup("__set__") is PyValue set)
        {
            Ops.Call(ts, set, new[] { descriptor, PyValue.From(self), value }, null).DecRef();
            return true;
        }
        return false;
    }

    /// <summary>delattr through <paramref name="descriptor"/> when it is a data descriptor (its __delete__); false when it is not one.</summary>
    public static bool TryDeleteThroughDescriptor(ThreadState ts, PyValue descriptor, PyObject self)
    {
        if (descriptor.Obj is PyProperty p) { p.Delete(ts, PyValue.From(self)); return true; }
        if (descriptor.Obj is PyTupleGetter) throw PyErr.AttributeError("can't delete attribute");
        if (descriptor.Obj is PyObject o && o.Type.IsHeapType && o.Type.Lookup("__delete__") is PyValue del)
        {
            Ops.Call(ts, del, new[] { descriptor, PyValue.From(self) }, null).DecRef();
            return true;
        }
        return false;
    }
}
