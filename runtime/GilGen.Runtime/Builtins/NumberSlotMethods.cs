using System;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// The number protocol of int, bool and float as methods (<c>int.__add__</c>, <c>float.__rtruediv__</c>,
/// <c>(5).__neg__()</c>...), as CPython's slot wrappers: a binary method answers NotImplemented for an operand its
/// type's slot does not take (int's takes ints, float's ints and floats), so <c>int.__add__(3, 4.0)</c> is
/// NotImplemented and <c>(3).__mul__('ab')</c> too, where the operators would go on to float's or str's.
/// </summary>
/// <remarks>
/// Each method computes on the exact builtin values of its operands (an int subclass's instance becomes its int), so
/// it never reaches a subclass's own methods: a subclass without its own <c>__neg__</c> finds int's here
/// (UserOperators.TryUnary), and a method that went back to the operators with the instance would loop.
/// </remarks>
internal static class NumberSlotMethods
{
    private static readonly (string Name, BinaryOp Op)[] Arithmetic =
    {
        ("add", BinaryOp.Add), ("sub", BinaryOp.Sub), ("mul", BinaryOp.Mul), ("truediv", BinaryOp.TrueDiv),
        ("floordiv", BinaryOp.FloorDiv), ("mod", BinaryOp.Mod),
    };

    private static readonly (string Name, BinaryOp Op)[] IntOnly =
    {
        ("lshift", BinaryOp.LShift), ("rshift", BinaryOp.RShift), ("and", BinaryOp.And), ("or", BinaryOp.Or), ("xor", BinaryOp.Xor),
    };

    /// <summary>int's (bool inherits them).</summary>
    public static void InstallInt(PyType t)
    {
        foreach (var (name, op) in Arithmetic) InstallBinary(t, name, op, ExactInt);
        foreach (var (name, op) in IntOnly) InstallBinary(t, name, op, ExactInt);
        InstallDivmodAndPow(t, ExactInt);
        Unary(t, "__neg__", ExactInt, (ts, v) => Ops.Neg(ts, v));
        Unary(t, "__pos__", ExactInt, (ts, v) => v.NewRef());
        Unary(t, "__abs__", ExactInt, (ts, v) => BuiltinsModule.Abs(ts, v));
        Unary(t, "__invert__", ExactInt, (ts, v) => Ops.Invert(ts, v));
        Unary(t, "__bool__", ExactInt, (ts, v) => PyValue.Bool(Ops.IsTrue(ts, v)));
        Unary(t, "__float__", ExactInt, (ts, v) => Numbers.TryDouble(v, out double d) ? PyValue.Float(d) : throw PyErr.OverflowError("int too large to convert to float"));
        Unary(t, "__trunc__", ExactInt, (ts, v) => v.NewRef());
        Unary(t, "__floor__", ExactInt, (ts, v) => v.NewRef());
        Unary(t, "__ceil__", ExactInt, (ts, v) => v.NewRef());
        InstallRound(t, ExactInt);
        t.AddMethod("__getnewargs__", (ts, a, kw) =>
        {
            NoArguments("__getnewargs__", a, kw);
            if (!ExactInt(a[0], out var v)) throw PyErr.TypeError($"descriptor '__getnewargs__' for 'int' objects doesn't apply to a '{a[0].Type.Name}' object");
            return PyValue.From(new PyTuple(new[] { v }));
        });
        SequenceSlotMethods.InstallSizeOf(t);
        t.Modified();
    }

    /// <summary>bool's own <c>&amp;</c>, <c>|</c> and <c>^</c>: a bool for two bools, int's answer otherwise.</summary>
    public static void InstallBool(PyType t)
    {
        foreach (var (name, op) in IntOnly)
        {
            if (op is BinaryOp.LShift or BinaryOp.RShift) continue;
            foreach (bool reflected in new[] { false, true })
            {
                string method = reflected ? $"__r{name}__" : $"__{name}__";
                t.AddSlotWrapper(method, (ts, a, kw) =>
                {
                    SlotArguments(method, a, kw, 1);
                    if (a[0].Obj is PyBool x && a[1].Obj is PyBool y)
                        return PyValue.Bool(op switch { BinaryOp.And => x.Value & y.Value, BinaryOp.Or => x.Value | y.Value, _ => x.Value ^ y.Value });
                    return TwoExact(ts, a[0], a[1], reflected, ExactInt, (ts2, x, y) => Ops.Binary(ts2, x, y, op, false));
                });
            }
        }
        t.Modified();
    }

    /// <summary>float's.</summary>
    public static void InstallFloat(PyType t)
    {
        foreach (var (name, op) in Arithmetic) InstallBinary(t, name, op, ExactFloatOperand);
        InstallDivmodAndPow(t, ExactFloatOperand);
        Unary(t, "__neg__", ExactFloat, (ts, v) => Ops.Neg(ts, v));
        Unary(t, "__pos__", ExactFloat, (ts, v) => v.NewRef());
        Unary(t, "__abs__", ExactFloat, (ts, v) => BuiltinsModule.Abs(ts, v));
        Unary(t, "__bool__", ExactFloat, (ts, v) => PyValue.Bool(Ops.IsTrue(ts, v)));
        Unary(t, "__float__", ExactFloat, (ts, v) => v.NewRef());
        Unary(t, "__trunc__", ExactFloat, (ts, v) => Numbers.FromDouble(Math.Truncate(((PyFloat)v.Obj!).Value)));
        Unary(t, "__floor__", ExactFloat, (ts, v) => Numbers.FromDouble(Math.Floor(((PyFloat)v.Obj!).Value)));
        Unary(t, "__ceil__", ExactFloat, (ts, v) => Numbers.FromDouble(Math.Ceiling(((PyFloat)v.Obj!).Value)));
        InstallRound(t, ExactFloat);
        t.AddMethod("__getnewargs__", (ts, a, kw) =>
        {
            NoArguments("__getnewargs__", a, kw);
            if (!ExactFloat(a[0], out var v)) throw PyErr.TypeError($"descriptor '__getnewargs__' for 'float' objects doesn't apply to a '{a[0].Type.Name}' object");
            return PyValue.From(new PyTuple(new[] { v }));
        });
        // float.__getformat__(typestr): how C doubles and floats are stored, IEEE little-endian on every platform .NET runs.
        t.Dict["__getformat__"] = PyValue.From(new PyClassMethod(PyValue.From(new PyBuiltinFunction("__getformat__", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("float.__getformat__() takes no keyword arguments");
            if (a.Length != 2) throw PyErr.TypeError($"float.__getformat__() takes exactly one argument ({a.Length - 1} given)");
            if (a[1].Obj is not PyStr typestr) throw PyErr.TypeError($"__getformat__() argument must be str, not {a[1].Type.Name}");
            if (typestr.Value is not ("double" or "float")) throw PyErr.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return PyValue.Str(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian");
        }))));
        t.Modified();
    }

    /// <summary>complex's: the arithmetic of complex with int, float and complex operands, and its unary operators.</summary>
    public static void InstallComplex(PyType t)
    {
        foreach (var (name, op) in new[] { ("add", BinaryOp.Add), ("sub", BinaryOp.Sub), ("mul", BinaryOp.Mul), ("truediv", BinaryOp.TrueDiv) })
            InstallBinary(t, name, op, ExactComplexOperand);
        foreach (bool reflected in new[] { false, true })
        {
            string pow = reflected ? "__rpow__" : "__pow__";
            t.AddSlotWrapper(pow, (ts, a, kw) =>
            {
                if (kw is { Length: > 0 }) throw PyErr.TypeError($"wrapper {pow}() takes no keyword arguments");
                if (a.Length < 2) throw PyErr.TypeError($" expected at least 1 argument, got {a.Length - 1}");
                if (a.Length > 3) throw PyErr.TypeError($" expected at most 2 arguments, got {a.Length - 1}");
                if (a.Length == 3 && !a[2].IsNone) throw PyErr.ValueError("complex modulo");
                return TwoExact(ts, a[0], a[1], reflected, ExactComplexOperand, (ts2, x, y) => Ops.Pow(ts2, x, y));
            });
        }
        Unary(t, "__neg__", ExactComplex, (ts, v) => Ops.Neg(ts, v));
        Unary(t, "__pos__", ExactComplex, (ts, v) => v.NewRef());
        Unary(t, "__abs__", ExactComplex, (ts, v) => BuiltinsModule.Abs(ts, v));
        Unary(t, "__bool__", ExactComplex, (ts, v) => PyValue.Bool(Ops.IsTrue(ts, v)));
        t.AddMethod("__getnewargs__", (ts, a, kw) =>
        {
            NoArguments("__getnewargs__", a, kw);
            var z = (PyComplex)a[0].Obj!;
            return PyValue.From(new PyTuple(new[] { PyValue.Float(z.Real), PyValue.Float(z.Imag) }));
        });
        // complex defines its own comparison slot: equality only, the orderings NotImplemented.
        foreach (var order in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            t.AddSlotWrapper(order, (ts, a, kw) =>
            {
                SlotArguments(order, a, kw, 1);
                return NotImplemented;
            });
        t.Modified();
    }

    private static bool ExactComplex(PyValue v, out PyValue exact)
    {
        if (v.Obj is PyComplex z) { exact = PyValue.From(new PyComplex(z.Real, z.Imag)); return true; }
        exact = default;
        return false;
    }

    // The other operand of a complex method: a complex, float or int (complex's slot converts them).
    private static bool ExactComplexOperand(PyValue v, out PyValue exact) => ExactComplex(v, out exact) || ExactFloatOperand(v, out exact);

    // A plain method's check that it was given no arguments but self.
    private static void NoArguments(string name, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError($"{a[0].Type.Name}.{name}() takes no keyword arguments");
        if (a.Length != 1) throw PyErr.TypeError($"{a[0].Type.Name}.{name}() takes no arguments ({a.Length - 1} given)");
    }

    // NotImplemented is immortal: returned without a reference of its own, as BuiltinSubclassing's methods return it.
    private static PyValue NotImplemented => PyValue.From(PyNotImplemented.Instance);

    // The exact value of an operand the slot takes (a new reference), or false. int's slot takes ints and bools.
    private delegate bool Exact(PyValue v, out PyValue exact);

    private static bool ExactInt(PyValue v, out PyValue exact)
    {
        if (v.IsInt) { exact = v; return true; }
        if (Numbers.TryInt(v, out BigInteger n)) { exact = PyValue.Int(n); return true; }
        exact = default;
        return false;
    }

    private static bool ExactFloat(PyValue v, out PyValue exact)
    {
        if (v.Obj is PyFloat f) { exact = PyValue.Float(f.Value); return true; }
        exact = default;
        return false;
    }

    // The other operand of a float method: a float or an int (float's slot converts it).
    private static bool ExactFloatOperand(PyValue v, out PyValue exact) => ExactFloat(v, out exact) || ExactInt(v, out exact);

    private static void InstallBinary(PyType t, string name, BinaryOp op, Exact exact)
    {
        t.AddSlotWrapper($"__{name}__", (ts, a, kw) =>
        {
            SlotArguments($"__{name}__", a, kw, 1);
            return TwoExact(ts, a[0], a[1], reflected: false, exact, (ts2, x, y) => Ops.Binary(ts2, x, y, op, false));
        });
        t.AddSlotWrapper($"__r{name}__", (ts, a, kw) =>
        {
            SlotArguments($"__r{name}__", a, kw, 1);
            return TwoExact(ts, a[0], a[1], reflected: true, exact, (ts2, x, y) => Ops.Binary(ts2, x, y, op, false));
        });
    }

    private static void InstallDivmodAndPow(PyType t, Exact exact)
    {
        foreach (bool reflected in new[] { false, true })
        {
            string divmod = reflected ? "__rdivmod__" : "__divmod__";
            t.AddSlotWrapper(divmod, (ts, a, kw) =>
            {
                SlotArguments(divmod, a, kw, 1);
                return TwoExact(ts, a[0], a[1], reflected, exact, (ts2, x, y) => CallBuiltin(ts2, "divmod", [x, y]));
            });
            string pow = reflected ? "__rpow__" : "__pow__";
            t.AddSlotWrapper(pow, (ts, a, kw) =>
            {
                // A ternary slot's wrapper unpacks its arguments without a name: CPython's messages start with a space.
                if (kw is { Length: > 0 }) throw PyErr.TypeError($"wrapper {pow}() takes no keyword arguments");
                if (a.Length < 2) throw PyErr.TypeError($" expected at least 1 argument, got {a.Length - 1}");
                if (a.Length > 3) throw PyErr.TypeError($" expected at most 2 arguments, got {a.Length - 1}");
                var modulus = a.Length == 3 ? a[2] : PyValue.None;
                return TwoExact(ts, a[0], a[1], reflected, exact, (ts2, x, y) =>
                    modulus.IsNone ? Ops.Pow(ts2, x, y) : CallBuiltin(ts2, "pow", [x, y, modulus]));
            });
        }
    }

    // self op other (other op self when reflected) on the exact values, or NotImplemented when the slot does not take one.
    private static PyValue TwoExact(ThreadState ts, PyValue self, PyValue other, bool reflected, Exact exact, Func<ThreadState, PyValue, PyValue, PyValue> body)
    {
        if (!exact(self, out var x)) return NotImplemented;
        if (!exact(other, out var y)) { x.DecRef(); return NotImplemented; }
        try { return reflected ? body(ts, y, x) : body(ts, x, y); }
        finally
        {
            x.DecRef();
            y.DecRef();
        }
    }

    // divmod() and pow() with a modulus, whose messages are the builtins' (called with exact values only).
    private static PyValue CallBuiltin(ThreadState ts, string name, PyValue[] args)
    {
        var builtin = BuiltinsModule.Instance.GetGlobal(name);
        try { return Ops.Call(ts, builtin, args, null); }
        finally { builtin.DecRef(); }
    }

    private static void Unary(PyType t, string name, Exact exact, Func<ThreadState, PyValue, PyValue> body)
    {
        // __trunc__, __floor__ and __ceil__ are plain methods in CPython; the others stand for slots.
        bool plainMethod = name is "__trunc__" or "__floor__" or "__ceil__";
        BuiltinBody method = (ts, a, kw) =>
        {
            if (!plainMethod) SlotArguments(name, a, kw, 0);
            else if (kw is { Length: > 0 }) throw PyErr.TypeError($"{t.Name}.{name}() takes no keyword arguments");
            else if (a.Length != 1) throw PyErr.TypeError($"{t.Name}.{name}() takes no arguments ({a.Length - 1} given)");
            if (!exact(a[0], out var v)) throw PyErr.TypeError($"descriptor '{name}' requires a '{t.Name}' object but received a '{a[0].Type.Name}'");
            try { return body(ts, v); }
            finally { v.DecRef(); }
        };
        if (plainMethod) t.AddMethod(name, method);
        else t.AddSlotWrapper(name, method);
    }

    // A slot wrapper's own argument checks (self is args[0]), with CPython's messages.
    private static void SlotArguments(string name, ReadOnlySpan<PyValue> args, string[]? kwNames, int expected)
    {
        if (kwNames is { Length: > 0 }) throw PyErr.TypeError($"wrapper {name}() takes no keyword arguments");
        int given = args.Length - 1;
        if (given != expected) throw PyErr.TypeError($"expected {expected} argument{(expected == 1 ? "" : "s")}, got {given}");
    }

    private static void InstallRound(PyType t, Exact exact)
    {
        t.AddMethod("__round__", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError($"{t.Name}.__round__() takes no keyword arguments");
            if (a.Length > 2) throw PyErr.TypeError($"__round__ expected at most 1 argument, got {a.Length - 1}");
            if (!exact(a[0], out var v)) throw PyErr.TypeError($"descriptor '__round__' requires a '{t.Name}' object but received a '{a[0].Type.Name}'");
            try { return BuiltinsModule.Round(ts, a.Length == 2 ? new[] { v, a[1] } : new[] { v }, null); }
            finally { v.DecRef(); }
        });
    }
}
