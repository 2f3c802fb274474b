using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>
/// Base of every heap object: a reference count and the virtual slots CPython keeps in the type
/// (attributes, call, repr/str, truth, hash/eq, iteration, dealloc).
/// </summary>
public abstract partial class PyObject
{
    /// <summary>Reference count that starts at 1 for a new object; immortal objects start at <see cref="ImmortalRefCount"/>.</summary>
    public long RefCount = 1;

    /// <summary>Counts at or above this are immortal (CPython 3.12 reports 4294967295 for them).</summary>
    public const long ImmortalRefCount = 1L << 60;

    /// <summary>The Python type of this object.</summary>
    public abstract PyType Type { get; }

    /// <summary>
    /// The count of a released object (normal mode; checked mode poisons it instead, see
    /// <see cref="CheckedRefCounts.PoisonedRefCount"/>). The count is set to it before <see cref="Dealloc"/> runs,
    /// and references gained afterwards (a resurrection) count up from it, so the object never reaches zero
    /// again and is not released twice. Being released is part of the count rather than a flag of its own: a
    /// flag would cost every object 8 bytes (the field's padding), one million small instances 8 MB.
    /// </summary>
    public const long ReleasedRefCount = -ImmortalRefCount;

    /// <summary>True once the object has been released (its count reached zero), poisoned or not.</summary>
    public bool IsReleased => RefCount <= ReleasedRefCount / 2;

    /// <summary>
    /// The number of references as Python counts them (sys.getrefcount): the count, less
    /// <see cref="ReleasedRefCount"/> for a released object that gained references again.
    /// </summary>
    public long ReferenceCount => IsReleased && !CheckedRefCounts.IsPoisoned(this) ? RefCount - ReleasedRefCount : RefCount;

    /// <summary>Makes this object immortal: it is never freed and getrefcount reports 4294967295.</summary>
    public void MakeImmortal() => RefCount = ImmortalRefCount;

    /// <summary>True when the reference count is the immortal one.</summary>
    public bool IsImmortal => RefCount >= ImmortalRefCount / 2;

    /// <summary>Called when the reference count reaches zero: release (DecRef) what this object holds.</summary>
    public virtual void Dealloc() { }

    /// <summary>
    /// Runs <see cref="Dealloc"/> when the count reaches zero. Every object reaches zero once: its count then
    /// becomes <see cref="ReleasedRefCount"/>, which references gained later count up from, so it never reaches
    /// zero again. A second release (the count back down to <see cref="ReleasedRefCount"/>) is a reference-count
    /// slip: checked mode reports it (and poisons the released object), normal mode ignores it rather than
    /// release what the object held twice.
    /// </summary>
    internal void FreeAtZeroRefCount()
    {
        // An exact float, the object released most in numeric code, holds nothing: no finalizer test, no virtual call.
        if (GetType() == typeof(PyFloat))
        {
            RefCount = CheckedRefCounts.Enabled ? CheckedRefCounts.PoisonedRefCount : ReleasedRefCount;
            return;
        }
        // Only instances of classes have a finalizer (__del__): a type test is cheaper than a virtual call on every
        // release, and most released objects are ints, floats, tuples or the instances themselves.
        if (this is PyInstance instance && instance.RunFinalizer()) return;
        RefCount = ReleasedRefCount;
        Dealloc();
        // A Dealloc that resurrected the object (stored it somewhere) leaves it alive.
        if (CheckedRefCounts.Enabled && RefCount == ReleasedRefCount) RefCount = CheckedRefCounts.PoisonedRefCount;
    }

    /// <summary>repr(self) as a C# string. <paramref name="ts"/> may be null outside the interpreter.</summary>
    public virtual string ReprString(ThreadState? ts) => $"<{Type.Name} object at 0x{ObjectId.Of(this):x}>";

    /// <summary>str(self) as a C# string; repr unless overridden.</summary>
    public virtual string StrString(ThreadState? ts) => ReprString(ts);

    /// <summary>Truth value (bool(self)).</summary>
    public virtual bool IsTrue(ThreadState ts) => true;

    /// <summary>hash(self); identity-based unless overridden.</summary>
    public virtual long Hash(ThreadState? ts) => ObjectId.Of(this) >> 4;

    /// <summary>self == other for a value of any type; returns null for NotImplemented.</summary>
    public virtual bool? EqualsValue(ThreadState? ts, PyValue other) => other.Obj == this ? true : null;

    /// <summary>Ordering: returns the comparison sign, or null when the types are not orderable.</summary>
    public virtual int? CompareTo(ThreadState? ts, PyValue other) => null;

    /// <summary>iter(self): a new reference to an iterator.</summary>
    public virtual PyValue Iter(ThreadState ts) =>
        throw PyErr.TypeError($"'{Type.TpName}' object is not iterable");

    /// <summary>next(self) for iterators: false when exhausted; <paramref name="next"/> is a new reference.</summary>
    public virtual bool Next(ThreadState ts, out PyValue next) =>
        throw PyErr.TypeError($"'{Type.Name}' object is not an iterator");

    /// <summary>len(self).</summary>
    public virtual long Length(ThreadState ts) =>
        throw PyErr.TypeError($"object of type '{Type.Name}' has no len()");

    /// <summary>self(*args): args borrowed, result a new reference.</summary>
    public virtual PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        throw PyErr.TypeError($"'{Type.TpName}' object is not callable");

    /// <summary>self[key]: new reference.</summary>
    public virtual PyValue GetItem(ThreadState ts, PyValue key) =>
        throw PyErr.TypeError($"'{Type.TpName}' object is not subscriptable");

    /// <summary>self[key] = value (value borrowed).</summary>
    public virtual void SetItem(ThreadState ts, PyValue key, PyValue value) =>
        throw PyErr.TypeError($"'{Type.Name}' object does not support item assignment");

    /// <summary>del self[key].</summary>
    public virtual void DelItem(ThreadState ts, PyValue key) =>
        throw PyErr.TypeError($"'{Type.Name}' object doesn't support item deletion");

    /// <summary>item in self.</summary>
    public virtual bool Contains(ThreadState ts, PyValue item)
    {
        var it = Iter(ts);
        try
        {
            while (it.Obj!.Next(ts, out var x))
            {
                bool eq = Ops.EqualsBool(ts, x, item);
                x.DecRef();
                if (eq) return true;
            }
            return false;
        }
        finally { it.DecRef(); }
    }

    /// <summary>The instance attribute dictionary, when the object has one.</summary>
    public virtual Dictionary<string, PyValue>? InstanceDict => null;

    /// <summary>getattr(self, name): new reference; null when missing (the caller raises AttributeError).</summary>
    public virtual PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        var dict = InstanceDict;
        if (dict != null && dict.TryGetValue(name, out var v)) return v.NewRef();
        var found = Type.Lookup(name);
        if (found is PyValue f) return AttributeLookup.Get(ts, f, PyValue.From(this), Type);
        if (name == "__class__") return PyValue.From(Type).NewRef();
        return null;
    }

    /// <summary>setattr(self, name, value) (value borrowed).</summary>
    public virtual void SetAttr(ThreadState ts, string name, PyValue value)
    {
        var dict = InstanceDict;
        if (dict != null && name == "__dict__")
        {
            // A function's (or another builtin object's) attributes are not a dict object here, so one cannot become them.
            if (value.Obj is not PyDict) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
            throw PyErr.NotImplementedError($"GilGen does not support assigning __dict__ of a '{Type.Name}' object yet");
        }
        if (dict == null)
        {
            // A getset descriptor (a builtin's read-only data attribute, ReadOnlyAttribute) says so with the class's
            // full name, as CPython's getset_set does; a method is read-only as a plain class attribute.
            if (Type.Lookup(name) is PyValue found)
                throw PyErr.AttributeError(found.Obj is PyProperty
                    ? $"attribute '{name}' of '{(Type.Module == "builtins" ? Type.Name : Type.Module + "." + Type.Name)}' objects is not writable"
                    : $"'{Type.Name}' object attribute '{name}' is read-only");
            throw PyErr.AttributeError($"'{Type.Name}' object has no attribute '{name}'");
        }
        value.IncRef();
        if (dict.TryGetValue(name, out var old)) { dict[name] = value; old.DecRef(); }
        else dict[name] = value;
    }

    /// <summary>delattr(self, name).</summary>
    public virtual void DelAttr(ThreadState ts, string name)
    {
        var dict = InstanceDict;
        if (dict != null && dict.Remove(name, out var old)) { old.DecRef(); return; }
        throw PyErr.AttributeError($"'{Type.Name}' object has no attribute '{name}'");
    }
}
