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
    private Dictionary<string, PyValue>? _dict;
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
    /// <inheritdoc/>
    public override Dictionary<string, PyValue>? InstanceDict => _dict ??= new Dictionary<string, PyValue>();
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
        if (_dict != null) foreach (var v in _dict.Values) v.DecRefFromDealloc();
        Defaults = null; KwDefaults = null; Closure = null; _dict = null;
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
            case "__module__" when _dict == null || !_dict.ContainsKey("__module__"): return PyValue.Str(Module.Name);
            case "__defaults__": return Defaults == null ? PyValue.None : PyValue.From(PyTuple.FromBorrowed(Defaults));
            case "__kwdefaults__": return KwDefaults == null ? PyValue.None : PyValue.From(KwDefaults).NewRef();
            case "__globals__": return PyValue.From(Module).NewRef();
            case "__closure__":
            {
                if (Closure == null) return PyValue.None;
                var cells = new PyValue[Closure.Length];
                for (int i = 0; i < cells.Length; i++) cells[i] = PyValue.From(Closure[i]);
                return PyValue.From(PyTuple.FromBorrowed(cells));
            }
            case "__annotations__" when _dict == null || !_dict.ContainsKey("__annotations__"):
            {
                // As CPython: a function without annotations gets an empty dict on first access, kept.
                var empty = PyValue.From(new PyDict());
                SetAttr(ts, "__annotations__", empty);
                return empty;
            }
            case "__doc__" when _dict == null || !_dict.ContainsKey("__doc__"): return Code.Doc == null ? PyValue.None : PyValue.Str(Code.Doc);
        }
        return base.GetAttrOrNull(ts, name);
    }
    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        switch (name)
        {
            case "__name__" when value.Obj is PyStr s: Name = s.Value; return;
            case "__qualname__" when value.Obj is PyStr s: QualName = s.Value; return;
        }
        base.SetAttr(ts, name, value);
    }
}
