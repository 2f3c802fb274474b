using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// <c>enum._EnumDict</c>: the dict an enum's class body runs in (EnumType.__prepare__). Its <c>__setitem__</c>
/// records which names are members, in order, refuses a name given twice, resolves <c>auto()</c> values as they
/// are assigned (with <c>_generate_next_value_</c>), and reads <c>_ignore_</c>.
/// </summary>
internal static class EnumClassNamespace
{
    /// <summary>What __setitem__ has learnt of one class body.</summary>
    internal sealed class State
    {
        /// <summary>The class name (for private names).</summary>
        public string ClassName = "";
        /// <summary>The member names, in the order they were assigned.</summary>
        public readonly List<string> MemberNames = new();
        /// <summary>The names <c>_ignore_</c> lists.</summary>
        public readonly HashSet<string> Ignore = new(StringComparer.Ordinal);
        /// <summary>True once an auto() was resolved (then _generate_next_value_ may not be defined any more).</summary>
        public bool AutoCalled;
        /// <summary>The values given so far (an auto() in a tuple adds its own value, not the tuple's); owned.</summary>
        public readonly List<PyValue> LastValues = new();

        /// <summary>Drops the references kept in <see cref="LastValues"/> once the class is made.</summary>
        public void Release()
        {
            foreach (var v in LastValues) v.DecRef();
            LastValues.Clear();
        }
    }

    private static readonly ConditionalWeakTable<PyDict, State> States = new();

    /// <summary>The state of a class body's namespace, or null when it is not an _EnumDict.</summary>
    internal static State? StateOf(PyDict ns) => States.TryGetValue(ns, out var s) ? s : null;

    /// <summary>Makes the class _EnumDict.</summary>
    internal static PyType CreateType(ThreadState ts, EnumModuleClasses m)
    {
        var b = new EnumClassBuilder(ts, m.Module, "_EnumDict");
        b.Method("__setitem__", new[] { "self", "key", "value" }, (ts2, p) => { SetItem(ts2, m, (PyDict)p[0].Obj!, p[1], p[2]); return PyValue.None; });
        return b.Build("_EnumDict", new[] { PyValue.From(PyType.Dict_) }, null);
    }

    /// <summary>A new, empty namespace for the class <paramref name="className"/>.</summary>
    internal static PyDict Create(EnumModuleClasses m, string className)
    {
        var d = new SubclassedDict(m.EnumDict);
        States.Add(d, new State { ClassName = className });
        return d;
    }

    private static void SetItem(ThreadState ts, EnumModuleClasses m, PyDict self, PyValue key, PyValue value)
    {
        var state = States.GetValue(self, _ => new State());
        if (key.Obj is not PyStr ks) { self.Set(ts, key, value); return; }
        string k = ks.Value;
        if (EnumNameKinds.IsPrivate(state.ClassName, k)) { }
        else if (EnumNameKinds.IsSunder(k))
        {
            if (!EnumNameKinds.IsAllowedSunder(k))
                throw PyErr.ValueError($"_sunder_ names, such as {PyStr.Quote(k)}, are reserved for future Enum use");
            if (k == "_generate_next_value_" && state.AutoCalled)
                throw PyErr.TypeError("_generate_next_value_ must be defined before members");
            if (k == "_ignore_") ReadIgnore(ts, state, value);
        }
        else if (EnumNameKinds.IsDunder(k))
        {
            if (k == "__order__")
            {
                var order = PyValue.Str("_order_");
                try { self.Set(ts, order, value); }
                finally { order.DecRef(); }
                return;
            }
        }
        else if (state.MemberNames.Contains(k)) throw AlreadyDefined(ts, self, key);
        else if (state.Ignore.Contains(k)) { }
        else if (value.Obj is not null && value.Type.IsSubtypeOf(m.NonMember))
        {
            var inner = Ops.GetAttr(ts, value, "value");
            try { self.Set(ts, key, inner); }
            finally { inner.DecRef(); }
            return;
        }
        else if (EnumNameKinds.IsDescriptor(value)) { }
        else
        {
            if (self.TryGet(ts, key, out _)) throw AlreadyDefined(ts, self, key);
            var stored = value.Obj is not null && value.Type.IsSubtypeOf(m.Member) ? Ops.GetAttr(ts, value, "value") : value.NewRef();
            try
            {
                int before = state.LastValues.Count;
                var resolved = ResolveAuto(ts, m, self, state, k, stored);
                try
                {
                    // A value without auto() is a last value itself; auto()'s values were added as they were made.
                    if (state.LastValues.Count == before) state.LastValues.Add(resolved.NewRef());
                    state.MemberNames.Add(k);
                    self.Set(ts, key, resolved);
                }
                finally { resolved.DecRef(); }
            }
            finally { stored.DecRef(); }
            return;
        }
        self.Set(ts, key, value);
    }

    private static PyException AlreadyDefined(ThreadState ts, PyDict self, PyValue key)
    {
        self.TryGet(ts, key, out var old);
        return PyErr.TypeError($"{Ops.ReprOf(ts, key)} already defined as {Ops.ReprOf(ts, old)}");
    }

    // _ignore_ = 'a b' or ['a', 'b']: those names stay out of the members (and out of the class).
    private static void ReadIgnore(ThreadState ts, State state, PyValue value)
    {
        var names = new List<string>();
        if (value.Obj is PyStr s) names.AddRange(s.Value.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        else
        {
            var list = Ops.ToList(ts, value);
            try { foreach (var item in list) names.Add(Ops.StrOf(ts, item)); }
            finally { foreach (var item in list) item.DecRef(); }
        }
        var already = names.FindAll(state.MemberNames.Contains);
        if (already.Count > 0)
            throw PyErr.ValueError("_ignore_ cannot specify already set names: {" + string.Join(", ", already.ConvertAll(PyStr.Quote)) + "}");
        foreach (var n in names) state.Ignore.Add(n);
    }

    /// <summary>
    /// The value stored for a member: an <c>auto()</c> (or a tuple holding some) with its value asked of
    /// <c>_generate_next_value_(name, 1, count, last_values)</c>. New reference.
    /// </summary>
    private static PyValue ResolveAuto(ThreadState ts, EnumModuleClasses m, PyDict self, State state, string name, PyValue value)
    {
        if (value.Obj is not null && value.Type.IsSubtypeOf(m.Auto)) return AutoValue(ts, m, self, state, name, value);
        if (value.Obj is not PyTuple t || t.GetType() != typeof(PyTuple)) return value.NewRef();
        bool any = false;
        foreach (var item in t.Items) any |= item.Obj is not null && item.Type.IsSubtypeOf(m.Auto);
        if (!any) return value.NewRef();
        var items = new PyValue[t.Items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var item = t.Items[i];
            items[i] = item.Obj is not null && item.Type.IsSubtypeOf(m.Auto) ? AutoValue(ts, m, self, state, name, item) : item.NewRef();
        }
        return PyValue.From(new PyTuple(items));
    }

    private static PyValue AutoValue(ThreadState ts, EnumModuleClasses m, PyDict self, State state, string name, PyValue auto)
    {
        var current = Ops.GetAttr(ts, auto, "value");
        if (!Ops.Is(current, m.AutoNull)) return current;
        current.DecRef();
        var last = new PyList();
        var lastValue = PyValue.From(last);
        var key = PyValue.Str("_generate_next_value_");
        PyValue result;
        try
        {
            foreach (var v in state.LastValues) { v.IncRef(); last.Items.Add(v); }
            if (!self.TryGet(ts, key, out var generate) || generate.IsNone)
                throw PyErr.TypeError("'NoneType' object is not callable");
            if (generate.Obj is PyStaticMethod sm) generate = sm.Function;
            var nameValue = PyValue.Str(name);
            try { result = Ops.Call(ts, generate, new[] { nameValue, PyValue.Int(1), PyValue.Int(state.MemberNames.Count), lastValue }, null); }
            finally { nameValue.DecRef(); }
        }
        finally { key.DecRef(); lastValue.DecRef(); }
        state.AutoCalled = true;
        try { Ops.SetAttr(ts, auto, "value", result); }
        catch { result.DecRef(); throw; }
        state.LastValues.Add(result.NewRef());
        return result;
    }
}
