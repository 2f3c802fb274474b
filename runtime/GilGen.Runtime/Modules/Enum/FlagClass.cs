using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// <c>enum.Flag</c> and <c>enum.IntFlag</c>: members whose values are bits. <c>|</c>, <c>&amp;</c>, <c>^</c> and
/// <c>~</c> give members, or pseudo-members made by <c>_missing_</c> for combinations (named <c>R|W</c>, cached in
/// <c>_value2member_map_</c>); iterating a value gives its single-bit members; multi-bit members are aliases that
/// are not iterated. The boundary is STRICT (Flag's default), CONFORM or KEEP (IntFlag's); EJECT raises
/// NotImplementedError.
/// </summary>
internal static class FlagClass
{
    private static readonly string[] Operators = { "__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__" };

    /// <summary>Makes Flag and IntFlag (FlagBoundary must exist).</summary>
    internal static void Create(ThreadState ts, EnumModuleClasses m)
    {
        m.Flag = EnumBaseClass.Derived(ts, m, "Flag", new[] { PyValue.From(m.Enum) }, "\n    Support for flags\n    ", b =>
        {
            b.Put("_boundary_", m.Strict.NewRef());
            b.Put("_flag_mask_", PyValue.Int(0));
            b.Put("_singles_mask_", PyValue.Int(0));
            b.Put("_all_bits_", PyValue.Int(0));
            b.Put("_inverted_", PyValue.None);
            b.Put("_numeric_repr_", Ops.GetAttr(ts, PyValue.From(BuiltinsModule.Instance), "repr"));
            b.StaticMethod("_generate_next_value_", new[] { "name", "start", "count", "last_values" }, (ts2, p) => NextValue(ts2, p[1], p[2], p[3]));
            b.ClassMethod("_missing_", new[] { "cls", "value" }, (ts2, p) => Missing(ts2, m, EnumMetaclass.Class(p[0]), p[1]));
            b.ClassMethod("_iter_member_by_value_", new[] { "cls", "value" }, (ts2, p) => ListOf(ts2, MembersOf(ts2, EnumMetaclass.Class(p[0]), p[1], false)));
            b.ClassMethod("_iter_member_by_def_", new[] { "cls", "value" }, (ts2, p) => ListOf(ts2, MembersOf(ts2, EnumMetaclass.Class(p[0]), p[1], true)));
            b.ClassMethod("_iter_member_", new[] { "cls", "value" }, (ts2, p) => ListOf(ts2, MembersOf(ts2, EnumMetaclass.Class(p[0]), p[1], false)));
            b.Method("__or__", new[] { "self", "other" }, (ts2, p) => Combine(ts2, m, p[0], p[1], (x, y) => x | y));
            b.Method("__and__", new[] { "self", "other" }, (ts2, p) => Combine(ts2, m, p[0], p[1], (x, y) => x & y));
            b.Method("__xor__", new[] { "self", "other" }, (ts2, p) => Combine(ts2, m, p[0], p[1], (x, y) => x ^ y));
            b.Method("__ror__", new[] { "self", "other" }, (ts2, p) => Combine(ts2, m, p[0], p[1], (x, y) => x | y));
            b.Method("__rand__", new[] { "self", "other" }, (ts2, p) => Combine(ts2, m, p[0], p[1], (x, y) => x & y));
            b.Method("__rxor__", new[] { "self", "other" }, (ts2, p) => Combine(ts2, m, p[0], p[1], (x, y) => x ^ y));
            b.Method("__invert__", new[] { "self" }, (ts2, p) => Invert(ts2, m, p[0]));
            b.Method("__contains__", new[] { "self", "other" }, (ts2, p) =>
            {
                if (!p[1].Type.IsSubtypeOf(p[0].Type))
                    throw PyErr.TypeError($"unsupported operand type(s) for 'in': {PyStr.Quote(p[1].Type.QualName)} and {PyStr.Quote(p[0].Type.QualName)}");
                var other = ValueOf(ts2, p[1]);
                return PyValue.Bool((other & ValueOf(ts2, p[0])) == other);
            });
            b.Method("__iter__", new[] { "self" }, (ts2, p) =>
            {
                var list = ListOf(ts2, MembersOf(ts2, p[0].Type, Ops.GetAttr(ts2, p[0], "_value_"), null, consume: true));
                try { return Ops.GetIter(ts2, list); }
                finally { list.DecRef(); }
            });
            b.Method("__len__", new[] { "self" }, (ts2, p) => PyValue.Int(BitCount(ValueOf(ts2, p[0]))));
            b.Method("__bool__", new[] { "self" }, (ts2, p) =>
            {
                var v = Ops.GetAttr(ts2, p[0], "_value_");
                try { return PyValue.Bool(Ops.IsTrue(ts2, v)); }
                finally { v.DecRef(); }
            });
            b.Method("__repr__", new[] { "self" }, (ts2, p) =>
            {
                var name = Ops.GetAttr(ts2, p[0], "_name_");
                var value = Ops.GetAttr(ts2, p[0], "_value_");
                try
                {
                    string cls = p[0].Type.Name, v = Ops.ReprOf(ts2, value);
                    return PyValue.Str(name.IsNone ? $"<{cls}: {v}>" : $"<{cls}.{Ops.StrOf(ts2, name)}: {v}>");
                }
                finally { name.DecRef(); value.DecRef(); }
            });
            b.Method("__str__", new[] { "self" }, (ts2, p) =>
            {
                var name = Ops.GetAttr(ts2, p[0], "_name_");
                var value = Ops.GetAttr(ts2, p[0], "_value_");
                try
                {
                    string cls = p[0].Type.Name;
                    return PyValue.Str(name.IsNone ? $"{cls}({Ops.ReprOf(ts2, value)})" : $"{cls}.{Ops.StrOf(ts2, name)}");
                }
                finally { name.DecRef(); value.DecRef(); }
            });
        });
        m.IntFlag = EnumBaseClass.Derived(ts, m, "IntFlag", new[] { PyValue.From(PyType.Int), PyValue.From(m.ReprEnum!), PyValue.From(m.Flag) },
            "\n    Support for integer-based Flags\n    ", null, m.Keep);
    }

    /// <summary>True for a class derived from Flag.</summary>
    internal static bool IsFlagClass(EnumModuleClasses m, PyType t) => m.Flag is PyType flag && t.IsSubtypeOf(flag);

    /// <summary>The flag bookkeeping of a new Flag class's namespace: its boundary (given, or the first enum's) and empty masks.</summary>
    internal static void PrepareNamespace(ThreadState ts, EnumModuleClasses m, PyDict ns, PyValue boundary, PyType? firstEnum)
    {
        var chosen = !boundary.IsNone ? boundary : firstEnum?.Lookup("_boundary_") ?? PyValue.None;
        if (Ops.Is(chosen, m.Eject)) throw PyErr.NotImplementedError("GilGen does not support the flag boundary enum.EJECT yet");
        Put(ts, ns, "_boundary_", chosen);
        Put(ts, ns, "_flag_mask_", PyValue.Int(0));
        Put(ts, ns, "_singles_mask_", PyValue.Int(0));
        Put(ts, ns, "_all_bits_", PyValue.Int(0));
        Put(ts, ns, "_inverted_", PyValue.None);
    }

    /// <summary>A new member's value joins the class's masks.</summary>
    internal static void AddToMasks(ThreadState ts, PyType cls, PyValue value)
    {
        if (AsInteger(value) is not BigInteger v) return;
        var mask = ClassInteger(ts, cls, "_flag_mask_") | v;
        SetClassInteger(ts, cls, "_flag_mask_", mask);
        if (IsSingleBit(v)) SetClassInteger(ts, cls, "_singles_mask_", ClassInteger(ts, cls, "_singles_mask_") | v);
        SetClassInteger(ts, cls, "_all_bits_", BigInteger.Pow(2, (int)mask.GetBitLength()) - 1);
    }

    /// <summary>After the members: the operators are Flag's (not the data type's), and values iterate in definition order when it is not ascending.</summary>
    internal static void Finish(ThreadState ts, EnumModuleClasses m, PyType cls, PyDict classdict)
    {
        foreach (var name in Operators)
        {
            var k = PyValue.Str(name);
            bool own;
            try { own = classdict.TryGet(ts, k, out _); }
            finally { k.DecRef(); }
            if (!own && m.Flag is PyType flag) cls.SetAttr(ts, name, flag.Dict[name]);
        }
        var values = new List<BigInteger>();
        var members = EnumMetaclass.MembersInOrder(ts, cls);
        try { foreach (var member in members.Items) values.Add(ValueOf(ts, member)); }
        finally { PyValue.From(members).DecRef(); }
        for (int i = 1; i < values.Count; i++)
            if (values[i] < values[i - 1])
            {
                cls.SetAttr(ts, "_iter_member_", cls.Lookup("_iter_member_by_def_")!.Value);
                break;
            }
    }

    /// <summary>_is_single_bit: an int with exactly one bit set.</summary>
    internal static bool IsSingleBit(PyValue value) => AsInteger(value) is BigInteger v && IsSingleBit(v);

    private static bool IsSingleBit(BigInteger v) => !v.IsZero && (v & (v - 1)).IsZero;

    /// <summary>The integer a value is (an int, an int subclass, a bool), or null.</summary>
    internal static BigInteger? AsInteger(PyValue v) => v.Obj switch
    {
        null => v.IntValue,
        PyLong l => l.Value,
        PyBool b => b.Value ? BigInteger.One : BigInteger.Zero,
        _ => null,
    };

    private static BigInteger ValueOf(ThreadState ts, PyValue member)
    {
        var v = Ops.GetAttr(ts, member, "_value_");
        try { return AsInteger(v) ?? throw PyErr.TypeError($"invalid flag value {Ops.ReprOf(ts, v)}"); }
        finally { v.DecRef(); }
    }

    private static BigInteger ClassInteger(ThreadState ts, PyType cls, string name) =>
        cls.Lookup(name) is PyValue v && AsInteger(v) is BigInteger i ? i : BigInteger.Zero;

    private static void SetClassInteger(ThreadState ts, PyType cls, string name, BigInteger value)
    {
        var v = PyValue.Int(value);
        try { cls.SetAttr(ts, name, v); }
        finally { v.DecRef(); }
    }

    private static void Put(ThreadState ts, PyDict d, string key, PyValue value)
    {
        var k = PyValue.Str(key);
        d.Set(ts, k, value);
        k.DecRef();
    }

    private static long BitCount(BigInteger v)
    {
        if (v.Sign < 0) v = -v;
        long n = 0;
        foreach (var b in v.ToByteArray()) n += System.Numerics.BitOperations.PopCount(b);
        return n;
    }

    private static PyValue ListOf(ThreadState ts, List<PyValue> items) => PyValue.From(new PyList(new PyValueList(items)));

    /// <summary>
    /// The members whose bits make up <paramref name="value"/> (new references): by value (lowest bit first), or by
    /// definition order; null asks the class which (its <c>_iter_member_</c>).
    /// </summary>
    private static List<PyValue> MembersOf(ThreadState ts, PyType cls, PyValue value, bool? byDefinition, bool consume = false)
    {
        try
        {
            bool byDef = byDefinition ?? (cls.Lookup("_iter_member_") is PyValue chosen && cls.Lookup("_iter_member_by_def_") is PyValue def && ReferenceEquals(chosen.Obj, def.Obj));
            var bits = (AsInteger(value) ?? throw PyErr.TypeError($"invalid flag value {Ops.ReprOf(ts, value)}")) & ClassInteger(ts, cls, "_flag_mask_");
            var valueMap = EnumMetaclass.ValueMap(cls);
            var result = new List<PyValue>();
            if (bits.Sign < 0) return result;
            while (!bits.IsZero)
            {
                var low = bits & -bits;
                bits ^= low;
                var key = PyValue.Int(low);
                try { result.Add(valueMap.TryGet(ts, key, out var member) ? member.NewRef() : PyValue.None); }
                finally { key.DecRef(); }
            }
            if (byDef) result = result.OrderBy(mv => SortOrder(ts, mv)).ToList();
            return result;
        }
        finally { if (consume) value.DecRef(); }
    }

    private static long SortOrder(ThreadState ts, PyValue member)
    {
        if (member.IsNone) return long.MaxValue;
        var o = Ops.GetAttr(ts, member, "_sort_order_");
        try { return AsInteger(o) is BigInteger i ? (long)i : 0; }
        finally { o.DecRef(); }
    }

    // Flag._get_value: a member's value, an int for a flag mixed with int, else NotImplemented.
    private static BigInteger? OperandValue(ThreadState ts, PyValue self, PyValue other)
    {
        if (other.Type.IsSubtypeOf(self.Type)) return ValueOf(ts, other);
        if (self.Type.Lookup("_member_type_") is { Obj: PyType mt } && !ReferenceEquals(mt, PyType.Object) && other.Type.IsSubtypeOf(mt))
            return AsInteger(other);
        return null;
    }

    private static PyValue Combine(ThreadState ts, EnumModuleClasses m, PyValue self, PyValue other, Func<BigInteger, BigInteger, BigInteger> op)
    {
        if (OperandValue(ts, self, other) is not BigInteger o) return PyValue.From(PyNotImplemented.Instance);
        var v = PyValue.Int(op(ValueOf(ts, self), o));
        try { return EnumValueLookup.Find(ts, m, self.Type, v); }
        finally { v.DecRef(); }
    }

    // ~member: the other single bits (STRICT, CONFORM) or the complement within the class's bits (KEEP), cached on the member.
    private static PyValue Invert(ThreadState ts, EnumModuleClasses m, PyValue self)
    {
        if (Ops.GetAttrOrNull(ts, self, "_inverted_") is PyValue cached)
        {
            if (!cached.IsNone) return cached;
            cached.DecRef();
        }
        var cls = self.Type;
        var boundary = cls.Lookup("_boundary_") ?? PyValue.None;
        var value = ValueOf(ts, self);
        var inverted = Ops.Is(boundary, m.Keep) ? ~value : ClassInteger(ts, cls, "_singles_mask_") & ~value;
        var v = PyValue.Int(inverted);
        PyValue result;
        try { result = EnumValueLookup.Find(ts, m, cls, v); }
        finally { v.DecRef(); }
        Ops.SetAttr(ts, self, "_inverted_", result);
        return result;
    }

    // Flag._generate_next_value_: 1 first, then the power of two above the highest bit used so far.
    private static PyValue NextValue(ThreadState ts, PyValue start, PyValue count, PyValue lastValues)
    {
        if (!Ops.IsTrue(ts, count)) return start.IsNone ? PyValue.Int(1) : start.NewRef();
        var items = Ops.ToList(ts, lastValues);
        try
        {
            BigInteger? high = null;
            foreach (var item in items)
            {
                if (AsInteger(item) is not BigInteger i) throw PyErr.TypeError($"invalid flag value {Ops.ReprOf(ts, item)}");
                if (high is null || i > high) high = i;
            }
            var last = high ?? BigInteger.Zero;
            if (last.Sign < 0) throw PyErr.TypeError($"invalid flag value {last}");
            return PyValue.Int(BigInteger.Pow(2, (int)last.GetBitLength()));
        }
        finally { foreach (var v in items) v.DecRef(); }
    }

    // enum.bin(num, max_bits): the two's complement bits after the sign, as the STRICT error shows them.
    private static string Bin(BigInteger num, int maxBits)
    {
        var ceiling = BigInteger.Pow(2, (int)BigInteger.Abs(num).GetBitLength());
        string s = num.Sign >= 0 ? "0b0" + ToBinary(num + ceiling).Substring(1) : "0b1" + ToBinary((~num ^ (ceiling - 1)) + ceiling).Substring(1);
        string sign = s.Substring(0, 3), digits = s.Substring(3);
        if (digits.Length < maxBits) digits = (new string(sign[^1], maxBits) + digits)[^maxBits..];
        return sign + " " + digits;
    }

    private static string ToBinary(BigInteger v)
    {
        if (v.IsZero) return "0";
        var sb = new System.Text.StringBuilder();
        while (!v.IsZero) { sb.Insert(0, v.IsEven ? '0' : '1'); v >>= 1; }
        return sb.ToString();
    }

    // Flag._missing_: a pseudo-member for a combination of the class's bits (3.12), with the boundary's errors.
    private static PyValue Missing(ThreadState ts, EnumModuleClasses m, PyType cls, PyValue given)
    {
        if (AsInteger(given) is not BigInteger value) throw PyErr.ValueError($"{Ops.ReprOf(ts, given)} is not a valid {cls.QualName}");
        var flagMask = ClassInteger(ts, cls, "_flag_mask_");
        var singlesMask = ClassInteger(ts, cls, "_singles_mask_");
        var allBits = ClassInteger(ts, cls, "_all_bits_");
        var boundary = cls.Lookup("_boundary_") ?? PyValue.None;
        BigInteger? negValue = null;
        if (!(~allBits <= value && value <= allBits) || !(value & (allBits ^ flagMask)).IsZero)
        {
            if (Ops.Is(boundary, m.Strict))
            {
                int maxBits = (int)Math.Max(value.GetBitLength(), flagMask.GetBitLength());
                throw PyErr.ValueError($"{Ops.ReprOf(ts, PyValue.From(cls))} invalid value {value}\n    given {Bin(value, maxBits)}\n  allowed {Bin(flagMask, maxBits)}");
            }
            if (Ops.Is(boundary, m.Conform)) value &= flagMask;
            else if (Ops.Is(boundary, m.Keep))
            {
                if (value.Sign < 0) value = BigInteger.Max(allBits + 1, BigInteger.Pow(2, (int)value.GetBitLength())) + value;
            }
            else throw PyErr.ValueError($"{Ops.ReprOf(ts, PyValue.From(cls))} unknown flag boundary {Ops.ReprOf(ts, boundary)}");
        }
        if (value.Sign < 0)
        {
            negValue = value;
            value = allBits + 1 + value;
        }
        var unknown = value & ~flagMask;
        var aliases = value & ~singlesMask;
        var memberValue = value & singlesMask;
        if (!unknown.IsZero && !Ops.Is(boundary, m.Keep))
            throw PyErr.ValueError($"{cls.Name}({value}) -->  unknown values {unknown} [{"0b" + ToBinary(unknown)}]");
        var valueObject = PyValue.Int(value);
        PyValue pseudo;
        try
        {
            var memberType = cls.Lookup("_member_type_") is { Obj: PyType mt } ? mt : PyType.Object;
            if (ReferenceEquals(memberType, PyType.Object)) pseudo = PyType.NewBareInstance(ts, cls, ReadOnlySpan<PyValue>.Empty);
            else
            {
                var newMethod = Ops.GetAttr(ts, PyValue.From(memberType), "__new__");
                try { pseudo = Ops.Call(ts, newMethod, new[] { PyValue.From(cls), valueObject }, null); }
                finally { newMethod.DecRef(); }
            }
            try
            {
                if (Ops.GetAttrOrNull(ts, pseudo, "_value_") is PyValue has) has.DecRef();
                else Ops.SetAttr(ts, pseudo, "_value_", valueObject);
                PyValue name = PyValue.None;
                if (!memberValue.IsZero || !aliases.IsZero)
                {
                    var members = MembersOf(ts, cls, PyValue.Int(memberValue), null, consume: true);
                    members.RemoveAll(mv => mv.IsNone);
                    var combined = BigInteger.Zero;
                    foreach (var mv in members) combined |= ValueOf(ts, mv);
                    if (!aliases.IsZero)
                    {
                        var wanted = memberValue | aliases;
                        foreach (var (_, pv) in EnumMetaclass.MemberMap(cls).Table.Entries())
                        {
                            var pvValue = ValueOf(ts, pv);
                            if (!members.Any(x => ReferenceEquals(x.Obj, pv.Obj)) && !pvValue.IsZero && (pvValue & wanted) == pvValue)
                            {
                                members.Add(pv.NewRef());
                                combined |= pvValue;
                            }
                        }
                        value = wanted;
                    }
                    var rest = value ^ combined;
                    try
                    {
                        string joined = string.Join("|", members.Select(mv => EnumBaseClass.NameOf(ts, mv)));
                        if (combined.IsZero) name = PyValue.None;
                        else if (!rest.IsZero && Ops.Is(boundary, m.Strict))
                            throw PyErr.ValueError($"{Ops.ReprOf(ts, PyValue.From(cls))}: no members with value {rest}");
                        else if (!rest.IsZero) name = PyValue.Str(joined + "|" + NumericRepr(ts, cls, rest));
                        else name = PyValue.Str(joined);
                    }
                    finally { foreach (var mv in members) mv.DecRef(); }
                    unknown = rest;
                }
                try { Ops.SetAttr(ts, pseudo, "_name_", name); }
                finally { name.DecRef(); }
                if (unknown.IsZero)
                {
                    var valueMap = EnumMetaclass.ValueMap(cls);
                    if (valueMap.TryGet(ts, valueObject, out var existing))
                    {
                        existing.IncRef();
                        pseudo.DecRef();
                        pseudo = existing;
                    }
                    else valueMap.Set(ts, valueObject, pseudo);
                    if (negValue is BigInteger neg)
                    {
                        var nk = PyValue.Int(neg);
                        try { valueMap.Set(ts, nk, pseudo); }
                        finally { nk.DecRef(); }
                    }
                }
            }
            catch { pseudo.DecRef(); throw; }
        }
        finally { valueObject.DecRef(); }
        return pseudo;
    }

    // cls._numeric_repr_(unknown): repr unless the class gives its own.
    private static string NumericRepr(ThreadState ts, PyType cls, BigInteger value)
    {
        var v = PyValue.Int(value);
        try
        {
            if (cls.Lookup("_numeric_repr_") is not PyValue f) return Ops.ReprOf(ts, v);
            var r = Ops.Call(ts, f.Obj is PyStaticMethod sm ? sm.Function : f, new[] { v }, null);
            try { return Ops.StrOf(ts, r); }
            finally { r.DecRef(); }
        }
        finally { v.DecRef(); }
    }
}
