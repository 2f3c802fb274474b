namespace GilGen.Runtime;

/// <summary>
/// A frame as a traceback keeps it (<c>tb.tb_frame</c>): which code ran and at which line. Generated code runs
/// Python frames as C# stack frames, so a frame's locals, globals and caller are not kept once it has unwound:
/// asking for them raises NotImplementedError instead of answering wrongly.
/// </summary>
public sealed class PyFrame : PyObject
{
    /// <summary>The type <c>frame</c>.</summary>
    public static readonly PyType FrameType = new("frame", PyType.Object) { IsBaseType = false };

    /// <summary>The code that ran in this frame.</summary>
    public readonly CodeInfo Code;

    /// <summary>The line it was at.</summary>
    public readonly int Line;

    /// <summary>A frame of <paramref name="code"/> at <paramref name="line"/>.</summary>
    public PyFrame(CodeInfo code, int line) { Code = code; Line = line; }

    /// <inheritdoc/>
    public override PyType Type => FrameType;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"<frame at 0x{ObjectId.Of(this):x}, file '{Code.Source.FileName}', line {Line}, code {Code.Name}>";

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "f_code": return PyValue.From(new PyCode(Code));
            case "f_lineno": return PyValue.Int(Line);
            case "f_locals" or "f_globals" or "f_builtins" or "f_back" or "f_lasti" or "f_trace" or "clear":
                throw PyErr.NotImplementedError($"GilGen's frame objects keep only f_code and f_lineno, not {name}");
        }
        return base.GetAttrOrNull(ts, name);
    }
}
