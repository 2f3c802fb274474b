using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>
/// A builtin function (print, len) or a method of a builtin type (list.append): a name and a C# body,
/// optionally bound to a self that is passed as the first argument.
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    /// <summary>The name (<c>__name__</c>).</summary>
    public readonly string Name;
    /// <summary>The implementation.</summary>
    public readonly BuiltinBody Body;
    /// <summary>For a method: the class that defines it (a method descriptor when unbound).</summary>
    public readonly PyType? OwnerType;
    /// <summary>The bound self (owned), or Unbound.</summary>
    public PyValue Self = PyValue.Unbound;
    /// <summary>The module name shown by repr for functions of modules other than builtins.</summary>
    public string? ModuleName;
    /// <summary>
    /// A builtin type's method that stands for one of its slots (<c>int.__add__</c>, <c>float.__neg__</c>): CPython's
    /// slot wrapper, whose repr and wrong-self error read differently from a plain method's.
    /// </summary>
    internal bool IsSlotWrapper;
    /// <summary>
    /// The body of a call with exactly one positional argument (borrowed; the result a new reference), or null. A
    /// builtin mostly called that way (len, abs) then skips the span, the argument checks and two layers of calls
    /// (<see cref="Ops.CallConsuming1"/>). Only a plain builtin function has one: a bound copy's self comes first.
    /// </summary>
    internal unsafe delegate*<ThreadState, PyValue, PyValue> OneArgumentBody;
    // Found on the first call (Delegate.Method is reflection, too slow for the thousands of builtins made at start-up).
    private unsafe delegate*<ThreadState, ReadOnlySpan<PyValue>, string[]?, PyValue> _entry;
    private bool _entryLookedUp;

    /// <summary>A builtin function (immortal: shared by every interpreter), or a method descriptor when <paramref name="ownerType"/> is set.</summary>
    public PyBuiltinFunction(string name, BuiltinBody body, PyType? ownerType = null)
    {
        Name = name; Body = body; OwnerType = ownerType;
        MakeImmortal();
    }

    private PyBuiltinFunction(PyBuiltinFunction unbound, PyValue self)
    {
        Name = unbound.Name; Body = unbound.Body; OwnerType = unbound.OwnerType; ModuleName = unbound.ModuleName;
        IsSlotWrapper = unbound.IsSlotWrapper;
        unsafe { _entry = unbound._entry; }
        _entryLookedUp = unbound._entryLookedUp;
        self.IncRef();
        Self = self;
    }

    /// <summary>Runs the body (args borrowed, result a new reference), through its entry point when it has one (see <see cref="FunctionEntryPoint"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public unsafe PyValue Invoke(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var entry = _entry;
        if (entry != null) return entry(ts, args, kwNames);
        // A lambda (most builtin types' methods) has no entry point: its delegate is called here, not through another layer.
        return _entryLookedUp ? Body(ts, args, kwNames) : InvokeWithoutEntryPoint(ts, args, kwNames);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private unsafe PyValue InvokeWithoutEntryPoint(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (!_entryLookedUp)
        {
            _entry = FunctionEntryPoint.Of(Body);
            _entryLookedUp = true;
        }
        return Body(ts, args, kwNames);
    }

    /// <summary>True for a method not yet bound to an instance.</summary>
    public bool IsMethodDescriptor => OwnerType != null && Self.IsUnbound;

    /// <summary>A new bound builtin method: self.name.</summary>
    public PyBuiltinFunction BindTo(PyValue self) => new(this, self);

    /// <inheritdoc/>
    public override PyType Type => IsMethodDescriptor
        ? (IsSlotWrapper ? PyType.WrapperDescriptor : PyType.MethodDescriptor)
        : (IsSlotWrapper && !Self.IsUnbound ? PyType.MethodWrapper : PyType.BuiltinFunction);
    /// <inheritdoc/>
    public override void Dealloc() { _weakRefs?.ReleaseReferent(); var s = Self; Self = PyValue.Unbound; s.DecRefFromDealloc(); }
    // The weak references to the function (builtin functions can be weakly referenced), cleared first when it is released.
    private WeakRefList? _weakRefs;
    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => true;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => _weakRefs; set => _weakRefs = value; }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        if (IsMethodDescriptor) return $"<{(IsSlotWrapper ? "slot wrapper" : "method")} '{Name}' of '{OwnerType!.Name}' objects>";
        if (!Self.IsUnbound)
        {
            if (Self.Obj is PyModule m) return $"<built-in function {Name}>";
            if (IsSlotWrapper) return $"<method-wrapper '{Name}' of {Self.Type.Name} object at 0x{(Self.Obj is null ? 0 : ObjectId.Of(Self.Obj)):x}>";
            return $"<built-in method {Name} of {Self.Type.Name} object at 0x{(Self.Obj is null ? 0 : ObjectId.Of(Self.Obj)):x}>";
        }
        return $"<built-in function {Name}>";
    }
    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "__name__": return PyValue.Str(Name);
            case "__qualname__": return PyValue.Str(OwnerType != null ? OwnerType.Name + "." + Name : Name);
            case "__self__": return Self.IsUnbound ? PyValue.None : Self.NewRef();
        }
        return base.GetAttrOrNull(ts, name);
    }

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (Self.IsUnbound)
        {
            if (OwnerType != null)
            {
                if (args.Length - (kwNames?.Length ?? 0) == 0)
                    throw PyErr.TypeError(IsSlotWrapper
                        ? $"descriptor '{Name}' of '{OwnerType.Name}' object needs an argument"
                        : $"unbound method {OwnerType.Name}.{Name}() needs an argument");
                if (!args[0].Type.IsSubtypeOf(OwnerType))
                    throw PyErr.TypeError(IsSlotWrapper
                        ? $"descriptor '{Name}' requires a '{OwnerType.Name}' object but received a '{args[0].Type.Name}'"
                        : $"descriptor '{Name}' for '{OwnerType.Name}' objects doesn't apply to a '{args[0].Type.Name}' object");
            }
            return Body(ts, args, kwNames);
        }
        var withSelf = new PyValue[args.Length + 1];
        withSelf[0] = Self;
        args.CopyTo(withSelf.AsSpan(1));
        return Body(ts, withSelf, kwNames);
    }
}
