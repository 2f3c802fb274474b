namespace GilGen.Runtime;

/// <summary>
/// enum's small wrapper classes of a class body's values: <c>auto</c> (a value made by
/// <c>_generate_next_value_</c>), <c>member</c> (always a member) and <c>nonmember</c> (never one).
/// </summary>
internal static class EnumValueWrappers
{
    /// <summary>Makes <c>auto</c>: <c>auto(value=_auto_null)</c>, repr <c>auto(value)</c>.</summary>
    internal static PyType CreateAuto(ThreadState ts, EnumModuleClasses m)
    {
        var b = new EnumClassBuilder(ts, m.Module, "auto", "\n    Instances are replaced with an appropriate value in Enum class suites.\n    ");
        b.Method("__init__", new[] { "self", "value" }, (ts2, p) =>
        {
            Ops.SetAttr(ts2, p[0], "value", p[1]);
            return PyValue.None;
        }, defaults: new[] { m.AutoNull.NewRef() });
        b.Method("__repr__", new[] { "self" }, (ts2, p) =>
        {
            var v = Ops.GetAttr(ts2, p[0], "value");
            try { return PyValue.Str("auto(" + Ops.ReprOf(ts2, v) + ")"); }
            finally { v.DecRef(); }
        });
        return b.Build("auto", System.Array.Empty<PyValue>(), null);
    }

    /// <summary>Makes <c>member</c> or <c>nonmember</c>: a holder of <c>value</c>.</summary>
    internal static PyType CreateHolder(ThreadState ts, EnumModuleClasses m, string name, string doc)
    {
        var b = new EnumClassBuilder(ts, m.Module, name, doc);
        b.Method("__init__", new[] { "self", "value" }, (ts2, p) =>
        {
            Ops.SetAttr(ts2, p[0], "value", p[1]);
            return PyValue.None;
        });
        return b.Build(name, System.Array.Empty<PyValue>(), null);
    }
}
