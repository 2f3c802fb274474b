using System;

namespace GilGen.Runtime;

/// <summary>
/// Enum.__new__ (what <c>Color(1)</c> runs): the member whose value is equal to the one given, else what the class's
/// <c>_missing_</c> finds, else ValueError "1 is not a valid Color", with 3.12's errors for a bad <c>_missing_</c>.
/// </summary>
internal static class EnumValueLookup
{
    /// <summary>The member of <paramref name="cls"/> for <paramref name="value"/>. New reference.</summary>
    internal static PyValue Find(ThreadState ts, EnumModuleClasses m, PyType cls, PyValue value)
    {
        if (ReferenceEquals(value.Type, cls)) return value.NewRef();
        try
        {
            if (EnumMetaclass.ValueMap(cls).TryGet(ts, value, out var found)) return found.NewRef();
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError)) { e.Value.DecRef(); }
        // Not hashable, or equal to a value without being the same key (1.0 for 1 is found above; a list is not).
        foreach (var (_, member) in EnumMetaclass.MemberMap(cls).Table.Entries())
        {
            var mv = Ops.GetAttr(ts, member, "_value_");
            bool equal;
            try { equal = Ops.EqualsBool(ts, mv, value); }
            finally { mv.DecRef(); }
            if (equal) return member.NewRef();
        }
        return Missing(ts, cls, value);
    }

    private static PyValue Missing(ThreadState ts, PyType cls, PyValue value)
    {
        PyValue result = PyValue.None;
        PyException? error = null;
        try
        {
            var missing = Ops.GetAttr(ts, PyValue.From(cls), "_missing_");
            try { result = Ops.Call(ts, missing, new[] { value }, null); }
            finally { missing.DecRef(); }
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.Exception)) { error = e; }
        if (error is null && result.Type.IsSubtypeOf(cls)) return result;
        var notValid = PyErr.ValueError($"{Ops.ReprOf(ts, value)} is not a valid {cls.QualName}");
        if (error is null && result.IsNone) throw notValid;
        try
        {
            if (error is null)
            {
                error = PyErr.TypeError($"error in {cls.Name}._missing_: returned {Ops.ReprOf(ts, result)} instead of None or a valid member");
            }
            if (!error.Value.Type.IsSubtypeOf(ExceptionTypes.ValueError))
                error.Value.Obj!.SetAttr(ts, "__context__", notValid.Value);
        }
        finally
        {
            result.DecRef();
            notValid.Value.DecRef();
        }
        throw error;
    }
}
