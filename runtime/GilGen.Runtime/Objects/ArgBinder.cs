using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>Binds call arguments to parameters as CPython's initialize_locals does, with its TypeError texts.</summary>
public static class ArgBinder
{
    /// <summary>
    /// <see cref="Bind"/> for a function body, which owns the references in <paramref name="args"/>
    /// (<see cref="FunctionBody"/>): they are released once bound, or when binding raises.
    /// </summary>
    public static PyValue[] BindConsuming(ThreadState ts, PyFunction fn, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        try { return Bind(ts, fn, args, kwNames); }
        finally { Ops.ReleaseAll(args); }
    }

    /// <summary>
    /// The slow path for anything but exactly ArgCount positional arguments: defaults, keywords, *args, **kwargs.
    /// Returns ArgCount+KwOnly(+1 for *args)(+1 for **kwargs) new references.
    /// </summary>
    public static PyValue[] Bind(ThreadState ts, PyFunction fn, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var spec = fn.Spec;
        string name = fn.QualName;
        int nKw = kwNames?.Length ?? 0;
        int nPos = args.Length - nKw;
        var slots = new PyValue[spec.SlotCount];
        for (int i = 0; i < slots.Length; i++) slots[i] = PyValue.Unbound;
        int varArgsIndex = spec.ArgCount + spec.KwOnly;
        int varKwIndex = varArgsIndex + (spec.VarArgs ? 1 : 0);
        try
        {
            PyDict? kwDict = null;
            if (spec.VarKw) { kwDict = new PyDict(); slots[varKwIndex] = PyValue.From(kwDict); }
            int n = Math.Min(nPos, spec.ArgCount);
            for (int i = 0; i < n; i++) slots[i] = args[i].NewRef();
            if (spec.VarArgs)
                slots[varArgsIndex] = PyValue.From(nPos > n ? PyTuple.FromBorrowed(args.Slice(n, nPos - n)) : PyTuple.Empty);

            for (int k = 0; k < nKw; k++)
            {
                string kw = kwNames![k];
                var value = args[nPos + k];
                // Only named parameters take keywords: the *args and **kwargs names do not (f(*a, **k) accepts k=1).
                int named = spec.ArgCount + spec.KwOnly;
                int index = named > spec.PosOnly ? Array.IndexOf(spec.ArgNames, kw, spec.PosOnly, named - spec.PosOnly) : -1;
                if (index < 0)
                {
                    if (kwDict == null)
                    {
                        if (Array.IndexOf(spec.ArgNames, kw, 0, Math.Min(spec.PosOnly, spec.ArgNames.Length)) >= 0)
                            throw PyErr.TypeError($"{name}() got some positional-only arguments passed as keyword arguments: '{kw}'");
                        throw PyErr.TypeError($"{name}() got an unexpected keyword argument '{kw}'");
                    }
                    kwDict.Set(ts, PyValue.Str(kw), value);
                    continue;
                }
                if (!slots[index].IsUnbound)
                    throw PyErr.TypeError($"{name}() got multiple values for argument '{kw}'");
                slots[index] = value.NewRef();
            }

            if (nPos > spec.ArgCount && !spec.VarArgs) throw TooManyPositional(fn, nPos, slots);

            int nDefaults = fn.Defaults?.Length ?? 0;
            if (nPos < spec.ArgCount)
            {
                int firstDefault = spec.ArgCount - nDefaults;
                var missing = new List<string>();
                for (int i = nPos; i < firstDefault; i++)
                    if (slots[i].IsUnbound) missing.Add(spec.ArgNames[i]);
                if (missing.Count > 0) throw Missing(name, missing, "positional");
                for (int i = Math.Max(nPos, firstDefault); i < spec.ArgCount; i++)
                    if (slots[i].IsUnbound) slots[i] = fn.Defaults![i - firstDefault].NewRef();
            }
            if (spec.KwOnly > 0)
            {
                var missing = new List<string>();
                for (int i = spec.ArgCount; i < spec.ArgCount + spec.KwOnly; i++)
                {
                    if (!slots[i].IsUnbound) continue;
                    if (fn.KwDefaults != null && fn.KwDefaults.TryGet(ts, PyValue.Str(spec.ArgNames[i]), out var d)) slots[i] = d.NewRef();
                    else missing.Add(spec.ArgNames[i]);
                }
                if (missing.Count > 0) throw Missing(name, missing, "keyword-only");
            }
            return slots;
        }
        catch
        {
            foreach (var s in slots) s.DecRef();
            throw;
        }
    }

    private static PyException TooManyPositional(PyFunction fn, int given, PyValue[] slots)
    {
        var spec = fn.Spec;
        int nDefaults = fn.Defaults?.Length ?? 0;
        int kwOnlyGiven = 0;
        for (int i = spec.ArgCount; i < spec.ArgCount + spec.KwOnly; i++) if (!slots[i].IsUnbound) kwOnlyGiven++;
        string sig;
        bool plural;
        if (nDefaults > 0)
        {
            sig = $"from {spec.ArgCount - nDefaults} to {spec.ArgCount}";
            plural = true;
        }
        else
        {
            sig = spec.ArgCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            plural = spec.ArgCount != 1;
        }
        string kwPart = kwOnlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwOnlyGiven} keyword-only argument{(kwOnlyGiven != 1 ? "s" : "")})"
            : "";
        return PyErr.TypeError($"{fn.QualName}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwPart} {(given == 1 && kwOnlyGiven == 0 ? "was" : "were")} given");
    }

    private static PyException Missing(string name, List<string> missing, string kind)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < missing.Count; i++)
        {
            if (i > 0) sb.Append(missing.Count == 2 ? " and " : i == missing.Count - 1 ? ", and " : ", ");
            sb.Append('\'').Append(missing[i]).Append('\'');
        }
        return PyErr.TypeError($"{name}() missing {missing.Count} required {kind} argument{(missing.Count != 1 ? "s" : "")}: {sb}");
    }
}
