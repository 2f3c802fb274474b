namespace GilGen.Runtime;

/// <summary>
/// Which names of an enum's class body are not members: enum.py's <c>_is_dunder</c>, <c>_is_sunder</c>,
/// <c>_is_private</c> and <c>_is_descriptor</c>.
/// </summary>
internal static class EnumNameKinds
{
    /// <summary>__name__: two underscores each side, and a third on neither.</summary>
    public static bool IsDunder(string n) =>
        n.Length > 4 && n.StartsWith("__", System.StringComparison.Ordinal) && n.EndsWith("__", System.StringComparison.Ordinal) && n[2] != '_' && n[^3] != '_';

    /// <summary>_name_: one underscore each side.</summary>
    public static bool IsSunder(string n) =>
        n.Length > 2 && n[0] == '_' && n[^1] == '_' && n[1] != '_' && n[^2] != '_';

    /// <summary>A name the class body's private mangling made: <c>_Cls__x</c> not ending in two underscores.</summary>
    public static bool IsPrivate(string className, string n)
    {
        string prefix = "_" + className + "__";
        return n.StartsWith(prefix, System.StringComparison.Ordinal) && n.Length > prefix.Length && !n.EndsWith("__", System.StringComparison.Ordinal);
    }

    /// <summary>A value whose type has <c>__get__</c>, <c>__set__</c> or <c>__delete__</c> (functions, properties, class and static methods).</summary>
    public static bool IsDescriptor(PyValue v)
    {
        if (v.Obj is null) return false;
        if (v.Obj is PyFunction or PyClassMethod or PyStaticMethod or PyProperty or PyBuiltinFunction) return true;
        var t = v.Type;
        return t.Lookup("__get__") is not null || t.Lookup("__set__") is not null || t.Lookup("__delete__") is not null;
    }

    /// <summary>The sunder names an enum's body may define (3.12's list); any other raises ValueError.</summary>
    public static bool IsAllowedSunder(string n) => n is "_order_" or "_generate_next_value_" or "_numeric_repr_" or "_missing_" or "_ignore_"
        or "_iter_member_" or "_iter_member_by_value_" or "_iter_member_by_def_";
}
