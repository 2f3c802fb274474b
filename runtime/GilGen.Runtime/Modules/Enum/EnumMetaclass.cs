using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// <c>enum.EnumType</c> (alias <c>EnumMeta</c>): the metaclass of every enum, a subclass of type written in C#.
/// Its <c>__prepare__</c> gives the class body an _EnumDict (<see cref="EnumClassNamespace"/>), its
/// <c>__new__</c> makes the class and its members (<see cref="EnumClassCreation"/>), and the class itself is a
/// container of its members: <c>Color(1)</c>, <c>Color['RED']</c>, iteration, <c>len</c>, <c>in</c>,
/// <c>reversed</c>, <c>__members__</c>; members can be neither reassigned nor deleted.
/// </summary>
internal static class EnumMetaclass
{
    /// <summary>Makes the class EnumType.</summary>
    internal static PyType CreateType(ThreadState ts, EnumModuleClasses m)
    {
        var b = new EnumClassBuilder(ts, m.Module, "EnumType", "\n    Metaclass for Enum\n    ");
        b.ClassMethod("__prepare__", new[] { "metacls", "cls", "bases" }, (ts2, p) => Prepare(ts2, m, p[1], p[2]), varKw: true);
        var newDefaults = new PyDict();
        SetKey(ts, newDefaults, "boundary", PyValue.None);
        SetKey(ts, newDefaults, "_simple", PyValue.False);
        b.StaticMethod("__new__", new[] { "metacls", "cls", "bases", "classdict", "boundary", "_simple" }, (ts2, p) =>
        {
            if (p[0].Obj is not PyType metacls) throw PyErr.TypeError("EnumType.__new__(X): X is not a type object");
            if (p[1].Obj is not PyStr name) throw PyErr.TypeError($"type.__new__() argument 1 must be str, not {p[1].Type.Name}");
            if (p[2].Obj is not PyTuple bases) throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {p[2].Type.Name}");
            if (p[3].Obj is not PyDict classdict) throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {p[3].Type.Name}");
            var kwargs = (PyDict)p[6].Obj!;
            var kwNames = new List<string>();
            var kwValues = new List<PyValue>();
            foreach (var (k, v) in kwargs.Table.Entries()) { kwNames.Add(((PyStr)k.Obj!).Value); kwValues.Add(v); }
            return PyValue.From(EnumClassCreation.NewClass(ts2, m, metacls, name.Value, bases, classdict, p[4], kwValues.ToArray(), kwNames.Count == 0 ? null : kwNames.ToArray()));
        }, kwDefaults: newDefaults, kwOnly: 2, varKw: true);

        var callDefaults = new PyDict();
        foreach (var key in new[] { "module", "qualname", "type", "boundary" }) SetKey(ts, callDefaults, key, PyValue.None);
        SetKey(ts, callDefaults, "start", PyValue.Int(1));
        b.Method("__call__", new[] { "cls", "value", "names", "module", "qualname", "type", "start", "boundary" }, (ts2, p) =>
        {
            var cls = Class(p[0]);
            var extra = (PyTuple)p[8].Obj!;
            if (MemberMap(cls).Count > 0)
            {
                // Simple value lookup when the class has members; Color(1, 2) looks up the tuple (1, 2).
                if (!Ops.IsTrue(ts2, p[2])) return EnumValueLookup.Find(ts2, m, cls, p[1]);
                var items = new PyValue[2 + extra.Items.Length];
                items[0] = p[1];
                items[1] = p[2];
                extra.Items.CopyTo(items, 2);
                var tuple = PyValue.From(PyTuple.FromBorrowed(items));
                try { return EnumValueLookup.Find(ts2, m, cls, tuple); }
                finally { tuple.DecRef(); }
            }
            if (p[2].IsNone && p[5].IsNone)
                throw PyErr.TypeError($"{Ops.ReprOf(ts2, p[0])} has no members; specify `names=()` if you meant to create a new, empty, enum");
            return EnumFunctionalApi.Create(ts2, m, cls, p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
        }, defaults: new[] { PyValue.None }, kwOnly: 5, varArgs: true, kwDefaults: callDefaults);

        b.Method("__iter__", new[] { "cls" }, (ts2, p) =>
        {
            var list = PyValue.From(MembersInOrder(ts2, Class(p[0])));
            try { return Ops.GetIter(ts2, list); }
            finally { list.DecRef(); }
        });
        b.Method("__reversed__", new[] { "cls" }, (ts2, p) =>
        {
            var list = MembersInOrder(ts2, Class(p[0]));
            list.Items.AsSpan().Reverse();
            var value = PyValue.From(list);
            try { return Ops.GetIter(ts2, value); }
            finally { value.DecRef(); }
        });
        b.Method("__len__", new[] { "cls" }, (ts2, p) => PyValue.Int(MemberNames(Class(p[0])).Items.Count));
        b.Method("__contains__", new[] { "cls", "value" }, (ts2, p) => PyValue.Bool(Contains(ts2, Class(p[0]), p[1])));
        b.Method("__getitem__", new[] { "cls", "name" }, (ts2, p) => MemberMap(Class(p[0])).GetItem(ts2, p[1]));
        b.Method("__setattr__", new[] { "cls", "name", "value" }, (ts2, p) =>
        {
            var cls = Class(p[0]);
            // Only the class's own members are protected (cls.__dict__.get('_member_map_', {})).
            if (cls.Dict.TryGetValue("_member_map_", out var map) && map.Obj is PyDict d && d.TryGet(ts2, p[1], out _))
                throw PyErr.AttributeError($"cannot reassign member {Ops.ReprOf(ts2, p[1])}");
            cls.SetAttr(ts2, AttributeName(p[1]), p[2]);
            return PyValue.None;
        });
        b.Method("__delattr__", new[] { "cls", "attr" }, (ts2, p) =>
        {
            var cls = Class(p[0]);
            if (MemberMap(cls).TryGet(ts2, p[1], out _))
                throw PyErr.AttributeError($"{PyStr.Quote(cls.Name)} cannot delete member {Ops.ReprOf(ts2, p[1])}.");
            cls.DelAttr(ts2, AttributeName(p[1]));
            return PyValue.None;
        });
        b.Method("__repr__", new[] { "cls" }, (ts2, p) =>
        {
            var cls = Class(p[0]);
            string kind = m.Flag is PyType flag && cls.IsSubtypeOf(flag) ? "flag" : "enum";
            return PyValue.Str($"<{kind} {PyStr.Quote(cls.Name)}>");
        });
        b.Method("__bool__", new[] { "cls" }, (ts2, p) => PyValue.True);
        b.Method("__dir__", new[] { "cls" }, (ts2, p) => Dir(ts2, Class(p[0])));
        b.Property("__members__", (ts2, p) => PyValue.From(new PyMappingProxy(MemberMap(Class(p[0])))));
        return b.Build("EnumType", new[] { PyValue.From(PyType.TypeType) }, null);
    }

    private static void SetKey(ThreadState ts, PyDict d, string key, PyValue value)
    {
        var k = PyValue.Str(key);
        d.Set(ts, k, value);
        k.DecRef();
    }

    private static string AttributeName(PyValue name) =>
        name.Obj is PyStr s ? s.Value : throw PyErr.TypeError($"attribute name must be string, not '{name.Type.Name}'");

    /// <summary>The enum class a metaclass method was called on.</summary>
    internal static PyType Class(PyValue v) =>
        v.Obj as PyType ?? throw PyErr.TypeError($"descriptor requires a 'EnumType' object but received a '{v.Type.Name}'");

    /// <summary>The class's <c>_member_map_</c> (name to member, aliases included; borrowed).</summary>
    internal static PyDict MemberMap(PyType cls) =>
        cls.Lookup("_member_map_") is { Obj: PyDict d } ? d : throw PyErr.AttributeError($"type object '{cls.Name}' has no attribute '_member_map_'");

    /// <summary>The class's <c>_member_names_</c> (the canonical members' names, in definition order; borrowed).</summary>
    internal static PyList MemberNames(PyType cls) =>
        cls.Lookup("_member_names_") is { Obj: PyList l } ? l : throw PyErr.AttributeError($"type object '{cls.Name}' has no attribute '_member_names_'");

    /// <summary>The class's <c>_value2member_map_</c> (borrowed).</summary>
    internal static PyDict ValueMap(PyType cls) =>
        cls.Lookup("_value2member_map_") is { Obj: PyDict d } ? d : throw PyErr.AttributeError($"type object '{cls.Name}' has no attribute '_value2member_map_'");

    /// <summary>The canonical members in definition order, as a new list.</summary>
    internal static PyList MembersInOrder(ThreadState ts, PyType cls)
    {
        var map = MemberMap(cls);
        var list = new PyList();
        foreach (var name in MemberNames(cls).Items)
            list.Items.Add(map.GetItem(ts, name));
        return list;
    }

    // 3.12.1's EnumType.__contains__: a member of the class, or a value one of its members has (an unhashable value
    // raises TypeError, as the dict lookup does there).
    private static bool Contains(ThreadState ts, PyType cls, PyValue value)
    {
        if (value.Type.IsSubtypeOf(cls)) return true;
        if (ValueMap(cls).TryGet(ts, value, out _)) return true;
        if (cls.Lookup("_unhashable_values_") is { Obj: PyList unhashable })
            foreach (var v in unhashable.Items)
                if (Ops.EqualsBool(ts, v, value)) return true;
        return false;
    }

    /// <summary>__prepare__: checks the bases, then an _EnumDict that already holds the first enum's _generate_next_value_.</summary>
    private static PyValue Prepare(ThreadState ts, EnumModuleClasses m, PyValue name, PyValue bases)
    {
        if (name.Obj is not PyStr className) throw PyErr.TypeError("EnumType.__prepare__() argument 'cls' must be str");
        var baseItems = bases.Obj is PyTuple t ? t.Items : Array.Empty<PyValue>();
        EnumClassCreation.CheckForExistingMembers(ts, m, className.Value, baseItems);
        var (_, firstEnum) = EnumClassCreation.Mixins(ts, m, className.Value, baseItems);
        var ns = EnumClassNamespace.Create(m, className.Value);
        if (firstEnum != null)
        {
            var key = PyValue.Str("_generate_next_value_");
            var generate = Ops.GetAttrOrNull(ts, PyValue.From(firstEnum), "_generate_next_value_") ?? PyValue.None;
            try { ns.Set(ts, key, generate); }
            finally { key.DecRef(); generate.DecRef(); }
        }
        return PyValue.From(ns);
    }

    // 3.12's EnumType.__dir__: the class's protocol names and members (and its data type's names when mixed).
    private static PyValue Dir(ThreadState ts, PyType cls)
    {
        var names = new SortedSet<string>(new[] { "__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__", "__members__", "__module__", "__name__", "__qualname__" }, StringComparer.Ordinal);
        foreach (var n in MemberNames(cls).Items) names.Add(((PyStr)n.Obj!).Value);
        if (cls.Lookup("__new_member__") is not null) names.Add("__new__");
        names.Add("__init_subclass__");   // Enum defines its own
        if (cls.Lookup("_member_type_") is { Obj: PyType memberType } && !ReferenceEquals(memberType, PyType.Object))
            foreach (var t in memberType.Mro)
                foreach (var n in t.Dict.Keys) names.Add(n);
        return PyValue.From(new PyList(new PyValueList(names.Select(PyValue.Str))));
    }
}
