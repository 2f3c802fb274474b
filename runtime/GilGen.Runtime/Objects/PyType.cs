using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Constructs an instance when a type is called: <c>int("5")</c>, <c>list(x)</c>, <c>ValueError("m")</c>.</summary>
public delegate PyValue TypeConstructor(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames);

/// <summary>
/// A Python class: name, bases and C3 method resolution order, a dictionary of methods and attributes,
/// and how it is constructed. Classes made by <c>class</c> statements are heap types (see PyType.Heap.cs).
/// </summary>
public sealed partial class PyType : PyObject
{
    /// <summary>The class name (<c>__name__</c>).</summary>
    public readonly string Name;
    /// <summary>The first base class (<c>__base__</c> for single inheritance); null only for <c>object</c>.</summary>
    public readonly PyType? Base;
    /// <summary>The class namespace: methods (builtin or Python functions) and class attributes.</summary>
    public readonly Dictionary<string, PyValue> Dict = new();
    /// <summary>What calling the class does; inherited from the base when null.</summary>
    public TypeConstructor? Constructor;
    /// <summary>The module name shown in reprs of user classes (<c>__module__</c>).</summary>
    public string Module = "builtins";
    /// <summary>True for classes whose instances may be subclassed by user code.</summary>
    public bool IsBaseType = true;
    /// <summary>
    /// What calling this exact builtin class with one positional argument and no keywords gives (the argument borrowed,
    /// the result a new reference), or null: <c>str(x)</c>, <c>int(x)</c>, <c>float(x)</c>. The class's
    /// <see cref="Constructor"/> ends in the same function, and <see cref="Ops.CallConsuming1"/> calls it directly.
    /// </summary>
    internal unsafe delegate*<ThreadState, PyValue, PyValue> OneArgumentConstructor;

    /// <summary>Creates a class; builtin ones are immortal.</summary>
    public PyType(string name, PyType? baseType, TypeConstructor? constructor = null, bool immortal = true)
    {
        Name = name;
        Base = baseType;
        Constructor = constructor;
        if (immortal) MakeImmortal();
    }

    /// <inheritdoc/>
    public override PyType Type => Metatype ?? TypeType;

    /// <summary>Finds an attribute along the method resolution order (borrowed), or null.</summary>
    public PyValue? Lookup(string name)
    {
        var cache = _lookupCache;
        if (cache != null && cache.TryGetValue(name, out var cached)) return cached;
        if (!IsHeapType || FreeThreading.Enabled) return LookupShared(name, cache);
        PyValue? found = null;
        foreach (var t in Mro)
            if (t.Dict.TryGetValue(name, out var v)) { found = v; break; }
        (_lookupCache ??= new Dictionary<string, PyValue?>())[name] = found;
        return found;
    }

    // A class read from several OS threads at once: a builtin class, which interpreters running in parallel share
    // (process-pool workers), or any class in a free-threaded process. Its cache is replaced, never changed in place,
    // so a reader never sees a half-made table. With free threading, a class's namespace is read under its lock
    // (SetAttr and DelAttr write it under the same lock), and a result found while the namespace changed is not kept:
    // Modified drops the cache both before and after it bumps Version, so either its second drop comes after this
    // publish, or this publish sees the new Version and drops what it stored.
    private PyValue? LookupShared(string name, Dictionary<string, PyValue?>? cache)
    {
        int version = Version;
        PyValue? found = null;
        foreach (var t in Mro)
        {
            bool hit;
            PyValue v;
            using (FreeThreading.Lock(t)) hit = t.Dict.TryGetValue(name, out v);
            if (hit) { found = v; break; }
        }
        var grown = cache == null ? new Dictionary<string, PyValue?>() : new Dictionary<string, PyValue?>(cache);
        grown[name] = found;
        if (Interlocked.CompareExchange(ref _lookupCache, grown, cache) == cache && Version != version)
            Interlocked.CompareExchange(ref _lookupCache, null, grown);
        return found;
    }

    /// <summary>issubclass(this, other).</summary>
    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <summary>
    /// False for the builtin classes (int, list, ...); true for a class a program wrote, whatever it set as its
    /// <c>__module__</c>, and for a class of a module written in C# (Counter): the operations ask these for their
    /// special methods written in Python.
    /// </summary>
    internal bool IsOutsideBuiltins => IsHeapType || Module != "builtins";

    /// <summary>
    /// Adds a builtin method taking self as its first argument. On a builtin class, a name that stands for one of
    /// CPython's type slots (<c>__len__</c>, <c>__add__</c>, <c>__iter__</c>...) makes a slot wrapper, as CPython's
    /// does, unless CPython's class defines that name as a plain method (<see cref="SlotWrapperNames"/>).
    /// </summary>
    public void AddMethod(string name, BuiltinBody body)
    {
        Dict[name] = PyValue.From(new PyBuiltinFunction(name, body, this) { IsSlotWrapper = !IsHeapType && SlotWrapperNames.IsSlotWrapper(this, name) });
        Modified();
    }

    /// <summary>Adds a method that stands for one of the type's slots (CPython's slot wrapper: <c>int.__add__</c>).</summary>
    internal void AddSlotWrapper(string name, BuiltinBody body)
    {
        Dict[name] = PyValue.From(new PyBuiltinFunction(name, body, this) { IsSlotWrapper = true });
        Modified();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        Module == "builtins" ? $"<class '{QualName}'>" : $"<class '{Module}.{QualName}'>";

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        // A metaclass written in Python may define what calling its classes does (a singleton's cache); its
        // __call__ reaches the usual construction through super().__call__, type.__call__.
        // Anything else than type's own __call__ is looked up as slot_tp_call looks it up, through the descriptor
        // protocol: a function binds the class, and a class (typing's TypedDict: __call__ = dict) is called as it is.
        if (Metatype is { IsHeapType: true } meta && meta.Lookup("__call__") is PyValue metaCall
            && metaCall.Obj is not PyBuiltinFunction { OwnerType.IsHeapType: false })
        {
            if (metaCall.Obj is PyFunction) return Ops.CallWithSelf(ts, metaCall, PyValue.From(this), args, kwNames);
            var bound = AttributeLookup.Get(ts, metaCall, PyValue.From(this), meta);
            try { return Ops.Call(ts, bound, args, kwNames); }
            finally { bound.DecRef(); }
        }
        return Construct(ts, args, kwNames);
    }

    /// <summary>type.__call__: what calling the class does when its metaclass does not say otherwise.</summary>
    internal PyValue Construct(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (ReferenceEquals(this, TypeType) && args.Length == 1 && kwNames == null)
            return PyValue.From(args[0].Type).NewRef();
        if (IsHeapType)
        {
            if (_abstractState != 1) ThrowIfAbstract();
            // The common class (object's layout, no __new__ of its own, __init__ in Python) goes straight to it.
            var plainInit = _creationHooksVersion == Version ? _plainInit : FindPlainInit();
            if (plainInit is PyValue init) return BuiltinConstructors.NewInstance(ts, this, init, args, kwNames);
            if (FindUserNew() is PyValue userNew) return CallUserNew(ts, userNew, args, kwNames);
            // A metaclass written in Python without a __new__ of its own: type.__new__, then its __init__.
            if (IsSubtypeOf(TypeType)) return CallUserNew(ts, TypeMethods.New, args, kwNames);
        }
        foreach (var t in Mro)
            if (t.Constructor != null)
                return IsHeapType && BuiltinSubclassing.IsDataLayout(t)
                    ? BuiltinSubclassing.Construct(ts, this, t, args, kwNames)
                    : t.Constructor(ts, this, args, kwNames);
        throw PyErr.TypeError($"cannot create '{Name}' instances");
    }

    // The builtin classes. Their methods are installed by the *Methods classes once all exist.
#pragma warning disable CS1591
    public static readonly PyType Object = new("object", null, BuiltinConstructors.Object);
    public static readonly PyType TypeType = new("type", Object, BuiltinConstructors.Type);
    public static readonly PyType Int = new("int", Object, BuiltinConstructors.Int);
    public static readonly PyType Bool = new("bool", Int, BuiltinConstructors.Bool) { IsBaseType = false };
    public static readonly PyType Float = new("float", Object, BuiltinConstructors.Float);
    public static readonly PyType Complex = new("complex", Object, ComplexMethods.Construct);
    public static readonly PyType Str = new("str", Object, BuiltinConstructors.Str);
    public static readonly PyType List = new("list", Object, BuiltinConstructors.List);
    public static readonly PyType Tuple = new("tuple", Object, BuiltinConstructors.Tuple);
    public static readonly PyType Dict_ = new("dict", Object, BuiltinConstructors.Dict);
    public static readonly PyType Set = new("set", Object, BuiltinConstructors.Set);
    public static readonly PyType FrozenSet = new("frozenset", Object, BuiltinConstructors.FrozenSet);
    public static readonly PyType Range = new("range", Object, BuiltinConstructors.Range) { IsBaseType = false };
    public static readonly PyType Slice = new("slice", Object, BuiltinConstructors.Slice) { IsBaseType = false };
    public static readonly PyType NoneType = new("NoneType", Object) { IsBaseType = false };
    public static readonly PyType Function = new("function", Object) { IsBaseType = false };
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", Object) { IsBaseType = false };
    public static readonly PyType MethodDescriptor = new("method_descriptor", Object) { IsBaseType = false };
    public static readonly PyType WrapperDescriptor = new("wrapper_descriptor", Object) { IsBaseType = false };
    public static readonly PyType MethodWrapper = new("method-wrapper", Object) { IsBaseType = false };
    public static readonly PyType Method = new("method", Object) { IsBaseType = false };
    public static readonly PyType Module_ = new("module", Object);
    public static readonly PyType Cell = new("cell", Object) { IsBaseType = false };
    public static readonly PyType Iterator = new("iterator", Object) { IsBaseType = false };
    public static readonly PyType ListIterator = new("list_iterator", Object) { IsBaseType = false };
    public static readonly PyType TupleIterator = new("tuple_iterator", Object) { IsBaseType = false };
    public static readonly PyType StrIterator = new("str_iterator", Object) { IsBaseType = false };
    public static readonly PyType RangeIterator = new("range_iterator", Object) { IsBaseType = false };
    public static readonly PyType DictKeyIterator = new("dict_keyiterator", Object) { IsBaseType = false };
    public static readonly PyType DictValueIterator = new("dict_valueiterator", Object) { IsBaseType = false };
    public static readonly PyType DictItemIterator = new("dict_itemiterator", Object) { IsBaseType = false };
    public static readonly PyType SetIterator = new("set_iterator", Object) { IsBaseType = false };
    public static readonly PyType DictKeys = new("dict_keys", Object) { IsBaseType = false };
    public static readonly PyType DictValues = new("dict_values", Object) { IsBaseType = false };
    public static readonly PyType DictItems = new("dict_items", Object) { IsBaseType = false };
    public static readonly PyType Enumerate = new("enumerate", Object, BuiltinConstructors.Enumerate);
    public static readonly PyType Zip = new("zip", Object, BuiltinConstructors.Zip);
    public static readonly PyType Map = new("map", Object, BuiltinConstructors.Map);
    public static readonly PyType Filter = new("filter", Object, BuiltinConstructors.Filter);
    public static readonly PyType Reversed = new("reversed", Object, BuiltinConstructors.Reversed);
    public static readonly PyType Unbound = new("<unbound>", Object) { IsBaseType = false };
    public static readonly PyType Bytes = new("bytes", Object, BytesMethods.ConstructBytes);
    public static readonly PyType ByteArray = new("bytearray", Object, BytesMethods.ConstructByteArray);
    public static readonly PyType BytesIterator = new("bytes_iterator", Object) { IsBaseType = false };
    public static readonly PyType ByteArrayIterator = new("bytearray_iterator", Object) { IsBaseType = false };
#pragma warning restore CS1591

    static PyType()
    {
        // types.ModuleType(name, doc=None) and types.MethodType(function, instance); subclassing either is refused
        // (LayoutOf finds their constructor), not made a plain object.
        Module_.Constructor = BuiltinConstructors.Module;
        Method.Constructor = BuiltinConstructors.Method;
        unsafe
        {
            Int.OneArgumentConstructor = &BuiltinConstructors.IntOf;
            Float.OneArgumentConstructor = &BuiltinConstructors.FloatOf;
            Str.OneArgumentConstructor = &BuiltinConstructors.StrOf;
        }
        ObjectMethods.Install(Object);
        TypeMethods.Install(TypeType);
        IntMethods.Install(Int);
        NumberSlotMethods.InstallBool(Bool);
        FloatMethods.Install(Float);
        ComplexMethods.Install(Complex);
        StrMethods.Install(Str);
        ListMethods.Install(List);
        TupleMethods.Install(Tuple);
        RangeMethods.Install(Range);
        DictMethods.Install(Dict_);
        SetMethods.Install(Set, mutable: true);
        SetMethods.Install(FrozenSet, mutable: false);
        foreach (var container in new[] { List, Dict_, Set }) SelfLockingMethods.Install(container);
        BytesMethods.Install(Bytes, mutable: false);
        BytesMethods.Install(ByteArray, mutable: true);
        ContainerMethods.Install(ByteArray, indexed: true);
        SelfLockingMethods.Install(ByteArray);
        BuiltinSubclassing.Install();
        SequenceSlotMethods.InstallStr(Str);
        SequenceSlotMethods.InstallBytes(Bytes, mutable: false);
        SequenceSlotMethods.InstallBytes(ByteArray, mutable: true);
        SequenceSlotMethods.InstallList(List);
        SequenceSlotMethods.InstallTuple(Tuple);
        SetSlotMethods.Install(Set, mutable: true);
        SetSlotMethods.Install(FrozenSet, mutable: false);
        DictSlotMethods.Install(Dict_);
        NumberSlotMethods.InstallComplex(Complex);
        SmallTypeSlotMethods.Install();
        SequenceSlotMethods.InstallSizeOf(TypeType);
        ContainerMethods.Install(Range, indexed: true);
        ContainerMethods.Install(DictKeys, indexed: false);
        ContainerMethods.Install(DictItems, indexed: false);
        ContainerMethods.Install(DictValues, indexed: false, contains: false);
        ReverseIteration.Install();
        foreach (var descriptor in new[] { Function, PyClassMethod.TypeObject, PyStaticMethod.TypeObject }) DescriptorGet.Install(descriptor);
        PyGenericAlias.InstallClassGetItem(List, Tuple, Dict_, Set, FrozenSet, TypeType, Enumerate);
        foreach (var iterator in new[] { Iterator, ListIterator, TupleIterator, StrIterator, RangeIterator, DictKeyIterator, DictValueIterator, DictItemIterator, SetIterator,
                     Enumerate, Zip, Map, Filter, Reversed, BytesIterator, ByteArrayIterator })
            IteratorMethods.Install(iterator);
    }
}
