namespace GilGen.Runtime;

/// <summary>
/// A code object as Python sees it (<c>tb.tb_frame.f_code</c>): the names and place of a compiled function or
/// module body. The bytecode itself is C# here, so only the descriptive attributes exist; <c>co_code</c> and the
/// rest raise NotImplementedError rather than pretend.
/// </summary>
public sealed class PyCode : PyObject
{
    /// <summary>The type <c>code</c>.</summary>
    public static readonly PyType CodeType = new("code", PyType.Object) { IsBaseType = false };

    /// <summary>What this code object describes.</summary>
    public readonly CodeInfo Info;

    /// <summary>The code object of <paramref name="info"/>.</summary>
    public PyCode(CodeInfo info) => Info = info;

    /// <inheritdoc/>
    public override PyType Type => CodeType;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"<code object {Info.Name} at 0x{ObjectId.Of(this):x}, file \"{Info.Source.FileName}\", line {Info.FirstLine}>";

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "co_name": return PyValue.Str(Info.Name);
            case "co_qualname": return PyValue.Str(Info.QualName);
            case "co_filename": return PyValue.Str(Info.Source.FileName);
            case "co_firstlineno": return PyValue.Int(Info.FirstLine);
            case "co_code" or "co_consts" or "co_names" or "co_varnames" or "co_argcount" or "co_flags" or "co_lines" or "co_positions":
                throw PyErr.NotImplementedError($"GilGen's code objects have no {name}: the bytecode runs as compiled C# (dis.dis shows it)");
        }
        return base.GetAttrOrNull(ts, name);
    }
}
