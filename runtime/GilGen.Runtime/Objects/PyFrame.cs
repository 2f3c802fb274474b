namespace GilGen.Runtime;

/// <summary>
/// A frame as a traceback keeps it (<c>tb.tb_frame</c>: which code ran and at which line), or as the running stack
/// shows it (<c>sys._getframe()</c>, <see cref="LiveStack"/>: which code runs, which frame called it, its module's
/// globals, but not its line). Generated code runs Python frames as C# stack frames, so a frame's locals are not
/// kept, nor a traceback frame's caller: asking for what a frame does not have raises NotImplementedError instead of
/// answering wrongly.
/// </summary>
public sealed class PyFrame : PyObject
{
    /// <summary>The type <c>frame</c>.</summary>
    public static readonly PyType FrameType = new("frame", PyType.Object) { IsBaseType = false };

    /// <summary>The code that ran in this frame.</summary>
    public readonly CodeInfo Code;

    /// <summary>The line it was at; 0 for a running frame, whose line is not known.</summary>
    public readonly int Line;

    // A running frame's caller (a reference this frame owns; null for the outermost).
    private PyFrame? _back;
    private readonly bool _running;

    /// <summary>A traceback's frame of <paramref name="code"/> at <paramref name="line"/>.</summary>
    public PyFrame(CodeInfo code, int line) { Code = code; Line = line; }

    /// <summary>A running frame of <paramref name="code"/>, called from <paramref name="back"/>, whose reference it takes.</summary>
    public PyFrame(CodeInfo code, PyFrame? back) { Code = code; _back = back; _running = true; }

    /// <inheritdoc/>
    public override PyType Type => FrameType;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        if (_back is not null) PyValue.From(_back).DecRefFromDealloc();
        _back = null;
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => _running
        ? $"<frame at 0x{ObjectId.Of(this):x}, file '{Code.Source.FileName}', code {Code.Name}>"
        : $"<frame at 0x{ObjectId.Of(this):x}, file '{Code.Source.FileName}', line {Line}, code {Code.Name}>";

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "f_code": return PyValue.From(new PyCode(Code));
            case "f_lineno" when !_running: return PyValue.Int(Line);
            case "f_back" when _running: return _back is null ? PyValue.None : PyValue.From(_back).NewRef();
            case "f_globals" when _running && ModuleOf(ts) is PyModule module: return PyValue.From(module.Namespace).NewRef();
            case "f_lineno":
                throw PyErr.NotImplementedError("GilGen reads the running frames' code from the .NET stack, not the line each is at: f_lineno of a running frame is not supported yet");
            case "f_locals" or "f_globals" or "f_builtins" or "f_back" or "f_lasti" or "f_trace" or "clear":
                throw PyErr.NotImplementedError(_running
                    ? $"GilGen's frames of the running stack keep f_code, f_back and f_globals, not {name}"
                    : $"GilGen's frame objects keep only f_code and f_lineno, not {name}");
        }
        return base.GetAttrOrNull(ts, name);
    }

    // The loaded module whose source this frame's code is from.
    private PyModule? ModuleOf(ThreadState ts)
    {
        foreach (PyModule module in ts.Interp.Modules.Loaded())
            if (ReferenceEquals(module.Definition?.Source, Code.Source)) return module;
        return null;
    }
}
