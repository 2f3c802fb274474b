using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// dataclasses._process_class: collects the fields (from the bases' __dataclass_fields__, then the class's
/// own __annotations__), checks them with CPython 3.12's errors, and adds the methods the options ask for,
/// each a native function over the field list, never overwriting what the class defines itself.
/// </summary>
public static class DataclassProcessor
{
    /// <summary>The default __init__ shows for a field with a default_factory (CPython's _HAS_DEFAULT_FACTORY).</summary>
    private sealed class FactoryMarker : PyObject
    {
        private static readonly PyType MarkerType = new("_HAS_DEFAULT_FACTORY_CLASS", PyType.Object) { IsBaseType = false, Module = "dataclasses" };

        public FactoryMarker() => MakeImmortal();

        public override PyType Type => MarkerType;

        public override string ReprString(ThreadState? ts) => "<factory>";
    }

    private static readonly PyValue FactorySentinel = PyValue.From(new FactoryMarker());

    /// <summary>The fields (not ClassVar or InitVar pseudo-fields) of a dataclass or instance, in order; null when it is not one.</summary>
    public static List<PyDataclassField>? FieldsOf(ThreadState ts, PyValue classOrInstance)
    {
        var cls = classOrInstance.Obj is PyType t ? t : classOrInstance.Type;
        if (cls.Lookup("__dataclass_fields__") is not PyValue { Obj: PyDict d }) return null;
        return d.Table.Entries().Select(e => e.Value.Obj).OfType<PyDataclassField>().ToList();
    }

    /// <summary>@dataclass applied to <paramref name="clsValue"/> (borrowed); returns the class (new reference).</summary>
    public static PyValue Process(ThreadState ts, PyModule module, PyValue clsValue, DataclassOptions o)
    {
        if (clsValue.Obj is not PyType cls || !cls.IsHeapType)
            throw PyErr.TypeError($"cannot set '__dataclass_fields__' attribute of immutable type '{(clsValue.Obj as PyType)?.Name ?? clsValue.Type.Name}'");
        var fields = new List<PyDataclassField>();
        bool hasDataclassBases = false, anyFrozenBase = false, allFrozenBases = true;
        foreach (var b in cls.Mro.Skip(1).Reverse())
        {
            if (!b.Dict.TryGetValue("__dataclass_fields__", out var bf) || bf.Obj is not PyDict baseFields) continue;
            hasDataclassBases = true;
            foreach (var (_, f) in baseFields.Table.Entries())
                if (f.Obj is PyDataclassField field) Put(fields, field);
            bool frozen = Params.TryGetValue(b, out var baseOptions) && baseOptions.Frozen;
            anyFrozenBase |= frozen;
            allFrozenBases &= frozen;
        }

        var annotations = cls.Dict.TryGetValue("__annotations__", out var ann) && ann.Obj is PyDict ad ? ad : null;
        var own = new List<PyDataclassField>();
        bool kwOnly = o.KwOnly, sawKwOnly = false;
        if (annotations != null)
        {
            foreach (var (key, annotation) in annotations.Table.Entries().ToList())
            {
                string name = key.Obj is PyStr ks ? ks.Value : Ops.StrOf(ts, key);
                if (ReferenceEquals(annotation.Obj, DataclassesModule.KwOnlyType) || annotation.Obj is PyStr { Value: "KW_ONLY" or "dataclasses.KW_ONLY" })
                {
                    if (sawKwOnly) throw PyErr.TypeError($"{PyStr.Quote(name)} is KW_ONLY, but KW_ONLY has already been specified");
                    sawKwOnly = true;
                    kwOnly = true;
                    continue;
                }
                own.Add(MakeField(ts, cls, name, annotation, kwOnly));
            }
        }
        foreach (var f in own)
        {
            Put(fields, f);
            // The class attribute holding a Field becomes the plain default (or goes away).
            if (cls.Dict.TryGetValue(f.Name!, out var attr) && attr.Obj is PyDataclassField)
            {
                if (Ops.Is(f.Default, DataclassesModule.Missing)) cls.DelAttr(ts, f.Name!);
                else cls.SetAttr(ts, f.Name!, f.Default);
            }
        }
        foreach (var (name, value) in cls.Dict)
        {
            if (value.Obj is PyDataclassField && (annotations == null || !own.Any(f => f.Name == name)))
                throw PyErr.TypeError($"{PyStr.Quote(name)} is a field but has no type annotation");
        }
        if (hasDataclassBases)
        {
            if (anyFrozenBase && !o.Frozen) throw PyErr.TypeError("cannot inherit non-frozen dataclass from a frozen one");
            if (!allFrozenBases && o.Frozen) throw PyErr.TypeError("cannot inherit frozen dataclass from a non-frozen one");
        }

        var table = new PyDict();
        foreach (var f in fields)
        {
            var key = PyValue.Str(f.Name!);
            table.Set(ts, key, PyValue.From(f));
            key.DecRef();
        }
        foreach (var f in own) PyValue.From(f).DecRef();  // the table holds them now
        SetAttr(ts, cls, "__dataclass_fields__", PyValue.From(table));
        Params.AddOrUpdate(cls, o);

        bool hasHash = cls.Dict.TryGetValue("__hash__", out var classHash);
        bool hasExplicitHash = hasHash && !(classHash.IsNone && cls.Dict.ContainsKey("__eq__"));
        if (o.Order && !o.Eq) throw PyErr.ValueError("eq must be true if order is true");

        var initFields = fields.Where(f => f.Init).ToList();
        var std = initFields.Where(f => !f.KwOnly).ToList();
        var kw = initFields.Where(f => f.KwOnly).ToList();
        string q = cls.QualName;
        if (o.Init)
        {
            bool seenDefault = false;
            foreach (var f in std)
            {
                bool hasDefault = !Ops.Is(f.Default, DataclassesModule.Missing) || !Ops.Is(f.DefaultFactory, DataclassesModule.Missing);
                if (hasDefault) seenDefault = true;
                else if (seenDefault) throw PyErr.TypeError($"non-default argument {PyStr.Quote(f.Name!)} follows default argument");
            }
            SetNew(ts, cls, "__init__", MakeInit(ts, module, cls, fields, std, kw, o.Frozen));
        }
        var reprFields = fields.Where(f => f.Repr).Select(f => f.Name!).ToArray();
        if (o.Repr) SetNew(ts, cls, "__repr__", NativeFunction.Create(module, q + ".__repr__", new[] { "self" }, (ts2, p) => Repr(ts2, p[0], reprFields)));
        var compared = fields.Where(f => f.Compare).Select(f => f.Name!).ToArray();
        if (o.Eq) SetNew(ts, cls, "__eq__", Comparison(module, q, "__eq__", compared, CompareOp.Eq));
        if (o.Order)
        {
            foreach (var (name, op) in new[] { ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
            {
                if (cls.Dict.ContainsKey(name))
                    throw PyErr.TypeError($"Cannot overwrite attribute {name} in class {cls.Name}. Consider using functools.total_ordering");
                SetNew(ts, cls, name, Comparison(module, q, name, compared, op));
            }
        }
        if (o.Frozen)
        {
            var names = new HashSet<string>(fields.Select(f => f.Name!), StringComparer.Ordinal);
            foreach (var name in new[] { "__setattr__", "__delattr__" })
                if (cls.Dict.ContainsKey(name)) throw PyErr.TypeError($"Cannot overwrite attribute {name} in class {cls.Name}");
            SetNew(ts, cls, "__setattr__", NativeFunction.Create(module, q + ".__setattr__", new[] { "self", "name", "value" }, (ts2, p) =>
            {
                string name = Ops.StrOf(ts2, p[1]);
                if (ReferenceEquals(p[0].Type, cls) || names.Contains(name))
                    throw PyErr.New(DataclassesModule.FrozenInstanceError, $"cannot assign to field {PyStr.Quote(name)}");
                ObjectSetAttr(ts2, p[0], name, p[2]);
                return PyValue.None;
            }));
            SetNew(ts, cls, "__delattr__", NativeFunction.Create(module, q + ".__delattr__", new[] { "self", "name" }, (ts2, p) =>
            {
                string name = Ops.StrOf(ts2, p[1]);
                if (ReferenceEquals(p[0].Type, cls) || names.Contains(name))
                    throw PyErr.New(DataclassesModule.FrozenInstanceError, $"cannot delete field {PyStr.Quote(name)}");
                if (p[0].Obj is PyInstance pi) AttributeLookup.DelInstanceAttr(ts2, pi, name);
                else p[0].Obj!.DelAttr(ts2, name);
                return PyValue.None;
            }));
        }
        switch (HashAction(o.UnsafeHash, o.Eq, o.Frozen, hasExplicitHash))
        {
            case 1:
                SetAttr(ts, cls, "__hash__", PyValue.None);
                break;
            case 2:
                var hashed = fields.Where(f => f.Hashed(ts)).Select(f => f.Name!).ToArray();
                SetAttr(ts, cls, "__hash__", PyValue.From(NativeFunction.Create(module, q + ".__hash__", new[] { "self" }, (ts2, p) =>
                {
                    var t = Values(ts2, p[0], hashed);
                    try { return PyValue.Int(Ops.HashOf(ts2, t)); }
                    finally { t.DecRef(); }
                })));
                break;
            case 3:
                throw PyErr.TypeError($"Cannot overwrite attribute __hash__ in class {cls.Name}");
        }
        if (!cls.Dict.TryGetValue("__doc__", out var doc) || doc.IsNone)
            SetAttr(ts, cls, "__doc__", PyValue.Str(cls.Name + Signature(ts, std, kw)));
        if (o.MatchArgs && !cls.Dict.ContainsKey("__match_args__"))
            SetAttr(ts, cls, "__match_args__", StrTuple(std.Select(f => f.Name!)));
        return clsValue.NewRef();
    }

    /// <summary>_hash_action: 0 nothing, 1 set None, 2 add, 3 refuse.</summary>
    private static int HashAction(bool unsafeHash, bool eq, bool frozen, bool explicitHash)
    {
        if (unsafeHash) return explicitHash ? 3 : 2;
        if (!eq || explicitHash) return 0;
        return frozen ? 2 : 1;
    }

    private static void Put(List<PyDataclassField> fields, PyDataclassField f)
    {
        int i = fields.FindIndex(x => x.Name == f.Name);
        if (i >= 0) fields[i] = f;
        else fields.Add(f);
    }

    private static PyDataclassField MakeField(ThreadState ts, PyType cls, string name, PyValue annotation, bool kwOnly)
    {
        PyDataclassField f;
        if (cls.Dict.TryGetValue(name, out var value) && value.Obj is PyDataclassField given) { f = given; PyValue.From(f).IncRef(); }
        else
        {
            var @default = cls.Dict.TryGetValue(name, out var d) ? d : DataclassesModule.Missing;
            f = new PyDataclassField(@default, DataclassesModule.Missing, true, true, PyValue.None, true, PyValue.None, DataclassesModule.Missing);
        }
        f.Name = name;
        annotation.IncRef();
        f.Annotation.DecRef();
        f.Annotation = annotation;
        if (Ops.Is(f.KwOnlyOption, DataclassesModule.Missing))
        {
            f.KwOnlyOption.DecRef();
            f.KwOnlyOption = PyValue.Bool(kwOnly);
        }
        if (!Ops.Is(f.Default, DataclassesModule.Missing) && IsUnhashableDefault(f.Default))
            throw PyErr.ValueError($"mutable default {Ops.ReprOf(ts, PyValue.From(f.Default.Type))} for field {name} is not allowed: use default_factory");
        return f;
    }

    private static bool IsUnhashableDefault(PyValue v) =>
        v.Obj is PyList or PyDict or PySet { Frozen: false } or PyByteArray || (v.Obj != null && v.Type.Lookup("__hash__") is PyValue { IsNone: true });

    private static PyFunction MakeInit(ThreadState ts, PyModule module, PyType cls, List<PyDataclassField> fields,
                                       List<PyDataclassField> std, List<PyDataclassField> kw, bool frozen)
    {
        var names = new List<string> { "self" };
        names.AddRange(std.Select(f => f.Name!));
        names.AddRange(kw.Select(f => f.Name!));
        var defaults = new PyValueList();
        foreach (var f in std.SkipWhile(f => Ops.Is(f.Default, DataclassesModule.Missing) && Ops.Is(f.DefaultFactory, DataclassesModule.Missing)))
            defaults.Add(DefaultOf(f).NewRef());
        PyDict? kwDefaults = null;
        foreach (var f in kw)
        {
            if (Ops.Is(f.Default, DataclassesModule.Missing) && Ops.Is(f.DefaultFactory, DataclassesModule.Missing)) continue;
            kwDefaults ??= new PyDict();
            var key = PyValue.Str(f.Name!);
            kwDefaults.Set(ts, key, DefaultOf(f));
            key.DecRef();
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 1; i < names.Count; i++) index[names[i]] = i;
        bool hasPostInit = cls.Lookup("__post_init__") is not null;
        var all = fields.ToArray();
        return NativeFunction.Create(module, cls.QualName + ".__init__", names.ToArray(), (ts2, p) =>
        {
            var self = p[0];
            foreach (var f in all)
            {
                PyValue value;
                if (f.Init && index.TryGetValue(f.Name!, out int at))
                {
                    value = Ops.Is(p[at], FactorySentinel) ? Ops.Call(ts2, f.DefaultFactory, ReadOnlySpan<PyValue>.Empty, null) : p[at].NewRef();
                }
                else if (!Ops.Is(f.DefaultFactory, DataclassesModule.Missing)) value = Ops.Call(ts2, f.DefaultFactory, ReadOnlySpan<PyValue>.Empty, null);
                else continue;  // init=False with a plain default: the class attribute answers
                try
                {
                    if (frozen) ObjectSetAttr(ts2, self, f.Name!, value);
                    else Ops.SetAttr(ts2, self, f.Name!, value);
                }
                finally { value.DecRef(); }
            }
            if (hasPostInit)
            {
                var post = Ops.GetAttr(ts2, self, "__post_init__");
                try { Ops.Call(ts2, post, ReadOnlySpan<PyValue>.Empty, null).DecRef(); }
                finally { post.DecRef(); }
            }
            return PyValue.None;
        }, defaults.Count == 0 ? null : defaults.ToArray(), kwOnly: kw.Count, kwDefaults: kwDefaults);
    }

    private static PyValue DefaultOf(PyDataclassField f) => Ops.Is(f.DefaultFactory, DataclassesModule.Missing) ? f.Default : FactorySentinel;

    /// <summary>object.__setattr__(self, name, value): the generic store, past the class's own __setattr__.</summary>
    private static void ObjectSetAttr(ThreadState ts, PyValue self, string name, PyValue value)
    {
        if (self.Obj is PyInstance pi) AttributeLookup.SetInstanceAttr(ts, pi, name, value);
        else self.Obj!.SetAttr(ts, name, value);
    }

    private static PyValue Values(ThreadState ts, PyValue self, string[] names)
    {
        var items = new PyValue[names.Length];
        bool done = false;
        try
        {
            for (int i = 0; i < names.Length; i++) items[i] = Ops.GetAttr(ts, self, names[i]);
            done = true;
        }
        finally
        {
            if (!done) foreach (var v in items) if (v.Obj != null || v.IsInt) v.DecRef();
        }
        return PyValue.From(names.Length == 0 ? PyTuple.Empty : new PyTuple(items));
    }

    private static PyValue Repr(ThreadState ts, PyValue self, string[] names)
    {
        if (!ReprGuard.Enter(self.Obj!)) return PyValue.Str("...");
        try
        {
            var sb = new StringBuilder(self.Type.QualName).Append('(');
            for (int i = 0; i < names.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                var v = Ops.GetAttr(ts, self, names[i]);
                try { sb.Append(names[i]).Append('=').Append(Ops.ReprOf(ts, v)); }
                finally { v.DecRef(); }
            }
            return PyValue.Str(sb.Append(')').ToString());
        }
        finally { ReprGuard.Exit(self.Obj!); }
    }

    private static PyFunction Comparison(PyModule module, string qualName, string name, string[] compared, CompareOp op) =>
        NativeFunction.Create(module, qualName + "." + name, new[] { "self", "other" }, (ts, p) =>
        {
            if (!ReferenceEquals(p[1].Type, p[0].Type)) return PyValue.From(PyNotImplemented.Instance);
            var a = Values(ts, p[0], compared);
            var b = Values(ts, p[1], compared);
            try { return Ops.Compare(ts, a, b, op); }
            finally { a.DecRef(); b.DecRef(); }
        });

    /// <summary>cls.name = f unless the class defines name itself (_set_new_attribute).</summary>
    private static void SetNew(ThreadState ts, PyType cls, string name, PyFunction f)
    {
        var v = PyValue.From(f);
        try { if (!cls.Dict.ContainsKey(name)) cls.SetAttr(ts, name, v); }
        finally { v.DecRef(); }
    }

    /// <summary>cls.name = v, stealing <paramref name="v"/>.</summary>
    private static void SetAttr(ThreadState ts, PyType cls, string name, PyValue v)
    {
        try { cls.SetAttr(ts, name, v); }
        finally { v.DecRef(); }
    }

    private static PyValue StrTuple(IEnumerable<string> names)
    {
        var items = names.Select(PyValue.Str).ToArray();
        return PyValue.From(items.Length == 0 ? PyTuple.Empty : new PyTuple(items));
    }

    /// <summary>The options each dataclass was made with (CPython's __dataclass_params__), for the frozen checks of subclasses.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyType, DataclassOptions> Params = new();

    /// <summary>The class's __doc__: its name and inspect.signature of __init__ (annotations as inspect formats them).</summary>
    private static string Signature(ThreadState ts, List<PyDataclassField> std, List<PyDataclassField> kw)
    {
        var parts = new List<string>();
        foreach (var f in std) parts.Add(Parameter(ts, f));
        if (kw.Count > 0) parts.Add("*");
        foreach (var f in kw) parts.Add(Parameter(ts, f));
        return "(" + string.Join(", ", parts) + ")";
    }

    private static string Parameter(ThreadState ts, PyDataclassField f)
    {
        string annotation = f.Annotation.Obj is PyType t
            ? (t.Module == "builtins" ? t.QualName : t.Module + "." + t.QualName)
            : Ops.ReprOf(ts, f.Annotation);
        string text = f.Name + ": " + annotation;
        if (!Ops.Is(f.DefaultFactory, DataclassesModule.Missing)) return text + " = <factory>";
        if (!Ops.Is(f.Default, DataclassesModule.Missing)) return text + " = " + Ops.ReprOf(ts, f.Default);
        return text;
    }
}
