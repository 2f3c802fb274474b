using System;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The inline cache of one LOAD_ATTR, STORE_ATTR or LOAD_METHOD instruction in generated code: a static
/// field beside the instruction, as CPython 3.11's specializing interpreter keeps a cache beside each
/// instruction. The first execution takes the generic path and records what it found
/// (<see cref="AttributeSiteEntry"/>); later executions check the entry's guards and, when they hold,
/// read or write the attribute directly.
/// <para>
/// The guards are the ones CPython uses. An instance's layout (<see cref="InstanceShape"/>) says which
/// attributes it has and where; shapes belong to one class's tree, so a shape also names the class. The
/// class's <see cref="PyType.Version"/> changes whenever its namespace or a base's changes, so an entry
/// made at one version still describes the class while the version is the same: no descriptor of that
/// name appeared, no <c>__getattribute__</c> or <c>__setattr__</c> was added. Nothing in a hit runs
/// Python code, so a hit is one step under the GIL, as the specialized instruction is in CPython.
/// </para>
/// </summary>
public sealed class AttributeSite
{
    // A miss records what it finds only after the countdown has run out; each attempt doubles the next
    // countdown (up to this), as CPython's adaptive counters back off. A polymorphic site then mostly takes
    // the generic path without paying for inspection, and a site whose class changed once specializes again.
    private const int MaxBackoff = 1023;

    private AttributeSiteEntry _entry = AttributeSiteEntry.Empty;
    private int _countdown, _backoff;

    /// <summary>The attribute name the instruction names.</summary>
    public string Name { get; }

    /// <summary>A site that has not run yet.</summary>
    public AttributeSite(string name) => Name = name;

    /// <summary>What the site serves without the generic path, for tests and diagnostics: "None", "InstanceValue", "Method", "ClassValue", "Append", "ModuleGlobal" or "BuiltinMethod".</summary>
    public string Specialization => _entry.Kind.ToString();

    /// <summary>LOAD_ATTR: <c>o.name</c> as a new reference (<paramref name="o"/> borrowed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyValue Load(ThreadState ts, PyValue o)
    {
        var e = _entry;
        var obj = o.Obj;
        if (obj is not null)
        {
            // Without a GIL an instance's attributes are read under its lock, on the generic path (FreeThreading).
            if (obj.GetType() == typeof(PyInstance) && !FreeThreading.Enabled)
            {
                var inst = Unsafe.As<PyInstance>(obj);
                if (Holds(e, inst))
                {
                    if (e.Kind == AttributeSiteKind.InstanceValue) return inst.ValueAt(e.Index).NewRef();
                    if (e.Kind == AttributeSiteKind.ClassValue) return e.Value.NewRef();
                    if (e.Kind == AttributeSiteKind.Method) return PyValue.From(new PyBoundMethod(e.Value, o));
                }
            }
            // Without a GIL a module's global is read under its slot's lock, on the generic path (PyModule).
            else if (ReferenceEquals(obj, e.Module) && !FreeThreading.Enabled)
            {
                var v = e.Slot!.Value;
                if (!v.IsUnbound) return v.NewRef();
            }
        }
        return LoadMiss(ts, o);
    }

    /// <summary>
    /// LOAD_METHOD of an object the stack owns. <paramref name="receiver"/> holds the object (the stack slot
    /// that becomes the call's self). A method found on the class gives the method and leaves the object in
    /// <paramref name="receiver"/> as the self of the call, so the call needs no bound method; anything else
    /// gives the attribute and releases the object, leaving Unbound, as ceval pushes (NULL, attribute).
    /// Returns a new reference.
    /// </summary>
    /// <remarks>
    /// The object is passed by reference and left alone on the common path: an <c>out</c> pair of values was
    /// written as two halves and read back whole by the call, a store-forwarding stall on every method call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyValue LoadMethod(ThreadState ts, ref PyValue receiver) => LoadMethod(ts, ref receiver, owned: true);

    /// <summary>
    /// LOAD_METHOD of an object borrowed from a local: as <see cref="LoadMethod(ThreadState, ref PyValue)"/>,
    /// but <paramref name="receiver"/> starts as a borrowed copy; it ends as a new reference to the object
    /// (self for the call) or Unbound. Nothing is taken if the lookup raises.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyValue LoadMethodOfBorrowed(ThreadState ts, ref PyValue receiver) => LoadMethod(ts, ref receiver, owned: false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PyValue LoadMethod(ThreadState ts, ref PyValue receiver, bool owned)
    {
        var e = _entry;
        var obj = receiver.Obj;
        if (obj is not null)
        {
            if (obj.GetType() == typeof(PyInstance) && !FreeThreading.Enabled)
            {
                var inst = Unsafe.As<PyInstance>(obj);
                if (Holds(e, inst))
                {
                    if (e.Kind == AttributeSiteKind.Method) return WithSelf(ref receiver, e.Value.NewRef(), owned);
                    if (e.Kind == AttributeSiteKind.InstanceValue) return WithoutSelf(ref receiver, inst.ValueAt(e.Index).NewRef(), owned);
                    if (e.Kind == AttributeSiteKind.ClassValue) return WithoutSelf(ref receiver, e.Value.NewRef(), owned);
                }
            }
            else if (ReferenceEquals(obj, e.Module) && !FreeThreading.Enabled)
            {
                var v = e.Slot!.Value;
                if (!v.IsUnbound) return WithoutSelf(ref receiver, v.NewRef(), owned);
            }
            else if (e.Kind == AttributeSiteKind.BuiltinMethod && ReferenceEquals(obj.Type, e.Type) && obj.InstanceDict is null)
                return WithSelf(ref receiver, e.Value.NewRef(), owned);
        }
        // The miss takes the receiver by value: a ref to it from a call that is not inlined would keep the generated
        // frame's stack slot in memory for the whole method (see Ops.ForIterNext).
        var found = LoadMethodMiss(ts, receiver, out bool withSelf);
        return withSelf ? WithSelf(ref receiver, found, owned) : WithoutSelf(ref receiver, found, owned);
    }

    /// <summary>The method is called with the receiver as self: a borrowed receiver becomes a reference of its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyValue WithSelf(ref PyValue receiver, PyValue method, bool owned)
    {
        if (!owned) receiver.IncRef();
        return method;
    }

    /// <summary>The attribute is called without self: the receiver becomes Unbound, its reference released when owned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyValue WithoutSelf(ref PyValue receiver, PyValue attribute, bool owned)
    {
        var o = receiver;
        receiver = PyValue.Unbound;
        if (owned) o.DecRef();
        return attribute;
    }

    /// <summary>STORE_ATTR: <c>o.name = value</c> (both borrowed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ThreadState ts, PyValue o, PyValue value)
    {
        var e = _entry;
        var obj = o.Obj;
        if (obj is not null && obj.GetType() == typeof(PyInstance) && !FreeThreading.Enabled)
        {
            var inst = Unsafe.As<PyInstance>(obj);
            if (Holds(e, inst))
            {
                if (e.Kind == AttributeSiteKind.InstanceValue) { inst.ReplaceAt(e.Index, value); return; }
                if (e.Kind == AttributeSiteKind.Append) { inst.AppendAt(e.NextShape!, e.Index, value); return; }
            }
        }
        StoreMiss(ts, o, value);
    }

    /// <summary>The entry's guards for an instance: its layout is the entry's (which names its class) and the class is unchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds(AttributeSiteEntry e, PyInstance inst) => ReferenceEquals(inst.GuardShape, e.Shape) && e.Type!.Version == e.Version;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyValue LoadMiss(ThreadState ts, PyValue o)
    {
        var r = Ops.GetAttr(ts, o, Name);
        if (MayRespecialize()) Record(SpecializeLoad(o, forMethod: false));
        return r;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyValue LoadMethodMiss(ThreadState ts, PyValue receiver, out bool withSelf)
    {
        Ops.LoadMethod(ts, receiver, Name, out var method, out var self);
        if (MayRespecialize()) Record(SpecializeLoad(receiver, forMethod: true));
        // self is a new reference to the receiver, or Unbound; the caller gives the receiver's slot its reference.
        withSelf = !self.IsUnbound;
        self.DecRef();
        return method;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StoreMiss(ThreadState ts, PyValue o, PyValue value)
    {
        if (!MayRespecialize())
        {
            Ops.SetAttr(ts, o, Name, value);
            return;
        }
        var inst = o.Obj?.GetType() == typeof(PyInstance) ? Unsafe.As<PyInstance>(o.Obj) : null;
        var before = inst != null && StoresDirectly(inst.Type) ? inst.Shape : null;
        Ops.SetAttr(ts, o, Name, value);
        AttributeSiteEntry? entry = null;
        if (before is not null && inst!.Shape is InstanceShape after)
        {
            if (ReferenceEquals(before, after)) entry = AttributeSiteEntry.InstanceValue(inst.Type, after, after.IndexOf(Name));
            else if (after.Count == before.Count + 1 && after.Names[before.Count] == Name) entry = AttributeSiteEntry.Append(inst.Type, before, after);
        }
        Record(entry);
    }

    private bool MayRespecialize()
    {
        if (_countdown == 0) return true;
        _countdown--;
        return false;
    }

    /// <summary>Keeps what an attempt found (nothing, when the attribute is not one a hit can serve) and backs off.</summary>
    private void Record(AttributeSiteEntry? entry)
    {
        if (entry is not null) _entry = entry;
        _countdown = _backoff;
        _backoff = Math.Min(2 * _backoff + 1, MaxBackoff);
    }

    /// <summary>What a load from <paramref name="o"/> can cache, or null. Inspects only: runs no Python code.</summary>
    private AttributeSiteEntry? SpecializeLoad(PyValue o, bool forMethod)
    {
        var obj = o.Obj;
        if (obj is null || Name is "__class__" or "__dict__") return null;
        if (obj.GetType() == typeof(PyModule))
        {
            var module = Unsafe.As<PyModule>(obj);
            var slot = module.Slot(Name);
            return slot.Value.IsUnbound ? null : AttributeSiteEntry.ModuleGlobal(module, slot);
        }
        if (obj.GetType() == typeof(PyInstance))
        {
            var inst = Unsafe.As<PyInstance>(obj);
            var type = inst.Type;
            if (inst.Shape is not InstanceShape shape || HasOwn(type, "__getattribute__")) return null;
            var found = type.Lookup(Name);
            int index = shape.IndexOf(Name);
            if (index >= 0) return IsPlainValue(found, allowFunction: true) ? AttributeSiteEntry.InstanceValue(type, shape, index) : null;
            if (found is not PyValue f) return null;
            if (f.Obj is PyFunction) return AttributeSiteEntry.ClassAttribute(AttributeSiteKind.Method, type, shape, f);
            return IsPlainValue(f, allowFunction: false) ? AttributeSiteEntry.ClassAttribute(AttributeSiteKind.ClassValue, type, shape, f) : null;
        }
        // No entry for a function: its attributes live in its own __dict__ (PyFunction.AttributeDict), not InstanceDict, so
        // a null InstanceDict does not say that none shadows the method. With no entry of the function type, the hit
        // test above needs no check of its own.
        if (forMethod && !obj.Type.IsHeapType && obj is not PyType && obj is not PySuper && obj is not PyModule && obj is not PyFunction && obj.InstanceDict is null
            && obj.Type.Lookup(Name) is PyValue { Obj: PyBuiltinFunction { IsMethodDescriptor: true } } descriptor)
            return AttributeSiteEntry.BuiltinMethod(obj.Type, descriptor);
        return null;
    }

    /// <summary>Stores into instances of <paramref name="type"/> go to the instance's layout, with no hook in between.</summary>
    private bool StoresDirectly(PyType type) =>
        Name is not ("__class__" or "__dict__") && !HasOwn(type, "__setattr__")
        && IsPlainValue(type.Lookup(Name), allowFunction: true);

    /// <summary>A Python-level override of an attribute hook (CPython only honours functions there too).</summary>
    private static bool HasOwn(PyType type, string hook) => type.Lookup(hook) is PyValue { Obj: PyFunction };

    /// <summary>
    /// A class attribute that neither intercepts an instance's own attribute nor is bound when read: absent,
    /// or an object of a builtin class that is no descriptor (a user class could gain <c>__get__</c> or
    /// <c>__set__</c> later without the owner's version changing, so its instances never qualify).
    /// Functions are non-data descriptors: an instance attribute of the same name still wins over them.
    /// </summary>
    private static bool IsPlainValue(PyValue? found, bool allowFunction) => found switch
    {
        null => true,
        { Obj: null } => true,
        { Obj: PyFunction } => allowFunction,
        { Obj: PyBuiltinFunction or PyProperty or PyStaticMethod or PyClassMethod or PySuper } => false,
        { Obj: var o } => !o.Type.IsHeapType,
    };
}
