using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// EnumType.__new__: makes an enum class from its class body, then its members, as CPython 3.12's enum.py does.
/// The member names the body's _EnumDict recorded leave the namespace; the class is made with the bookkeeping
/// attributes (<c>_member_names_</c>, <c>_member_map_</c>, <c>_value2member_map_</c>, <c>_member_type_</c>...);
/// each member is then made with the data type's <c>__new__</c> (or the body's own <c>__new__</c>), given its
/// <c>_value_</c>, <c>_name_</c> and <c>__objclass__</c>, and stored as a class attribute, or found to be an alias
/// of an earlier member with an equal value.
/// </summary>
internal static class EnumClassCreation
{
    /// <summary>TypeError when a base enum already has members (such a class cannot be extended).</summary>
    internal static void CheckForExistingMembers(ThreadState ts, EnumModuleClasses m, string className, ReadOnlySpan<PyValue> bases)
    {
        foreach (var chain in bases)
        {
            if (chain.Obj is not PyType ct) continue;
            foreach (var t in ct.Mro)
                if (IsEnumClass(m, t) && t.Lookup("_member_names_") is { Obj: PyList { Items.Count: > 0 } })
                    throw PyErr.TypeError($"<enum {PyStr.Quote(className)}> cannot extend {Ops.ReprOf(ts, PyValue.From(t))}");
        }
    }

    /// <summary>True for a class made by EnumType.</summary>
    internal static bool IsEnumClass(EnumModuleClasses m, PyType t) => t.Type.IsSubtypeOf(m.EnumType);

    /// <summary>
    /// _get_mixins_: the data type the members are instances of (object when none) and the last base, which
    /// must be an enum.
    /// </summary>
    internal static (PyType MemberType, PyType? FirstEnum) Mixins(ThreadState ts, EnumModuleClasses m, string className, ReadOnlySpan<PyValue> bases)
    {
        if (bases.Length == 0) return (PyType.Object, m.Enum);
        if (bases[^1].Obj is not PyType firstEnum || !IsEnumClass(m, firstEnum))
            throw PyErr.TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`");
        return (FindDataType(ts, m, className, bases) ?? PyType.Object, firstEnum);
    }

    // _find_data_type_: along each base's MRO, the first class that makes its instances (a builtin data type, a
    // class with its own __new__), or an enum's data type.
    private static PyType? FindDataType(ThreadState ts, EnumModuleClasses m, string className, ReadOnlySpan<PyValue> bases)
    {
        var found = new List<PyType>();
        foreach (var chain in bases)
        {
            if (chain.Obj is not PyType ct) continue;
            PyType? candidate = null;
            foreach (var t in ct.Mro)
            {
                if (ReferenceEquals(t, PyType.Object)) continue;
                if (IsEnumClass(m, t))
                {
                    if (t.Lookup("_member_type_") is { Obj: PyType mt } && !ReferenceEquals(mt, PyType.Object))
                    {
                        if (!found.Contains(mt)) found.Add(mt);
                        break;
                    }
                    continue;
                }
                if (!t.IsHeapType || t.Dict.ContainsKey("__new__") || t.Dict.ContainsKey("__dataclass_fields__"))
                {
                    var dataType = candidate ?? t;
                    if (!found.Contains(dataType)) found.Add(dataType);
                    break;
                }
                candidate ??= t;
            }
        }
        if (found.Count > 1)
            throw PyErr.TypeError($"too many data types for {PyStr.Quote(className)}: {{{string.Join(", ", found.Select(t => Ops.ReprOf(ts, PyValue.From(t))))}}}");
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// EnumType.__new__(metacls, name, bases, classdict, boundary=...): the class (new reference).
    /// <paramref name="moduleClass"/> is true for enum's own member-less classes, made from a plain dict.
    /// </summary>
    internal static PyType NewClass(ThreadState ts, EnumModuleClasses m, PyType metacls, string name, PyTuple bases, PyDict classdict,
                                    PyValue boundary, PyValue[] kwValues, string[]? kwNames, bool moduleClass = false)
    {
        var state = EnumClassNamespace.StateOf(classdict);
        // As enum.py, which reads classdict._member_names: only the module's own classes are made from a plain dict.
        if (state is null && !moduleClass) throw PyErr.AttributeError($"'{classdict.Type.Name}' object has no attribute '_member_names'");
        state?.Release();
        var memberNames = state?.MemberNames.ToList() ?? new List<string>();
        var ignore = state?.Ignore ?? new HashSet<string>();
        CheckForExistingMembers(ts, m, name, bases.Items);
        var (memberType, firstEnum) = Mixins(ts, m, name, bases.Items);
        var invalid = memberNames.Where(n => n is "mro" or "").ToList();
        if (invalid.Count > 0) throw PyErr.ValueError("invalid enum member name(s) " + string.Join(",", invalid.Select(PyStr.Quote)));

        PyValue? userNew = null;
        var ns = new PyDict();
        var members = new List<(string Name, PyValue Value)>();
        PyValue order = PyValue.None;
        foreach (var (k, v) in classdict.Table.Entries())
        {
            if (k.Obj is PyStr ks)
            {
                string key = ks.Value;
                if (memberNames.Contains(key)) { members.Add((key, v)); continue; }
                if (key == "_ignore_" || ignore.Contains(key)) continue;
                if (key == "_order_") { order = v; continue; }
                if (key == "__new__") userNew = v.Obj is PyStaticMethod sm ? sm.Function : v;
            }
            ns.Set(ts, k, v);
        }
        // Members in the order the body assigned them (a plain dict given to EnumType() has the same order).
        members.Sort((a, b) => memberNames.IndexOf(a.Name).CompareTo(memberNames.IndexOf(b.Name)));
        bool saveNew = firstEnum != null && userNew != null;
        var (newMember, useArgs) = FindNew(ts, m, userNew, memberType, firstEnum);
        bool isFlag = m.Flag is PyType flag && bases.Items.Any(b => b.Obj is PyType bt && bt.IsSubtypeOf(flag));
        PyType cls;
        try
        {
            Put(ts, ns, "_new_member_", newMember);
            Put(ts, ns, "_use_args_", PyValue.Bool(useArgs));
            PutOwned(ts, ns, "_member_names_", PyValue.From(new PyList()));
            PutOwned(ts, ns, "_member_map_", PyValue.From(new PyDict()));
            PutOwned(ts, ns, "_value2member_map_", PyValue.From(new PyDict()));
            PutOwned(ts, ns, "_unhashable_values_", PyValue.From(new PyList()));
            Put(ts, ns, "_member_type_", PyValue.From(memberType));
            Put(ts, ns, "_value_repr_", ReferenceEquals(memberType, PyType.Object) ? PyValue.None : memberType.Lookup("__repr__") ?? PyValue.None);
            if (isFlag) FlagClass.PrepareNamespace(ts, m, ns, boundary, firstEnum);
            cls = PyType.CreateHeapType(ts, name, bases.Items, ns, kwValues, kwNames, metacls);
        }
        finally
        {
            PyValue.From(ns).DecRef();
            newMember.DecRef();
        }
        bool made = false;
        try
        {
            foreach (var (memberName, value) in members)
                AddMember(ts, m, cls, memberName, value, useArgs, memberType, isFlag);
            FixMethods(ts, m, cls, classdict, bases, memberType, firstEnum);
            if (m.Enum != null)
            {
                if (saveNew) cls.SetAttr(ts, "__new_member__", userNew!.Value);
                cls.SetAttr(ts, "__new__", m.Enum.Dict["__new__"]);
            }
            if (isFlag) FlagClass.Finish(ts, m, cls, classdict);
            CheckOrder(ts, cls, order);
            made = true;
            return cls;
        }
        finally { if (!made) PyValue.From(cls).DecRef(); }
    }

    private static void Put(ThreadState ts, PyDict d, string key, PyValue value)
    {
        var k = PyValue.Str(key);
        d.Set(ts, k, value);
        k.DecRef();
    }

    private static void PutOwned(ThreadState ts, PyDict d, string key, PyValue value)
    {
        Put(ts, d, key, value);
        value.DecRef();
    }

    // _find_new_: the body's __new__; else a __new_member__ or __new__ of the data type or of the first enum that is
    // not object's or Enum's; else object.__new__, which is given no value. New reference.
    private static (PyValue New, bool UseArgs) FindNew(ThreadState ts, EnumModuleClasses m, PyValue? userNew, PyType memberType, PyType? firstEnum)
    {
        if (userNew is PyValue own) return (own.NewRef(), true);
        var objectNew = Ops.GetAttr(ts, PyValue.From(PyType.Object), "__new__");
        PyValue? enumNew = m.Enum is PyType e && e.Dict.TryGetValue("__new__", out var en) && en.Obj is PyStaticMethod esm ? esm.Function : null;
        foreach (var method in new[] { "__new_member__", "__new__" })
            foreach (var possible in new[] { memberType, firstEnum })
            {
                if (possible is null || Ops.GetAttrOrNull(ts, PyValue.From(possible), method) is not PyValue target) continue;
                if (target.IsNone || Ops.Is(target, objectNew) || (enumNew is PyValue x && Ops.Is(target, x))) { target.DecRef(); continue; }
                objectNew.DecRef();
                return (target, true);
            }
        return (objectNew, false);
    }

    // One member: made, valued, named, initialized; an alias when an earlier member has an equal value.
    private static void AddMember(ThreadState ts, EnumModuleClasses m, PyType cls, string name, PyValue value, bool useArgs, PyType memberType, bool isFlag)
    {
        var args = value.Obj is PyTuple t && !ReferenceEquals(memberType, PyType.Tuple) ? t.Items : new[] { value };
        var newMember = cls.Lookup("_new_member_")!.Value;
        var callArgs = new PyValue[useArgs ? 1 + args.Length : 1];
        callArgs[0] = PyValue.From(cls);
        if (useArgs) args.CopyTo(callArgs, 1);
        var member = Ops.Call(ts, newMember, callArgs, null);
        PyValue memberValue = PyValue.None;
        var nameValue = PyValue.Str(name);
        try
        {
            if (Ops.GetAttrOrNull(ts, member, "_value_") is PyValue given) given.DecRef();
            else if (ReferenceEquals(memberType, PyType.Object)) Ops.SetAttr(ts, member, "_value_", value);
            else
            {
                PyValue made;
                try { made = Ops.Call(ts, PyValue.From(memberType), args, null); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.Exception))
                {
                    var error = PyErr.TypeError("_value_ not set in __new__, unable to create it");
                    error.Value.Obj!.SetAttr(ts, "__cause__", e.Value);
                    e.Value.DecRef();
                    throw error;
                }
                try { Ops.SetAttr(ts, member, "_value_", made); }
                finally { made.DecRef(); }
            }
            memberValue = Ops.GetAttr(ts, member, "_value_");
            Ops.SetAttr(ts, member, "_name_", nameValue);
            Ops.SetAttr(ts, member, "__objclass__", PyValue.From(cls));
            var init = Ops.GetAttr(ts, member, "__init__");
            try { Ops.Call(ts, init, args, null).DecRef(); }
            finally { init.DecRef(); }
            var names = EnumMetaclass.MemberNames(cls);
            var sortOrder = PyValue.Int(names.Items.Count);
            Ops.SetAttr(ts, member, "_sort_order_", sortOrder);
            if (isFlag) FlagClass.AddToMasks(ts, cls, memberValue);

            var map = EnumMetaclass.MemberMap(cls);
            var valueMap = EnumMetaclass.ValueMap(cls);
            PyValue? canonical = null;
            try { if (valueMap.TryGet(ts, memberValue, out var c)) canonical = c; }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
            {
                e.Value.DecRef();
                foreach (var (_, existing) in map.Table.Entries())
                {
                    var ev = Ops.GetAttr(ts, existing, "_value_");
                    bool equal;
                    try { equal = Ops.EqualsBool(ts, ev, memberValue); }
                    finally { ev.DecRef(); }
                    if (equal) { canonical = existing; break; }
                }
            }
            if (canonical is PyValue alias)
            {
                alias.IncRef();
                member.DecRef();
                member = alias;
            }
            else if (!isFlag || FlagClass.IsSingleBit(memberValue))
            {
                nameValue.IncRef();
                names.Items.Add(nameValue);
            }
            foreach (var b in cls.Mro.Skip(1))
                if (!ReferenceEquals(b, PyType.Object) && b.Dict.TryGetValue(name, out var shadowed) && EnumNameKinds.IsDescriptor(shadowed))
                    throw PyErr.NotImplementedError($"GilGen does not support an enum member named like an attribute of its bases ({PyStr.Quote(name)} of {b.Name}) yet");
            cls.SetAttr(ts, name, member);
            map.Set(ts, nameValue, member);
            try { if (!valueMap.TryGet(ts, memberValue, out _)) valueMap.Set(ts, memberValue, member); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
            {
                e.Value.DecRef();
                if (cls.Lookup("_unhashable_values_") is { Obj: PyList unhashable })
                {
                    memberValue.IncRef();
                    unhashable.Items.Add(memberValue);
                }
            }
        }
        finally
        {
            member.DecRef();
            memberValue.DecRef();
            nameValue.DecRef();
        }
    }

    // ReprEnum's str() and format() are its data type's; and an enum mixed with a data type keeps Enum's repr, str,
    // format and __reduce_ex__ where the class would otherwise find the data type's or object's.
    private static void FixMethods(ThreadState ts, EnumModuleClasses m, PyType cls, PyDict classdict, PyTuple bases, PyType memberType, PyType? firstEnum)
    {
        // What the ReprEnum rule sets counts as the body's own (enum.py writes it into classdict).
        var setHere = new HashSet<string>(StringComparer.Ordinal);
        bool InBody(string key)
        {
            if (setHere.Contains(key)) return true;
            var k = PyValue.Str(key);
            try { return classdict.TryGet(ts, k, out _); }
            finally { k.DecRef(); }
        }
        if (m.ReprEnum is PyType reprEnum && bases.Items.Any(b => b.Is(reprEnum)))
        {
            if (ReferenceEquals(memberType, PyType.Object))
                throw PyErr.TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)");
            if (!InBody("__format__") && memberType.Lookup("__format__") is PyValue format)
            {
                cls.SetAttr(ts, "__format__", format);
                setHere.Add("__format__");
            }
            if (!InBody("__str__"))
            {
                var str = memberType.Lookup("__str__");
                if (str is null || ReferenceEquals(str.Value.Obj, PyType.Object.Lookup("__str__")?.Obj)) str = memberType.Lookup("__repr__");
                if (str is PyValue s)
                {
                    cls.SetAttr(ts, "__str__", s);
                    setHere.Add("__str__");
                }
            }
        }
        if (firstEnum is null) return;
        foreach (var name in new[] { "__repr__", "__str__", "__format__", "__reduce_ex__" })
        {
            if (InBody(name)) continue;
            var found = cls.Lookup(name);
            if (found is not PyValue f) continue;
            bool inherited = ReferenceEquals(f.Obj, memberType.Lookup(name)?.Obj) || ReferenceEquals(f.Obj, PyType.Object.Lookup(name)?.Obj);
            if (inherited && firstEnum.Lookup(name) is PyValue enumMethod) cls.SetAttr(ts, name, enumMethod);
        }
    }

    // _order_ = 'A B C': the members (aliases left out) must be in that order.
    private static void CheckOrder(ThreadState ts, PyType cls, PyValue order)
    {
        if (order.IsNone) return;
        var names = EnumMetaclass.MemberNames(cls);
        List<string> given;
        if (order.Obj is PyStr s) given = s.Value.Replace(',', ' ').Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries).ToList();
        else
        {
            var list = Ops.ToList(ts, order);
            try { given = list.Select(v => Ops.StrOf(ts, v)).ToList(); }
            finally { foreach (var v in list) v.DecRef(); }
        }
        var actual = names.Items.Select(v => ((PyStr)v.Obj!).Value).ToList();
        if (!given.SequenceEqual(actual))
            throw PyErr.TypeError($"member order does not match _order_:\n  {Ops.ReprOf(ts, PyValue.From(names))}\n  [{string.Join(", ", given.Select(PyStr.Quote))}]");
    }
}
