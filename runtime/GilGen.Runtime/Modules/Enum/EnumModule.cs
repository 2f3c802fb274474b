using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>The classes of one enum module object, which its functions' bodies use (each import of a fresh module makes its own).</summary>
internal sealed class EnumModuleClasses
{
    /// <summary>The module.</summary>
    public readonly PyModule Module;
    /// <summary>Makes a holder for <paramref name="module"/>'s classes, made next.</summary>
    public EnumModuleClasses(PyModule module) => Module = module;
#pragma warning disable CS1591
    public PyType EnumType = null!, EnumDict = null!, Auto = null!, Member = null!, NonMember = null!, Enum = null!, Property = null!;
    public PyType? ReprEnum, IntEnum, StrEnum, Flag, IntFlag;
    public PyValue AutoNull, Strict, Conform, Eject, Keep;
#pragma warning restore CS1591
}

/// <summary>
/// enum, as CPython 3.12's: EnumType (EnumMeta), Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag, auto, unique,
/// member, nonmember, FlagBoundary (STRICT, CONFORM, EJECT, KEEP), EnumCheck (UNIQUE, CONTINUOUS, NAMED_FLAGS),
/// show_flag_values. What GilGen does not do yet (verify, global_enum, enum.property...) raises NotImplementedError
/// naming it.
/// </summary>
public static class EnumModule
{
    /// <summary>Makes enum.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("enum");
        var m = new EnumModuleClasses(module);
        m.AutoNull = PyType.NewBareInstance(ts, PyType.Object, ReadOnlySpan<PyValue>.Empty);
        module.SetGlobal("_auto_null", m.AutoNull);
        m.EnumType = Keep(module, "EnumType", EnumMetaclass.CreateType(ts, m));
        module.SetGlobal("EnumMeta", PyValue.From(m.EnumType));
        m.EnumDict = Keep(module, "_EnumDict", EnumClassNamespace.CreateType(ts, m));
        m.Auto = Keep(module, "auto", EnumValueWrappers.CreateAuto(ts, m));
        m.Member = Keep(module, "member", EnumValueWrappers.CreateHolder(ts, m, "member", "\n    Forces item to become an Enum member during class creation.\n    "));
        m.NonMember = Keep(module, "nonmember", EnumValueWrappers.CreateHolder(ts, m, "nonmember", "\n    Protects item from becoming an Enum member during class creation.\n    "));
        m.Property = Keep(module, "property", EnumProperty.CreateType(ts, m));
        m.Enum = Keep(module, "Enum", EnumBaseClass.CreateEnum(ts, m));
        EnumBaseClass.CreateReprEnums(ts, m);
        Keep(module, "ReprEnum", m.ReprEnum!);
        Keep(module, "IntEnum", m.IntEnum!);
        Keep(module, "StrEnum", m.StrEnum!);

        var boundary = SimpleStrEnum(ts, m, "FlagBoundary", ("STRICT", "strict"), ("CONFORM", "conform"), ("EJECT", "eject"), ("KEEP", "keep"));
        m.Strict = Member(module, boundary, "STRICT");
        m.Conform = Member(module, boundary, "CONFORM");
        m.Eject = Member(module, boundary, "EJECT");
        m.Keep = Member(module, boundary, "KEEP");
        var check = SimpleStrEnum(ts, m, "EnumCheck", ("CONTINUOUS", "no skipped integer values"),
            ("NAMED_FLAGS", "multi-flag aliases may not contain unnamed flags"), ("UNIQUE", "one name per value"));
        foreach (var name in new[] { "CONTINUOUS", "NAMED_FLAGS", "UNIQUE" }) Member(module, check, name);
        FlagClass.Create(ts, m);
        Keep(module, "Flag", m.Flag!);
        Keep(module, "IntFlag", m.IntFlag!);

        module.AddFunction("unique", (ts2, a, kw) => Unique(ts2, new BuiltinArguments("unique", a, kw).NoKeywords().Expect(1, 1)[0]));
        module.AddFunction("show_flag_values", (ts2, a, kw) =>
        {
            var value = new BuiltinArguments("show_flag_values", a, kw).NoKeywords().Expect(1, 1)[0];
            var v = FlagClass.AsInteger(value) ?? throw PyErr.TypeError($"unsupported operand type(s) for &: '{value.Type.Name}' and 'int'");
            var bits = new List<PyValue>();
            while (!v.IsZero && v.Sign > 0)
            {
                var low = v & -v;
                bits.Add(PyValue.Int(low));
                v ^= low;
            }
            return PyValue.From(new PyList(new PyValueList(bits)));
        });
        foreach (var name in new[] { "verify", "global_enum", "global_enum_repr", "global_flag_repr", "global_str", "pickle_by_enum_name",
                                     "pickle_by_global_name", "DynamicClassAttribute" })
        {
            string feature = name;
            module.AddFunction(feature, (ts2, a, kw) => throw PyErr.NotImplementedError($"GilGen does not support enum.{feature} yet"));
        }
        var all = new[] { "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto", "unique", "property",
                          "verify", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "global_flag_repr",
                          "global_enum_repr", "global_str", "global_enum", "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE",
                          "pickle_by_global_name", "pickle_by_enum_name" };
        var allList = PyValue.From(new PyList(new PyValueList(all.Select(PyValue.Str))));
        module.SetGlobal("__all__", allList);
        allList.DecRef();
        return module;
    }

    // The module's global holds the class's reference; the C# fields borrow it.
    private static PyType Keep(PyModule module, string name, PyType t)
    {
        module.SetGlobal(name, PyValue.From(t));
        PyValue.From(t).DecRef();
        return t;
    }

    // FlagBoundary.STRICT and the like are also module globals (enum.STRICT); the class keeps the member.
    private static PyValue Member(PyModule module, PyType cls, string name)
    {
        var member = cls.Lookup(name)!.Value;
        module.SetGlobal(name, member);
        return member;
    }

    // A StrEnum of the module with the given members, made by the functional API.
    private static PyType SimpleStrEnum(ThreadState ts, EnumModuleClasses m, string name, params (string Name, string Value)[] members)
    {
        var pairs = PyValue.From(new PyList(new PyValueList(members.Select(p =>
        {
            var n = PyValue.Str(p.Name);
            var v = PyValue.Str(p.Value);
            var t = PyValue.From(new PyTuple(new[] { n, v }));
            return t;
        }))));
        var className = PyValue.Str(name);
        var moduleName = PyValue.Str("enum");
        try
        {
            var cls = EnumFunctionalApi.Create(ts, m, m.StrEnum!, className, pairs, moduleName, PyValue.None, PyValue.None, PyValue.Int(1), PyValue.None);
            return Keep(m.Module, name, (PyType)cls.Obj!);
        }
        finally { pairs.DecRef(); className.DecRef(); moduleName.DecRef(); }
    }

    // unique(enumeration): ValueError naming each alias and its member.
    private static PyValue Unique(ThreadState ts, PyValue enumeration)
    {
        var cls = EnumMetaclass.Class(enumeration);
        var duplicates = new List<string>();
        foreach (var (name, member) in EnumMetaclass.MemberMap(cls).Table.Entries())
        {
            string alias = Ops.StrOf(ts, name), canonical = EnumBaseClass.NameOf(ts, member);
            if (alias != canonical) duplicates.Add($"{alias} -> {canonical}");
        }
        if (duplicates.Count > 0)
            throw PyErr.ValueError($"duplicate values found in {Ops.ReprOf(ts, enumeration)}: {string.Join(", ", duplicates)}");
        return enumeration.NewRef();
    }
}
