using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Globalization;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>What calling the builtin classes does: int("5"), list(x), range(3), ...</summary>
public static class BuiltinConstructors
{
#pragma warning disable CS1591
    public static PyValue Object(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (ReferenceEquals(type, PyType.Object) && args.Length > 0) throw PyErr.TypeError("object() takes no arguments");
        if (type.FindUserInit() is PyValue f) return NewInstance(ts, type, f, args, kw);
        if (args.Length > 0) throw PyErr.TypeError($"{type.Name}() takes no arguments");
        return PyValue.From(new PyInstance(type));
    }

    /// <summary>A new instance of <paramref name="type"/> (object's layout) after <c>init(self, *args)</c>, a Python function (<see cref="PyFunction"/>).</summary>
    internal static PyValue NewInstance(ThreadState ts, PyType type, PyValue init, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var inst = PyValue.From(new PyInstance(type));
        PyValue r;
        bool initialized = false;
        try { r = Ops.CallInit(ts, (PyFunction)init.Obj!, inst, args, kw); initialized = true; }
        finally { if (!initialized) inst.DecRef(); }
        if (!r.IsNone) { r.DecRef(); inst.DecRef(); throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'"); }
        return inst;
    }

    public static PyValue Type(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        int positional = args.Length - (kw?.Length ?? 0);
        if (positional == 1 && kw == null) return PyValue.From(args[0].Type).NewRef();
        if (positional != 3) throw PyErr.TypeError("type() takes 1 or 3 arguments");
        var (name, bases, ns) = TypeMethods.ClassArguments(args);
        // Without a frame to read the caller's __name__ from, a class made by type() belongs to __main__.
        var cls = TypeMethods.MakeClass(ts, PyType.TypeType, name, bases, ns, args.Slice(3), kw);
        // type_call: a class made by a base's metaclass is initialized by that metaclass's __init__.
        if (cls.Type.IsHeapType)
        {
            bool initialized = false;
            try { BuiltinSubclassing.RunInit(ts, cls, args, kw); initialized = true; }
            finally { if (!initialized) cls.DecRef(); }
        }
        return cls;
    }

    /// <summary>module(name, doc=None): types.ModuleType, an empty module.</summary>
    public static PyValue Module(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("module", args, kw).OnlyKeywords("name", "doc").Expect(0, 2);
        if (a.Get(0, "name") is not PyValue name) throw PyErr.TypeError("module() missing required argument 'name' (pos 1)");
        if (name.Obj is not PyStr n) throw PyErr.TypeError($"module() argument 'name' must be str, not {name.Type.Name}");
        var module = new PyModule(n.Value);
        module.SetGlobal("__doc__", a.Get(1, "doc") ?? PyValue.None);
        foreach (var attribute in new[] { "__package__", "__loader__", "__spec__" }) module.SetGlobal(attribute, PyValue.None);
        return PyValue.From(module);
    }

    /// <summary>method(function, instance): types.MethodType, the function bound to the instance.</summary>
    public static PyValue Method(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError("method() takes no keyword arguments");
        if (args.Length != 2) throw PyErr.TypeError($"method expected 2 arguments, got {args.Length}");
        if (!BuiltinsModule.IsCallable(args[0])) throw PyErr.TypeError("first argument must be callable");
        if (args[1].IsNone) throw PyErr.TypeError("instance must not be None");
        return PyValue.From(new PyBoundMethod(args[0], args[1]));
    }

    public static PyValue Int(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("int", args, kw).OnlyKeywords("base").Expect(0, 2);
        var x = a.Get(0, null);
        var baseArg = a.Get(1, "base");
        if (x is not PyValue v) return PyValue.Int(0);
        if (baseArg is PyValue b)
        {
            if (v.Obj is not PyStr bs) throw PyErr.TypeError("int() can't convert non-string with explicit base");
            return ParseInt(bs.Value, a.GetLong(1, "base", 10));
        }
        return IntOf(ts, v);
    }

    /// <summary>
    /// int(v): int's one-argument constructor (<see cref="PyType.OneArgumentConstructor"/>), which the class call with
    /// one argument and no base also ends in. New reference (v borrowed).
    /// </summary>
    internal static PyValue IntOf(ThreadState ts, PyValue v)
    {
        if (v.IsInt) return v;
        switch (v.Obj)
        {
            case PyBool pb: return PyValue.Int(pb.Value ? 1 : 0);
            // An int subclass gives its plain int value (CPython's int_int copies it).
            case SubclassedInt si: return PyValue.Int(si.Value);
            case PyLong: return v.NewRef();
            case PyFloat f: return Numbers.FromDouble(f.Value);
            case PyStr s: return ParseInt(s.Value, 10);
        }
        if (v.Type.Lookup("__int__") is PyValue m && m.Obj is PyFunction) return Ops.Call(ts, m, new[] { v }, null);
        throw PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{v.Type.Name}'");
    }

    // CPython formats the literal with %.200R: its repr cut to 200 code points, even inside an escape or before the closing quote.
    private static string FirstCodePoints(string text, int count)
    {
        int end = 0;
        for (int n = 0; n < count && end < text.Length; n++) end += char.IsSurrogatePair(text, end) ? 2 : 1;
        return text.Substring(0, end);
    }

    /// <summary>int(text, base) with CPython's rules (underscores, prefixes, whitespace) and error text.</summary>
    public static PyValue ParseInt(string text, long radix)
    {
        if (radix != 0 && (radix < 2 || radix > 36)) throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
        string s = text.Trim();
        PyException Invalid() => PyErr.ValueError($"invalid literal for int() with base {radix}: {FirstCodePoints(PyStr.Quote(text), 200)}");
        bool neg = false;
        if (s.StartsWith('+') || s.StartsWith('-')) { neg = s[0] == '-'; s = s.Substring(1); }
        int r = (int)radix;
        if (s.Length >= 2 && s[0] == '0' && (r == 0 || r == 16 || r == 8 || r == 2))
        {
            char p = char.ToLowerInvariant(s[1]);
            int pr = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pr != 0 && (r == 0 || r == pr)) { r = pr; s = s.Substring(2); if (s.StartsWith('_')) s = s.Substring(1); }
        }
        if (r == 0)
        {
            r = 10;
            if (s.Length > 1 && s.TrimStart('0', '_').Length != s.Length && s.Trim('0', '_').Length > 0) throw Invalid();
        }
        if (s.Length == 0 || s.StartsWith('_') || s.EndsWith('_') || s.Contains("__")) throw Invalid();
        if ((r & (r - 1)) != 0)
        {
            int digits = 0;
            foreach (char c in s) if (c != '_') digits++;
            IntStrDigitLimit.CheckParse(digits);
        }
        // Digits accumulate in 64 bits while they fit (every int a program reads from text, nearly), then in a BigInteger:
        // a BigInteger step per digit made int("12345") twenty times slower than CPython's.
        const ulong FitsAnotherDigit = (ulong.MaxValue - 35) / 36;
        ulong small = 0;
        BigInteger? big = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_') continue;
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
            // A decimal digit of any script counts as its ASCII digit, as CPython reads it (int('٣٤') is 34).
            if (d == 99 && c > 127)
            {
                d = CharUnicodeInfo.GetDecimalDigitValue(s, i);
                if (d < 0) d = 99;
                else if (char.IsHighSurrogate(c)) i++;
            }
            if (d >= r) throw Invalid();
            if (big is BigInteger b) big = b * r + d;
            else if (small <= FitsAnotherDigit) small = small * (ulong)r + (ulong)d;
            else big = (BigInteger)small * r + d;
        }
        if (big is BigInteger value) return PyValue.Int(neg ? -value : value);
        if (small <= long.MaxValue) return PyValue.Int(neg ? -(long)small : (long)small);
        return PyValue.Int(neg ? -(BigInteger)small : (BigInteger)small);
    }

    public static PyValue Bool(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("bool", args, kw).NoKeywords().Expect(0, 1);
        return a.Count == 0 ? PyValue.False : PyValue.Bool(Ops.IsTrue(ts, a[0]));
    }

    public static PyValue Float(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("float", args, kw).NoKeywords().Expect(0, 1);
        return a.Count == 0 ? PyValue.Float(0.0) : FloatOf(ts, a[0]);
    }

    /// <summary>float(v): float's one-argument constructor (<see cref="PyType.OneArgumentConstructor"/>). New reference (v borrowed).</summary>
    internal static PyValue FloatOf(ThreadState ts, PyValue v)
    {
        if (v.Obj is PyFloat pf) return pf.GetType() == typeof(PyFloat) ? v.NewRef() : PyValue.Float(pf.Value);
        if (v.Obj is PyStr s) return PyValue.Float(ParseFloat(s.Value));
        if (Numbers.TryDouble(v, out double d)) return PyValue.Float(d);
        if (v.Type.Lookup("__float__") is PyValue m && m.Obj is PyFunction) return Ops.Call(ts, m, new[] { v }, null);
        throw PyErr.TypeError($"float() argument must be a string or a real number, not '{v.Type.Name}'");
    }

    /// <summary>float(text) with CPython's accepted spellings.</summary>
    public static double ParseFloat(string text)
    {
        string s = text.Trim().Replace("_", "");
        string lower = s.ToLowerInvariant().TrimStart('+');
        switch (lower)
        {
            case "inf": case "infinity": return double.PositiveInfinity;
            case "-inf": case "-infinity": return double.NegativeInfinity;
            // C's NaN, its sign bit set by a minus as strtod sets it (math.copysign shows it).
            case "nan": return Numbers.PositiveNaN;
            case "-nan": return -Numbers.PositiveNaN;
        }
        if (s.Length > 0 && !s.Contains(' ') && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !text.Trim().StartsWith('_') && !text.Contains("__"))
            return d;
        throw PyErr.ValueError($"could not convert string to float: {PyStr.Quote(text)}");
    }

    /// <summary>
    /// str(object='', encoding=..., errors=...): with neither encoding nor errors, str(object); with either, object is
    /// decoded as a bytes-like object (unicode_new_impl, PyUnicode_FromEncodedObject), utf-8 and strict by default.
    /// </summary>
    public static PyValue Str(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var p = StrArguments(args, kw);
        if (p[1] is null && p[2] is null) return p[0] is PyValue v ? StrOf(ts, v) : PyValue.Str("");
        string encoding = StrArgument(p[1], "encoding") ?? "utf-8", errors = StrArgument(p[2], "errors") ?? "strict";
        if (p[0] is not PyValue obj) return PyValue.Str("");
        return obj.Obj switch
        {
            PyStr => throw PyErr.TypeError("decoding str is not supported"),
            PyArray array => PyValue.Str(TextCodec.Decode(array.ToBytes(), encoding, errors)),
            _ when BytesMethods.TryGetBytes(obj, out var data) => PyValue.Str(TextCodec.Decode(data, encoding, errors)),
            _ => throw PyErr.TypeError($"decoding to str: need a bytes-like object, {obj.Type.Name} found"),
        };
    }

    // str's three parameters by position or keyword (Argument Clinic's parser for unicode_new, with its messages).
    private static PyValue?[] StrArguments(ReadOnlySpan<PyValue> args, string[]? kw)
    {
        string[] names = { "object", "encoding", "errors" };
        int positional = args.Length - (kw?.Length ?? 0);
        if (args.Length > 3) throw PyErr.TypeError($"str() takes at most 3 arguments ({args.Length} given)");
        var p = new PyValue?[3];
        for (int i = 0; i < positional; i++) p[i] = args[i];
        for (int k = 0; k < (kw?.Length ?? 0); k++)
        {
            int at = Array.IndexOf(names, kw![k]);
            if (at < 0) throw PyErr.TypeError($"'{kw[k]}' is an invalid keyword argument for str()");
            if (at < positional) throw PyErr.TypeError($"argument for str() given by name ('{kw[k]}') and position ({at + 1})");
            p[at] = args[positional + k];
        }
        return p;
    }

    private static string? StrArgument(PyValue? v, string name) => v switch
    {
        null => null,
        { Obj: PyStr s } => s.Value,
        PyValue x => throw PyErr.TypeError($"str() argument '{name}' must be str, not {x.Type.Name}"),
    };

    /// <summary>str(v): str's one-argument constructor (<see cref="PyType.OneArgumentConstructor"/>). New reference (v borrowed).</summary>
    internal static PyValue StrOf(ThreadState ts, PyValue v) =>
        v.Obj is PyStr ps && ps.GetType() == typeof(PyStr) ? v.NewRef() : PyValue.Str(Ops.StrOf(ts, v));

    public static PyValue List(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("list", args, kw).NoKeywords().Expect(0, 1);
        return PyValue.From(new PyList(a.Count == 0 ? new PyValueList() : Ops.ToList(ts, a[0])));
    }

    public static PyValue Tuple(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("tuple", args, kw).NoKeywords().Expect(0, 1);
        if (a.Count == 0) return PyValue.From(PyTuple.Empty);
        if (a[0].Obj is PyTuple pt && pt.GetType() == typeof(PyTuple)) return a[0].NewRef();
        if (a[0].Obj is PyList pl && pl.GetType() == typeof(PyList) && !FreeThreading.Enabled)
            return PyValue.From(pl.Items.Count == 0 ? PyTuple.Empty : PyTuple.FromBorrowed(pl.Items.AsSpan()));
        if (FreeThreading.Enabled)
        {
            // Without a GIL, ToList copies a dict or set under its lock (a snapshot).
            var items = Ops.ToList(ts, a[0]);
            return PyValue.From(items.Count == 0 ? PyTuple.Empty : new PyTuple(items.ToArray()));
        }
        return TupleOfIterable(ts, a[0]);
    }

    // tuple(iterable) for any other iterable: up to sixteen items are gathered on the stack and the tuple's array is
    // the only one made (a growing list and its copy made three or four for a tuple(generator) of eight items).
    private static PyValue TupleOfIterable(ThreadState ts, PyValue iterable)
    {
        var onStack = default(ValueBuffer);
        Span<PyValue> first = onStack;
        int count = 0;
        PyValueList? more = null;
        var it = Ops.GetIter(ts, iterable);
        bool done = false;
        try
        {
            while (Ops.ForIter(ts, it, out var x))
            {
                if (count < first.Length) first[count++] = x;
                else (more ??= new PyValueList()).Add(x);
            }
            done = true;
        }
        finally
        {
            if (!done)
            {
                for (int i = 0; i < count; i++) first[i].DecRef();
                if (more != null) foreach (var v in more) v.DecRef();
            }
            it.DecRef();
        }
        int total = count + (more?.Count ?? 0);
        if (total == 0) return PyValue.From(PyTuple.Empty);
        var items = new PyValue[total];
        first[..count].CopyTo(items);
        more?.AsSpan().CopyTo(items.AsSpan(count));
        return PyValue.From(new PyTuple(items));
    }

    public static PyValue Dict(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("dict", args, kw).Expect(0, 1);
        var d = new PyDict();
        if (a.Count == 1) DictMethods.UpdateFrom(ts, d, a[0]);
        if (kw != null)
            for (int i = 0; i < kw.Length; i++) { var k = PyValue.Str(kw[i]); d.Set(ts, k, args[a.Count + i]); k.DecRef(); }
        return PyValue.From(d);
    }

    public static PyValue Set(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("set", args, kw).NoKeywords().Expect(0, 1);
        var s = new PySet();
        if (a.Count == 1) SetMethods.UpdateFrom(ts, s, a[0]);
        return PyValue.From(s);
    }

    public static PyValue FrozenSet(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("frozenset", args, kw).NoKeywords().Expect(0, 1);
        if (a.Count == 1 && a[0].Obj is PySet { Frozen: true } fs && fs.GetType() == typeof(PySet)) return a[0].NewRef();
        var s = new PySet(frozen: true);
        if (a.Count == 1) SetMethods.UpdateFrom(ts, s, a[0]);
        return PyValue.From(s);
    }

    public static PyValue Range(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("range", args, kw).NoKeywords();
        if (a.Count == 0) throw PyErr.TypeError("range expected at least 1 argument, got 0");
        if (a.Count > 3) throw PyErr.TypeError($"range expected at most 3 arguments, got {a.Count}");
        static long Arg(PyValue v)
        {
            if (Numbers.TryLong(v, out long n)) return n;
            if (v.Obj is PyLong) throw PyErr.NotImplementedError("range() bounds beyond 64 bits are not supported");
            throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
        }
        return a.Count switch
        {
            1 => PyValue.From(new PyRange(0, Arg(a[0]), 1)),
            2 => PyValue.From(new PyRange(Arg(a[0]), Arg(a[1]), 1)),
            _ => PyValue.From(new PyRange(Arg(a[0]), Arg(a[1]), Arg(a[2]))),
        };
    }

    public static PyValue Slice(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("slice", args, kw).NoKeywords().Expect(1, 3);
        return a.Count switch
        {
            1 => PyValue.From(new PySlice(PyValue.None, a[0], PyValue.None)),
            2 => PyValue.From(new PySlice(a[0], a[1], PyValue.None)),
            _ => PyValue.From(new PySlice(a[0], a[1], a[2])),
        };
    }

    public static PyValue Enumerate(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("enumerate", args, kw).OnlyKeywords("iterable", "start");
        if (a.Get(0, "iterable") is not PyValue it) throw PyErr.TypeError("enumerate() missing required argument 'iterable' (pos 1)");
        long start = a.GetLong(1, "start", 0);
        var iter = Ops.GetIter(ts, it);
        return PyValue.From(new PyDerivedIterator(PyType.Enumerate, new[] { iter }, (ts2, its, state) =>
        {
            if (!Ops.ForIter(ts2, its[0], out var x)) return null;
            long i = start + state.Count++;
            if (state.Result.TakeForReuse(2) is PyTuple t)
            {
                ResultTuple.Replace(t, 0, PyValue.Int(i));
                ResultTuple.Replace(t, 1, x);
                return PyValue.From(t);
            }
            return state.Result.Make(new[] { PyValue.Int(i), x });
        }));
    }

    public static PyValue Zip(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("zip", args, kw).OnlyKeywords("strict");
        bool strict = a.Get(-1, "strict") is PyValue sv && Ops.IsTrue(ts, sv);
        var iters = new PyValue[a.Count];
        for (int i = 0; i < a.Count; i++) iters[i] = Ops.GetIter(ts, a[i]);
        return PyValue.From(new PyDerivedIterator(PyType.Zip, iters, (ts2, its, state) =>
        {
            if (its.Length == 0) return null;
            if (state.Result.TakeForReuse(its.Length) is PyTuple reused)
            {
                // As zip_next: each item replaced as it comes; a tuple left half-filled is still the iterator's alone.
                for (int i = 0; i < its.Length; i++)
                {
                    if (!Ops.ForIter(ts2, its[i], out var item))
                    {
                        PyValue.From(reused).DecRef();
                        if (strict) StrictZipCheck(ts2, its, i);
                        return null;
                    }
                    ResultTuple.Replace(reused, i, item);
                }
                return PyValue.From(reused);
            }
            var items = new PyValue[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                if (!Ops.ForIter(ts2, its[i], out items[i]))
                {
                    for (int j = 0; j < i; j++) items[j].DecRef();
                    if (strict) StrictZipCheck(ts2, its, i);
                    return null;
                }
            }
            return state.Result.Make(items);
        }));
    }

    // zip(strict=True): the first argument to run out must be the first, and then every other must be done too.
    private static void StrictZipCheck(ThreadState ts, PyValue[] its, int exhausted)
    {
        if (exhausted > 0)
            throw PyErr.ValueError($"zip() argument {exhausted + 1} is shorter than argument{(exhausted == 1 ? " " : "s 1-")}{exhausted}");
        for (int i = 1; i < its.Length; i++)
        {
            if (Ops.ForIter(ts, its[i], out var extra))
            {
                extra.DecRef();
                throw PyErr.ValueError($"zip() argument {i + 1} is longer than argument{(i == 1 ? " " : "s 1-")}{i}");
            }
        }
    }

    public static PyValue Map(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("map", args, kw).NoKeywords();
        if (a.Count < 2) throw PyErr.TypeError("map() must have at least two arguments.");
        var fn = a[0].NewRef();
        var iters = new PyValue[a.Count];
        iters[0] = fn;
        for (int i = 1; i < a.Count; i++) iters[i] = Ops.GetIter(ts, a[i]);
        return PyValue.From(new PyDerivedIterator(PyType.Map, iters, (ts2, its, state) =>
        {
            var items = new PyValue[its.Length - 1];
            for (int i = 1; i < its.Length; i++)
            {
                if (!Ops.ForIter(ts2, its[i], out items[i - 1]))
                {
                    for (int j = 0; j < i - 1; j++) items[j].DecRef();
                    return null;
                }
            }
            try { return Ops.Call(ts2, its[0], items, null); }
            finally { foreach (var x in items) x.DecRef(); }
        }));
    }

    public static PyValue Filter(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("filter", args, kw).NoKeywords().Expect(2, 2);
        var iters = new[] { a[0].NewRef(), Ops.GetIter(ts, a[1]) };
        return PyValue.From(new PyDerivedIterator(PyType.Filter, iters, (ts2, its, state) =>
        {
            while (Ops.ForIter(ts2, its[1], out var x))
            {
                bool keep;
                if (its[0].IsNone) keep = Ops.IsTrue(ts2, x);
                else { var r = Ops.Call(ts2, its[0], new[] { x }, null); keep = Ops.IsTrue(ts2, r); r.DecRef(); }
                if (keep) return x;
                x.DecRef();
            }
            return null;
        }));
    }

    public static PyValue Reversed(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("reversed", args, kw).NoKeywords().Expect(1, 1);
        var seq = a[0];
        // A user class's __reversed__, or a module type's (collections.deque); builtins are handled below.
        if (seq.Obj is not null && (seq.Type.IsHeapType || seq.Type.IsOutsideBuiltins) && seq.Type.Lookup("__reversed__") is PyValue rev)
            return Ops.Call(ts, rev, new[] { seq }, null);
        if (ReverseIteration.Of(seq) is PyValue reversed) return reversed;
        if (seq.Obj is PyMappingProxy proxy) return proxy.Reversed(ts);
        if (seq.Obj is not (PyList or PyTuple or PyStr or PyRange or PyDict))
        {
            // The sequence protocol (CPython's PySequence_Check): __len__ and __getitem__, read from the end lazily.
            if (seq.Obj is null || !seq.Type.IsHeapType || seq.Type.Lookup("__getitem__") is null || seq.Type.Lookup("__len__") is null)
                throw PyErr.TypeError($"'{seq.Type.Name}' object is not reversible");
            return ReversedSequence(ts, seq);
        }
        var items = Ops.ToList(ts, seq);
        items.Reverse();
        var list = PyValue.From(new PyList(items));
        var it = Ops.GetIter(ts, list);
        list.DecRef();
        return PyValue.From(new PyDerivedIterator(PyType.Reversed, new[] { it }, (ts2, its, state) =>
            Ops.ForIter(ts2, its[0], out var x) ? x : null));
    }

    // A method of its own: its lambda's captures would otherwise be allocated on every reversed() call.
    private static PyValue ReversedSequence(ThreadState ts, PyValue seq)
    {
        long n = Ops.Length(ts, seq);
        seq.IncRef();
        return PyValue.From(new PyNativeIterator(PyType.Reversed, new[] { seq }, context => FromTheEnd(context, seq, n)));
    }

    private static IEnumerable<PyValue> FromTheEnd(NativeIteratorContext context, PyValue seq, long n)
    {
        for (long i = n - 1; i >= 0; i--)
        {
            // An IndexError or StopIteration from __getitem__ ends the iteration, as reversed's C iterator does.
            PyValue item;
            try { item = Ops.GetItem(context.Ts, seq, PyValue.Int(i)); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                e.Value.DecRef();
                yield break;
            }
            yield return item;
        }
    }
#pragma warning restore CS1591
}
