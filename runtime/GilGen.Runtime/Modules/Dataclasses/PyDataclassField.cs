using System;

namespace GilGen.Runtime;

/// <summary>dataclasses.Field: what <c>field()</c> returns and <c>fields()</c> lists (its attributes as CPython's).</summary>
public sealed class PyDataclassField : PyObject
{
    /// <summary>The class <c>dataclasses.Field</c>.</summary>
    public static readonly PyType FieldType = new("Field", PyType.Object) { IsBaseType = false, Module = "dataclasses" };

    /// <summary>The field's name, set when its class is processed.</summary>
    public string? Name;
    /// <summary>The annotation (owned), None until processed.</summary>
    public PyValue Annotation = PyValue.None;
    /// <summary>default and default_factory (owned; MISSING when not given).</summary>
    public PyValue Default, DefaultFactory;
    /// <summary>hash (owned: None or a bool) and metadata (owned).</summary>
    public PyValue HashOption, Metadata;
    /// <summary>kw_only (owned: MISSING, True or False).</summary>
    public PyValue KwOnlyOption;
    /// <summary>The flags of field().</summary>
    public bool Init, Repr, Compare;

    /// <summary>A field with the options of field(); the values are borrowed.</summary>
    public PyDataclassField(PyValue @default, PyValue defaultFactory, bool init, bool repr, PyValue hash, bool compare, PyValue metadata, PyValue kwOnly)
    {
        Default = @default.NewRef();
        DefaultFactory = defaultFactory.NewRef();
        Init = init; Repr = repr; Compare = compare;
        HashOption = hash.NewRef();
        Metadata = metadata.NewRef();
        KwOnlyOption = kwOnly.NewRef();
    }

    /// <summary>True when the field is keyword-only once processed.</summary>
    public bool KwOnly => Ops.Is(KwOnlyOption, PyValue.True);

    /// <summary>Whether the field takes part in __hash__: hash, or compare when hash is None.</summary>
    public bool Hashed(ThreadState ts) => HashOption.IsNone ? Compare : Ops.IsTrue(ts, HashOption);

    /// <inheritdoc/>
    public override PyType Type => FieldType;

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "name" => Name == null ? PyValue.None : PyValue.Str(Name),
        "type" => Annotation.NewRef(),
        "default" => Default.NewRef(),
        "default_factory" => DefaultFactory.NewRef(),
        "init" => PyValue.Bool(Init),
        "repr" => PyValue.Bool(Repr),
        "hash" => HashOption.NewRef(),
        "compare" => PyValue.Bool(Compare),
        "metadata" => Metadata.NewRef(),
        "kw_only" => KwOnlyOption.NewRef(),
        _ => base.GetAttrOrNull(ts, name),
    };

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"Field(name={(Name == null ? "None" : PyStr.Quote(Name))},type={Ops.ReprOf(ts, Annotation)},default={Ops.ReprOf(ts, Default)}," +
        $"default_factory={Ops.ReprOf(ts, DefaultFactory)},init={(Init ? "True" : "False")},repr={(Repr ? "True" : "False")}," +
        $"hash={Ops.ReprOf(ts, HashOption)},compare={(Compare ? "True" : "False")},metadata={Ops.ReprOf(ts, Metadata)}," +
        $"kw_only={Ops.ReprOf(ts, KwOnlyOption)},_field_type=_FIELD)";

    /// <inheritdoc/>
    public override void Dealloc()
    {
        Annotation.DecRefFromDealloc(); Default.DecRefFromDealloc(); DefaultFactory.DecRefFromDealloc(); HashOption.DecRefFromDealloc(); Metadata.DecRefFromDealloc(); KwOnlyOption.DecRefFromDealloc();
    }
}
