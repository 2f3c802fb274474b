using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// <c>enum.Enum</c>, the base of every enumeration, and the classes that derive from it without members:
/// <c>ReprEnum</c> (str() and format() of the data type), <c>IntEnum</c>, <c>StrEnum</c>. A member's repr is
/// <c>&lt;Color.RED: 1&gt;</c>, its str <c>Color.RED</c>, its hash that of its name; members are singletons (copy and
/// deepcopy give them back; pickling reduces them to <c>Color(value)</c>).
/// </summary>
internal static class EnumBaseClass
{
    /// <summary>Makes Enum (its metaclass EnumType, made first).</summary>
    internal static PyType CreateEnum(ThreadState ts, EnumModuleClasses m)
    {
        var b = new EnumClassBuilder(ts, m.Module, "Enum", "\n    Create a collection of name/value pairs.\n    ");
        b.StaticMethod("__new__", new[] { "cls", "value" }, (ts2, p) => EnumValueLookup.Find(ts2, m, EnumMetaclass.Class(p[0]), p[1]));
        b.Method("__init__", new[] { "self" }, (ts2, p) => PyValue.None, varArgs: true, varKw: true);
        b.StaticMethod("_generate_next_value_", new[] { "name", "start", "count", "last_values" }, (ts2, p) => NextValue(ts2, p[1], p[3]));
        b.ClassMethod("_missing_", new[] { "cls", "value" }, (ts2, p) => PyValue.None);
        b.Method("__repr__", new[] { "self" }, (ts2, p) =>
        {
            var value = Ops.GetAttr(ts2, p[0], "_value_");
            try { return PyValue.Str($"<{p[0].Type.Name}.{NameOf(ts2, p[0])}: {Ops.ReprOf(ts2, value)}>"); }
            finally { value.DecRef(); }
        });
        b.Method("__str__", new[] { "self" }, (ts2, p) => PyValue.Str($"{p[0].Type.Name}.{NameOf(ts2, p[0])}"));
        b.Method("__format__", new[] { "self", "format_spec" }, (ts2, p) =>
        {
            var s = PyValue.Str(Ops.StrOf(ts2, p[0]));
            try { return PyValue.Str(FormatSpec.Format(ts2, s, Ops.StrOf(ts2, p[1]))); }
            finally { s.DecRef(); }
        });
        b.Method("__hash__", new[] { "self" }, (ts2, p) =>
        {
            var name = Ops.GetAttr(ts2, p[0], "_name_");
            try { return PyValue.Int(Ops.HashOf(ts2, name)); }
            finally { name.DecRef(); }
        });
        b.Method("__reduce_ex__", new[] { "self", "proto" }, (ts2, p) =>
        {
            var value = Ops.GetAttr(ts2, p[0], "_value_");
            var args = PyValue.From(new PyTuple(new[] { value }));
            try { return PyValue.From(PyTuple.FromBorrowed(new[] { PyValue.From(p[0].Type), args })); }
            finally { args.DecRef(); }
        });
        b.Method("__copy__", new[] { "self" }, (ts2, p) => p[0].NewRef());
        b.Method("__deepcopy__", new[] { "self", "memo" }, (ts2, p) => p[0].NewRef());
        b.Method("__dir__", new[] { "self" }, (ts2, p) => Dir(ts2, m, p[0]));
        foreach (var attribute in new[] { "name", "value" })
        {
            string stored = "_" + attribute + "_";
            var fget = b.Function(attribute, new[] { "self" }, (ts2, p) => Ops.GetAttr(ts2, p[0], stored));
            try { b.Put(attribute, EnumProperty.Create(ts, m, fget)); }
            finally { fget.DecRef(); }
        }
        foreach (var (key, value) in new[] { ("_member_names_", PyValue.From(new PyList())), ("_member_map_", PyValue.From(new PyDict())),
                                            ("_value2member_map_", PyValue.From(new PyDict())), ("_unhashable_values_", PyValue.From(new PyList())),
                                            ("_member_type_", PyValue.From(PyType.Object).NewRef()), ("_use_args_", PyValue.False) })
            b.Put(key, value);
        b.Put("_new_member_", Ops.GetAttr(ts, PyValue.From(PyType.Object), "__new__"));
        return b.Build("Enum", Array.Empty<PyValue>(), m.EnumType);
    }

    /// <summary>Makes ReprEnum, IntEnum and StrEnum through EnumType.__new__, as enum.py's class statements do.</summary>
    internal static void CreateReprEnums(ThreadState ts, EnumModuleClasses m)
    {
        m.ReprEnum = Derived(ts, m, "ReprEnum", new[] { PyValue.From(m.Enum) },
            "\n    Only changes the repr(), leaving str() and format() to the mixed-in type.\n    ", null);
        m.IntEnum = Derived(ts, m, "IntEnum", new[] { PyValue.From(PyType.Int), PyValue.From(m.ReprEnum) },
            "\n    Enum where members are also (and must be) ints\n    ", null);
        m.StrEnum = Derived(ts, m, "StrEnum", new[] { PyValue.From(PyType.Str), PyValue.From(m.ReprEnum) },
            "\n    Enum where members are also (and must be) strings\n    ", b =>
            {
                b.Put("__new__", b.Function("__new__", new[] { "cls" }, (ts2, p) => StrEnumNew(ts2, p[0], (PyTuple)p[1].Obj!), varArgs: true));
                b.StaticMethod("_generate_next_value_", new[] { "name", "start", "count", "last_values" }, (ts2, p) =>
                    PyValue.Str(((PyStr)p[0].Obj!).Value.ToLowerInvariant()));
            });
    }

    /// <summary>A class of the module made by EnumType.__new__ from a namespace filled by <paramref name="fill"/>. Owned by the module.</summary>
    internal static PyType Derived(ThreadState ts, EnumModuleClasses m, string name, PyValue[] bases, string doc, Action<EnumClassBuilder>? fill, PyValue? boundary = null)
    {
        var b = new EnumClassBuilder(ts, m.Module, name, doc);
        fill?.Invoke(b);
        var basesTuple = PyTuple.FromBorrowed(bases);
        try { return EnumClassCreation.NewClass(ts, m, m.EnumType, name, basesTuple, b.Namespace, boundary ?? PyValue.None, Array.Empty<PyValue>(), null, moduleClass: true); }
        finally
        {
            PyValue.From(basesTuple).DecRef();
            PyValue.From(b.Namespace).DecRef();
        }
    }

    // StrEnum.__new__: str(value) or str(value, encoding, errors), each a str, as enum.py checks them.
    private static PyValue StrEnumNew(ThreadState ts, PyValue cls, PyTuple values)
    {
        int n = values.Items.Length;
        if (n > 3) throw PyErr.TypeError($"too many arguments for str(): {Ops.ReprOf(ts, PyValue.From(values))}");
        if (n == 1 && values.Items[0].Obj is not PyStr) throw PyErr.TypeError($"{Ops.ReprOf(ts, values.Items[0])} is not a string");
        if (n >= 2 && values.Items[1].Obj is not PyStr) throw PyErr.TypeError($"encoding must be a string, not {Ops.ReprOf(ts, values.Items[1])}");
        if (n == 3 && values.Items[2].Obj is not PyStr) throw PyErr.TypeError($"errors must be a string, not {Ops.ReprOf(ts, values.Items[2])}");
        var value = Ops.Call(ts, PyValue.From(PyType.Str), values.Items, null);
        try
        {
            var strNew = Ops.GetAttr(ts, PyValue.From(PyType.Str), "__new__");
            PyValue member;
            try { member = Ops.Call(ts, strNew, new[] { cls, value }, null); }
            finally { strNew.DecRef(); }
            try { Ops.SetAttr(ts, member, "_value_", value); }
            catch { member.DecRef(); throw; }
            return member;
        }
        finally { value.DecRef(); }
    }

    /// <summary>The member's <c>_name_</c> as a C# string.</summary>
    internal static string NameOf(ThreadState ts, PyValue member)
    {
        var name = Ops.GetAttr(ts, member, "_name_");
        try { return Ops.StrOf(ts, name); }
        finally { name.DecRef(); }
    }

    // 3.12's Enum._generate_next_value_: start for the first; then the largest value so far plus one (the last plus
    // one, whichever of them can be incremented, when the values cannot be sorted).
    private static PyValue NextValue(ThreadState ts, PyValue start, PyValue lastValues)
    {
        var items = Ops.ToList(ts, lastValues);
        try
        {
            if (items.Count == 0) return start.NewRef();
            var ordered = items.ToList();
            bool Less(PyValue a, PyValue b)
            {
                var r = Ops.Compare(ts, a, b, CompareOp.Lt);
                try { return Ops.IsTrue(ts, r); }
                finally { r.DecRef(); }
            }
            try { ordered.Sort((a, b) => Less(a, b) ? -1 : Less(b, a) ? 1 : 0); }
            catch (InvalidOperationException ioe) when (ioe.InnerException is PyException pe && pe.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
            {
                pe.Value.DecRef();
                ordered = items.ToList();
            }
            for (int i = ordered.Count - 1; i >= 0; i--)
            {
                try { return Ops.Add(ts, ordered[i], PyValue.Int(1)); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError)) { e.Value.DecRef(); }
            }
            return start.NewRef();
        }
        finally { foreach (var v in items) v.DecRef(); }
    }

    // 3.12's Enum.__dir__: for a plain enum, its protocol names, name and value, and the public names of its class
    // and bases that are not members.
    private static PyValue Dir(ThreadState ts, EnumModuleClasses m, PyValue self)
    {
        var cls = self.Type;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var memberMap = EnumMetaclass.MemberMap(cls);
        bool IsMember(string n)
        {
            var k = PyValue.Str(n);
            try { return memberMap.TryGet(ts, k, out _); }
            finally { k.DecRef(); }
        }
        if (cls.Lookup("_member_type_") is { Obj: PyType mt } && !ReferenceEquals(mt, PyType.Object))
            foreach (var t in cls.Mro) foreach (var n in t.Dict.Keys) names.Add(n);
        else foreach (var n in new[] { "__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value" }) names.Add(n);
        var stored = self.Obj switch { PyInstance pi => pi.StoredNames(), ISubclassInstance si => si.Attributes.StoredNames(), _ => Enumerable.Empty<string>() };
        foreach (var n in stored) if (n.Length > 0 && n[0] != '_' && !IsMember(n)) names.Add(n);
        foreach (var t in cls.Mro)
            foreach (var (n, v) in t.Dict)
            {
                if (n.Length == 0 || n[0] == '_') continue;
                if (v.Obj is not null && v.Type.IsSubtypeOf(m.Property))
                {
                    // An enum.property: shown when it has a getter or names no member.
                    var fget = Ops.GetAttr(ts, v, "fget");
                    bool shown = !fget.IsNone || !IsMember(n);
                    fget.DecRef();
                    if (shown) names.Add(n); else names.Remove(n);
                    continue;
                }
                if (!IsMember(n)) names.Add(n);
            }
        return PyValue.From(new PyList(new PyValueList(names.Select(PyValue.Str))));
    }
}
