using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// <c>_traceback</c>, what the traceback module (Lib/traceback.py) needs from the runtime: the text of an
/// exception in format_exception's pieces, and the frame lines StackSummary.format prints. Both come from the
/// same C# that prints uncaught exceptions, so a traceback reads the same whichever way it is printed.
/// </summary>
internal static class TracebackSupportModule
{
    /// <summary>Makes _traceback.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_traceback");
        // format_exception(value, tb, limit, chain): value an exception or None, tb a traceback or None.
        m.AddFunction("format_exception", (t, a, kw) =>
        {
            var args = new BuiltinArguments("format_exception", a, kw).NoKeywords().Expect(4, 4);
            var value = args.Positional[0];
            if (value.IsNone) return Lines(new List<string> { "NoneType: None\n" });
            if (value.Obj is not PyBaseException exc) throw PyErr.TypeError($"Exception expected for value, {value.Type.Name} found");
            var tb = args.Positional[1];
            if (!tb.IsNone && tb.Obj is not PyTraceback) throw PyErr.TypeError($"tb must be a traceback or None, not {tb.Type.Name}");
            var entries = PyTraceback.Entries(tb.Obj as PyTraceback);
            return Lines(PyException.FormatChunks(t, exc, entries, Limit(args.Positional[2]), Ops.IsTrue(t, args.Positional[3])));
        });
        m.AddFunction("format_exception_only", (t, a, kw) =>
        {
            var value = new BuiltinArguments("format_exception_only", a, kw).NoKeywords().Expect(1, 1)[0];
            if (value.IsNone) return Lines(new List<string> { "NoneType: None\n" });
            if (value.Obj is not PyBaseException exc) throw PyErr.TypeError($"Exception expected for value, {value.Type.Name} found");
            return Lines(PyException.FormatExceptionOnlyLines(t, exc));
        });
        // format_frames(frames): each frame a (filename, lineno, name, line) sequence, as a FrameSummary iterates.
        m.AddFunction("format_frames", (t, a, kw) =>
        {
            var frames = new List<StackFormat.Frame>();
            foreach (var item in Ops.ToList(t, new BuiltinArguments("format_frames", a, kw).NoKeywords().Expect(1, 1)[0]))
            {
                var fields = Ops.ToList(t, item);
                item.DecRef();
                try
                {
                    if (fields.Count != 4) throw PyErr.ValueError($"a frame has 4 fields (filename, lineno, name, line), not {fields.Count}");
                    frames.Add(new StackFormat.Frame(Ops.StrOf(t, fields[0]), Ops.StrOf(t, fields[1]), Ops.StrOf(t, fields[2]),
                        fields[3].IsNone ? null : Ops.StrOf(t, fields[3])));
                }
                finally { foreach (var f in fields) f.DecRef(); }
            }
            return Lines(StackFormat.Format(frames));
        });
        // source_line(filename, lineno): the line of a compiled module's source ('' when unknown), as linecache.getline.
        m.AddFunction("source_line", (t, a, kw) =>
        {
            var args = new BuiltinArguments("source_line", a, kw).NoKeywords().Expect(2, 2);
            string file = args.GetString(0, null) ?? "";
            long line = args.GetLong(1, null, 0);
            string? text = line is > 0 and <= int.MaxValue ? SourceText.Find(file)?.Line((int)line) : null;
            return PyValue.Str(text == null ? "" : text + "\n");
        });
        return m;
    }

    private static int? Limit(PyValue limit)
    {
        if (limit.IsNone) return null;
        if (!Numbers.TryLong(limit, out long n)) throw PyErr.TypeError($"'{limit.Type.Name}' object cannot be interpreted as an integer");
        return (int)Math.Clamp(n, int.MinValue, int.MaxValue);
    }

    private static PyValue Lines(List<string> lines) => PyValue.From(new PyList(new PyValueList(lines.Select(PyValue.Str))));
}
