using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Runtime.CompilerServices;
namespace GilGen.Runtime;

/// <summary>A Python function: generated body, parameters, defaults, closure and its globals' module.</summary>
public sealed class PyFunction : PyObject
{
    /// <summary>The code object's description.</summary>
    public readonly CodeInfo Code;
    /// <summary>The module whose globals the function uses.</summary>
    public readonly PyModule Module;
    /// <summary>The generated method.</summary>
    public readonly FunctionBody Body;
    /// <summary>The parameter list.</summary>
    public readonly ArgSpec Spec;
    /// <summary>__defaults__ (owned references), or null.</summary>
    public PyValue[]? Defaults;
    /// <summary>__kwdefaults__ (owned), or null.</summary>
    public PyDict? KwDefaults;
    /// <summary>The closure cells (owned), or null.</summary>
    public PyCell[]? Closure;
    /// <summary>__qualname__, used in error messages.</summary>
    public string QualName;
    /// <summary>__name__.</summary>
    public string Name;
    // The function's attribute namespace, func_dict: a dict object made on first use, so f.__dict__ is the namespace
    // itself (stores through either show in the other) and can be replaced by f.__dict__ = d.
    private PyDict? _dict;
    // __module__, __doc__ and __annotations__ are data descriptors of the function type in CPython (members and a
    // getset), not entries of __dict__: null is the default (the module's name, the code's docstring, a new {}).
    private PyValue? _module, _doc, _annotations;
    // The weak references to the function (functions can be weakly referenced), cleared first when it is released.
    private WeakRefList? _weakRefs;
    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => true;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => _weakRefs; set => _weakRefs = value; }
    private readonly unsafe delegate*<ThreadState, PyFunction, ReadOnlySpan<PyValue>, string[]?, PyValue> _entry;

    /// <summary>Creates a function; takes ownership of the references in defaults, kwDefaults and closure.</summary>
    public PyFunction(CodeInfo code, PyModule module, FunctionBody body, ArgSpec spec,
                      PyValue[]? defaults, PyDict? kwDefaults, PyCell[]? closure, string qualName)
    {
        Code = code; Module = module; Body = body; Spec = spec;
        Defaults = defaults; KwDefaults = kwDefaults; Closure = closure;
        QualName = qualName; Name = code.Name;
        PyValue.From(module).IncRef();
        unsafe { _entry = code.EntryPointOf(body); }
    }

    /// <summary>Runs the body (args consumed: the frame takes their references; result a new reference), through its entry point when it has one (see <see cref="FunctionEntryPoint"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe PyValue InvokeConsuming(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var entry = _entry;
        return entry != null ? entry(ts, this, args, kwNames) : Body(ts, this, args, kwNames);
    }

    /// <inheritdoc/>
    public override PyType Type => PyType.Function;
    /// <summary>The function's <c>__dict__</c> (borrowed), made on first use.</summary>
    public PyDict AttributeDict => _dict ??= new PyDict();
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<function {QualName} at 0x{ObjectId.Of(this):x}>";
    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames) => Ops.Call(ts, PyValue.From(this), args, kwNames);
    /// <inheritdoc/>
    public override void Dealloc()
    {
        _weakRefs?.ReleaseReferent();
        if (Defaults != null) foreach (var d in Defaults) d.DecRefFromDealloc();
        if (KwDefaults != null) PyValue.From(KwDefaults).DecRefFromDealloc();
        if (Closure != null) foreach (var c in Closure) PyValue.From(c).DecRefFromDealloc();
        if (_dict != null) PyValue.From(_dict).DecRefFromDealloc();
        _module?.DecRefFromDealloc(); _doc?.DecRefFromDealloc(); _annotations?.DecRefFromDealloc();
        Defaults = null; KwDefaults = null; Closure = null; _dict = null; _module = _doc = _annotations = null;
        PyValue.From(Module).DecRefFromDealloc();
    }
    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "__name__": return PyValue.Str(Name);
            case "__qualname__": return PyValue.Str(QualName);
            // Writable, as CPython's (functools.wraps copies it): a value set on the function wins over its module's name.
            case "__module__": return _module is PyValue m ? m.NewRef() : PyValue.Str(Module.Name);
            case "__defaults__": return Defaults == null ? PyValue.None : PyValue.From(PyTuple.FromBorrowed(Defaults));
            case "__kwdefaults__": return KwDefaults == null ? PyValue.None : PyValue.From(KwDefaults).NewRef();
            case "__globals__": return PyValue.From(Module).NewRef();
            case "__dict__": return PyValue.From(AttributeDict).NewRef();
            case "__closure__":
            {
                if (Closure == null) return PyValue.None;
                var cells = new PyValue[Closure.Length];
                for (int i = 0; i < cells.Length; i++) cells[i] = PyValue.From(Closure[i]);
                return PyValue.From(PyTuple.FromBorrowed(cells));
            }
            // As CPython: a function without annotations gets an empty dict on first access, kept.
            case "__annotations__": return (_annotations ??= PyValue.From(new PyDict())).NewRef();
            case "__doc__": return _doc is PyValue d ? d.NewRef() : Code.Doc == null ? PyValue.None : PyValue.Str(Code.Doc);
        }
        if (_dict != null)
        {
            var key = PyValue.Str(name);
            bool found = _dict.TryGet(ts, key, out var own);
            key.DecRef();
            if (found) return own.NewRef();
        }
        if (Type.Lookup(name) is PyValue f) return AttributeLookup.Get(ts, f, PyValue.From(this), Type);
        return name == "__class__" ? PyValue.From(Type).NewRef() : null;
    }

    /// <summary>True when <paramref name="name"/> is in the function's <c>__dict__</c>.</summary>
    internal bool HasOwnAttribute(string name)
    {
        if (_dict == null) return false;
        var key = PyValue.Str(name);
        try { return _dict.Table.ContainsKey(key); }
        finally { key.DecRef(); }
    }

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        switch (name)
        {
            case "__name__" when value.Obj is PyStr s: Name = s.Value; return;
            case "__qualname__" when value.Obj is PyStr s: QualName = s.Value; return;
            case "__name__" or "__qualname__": throw PyErr.TypeError($"{name} must be set to a string object");
            case "__globals__" or "__closure__" or "__builtins__": throw PyErr.AttributeError("readonly attribute");
            // The call paths read the defaults the function was made with.
            case "__defaults__" or "__kwdefaults__": throw PyErr.NotImplementedError($"GilGen does not support assigning a function's {name} yet");
            case "__module__": Replace(ref _module, value); return;
            case "__doc__": Replace(ref _doc, value); return;
            case "__annotations__":
                if (value.Obj is not PyDict) throw PyErr.TypeError("__annotations__ must be set to a dict object");
                Replace(ref _annotations, value);
                return;
            case "__dict__":
                if (value.Obj is not PyDict dict) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
                PyValue.From(dict).IncRef();
                var old = _dict;
                _dict = dict;
                if (old != null) PyValue.From(old).DecRef();
                return;
        }
        if (Type.Lookup(name) is PyValue descriptor && AttributeLookup.TrySetThroughDescriptor(ts, descriptor, this, value)) return;
        var key = PyValue.Str(name);
        try { AttributeDict.Set(ts, key, value); }
        finally { key.DecRef(); }
    }

    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name)
    {
        switch (name)
        {
            // CPython's func_set_dict refuses a NULL value.
            case "__dict__": throw PyErr.TypeError("cannot delete __dict__");
            case "__name__" or "__qualname__": throw PyErr.TypeError($"{name} must be set to a string object");
            // Members read as None once deleted; the annotations start again with a new {}.
            case "__module__": Replace(ref _module, PyValue.None); return;
            case "__doc__": Replace(ref _doc, PyValue.None); return;
            case "__annotations__":
                var a = _annotations; _annotations = null; a?.DecRef();
                return;
        }
        if (_dict != null)
        {
            var key = PyValue.Str(name);
            bool found = _dict.Remove(ts, key, out var old);
            key.DecRef();
            if (found) { old.DecRef(); return; }
        }
        throw PyErr.AttributeError($"'{Type.Name}' object has no attribute '{name}'");
    }

    /// <summary>
    /// What a copy of the function (fork's) sets again, borrowed: the str keys of its <c>__dict__</c>, and
    /// <c>__module__</c>, <c>__doc__</c>, <c>__annotations__</c> where they were assigned.
    /// </summary>
    internal List<(string Name, PyValue Value)> AssignedAttributes()
    {
        var list = new List<(string, PyValue)>();
        if (_module is PyValue m) list.Add(("__module__", m));
        if (_doc is PyValue d) list.Add(("__doc__", d));
        if (_annotations is PyValue a) list.Add(("__annotations__", a));
        if (_dict != null)
            foreach (var (k, v) in _dict.Table.Entries())
                if (k.Obj is PyStr s) list.Add((s.Value, v));
        return list;
    }

    /// <summary>Sets again one of <see cref="AssignedAttributes"/> on a copy (value borrowed).</summary>
    internal void RestoreAttribute(string name, PyValue value)
    {
        switch (name)
        {
            case "__module__": Replace(ref _module, value); return;
            case "__doc__": Replace(ref _doc, value); return;
            case "__annotations__": Replace(ref _annotations, value); return;
        }
        var key = PyValue.Str(name);
        AttributeDict.Set(null, key, value);
        key.DecRef();
    }

    // Stores a new reference to value in field, then releases the one it held (value may be the same object).
    private static void Replace(ref PyValue? field, PyValue value)
    {
        value.IncRef();
        var old = field;
        field = value;
        old?.DecRef();
    }
}
