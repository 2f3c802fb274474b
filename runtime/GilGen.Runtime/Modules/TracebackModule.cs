namespace GilGen.Runtime;

/// <summary>
/// traceback, the part that works on the exception being handled as one text: <c>format_exc()</c> and
/// <c>print_exc(file=None)</c> (what logging's <c>exc_info</c> and concurrent.futures print). The functions
/// that return lists of lines or frame summaries are not there yet (using one is an AttributeError).
/// </summary>
internal static class TracebackModule
{
    /// <summary>Makes traceback.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("traceback");
        m.AddFunction("format_exc", (t, a, kw) =>
        {
            var args = new BuiltinArguments("format_exc", a, kw).OnlyKeywords("limit", "chain").Expect(0, 2);
            RejectLimit(args.Get(0, "limit"));
            return PyValue.Str(Text(t));
        });
        m.AddFunction("print_exc", (t, a, kw) =>
        {
            var args = new BuiltinArguments("print_exc", a, kw).OnlyKeywords("limit", "file", "chain").Expect(0, 3);
            RejectLimit(args.Get(0, "limit"));
            var file = args.Get(1, "file") is PyValue f && !f.IsNone ? f.NewRef() : Ops.GetAttr(t, PyValue.From(t.Interp.Modules.Import(t, "sys")), "stderr");
            var text = PyValue.Str(Text(t));
            var write = PyValue.Unbound;
            try
            {
                write = Ops.GetAttr(t, file, "write");
                Ops.Call(t, write, new[] { text }, null).DecRef();
            }
            finally
            {
                write.DecRef();
                text.DecRef();
                file.DecRef();
            }
            return PyValue.None;
        });
        return m;
    }

    // The exception being handled, as CPython prints it ("NoneType: None\n" when there is none).
    private static string Text(ThreadState ts)
        => ts.CurrentHandledException is PyException e ? e.FormatTraceback(ts) : "NoneType: None\n";

    private static void RejectLimit(PyValue? limit)
    {
        if (limit is PyValue l && !l.IsNone) throw PyErr.NotImplementedError("GilGen does not support traceback's limit argument yet");
    }
}
