using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>weakref.proxy(o)</c>: stands for its referent without keeping it alive. Attribute access, calls (a proxy to a
/// callable is a <c>weakref.CallableProxyType</c>), str, truth, len, iteration, item access, <c>in</c> and
/// comparisons go to the referent; once it was released they raise ReferenceError. Unhashable, as CPython's.
/// The arithmetic operators are not forwarded (see docs/language-support.md).
/// </summary>
public sealed class PyWeakProxy : WeakReferenceBase
{
    /// <summary>The class <c>weakref.ProxyType</c>.</summary>
    public static readonly PyType ProxyType = CreateType("ProxyType");

    /// <summary>The class <c>weakref.CallableProxyType</c>.</summary>
    public static readonly PyType CallableProxyType = CreateType("CallableProxyType");

    private readonly bool _callable;

    private PyWeakProxy(PyObject referent, PyValue callback, bool callable) : base(referent, callback) => _callable = callable;

    /// <inheritdoc/>
    public override PyType Type => _callable ? CallableProxyType : ProxyType;

    /// <summary><c>weakref.proxy(target, callback=None)</c>: the target's shared plain proxy when there is one and no callback is given. New reference.</summary>
    internal static PyValue New(ThreadState ts, PyValue target, PyValue callback)
    {
        var list = ListOf(target);
        bool basic = callback.IsNone;
        if (basic && list.BasicProxy is PyWeakProxy shared) return PyValue.From(shared).NewRef();
        var made = new PyWeakProxy(target.Obj!, callback, BuiltinsModule.IsCallable(target));
        list.Insert(made, basicRef: false, basicProxy: basic);
        return PyValue.From(made);
    }

    // The referent, borrowed; ReferenceError once it was released (proxy_checkref).
    private PyValue Target => Referent is PyObject o ? PyValue.From(o) : throw PyErr.New(ExceptionTypes.ReferenceError, "weakly-referenced object no longer exists");

    /// <summary>The referent (borrowed) when <paramref name="v"/> is a proxy (ReferenceError once it is dead), else <paramref name="v"/> (UNWRAP).</summary>
    internal static PyValue Unwrap(PyValue v) => v.Obj is PyWeakProxy p ? p.Target : v;

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => Ops.GetAttr(ts, Target, name);
    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value) => Ops.SetAttr(ts, Target, name, value);
    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name) => Ops.DelAttr(ts, Target, name);
    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        _callable ? Ops.Call(ts, Target, args, kwNames) : base.Call(ts, args, kwNames);
    /// <inheritdoc/>
    public override string StrString(ThreadState? ts) => Ops.StrOf(ts, Target);
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Ops.IsTrue(ts, Target);
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Ops.Length(ts, Target);
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => Ops.GetIter(ts, Target);
    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next) => Target.Obj is PyObject o ? o.Next(ts, out next) : base.Next(ts, out next);
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key) => Ops.GetItem(ts, Target, key);
    /// <inheritdoc/>
    public override void SetItem(ThreadState ts, PyValue key, PyValue value) => Ops.SetItem(ts, Target, key, value);
    /// <inheritdoc/>
    public override void DelItem(ThreadState ts, PyValue key) => Ops.DelItem(ts, Target, key);
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item) => Ops.Contains(ts, Target, item);
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other) => Ops.EqualsBool(ts, Target, Unwrap(other));
    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other) => Target.Obj?.CompareTo(ts, Unwrap(other));
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => throw PyErr.TypeError($"unhashable type: '{Type.TpName}'");

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        // proxy_repr names the referent's class, NoneType once it is gone (the referent then reads as None).
        PyValue o = Referent is PyObject r ? PyValue.From(r) : PyValue.None;
        return $"<weakproxy at 0x{ObjectId.Of(this):x} to {o.Type.TpName} at 0x{ObjectId.Of(o.Obj!):x}>";
    }

    private static PyType CreateType(string name)
    {
        var t = new PyType(name, PyType.Object) { Module = "weakref", TpName = "weakref." + name, IsBaseType = false };
        // str() of an object of a class outside builtins takes object.__str__ (repr) unless the class has its own.
        t.AddMethod("__str__", (ts, a, kw) => PyValue.Str(Self(a, name, "__str__").StrString(ts)));
        if (name != "CallableProxyType") return t;
        // callable(p) looks for __call__ on a class outside builtins.
        t.AddMethod("__call__", (ts, a, kw) => Self(a, name, "__call__").Call(ts, a.Slice(1), kw));
        return t;
    }

    private static PyWeakProxy Self(ReadOnlySpan<PyValue> a, string typeName, string method) =>
        a.Length > 0 && a[0].Obj is PyWeakProxy p ? p : throw PyErr.TypeError($"descriptor '{method}' requires a 'weakref.{typeName}' object");
}
