using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// The builtins module. Each interpreter has its own (<see cref="ModuleRegistry.Builtins"/>), as each CPython
/// interpreter does, so that a program which rebinds <c>builtins.print</c> changes its own names only, also when
/// other interpreters run in the same process. All start from <see cref="Instance"/>'s immortal objects.
/// </summary>
public static class BuiltinsModule
{
    /// <summary>
    /// The pristine module every interpreter's copy is made from; the runtime's own code reads builtins it
    /// needs (getattr, repr, abs) here, where no program can rebind them.
    /// </summary>
    public static readonly PyModule Instance = Create();

    /// <summary>A new builtins module for one interpreter: the same objects as <see cref="Instance"/>, under names of its own.</summary>
    internal static PyModule CopyForInterpreter()
    {
        var m = new PyModule("builtins");
        // Immortal as the original: its values are, and a module every frame falls back to is never released.
        m.MakeImmortal();
        foreach (var slot in Instance.BoundSlots()) m.SetGlobal(slot.Name, slot.Value);
        return m;
    }

    private static PyModule Create()
    {
        var m = new PyModule("builtins");
        m.MakeImmortal();
        foreach (var t in new[] { PyType.Object, PyType.TypeType, PyType.Int, PyType.Bool, PyType.Float, PyType.Complex, PyType.Str, PyType.List, PyType.Tuple,
                                  PyType.Dict_, PyType.Set, PyType.FrozenSet, PyType.Bytes, PyType.ByteArray, PyType.Range, PyType.Slice, PyType.Enumerate, PyType.Zip,
                                  PyType.Map, PyType.Filter, PyType.Reversed })
            m.SetGlobal(t.Name, PyValue.From(t));
        foreach (var t in ExceptionTypes.All) m.SetGlobal(t.Name, PyValue.From(t));
        m.SetGlobal("None", PyValue.None);
        m.SetGlobal("True", PyValue.True);
        m.SetGlobal("False", PyValue.False);
        m.SetGlobal("NotImplemented", PyValue.From(PyNotImplemented.Instance));
        m.SetGlobal("Ellipsis", PyValue.From(PyEllipsis.Instance));
        m.SetGlobal("EnvironmentError", PyValue.From(ExceptionTypes.OSError));
        m.SetGlobal("IOError", PyValue.From(ExceptionTypes.OSError));
        ClassBuiltins.Install(m);
        ScopeBuiltins.Install(m);
        AsyncIterationBuiltins.Install(m);
        // The site module's exit and quit, which CPython installs for every script.
        m.SetGlobal("exit", PyValue.From(new PyQuitter("exit")));
        m.SetGlobal("quit", PyValue.From(new PyQuitter("quit")));

        m.AddFunction("print", Print);
        m.AddFunction("open", PyTextFile.Open);
        unsafe { m.AddFunction("len", Len, &Len); }
        m.AddFunction("repr", (ts, a, kw) => PyValue.Str(Ops.ReprOf(ts, One(a, kw, "repr"))));
        m.AddFunction("ascii", (ts, a, kw) => PyValue.Str(Ops.AsciiOf(ts, One(a, kw, "ascii"))));
        unsafe { m.AddFunction("abs", Abs, &Abs); }
        m.AddFunction("min", (ts, a, kw) => MinMax(ts, a, kw, "min", CompareOp.Lt));
        m.AddFunction("max", (ts, a, kw) => MinMax(ts, a, kw, "max", CompareOp.Gt));
        m.AddFunction("sum", Sum);
        m.AddFunction("sorted", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("sorted", a, kw).OnlyKeywords("key", "reverse");
            if (args.Count != 1) throw PyErr.TypeError($"sorted expected 1 argument, got {args.Count}");
            var list = new PyList(Ops.ToList(ts, a[0]));
            var key = args.Get(-1, "key");
            bool reverse = args.Get(-1, "reverse") is PyValue r && Ops.IsTrue(ts, r);
            bool sorted = false;
            try { ListSort.Sort(ts, list.Items, key is PyValue k && !k.IsNone ? k : null, reverse); sorted = true; }
            finally { if (!sorted) PyValue.From(list).DecRef(); }
            return PyValue.From(list);
        });
        m.AddFunction("isinstance", (ts, a, kw) =>
        {
            new BuiltinArguments("isinstance", a, kw).NoKeywords().Expect(2, 2);
            return PyValue.Bool(ClassMatches(ts, a[0].Type, a[0], a[1], "isinstance", "arg 2 must be a type, a tuple of types, or a union", instance: true));
        });
        m.AddFunction("issubclass", (ts, a, kw) =>
        {
            new BuiltinArguments("issubclass", a, kw).NoKeywords().Expect(2, 2);
            if (a[0].Obj is not PyType t)
            {
                // A metaclass's own __subclasscheck__ is asked whatever arg 1 is, as in CPython.
                if (a[1].Obj is PyType c && c.CallPythonMetaclassCheck(ts, "__subclasscheck__", a[0]) is bool answer) return PyValue.Bool(answer);
                throw PyErr.TypeError("issubclass() arg 1 must be a class");
            }
            return PyValue.Bool(ClassMatches(ts, t, a[0], a[1], "issubclass", "arg 2 must be a class, a tuple of classes, or a union"));
        });
        m.AddFunction("iter", (ts, a, kw) =>
        {
            new BuiltinArguments("iter", a, kw).NoKeywords().Expect(1, 2);
            if (a.Length == 1) return Ops.GetIter(ts, a[0]);
            if (!Ops.IsTrue(ts, CallableCheck(ts, a[0]))) throw PyErr.TypeError("iter(v, w): v must be callable");
            var pair = new[] { a[0].NewRef(), a[1].NewRef() };
            return PyValue.From(new PyNativeIterator(CallableIteratorType, pair, ctx => CallUntil(ctx, pair[0], pair[1])));
        });
        m.AddFunction("next", (ts, a, kw) =>
        {
            new BuiltinArguments("next", a, kw).NoKeywords().Expect(1, 2);
            var it = a[0];
            if (it.Obj is null || (!it.Obj.Type.IsOutsideBuiltins && !IsIterator(it.Obj)))
                throw PyErr.TypeError($"'{it.Type.Name}' object is not an iterator");
            if (GeneratorOps.TryBuiltinNext(ts, it, a.Length == 2 ? a[1] : null, out var fromGenerator)) return fromGenerator;
            if (Ops.ForIter(ts, it, out var x)) return x;
            if (a.Length == 2) return a[1].NewRef();
            throw PyErr.StopIteration();
        });
        m.AddFunction("id", (ts, a, kw) =>
        {
            var v = One(a, kw, "id");
            return PyValue.Int(v.Obj is null ? unchecked(0x7f0000000000L + v.IntValue * 32) : ObjectId.Of(v.Obj));
        });
        m.AddFunction("hash", (ts, a, kw) => PyValue.Int(Ops.HashOf(ts, One(a, kw, "hash"))));
        m.AddFunction("any", (ts, a, kw) =>
        {
            // Lazily, as CPython: any() stops at the first true item (a generator is not run further).
            var it = Ops.GetIter(ts, One(a, kw, "any"));
            try
            {
                while (Ops.ForIter(ts, it, out var v)) { bool t; try { t = Ops.IsTrue(ts, v); } finally { v.DecRef(); } if (t) return PyValue.True; }
                return PyValue.False;
            }
            finally { it.DecRef(); }
        });
        m.AddFunction("all", (ts, a, kw) =>
        {
            var it = Ops.GetIter(ts, One(a, kw, "all"));
            try
            {
                while (Ops.ForIter(ts, it, out var v)) { bool t; try { t = Ops.IsTrue(ts, v); } finally { v.DecRef(); } if (!t) return PyValue.False; }
                return PyValue.True;
            }
            finally { it.DecRef(); }
        });
        m.AddFunction("round", Round);
        m.AddFunction("divmod", (ts, a, kw) =>
        {
            new BuiltinArguments("divmod", a, kw).NoKeywords().Expect(2, 2);
            if (Numbers.TryInt(a[0], out _) && Numbers.TryInt(a[1], out var d) && d.IsZero)
                throw PyErr.ZeroDivisionError("integer division or modulo by zero");
            if ((a[0].Obj is PyFloat || a[1].Obj is PyFloat) && Numbers.TryDouble(a[0], out _) && Numbers.TryDouble(a[1], out double dv) && dv == 0)
                throw PyErr.ZeroDivisionError("float divmod()");
            bool numbers = (Numbers.TryInt(a[0], out _) || a[0].Obj is PyFloat) && (Numbers.TryInt(a[1], out _) || a[1].Obj is PyFloat);
            if (!numbers)
            {
                // CPython's divmod is its own slot (nb_divmod): a class's __divmod__/__rdivmod__, never // and %.
                return UserOperators.TryDivmod(ts, a[0], a[1])
                    ?? throw PyErr.TypeError($"unsupported operand type(s) for divmod(): '{a[0].Type.TpName}' and '{a[1].Type.TpName}'");
            }
            var q = Ops.FloorDiv(ts, a[0], a[1]);
            var r = Ops.Mod(ts, a[0], a[1]);
            return PyValue.From(new PyTuple(new[] { q, r }));
        });
        m.AddFunction("pow", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("pow", a, kw).NoKeywords().Expect(2, 3);
            if (args.Count == 3 && !a[2].IsNone)
            {
                if ((a[0].Obj is PyComplex || a[1].Obj is PyComplex) && ComplexOperands.TryParts(a[0], out _) && ComplexOperands.TryParts(a[1], out _) && ComplexOperands.TryParts(a[2], out _))
                    throw PyErr.ValueError("complex modulo");
                if (!Numbers.TryInt(a[0], out var b) || !Numbers.TryInt(a[1], out var e) || !Numbers.TryInt(a[2], out var mod))
                {
                    // A class written in Python takes the modulus in its own __pow__ (decimal.Decimal does).
                    return UserOperators.TryTernaryPow(ts, a[0], a[1], a[2])
                        ?? throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
                }
                if (mod.IsZero) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
                var m = BigInteger.Abs(mod);
                if (e.Sign < 0)
                {
                    // pow(b, -e, m) is pow(inverse of b mod m, e, m), as CPython 3.8+ computes it.
                    b = ModInverse(b, m) ?? throw PyErr.ValueError("base is not invertible for the given modulus");
                    e = -e;
                }
                Numbers.FloorDivide(b, m, out var bm);
                var r = BigInteger.ModPow(bm, e, m);
                if (!r.IsZero && (r.Sign < 0) != (mod.Sign < 0)) r += mod;
                return PyValue.Int(r);
            }
            return Ops.Pow(ts, a[0], a[1]);
        });
        m.AddFunction("ord", (ts, a, kw) =>
        {
            var v = One(a, kw, "ord");
            if (v.Obj is not PyStr s) throw PyErr.TypeError($"ord() expected string of length 1, but {v.Type.Name} found");
            if (s.Value.Length == 2 && char.IsSurrogatePair(s.Value[0], s.Value[1])) return PyValue.Int(char.ConvertToUtf32(s.Value[0], s.Value[1]));
            if (s.Value.Length != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {s.Value.Length} found");
            return PyValue.Int(s.Value[0]);
        });
        m.AddFunction("chr", (ts, a, kw) =>
        {
            var v = One(a, kw, "chr");
            if (!Numbers.TryLong(v, out long c)) throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
            if (c < 0 || c > 0x10ffff) throw PyErr.ValueError("chr() arg not in range(0x110000)");
            return PyValue.Str(c >= 0xd800 && c <= 0xdfff ? ((char)c).ToString() : char.ConvertFromUtf32((int)c));
        });
        m.AddFunction("hex", (ts, a, kw) => PyValue.Str(IntPrefixed(One(a, kw, "hex"), 16, "0x")));
        m.AddFunction("oct", (ts, a, kw) => PyValue.Str(IntPrefixed(One(a, kw, "oct"), 8, "0o")));
        m.AddFunction("bin", (ts, a, kw) => PyValue.Str(IntPrefixed(One(a, kw, "bin"), 2, "0b")));
        m.AddFunction("format", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("format", a, kw).NoKeywords().Expect(1, 2);
            string spec = args.GetString(1, null) ?? "";
            return PyValue.Str(FormatSpec.Format(ts, a[0], spec));
        });
        m.AddFunction("callable", (ts, a, kw) =>
        {
            var v = One(a, kw, "callable");
            return PyValue.Bool(IsCallable(v));
        });
        m.AddFunction("getattr", (ts, a, kw) =>
        {
            new BuiltinArguments("getattr", a, kw).NoKeywords().Expect(2, 3);
            if (a[1].Obj is not PyStr name) throw PyErr.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            if (a.Length == 3)
            {
                // A missing attribute is a null from the lookup, not a raised AttributeError: a .NET exception costs
                // microseconds, and getattr with a default is an everyday test. An AttributeError raised by code the
                // lookup runs (a property, __getattr__) still gives the default, as in CPython.
                try { return Ops.GetAttrOrNull(ts, a[0], name.Value) ?? a[2].NewRef(); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { e.Value.DecRef(); return a[2].NewRef(); }
            }
            return Ops.GetAttr(ts, a[0], name.Value);
        });
        m.AddFunction("setattr", (ts, a, kw) =>
        {
            new BuiltinArguments("setattr", a, kw).NoKeywords().Expect(3, 3);
            if (a[1].Obj is not PyStr name) throw PyErr.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            Ops.SetAttr(ts, a[0], name.Value, a[2]);
            return PyValue.None;
        });
        m.AddFunction("delattr", (ts, a, kw) =>
        {
            new BuiltinArguments("delattr", a, kw).NoKeywords().Expect(2, 2);
            if (a[1].Obj is not PyStr name) throw PyErr.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            Ops.DelAttr(ts, a[0], name.Value);
            return PyValue.None;
        });
        m.AddFunction("hasattr", (ts, a, kw) =>
        {
            new BuiltinArguments("hasattr", a, kw).NoKeywords().Expect(2, 2);
            if (a[1].Obj is not PyStr name) throw PyErr.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            // As getattr with a default: a missing attribute without an exception, a raised AttributeError still False.
            try
            {
                if (Ops.GetAttrOrNull(ts, a[0], name.Value) is not PyValue found) return PyValue.False;
                found.DecRef();
                return PyValue.True;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { e.Value.DecRef(); return PyValue.False; }
        });
        m.AddFunction("input", (ts, a, kw) => throw PyErr.NotImplementedError("input() is not supported: GilGen programs have no standard input"));
        return m;
    }

    // The inverse of b modulo m (m > 0), or null when gcd(b, m) != 1.
    private static BigInteger? ModInverse(BigInteger b, BigInteger m)
    {
        Numbers.FloorDivide(b, m, out var a);
        BigInteger oldR = a, r = m, oldS = 1, s = 0;
        while (!r.IsZero)
        {
            var q = BigInteger.Divide(oldR, r);
            (oldR, r) = (r, oldR - q * r);
            (oldS, s) = (s, oldS - q * s);
        }
        if (!oldR.IsOne) return null;
        Numbers.FloorDivide(oldS, m, out var inv);
        return inv;
    }

    private static readonly PyType CallableIteratorType = new("callable_iterator", PyType.Object) { IsBaseType = false };

    private static PyValue CallableCheck(ThreadState ts, PyValue v)
    {
        var callable = Instance.GetGlobal("callable");
        try { return Ops.Call(ts, callable, new[] { v }, null); }
        finally { callable.DecRef(); }
    }

    // iter(callable, sentinel): calls until the result equals the sentinel.
    private static IEnumerable<PyValue> CallUntil(NativeIteratorContext ctx, PyValue callable, PyValue sentinel)
    {
        while (true)
        {
            var v = Ops.Call(ctx.Ts, callable, ReadOnlySpan<PyValue>.Empty, null);
            bool stop;
            bool compared = false;
            try { stop = Ops.EqualsBool(ctx.Ts, v, sentinel); compared = true; }
            finally { if (!compared) v.DecRef(); }
            if (stop) { v.DecRef(); yield break; }
            yield return v;
        }
    }

    private static bool IsIterator(PyObject o) =>
        o is PyNativeIterator or PySequenceIterator or PyRangeIterator or PyTableIterator or PyDerivedIterator or PyGetItemIterator
            or PyGenerator { IsGenerator: true } or PyCoroutineWrapper or PyAwaitableIterator;

    /// <summary>callable(v).</summary>
    internal static bool IsCallable(PyValue v) =>
        v.Obj is PyFunction or PyBuiltinFunction or PyType or PyBoundMethod or PyStaticMethod or PyPartial or PyLruCache or PyCmpToKey or OperatorCallable
        || (v.Obj is not null && v.Type.IsOutsideBuiltins && v.Type.Lookup("__call__") is not null);

    private static PyValue One(ReadOnlySpan<PyValue> a, string[]? kw, string name) =>
        kw is null && a.Length == 1 ? a[0] : new BuiltinArguments(name, a, kw).NoKeywords().Expect(1, 1)[0];

    // subject: the instance (isinstance) or the class (issubclass); t: its class, or the class itself.
    private static bool ClassMatches(ThreadState ts, PyType t, PyValue subject, PyValue spec, string function, string mustBe, bool instance = false)
    {
        if (spec.Obj is PyType c)
        {
            // A metaclass written in Python may answer for its classes' instances (__instancecheck__; its
            // __subclasscheck__ is IsSubclassOrVirtual's); an instance of the class itself is one without asking, as in CPython.
            if (instance && !ReferenceEquals(t, c) && c.CallPythonMetaclassCheck(ts, "__instancecheck__", subject) is bool answer)
                return answer;
            return instance ? t.IsInstanceClassOf(c) : t.IsSubclassOrVirtual(c);
        }
        if (spec.Obj is PyGenericAlias) throw PyErr.TypeError($"{function}() argument 2 cannot be a parameterized generic");
        // A union (int | str) is tried as a tuple of its arguments, in order.
        if (spec.Obj is PyTuple or PyUnionType)
        {
            foreach (var item in spec.Obj is PyTuple tuple ? tuple.Items : ((PyUnionType)spec.Obj).Args.Items)
                if (ClassMatches(ts, t, subject, item, function, mustBe, instance)) return true;
            return false;
        }
        // An object whose class defines __instancecheck__/__subclasscheck__ answers for itself (typing's List, Iterable).
        if (spec.Obj is not null && spec.Type.IsHeapType && spec.Type.Lookup(instance ? "__instancecheck__" : "__subclasscheck__") is PyValue hook)
        {
            var r = Ops.Call(ts, hook, new[] { spec, subject }, null);
            try { return Ops.IsTrue(ts, r); }
            finally { r.DecRef(); }
        }
        throw PyErr.TypeError($"{function}() {mustBe}");
    }

    private static string IntPrefixed(PyValue v, int radix, string prefix)
    {
        if (!Numbers.TryInt(v, out var n)) throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
        return (n.Sign < 0 ? "-" : "") + prefix + FormatSpec.ToBase(BigInteger.Abs(n), radix, false);
    }

    private static PyValue Print(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var args = new BuiltinArguments("print", a, kw).OnlyKeywords("sep", "end", "file", "flush");
        string sep = " ", end = "\n";
        if (args.Get(-1, "sep") is PyValue s && !s.IsNone)
            sep = s.Obj is PyStr ss ? ss.Value : throw PyErr.TypeError($"sep must be None or a string, not {s.Type.Name}");
        if (args.Get(-1, "end") is PyValue e && !e.IsNone)
            end = e.Obj is PyStr es ? es.Value : throw PyErr.TypeError($"end must be None or a string, not {e.Type.Name}");
        // flush is a bool parameter: read before anything is printed, as Argument Clinic converts it.
        bool flush = args.Get(-1, "flush") is PyValue f && Ops.IsTrue(ts, f);
        var sb = new StringBuilder();
        var file = args.Get(-1, "file") is PyValue given && !given.IsNone ? given : StdoutReplacement(ts);
        // Onto sys.stdout (or the interpreter's writer) each piece is encoded as CPython's print writes it: a piece
        // with a lone surrogate raises UnicodeEncodeError after the pieces before it were written.
        var direct = file is null ? ts.Interp.Stdout : file.Value.Obj is PyTextStream textStream ? textStream.Writer : null;
        if (direct == null) return PrintThroughWrite(ts, a, args.Count, file!.Value, sep, end, flush);
        for (int i = 0; i < args.Count; i++)
        {
            if (i > 0) AddPrinted(sb, direct, sep);
            AddPrinted(sb, direct, Ops.StrOf(ts, a[i]));
        }
        AddPrinted(sb, direct, end);
        direct.Write(sb.ToString());
        if (flush) direct.Flush();
        return PyValue.None;
    }

    // print() onto an object of the program's (an io.StringIO, a class with write): each argument, separator and the
    // end go to file.write one call each, an argument converted just before its call, as CPython's PyFile_WriteObject
    // and PyFile_WriteString do; so a write() override sees every piece, and a failing str() stops after the earlier ones.
    private static PyValue PrintThroughWrite(ThreadState ts, ReadOnlySpan<PyValue> a, int count, PyValue file, string sep, string end, bool flush)
    {
        for (int i = 0; i < count; i++)
        {
            if (i > 0) WritePiece(ts, file, sep);
            WritePiece(ts, file, Ops.StrOf(ts, a[i]));
        }
        WritePiece(ts, file, end);
        if (flush)
        {
            var fl = Ops.GetAttr(ts, file, "flush");
            try { Ops.Call(ts, fl, ReadOnlySpan<PyValue>.Empty, null).DecRef(); }
            finally { fl.DecRef(); }
        }
        return PyValue.None;
    }

    private static void WritePiece(ThreadState ts, PyValue file, string piece)
    {
        var text = PyValue.Str(piece);
        try
        {
            var write = Ops.GetAttr(ts, file, "write");
            try { Ops.Call(ts, write, new[] { text }, null).DecRef(); }
            finally { write.DecRef(); }
        }
        finally { text.DecRef(); }
    }

    private static void AddPrinted(StringBuilder sb, TextWriter? direct, string piece)
    {
        if (direct != null)
        {
            try { TextCodec.CheckUtf8Encodable(piece); }
            catch (PyException) { direct.Write(sb.ToString()); throw; }
        }
        sb.Append(piece);
    }

    // print() writes to whatever sys.stdout is now, as CPython looks it up on every call: a program may assign
    // an io.StringIO to it. Null when sys was never imported (then nothing can have replaced it).
    private static PyValue? StdoutReplacement(ThreadState ts)
    {
        if (ts.Interp.Modules.Find("sys")?.FindSlot("stdout") is not GlobalSlot slot || slot.Value.IsUnbound) return null;
        return slot.Value;
    }

    // Static methods, not lambdas: a builtin's body is called through its method's entry point (FunctionEntryPoint).
    private static PyValue Len(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw) => Len(ts, One(a, kw, "len"));

    private static PyValue Len(ThreadState ts, PyValue v) => PyValue.Int(Ops.Length(ts, v));

    private static PyValue Abs(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw) => Abs(ts, One(a, kw, "abs"));

    // The inline int alone, so that the common call clears no stack for the other cases' locals (a BigInteger holds a reference).
    internal static PyValue Abs(ThreadState ts, PyValue v) =>
        v.IsInt && v.IntValue != long.MinValue ? PyValue.Int(Math.Abs(v.IntValue)) : AbsOfObject(ts, v);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue AbsOfObject(ThreadState ts, PyValue v)
    {
        if (Numbers.TryInt(v, out var n)) return PyValue.Int(BigInteger.Abs(n));
        if (v.Obj is PyFloat f) return PyValue.Float(Math.Abs(f.Value));
        if (v.Obj is PyComplex z) return ComplexOperands.Abs(z);
        if (v.Obj is not null && v.Type.Lookup("__abs__") is PyValue m && m.Obj is PyFunction) return Ops.Call(ts, m, new[] { v }, null);
        throw PyErr.TypeError($"bad operand type for abs(): '{v.Type.Name}'");
    }

    private static PyValue MinMax(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw, string name, CompareOp op)
    {
        var args = new BuiltinArguments(name, a, kw).OnlyKeywords("key", "default");
        if (args.Count == 0) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        var key = args.Get(-1, "key");
        if (key is PyValue kk && kk.IsNone) key = null;
        var dflt = args.Get(-1, "default");
        PyValueList items = args.Count == 1 ? Ops.ToList(ts, a[0]) : new PyValueList(args.Positional.ToArray().Select(v => v.NewRef()));
        if (args.Count > 1 && dflt != null)
        {
            foreach (var v in items) v.DecRef();
            throw PyErr.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        }
        try
        {
            if (items.Count == 0)
            {
                if (dflt is PyValue d) return d.NewRef();
                throw PyErr.ValueError($"{name}() iterable argument is empty");
            }
            PyValue best = items[0];
            PyValue bestKey = key is PyValue k0 ? Ops.Call(ts, k0, new[] { best }, null) : best;
            for (int i = 1; i < items.Count; i++)
            {
                PyValue itemKey = key is PyValue k ? Ops.Call(ts, k, new[] { items[i] }, null) : items[i];
                if (Ops.OrderBool(ts, itemKey, bestKey, op))
                {
                    if (key != null) bestKey.DecRef();
                    best = items[i]; bestKey = itemKey;
                }
                else if (key != null) itemKey.DecRef();
            }
            if (key != null) bestKey.DecRef();
            return best.NewRef();
        }
        finally { foreach (var v in items) v.DecRef(); }
    }

    private static PyValue Sum(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var args = new BuiltinArguments("sum", a, kw).OnlyKeywords("start").Expect(1, 2);
        var start = args.Get(1, "start") ?? PyValue.Int(0);
        if (start.Obj is PyStr) throw PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        var iter = Ops.GetIter(ts, a[0]);
        var acc = start.NewRef();
        bool done = false;
        try
        {
            var sum = SumFrom(ts, iter, ref acc);
            done = true;
            return sum;
        }
        finally
        {
            if (!done) acc.DecRef();
            iter.DecRef();
        }
    }

    // CPython 3.12's builtin_sum_impl: a fast path while the total is an int that fits in 64 bits, then one
    // while it is a float (Neumaier's compensated summation, new in 3.12), then generic addition.
    private static PyValue SumFrom(ThreadState ts, PyValue iter, ref PyValue acc)
    {
        PyValue item;
        if (acc.IsInt)
        {
            long total = acc.IntValue;
            while (true)
            {
                if (!Ops.ForIter(ts, iter, out item)) return PyValue.Int(total);
                if (Numbers.TryLong(item, out long b) && (item.IsInt || item.Obj is PyBool)
                    && (total >= 0 ? b <= long.MaxValue - total : b >= long.MinValue - total))
                {
                    total += b;
                    continue;
                }
                acc = PyValue.Int(total);
                AddInto(ts, ref acc, item);
                break;
            }
        }
        if (acc.Obj is PyFloat startFloat && acc.Type == PyType.Float)
        {
            double f = startFloat.Value, c = 0.0;
            while (true)
            {
                if (!Ops.ForIter(ts, iter, out item))
                {
                    if (c != 0 && double.IsFinite(c)) f += c;
                    acc.DecRef();
                    acc = PyValue.Float(f);
                    return acc;
                }
                if (item.Obj is PyFloat xf && item.Type == PyType.Float)
                {
                    double x = xf.Value, t = f + x;
                    if (Math.Abs(f) >= Math.Abs(x)) c += (f - t) + x;
                    else c += (x - t) + f;
                    f = t;
                    item.DecRef();
                    continue;
                }
                if (Numbers.TryLong(item, out long lv) && (item.IsInt || item.Obj is PyBool))
                {
                    f += lv;
                    continue;
                }
                if (c != 0 && double.IsFinite(c)) f += c;
                acc.DecRef();
                acc = PyValue.Float(f);
                AddInto(ts, ref acc, item);
                break;
            }
        }
        while (Ops.ForIter(ts, iter, out item)) AddInto(ts, ref acc, item);
        return acc;
    }

    // acc = acc + item; consumes item.
    private static void AddInto(ThreadState ts, ref PyValue acc, PyValue item)
    {
        try
        {
            var next = Ops.Add(ts, acc, item);
            acc.DecRef();
            acc = next;
        }
        finally { item.DecRef(); }
    }

    internal static PyValue Round(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var args = new BuiltinArguments("round", a, kw).OnlyKeywords("number", "ndigits").Expect(1, 2);
        var v = args.Get(0, "number")!.Value;
        var nd = args.Get(1, "ndigits");
        bool hasDigits = nd is PyValue n && !n.IsNone;
        // A class written in Python gets ndigits as given (decimal.Decimal checks it with its own message).
        if (v.Obj is not null && v.Obj is not PyFloat && !Numbers.TryInt(v, out _)
            && v.Type.Lookup("__round__") is PyValue own && own.Obj is PyFunction)
            return Ops.Call(ts, own, hasDigits ? new[] { v, nd!.Value } : new[] { v }, null);
        long digits = 0;
        if (hasDigits && !Numbers.TryLong(nd!.Value, out digits))
            throw PyErr.TypeError($"'{nd.Value.Type.Name}' object cannot be interpreted as an integer");
        if (Numbers.TryInt(v, out var iv))
        {
            if (!hasDigits || digits >= 0) return PyValue.Int(iv);
            var pow = BigInteger.Pow(10, (int)Math.Min(-digits, 4000));
            var q = Numbers.FloorDivide(iv, pow, out var rem);
            var twice = rem * 2;
            if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
            return PyValue.Int(q * pow);
        }
        if (v.Obj is PyFloat f)
        {
            double d = f.Value;
            if (!hasDigits)
            {
                if (double.IsNaN(d)) throw PyErr.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(d)) throw PyErr.OverflowError("cannot convert float infinity to integer");
                return Numbers.FromDouble(Math.Round(d, MidpointRounding.ToEven));
            }
            if (!double.IsFinite(d) || d == 0) return PyValue.Float(d);
            if (digits > 320) return PyValue.Float(d);
            if (digits < -320) return PyValue.Float(0.0 * Math.Sign(d));
            // CPython rounds the exact decimal value half-even via a correctly rounded string.
            if (digits >= 0)
                return PyValue.Float(double.Parse(FloatFormatter.Fixed(d, (int)digits), CultureInfo.InvariantCulture));
            var scaled = Math.Round(d / Math.Pow(10, -digits), MidpointRounding.ToEven) * Math.Pow(10, -digits);
            return PyValue.Float(scaled);
        }
        if (v.Obj is not null && v.Type.Lookup("__round__") is PyValue m && m.Obj is PyFunction)
            return Ops.Call(ts, m, hasDigits ? new[] { v, nd!.Value } : new[] { v }, null);
        throw PyErr.TypeError($"type {v.Type.Name} doesn't define __round__ method");
    }
}
