using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// The re module, over .NET's regular expressions: compile, search, match, fullmatch, findall, finditer, sub, subn,
/// split, escape, purge, the classes Pattern, Match and error, and the flags as <c>re.RegexFlag</c> members (an
/// <c>enum.IntFlag</c> whose repr is <c>re.IGNORECASE|re.MULTILINE</c>, as CPython's global_flag_repr writes it).
/// Patterns are parsed as CPython's <c>re._parser</c> parses them (<see cref="ReParser"/>) and translated
/// (<see cref="ReTranslator"/>); the module functions keep compiled patterns in a cache, as re.py does.
/// </summary>
public static class ReModule
{
    // RegexFlag's members in definition order (CPython's re.RegexFlag), aliases after the name they alias.
    private static readonly (string Name, int Value, string? Alias)[] FlagMembers =
    {
        ("NOFLAG", 0, null), ("ASCII", ReParser.FlagAscii, "A"), ("IGNORECASE", ReParser.FlagIgnoreCase, "I"),
        ("LOCALE", ReParser.FlagLocale, "L"), ("UNICODE", ReParser.FlagUnicode, "U"), ("MULTILINE", ReParser.FlagMultiline, "M"),
        ("DOTALL", ReParser.FlagDotAll, "S"), ("VERBOSE", ReParser.FlagVerbose, "X"), ("TEMPLATE", ReParser.FlagTemplate, "T"),
        ("DEBUG", ReParser.FlagDebug, null),
    };

    private const int MaxCache = 512;

    /// <summary>Makes re.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("re");
        var cache = new Dictionary<(bool, string, int), PyValue>();

        // The compiled pattern for a call (a new reference: a purge during the call, from a replacement function,
        // must not release the pattern the call is using).
        PyValue Compiled(ThreadState ts2, PyValue pattern, PyValue flagsArg)
        {
            int flags = FlagsOf(flagsArg);
            if (pattern.Obj is PyRePattern compiled)
            {
                if (flags != 0) throw PyErr.ValueError("cannot process flags argument with a compiled pattern");
                return PyValue.From(compiled).NewRef();
            }
            var key = pattern.Obj switch
            {
                PyStr s => (true, s.Value, flags),
                PyBytes b => (false, Encoding.Latin1.GetString(b.Data), flags),
                _ => throw PyErr.TypeError("first argument must be string or compiled pattern"),
            };
            // The lock matters only without a GIL (free threading), where calls on several threads share the cache.
            lock (cache)
            {
                if (cache.TryGetValue(key, out var hit)) return hit.NewRef();
            }
            var made = PyRePattern.Compile(ts2, pattern, flags);
            lock (cache)
            {
                if (cache.TryGetValue(key, out var raced)) { PyValue.From(made).DecRef(); return raced.NewRef(); }
                // re.py drops the oldest entries; dropping all of them at the limit keeps this simple and bounded.
                if (cache.Count >= MaxCache) Purge(cache);
                cache[key] = PyValue.From(made);
            }
            return PyValue.From(made).NewRef();
        }

        PyValue With(ThreadState ts2, PyValue pattern, PyValue flagsArg, Func<PyRePattern, PyValue> body)
        {
            var p = Compiled(ts2, pattern, flagsArg);
            try { return body((PyRePattern)p.Obj!); }
            finally { p.DecRef(); }
        }

        m.AddFunction("compile", (ts2, a, kw) =>
        {
            var x = CallArguments.Bind("compile", a, kw, new[] { "pattern", "flags" }, 1);
            return Compiled(ts2, x[0], x[1]);
        });
        AddSearch(m, "search", ReMethods.Anchor.Search, With);
        AddSearch(m, "match", ReMethods.Anchor.Match, With);
        AddSearch(m, "fullmatch", ReMethods.Anchor.Full, With);
        m.AddFunction("findall", (ts2, a, kw) =>
        {
            var x = CallArguments.Bind("findall", a, kw, new[] { "pattern", "string", "flags" }, 2);
            return With(ts2, x[0], x[2], p => CallMethod(ts2, p, "findall", x[1]));
        });
        m.AddFunction("finditer", (ts2, a, kw) =>
        {
            var x = CallArguments.Bind("finditer", a, kw, new[] { "pattern", "string", "flags" }, 2);
            return With(ts2, x[0], x[2], p => CallMethod(ts2, p, "finditer", x[1]));
        });
        m.AddFunction("split", (ts2, a, kw) =>
        {
            var x = CallArguments.Bind("split", a, kw, new[] { "pattern", "string", "maxsplit", "flags" }, 2);
            return With(ts2, x[0], x[3], p => x[2].IsUnbound ? CallMethod(ts2, p, "split", x[1]) : CallMethod(ts2, p, "split", x[1], x[2]));
        });
        m.AddFunction("sub", (ts2, a, kw) =>
        {
            var x = CallArguments.Bind("sub", a, kw, new[] { "pattern", "repl", "string", "count", "flags" }, 3);
            return With(ts2, x[0], x[4], p => ReMethods.Sub(ts2, p, x[1], x[2], x[3], false));
        });
        m.AddFunction("subn", (ts2, a, kw) =>
        {
            var x = CallArguments.Bind("subn", a, kw, new[] { "pattern", "repl", "string", "count", "flags" }, 3);
            return With(ts2, x[0], x[4], p => ReMethods.Sub(ts2, p, x[1], x[2], x[3], true));
        });
        m.AddFunction("escape", (ts2, a, kw) =>
        {
            var x = CallArguments.Bind("escape", a, kw, new[] { "pattern" }, 1);
            return Escape(x[0]);
        });
        m.AddFunction("purge", (ts2, a, kw) =>
        {
            CallArguments.Bind("purge", a, kw, Array.Empty<string>(), 0);
            lock (cache) Purge(cache);
            return PyValue.None;
        });
        m.SetGlobal("error", PyValue.From(ReError.ErrorType));
        m.SetGlobal("Pattern", PyValue.From(PyRePattern.PatternType));
        m.SetGlobal("Match", PyValue.From(PyReMatch.MatchType));
        AddFlags(ts, m);
        return m;
    }

    private static void Purge(Dictionary<(bool, string, int), PyValue> cache)
    {
        var held = new List<PyValue>(cache.Values);
        cache.Clear();
        foreach (var v in held) v.DecRef();
    }

    private static void AddSearch(PyModule m, string name, ReMethods.Anchor anchor,
                                  Func<ThreadState, PyValue, PyValue, Func<PyRePattern, PyValue>, PyValue> with)
    {
        m.AddFunction(name, (ts, a, kw) =>
        {
            var x = CallArguments.Bind(name, a, kw, new[] { "pattern", "string", "flags" }, 2);
            return with(ts, x[0], x[2], p => ReMethods.Find(ts, p, x[1], PyValue.Unbound, PyValue.Unbound, anchor));
        });
    }

    private static PyValue CallMethod(ThreadState ts, PyRePattern p, string name, params PyValue[] args)
    {
        var method = Ops.GetAttr(ts, PyValue.From(p), name);
        try { return Ops.Call(ts, method, args, null); }
        finally { method.DecRef(); }
    }

    private static int FlagsOf(PyValue v)
    {
        if (v.IsUnbound) return 0;
        if (Numbers.TryLong(v, out long flags) && flags >= int.MinValue && flags <= int.MaxValue) return (int)flags;
        if (Numbers.TryInt(v, out _)) throw PyErr.OverflowError("Python int too large to convert to C int");
        // re.py's `flags & T` with T a RegexFlag.
        throw PyErr.TypeError($"unsupported operand type(s) for &: '{v.Type.Name}' and 'RegexFlag'");
    }

    /// <summary>re.escape: a backslash before each of <c>()[]{}?*+-|^$\.&amp;~# \t\n\r\v\f</c>, for str or bytes.</summary>
    private static PyValue Escape(PyValue pattern)
    {
        const string special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
        string text = pattern.Obj switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.Latin1.GetString(b.Data),
            PyByteArray ba => Encoding.Latin1.GetString(ba.ToArray()),
            _ => throw PyErr.TypeError($"decoding to str: need a bytes-like object, {pattern.Type.Name} found"),
        };
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        if (pattern.Obj is PyStr) return PyValue.Str(sb.ToString());
        return PyValue.From(new PyBytes(Encoding.Latin1.GetBytes(sb.ToString())));
    }

    // re.RegexFlag as enum.IntFlag('RegexFlag', ..., boundary=KEEP) with global_flag_repr for repr and str, and its
    // members (and their one-letter aliases) bound in the module.
    private static void AddFlags(ThreadState ts, PyModule m)
    {
        var enumModule = PyValue.From(ts.Interp.Modules.Import(ts, "enum"));
        var intFlag = Ops.GetAttr(ts, enumModule, "IntFlag");
        var keep = Ops.GetAttr(ts, enumModule, "KEEP");
        var pairs = new PyValueList();
        foreach (var (name, value, alias) in FlagMembers)
        {
            pairs.Add(PyValue.From(new PyTuple(new[] { PyValue.Str(name), PyValue.Int(value) })));
            if (alias != null) pairs.Add(PyValue.From(new PyTuple(new[] { PyValue.Str(alias), PyValue.Int(value) })));
        }
        var members = PyValue.From(new PyList(pairs));
        var className = PyValue.Str("RegexFlag");
        var moduleName = PyValue.Str("re");
        PyValue cls;
        try { cls = Ops.Call(ts, intFlag, new[] { className, members, moduleName, keep }, new[] { "module", "boundary" }); }
        finally { members.DecRef(); className.DecRef(); moduleName.DecRef(); intFlag.DecRef(); keep.DecRef(); }
        try
        {
            var repr = PyValue.From(NativeFunction.Create(m, "RegexFlag.__repr__", new[] { "self" }, (ts2, p) => PyValue.Str(FlagRepr(ts2, p[0]))));
            try
            {
                Ops.SetAttr(ts, cls, "__repr__", repr);
                Ops.SetAttr(ts, cls, "__str__", repr);
            }
            finally { repr.DecRef(); }
            m.SetGlobal("RegexFlag", cls);
            foreach (var (name, _, alias) in FlagMembers)
            {
                var member = Ops.GetAttr(ts, cls, name);
                m.SetGlobal(name, member);
                if (alias != null) m.SetGlobal(alias, member);
                member.DecRef();
            }
        }
        finally { cls.DecRef(); }
    }

    // global_flag_repr for RegexFlag (boundary KEEP, numeric repr hex): re.NAME for each member in the value, in
    // definition order, then the bits no member names in hex.
    private static string FlagRepr(ThreadState ts, PyValue self)
    {
        long value = Numbers.TryLong(self, out long v) ? v : 0;
        if (value == 0) return "re.NOFLAG";
        var parts = new List<string>();
        long rest = value;
        foreach (var (name, bit, _) in FlagMembers)
        {
            if (bit == 0 || (value & bit) == 0) continue;
            parts.Add("re." + name);
            rest &= ~(long)bit;
        }
        if (rest != 0) parts.Add("0x" + rest.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        return string.Join("|", parts);
    }
}
