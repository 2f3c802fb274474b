using System;

namespace GilGen.Runtime;

/// <summary>
/// What io.StringIO and io.BytesIO share (CPython's IOBase and the in-memory streams' common behaviour): a stream
/// that can be closed, read line by line (iteration, readlines), written line by line (writelines, through the
/// object's own write), and used in a <c>with</c> statement. Each stream holds its own buffer and position.
/// </summary>
internal interface IInMemoryStream
{
    /// <summary>Whether close() has been called.</summary>
    bool Closed { get; set; }

    /// <summary>Raises the stream's own ValueError for an operation on it closed (StringIO's has no full stop).</summary>
    void CheckOpen();

    /// <summary>The next line from the position (new reference), or null at the end of the stream.</summary>
    PyValue? NextLine();
}

/// <summary>Installs the methods of <see cref="IInMemoryStream"/> on StringIO's and BytesIO's classes.</summary>
internal static class InMemoryStreamMethods
{
    /// <summary>
    /// closed, close, flush, readable, writable, seekable, isatty, readlines, writelines, __enter__, __exit__ on
    /// <paramref name="t"/>, whose instances <paramref name="self"/> finds (with CPython's TypeError for another object).
    /// <paramref name="flushChecksClosed"/>: whether flush() refuses a closed stream (BytesIO's does, StringIO's not);
    /// <paramref name="ownReadlines"/>: BytesIO's own readlines stops once the lines reach the hint, IOBase's (which
    /// StringIO inherits) once they exceed it.
    /// </summary>
    public static void Install(PyType t, Func<ReadOnlySpan<PyValue>, IInMemoryStream> self, bool flushChecksClosed, bool ownReadlines)
    {
        ReadOnlyAttribute.Install(t, "closed", v => PyValue.Bool(((IInMemoryStream)v.Obj!).Closed));
        t.AddMethod("close", (ts, a, kw) => { self(a).Closed = true; return PyValue.None; });
        foreach (var name in new[] { "readable", "writable", "seekable" })
            t.AddMethod(name, (ts, a, kw) => { self(a).CheckOpen(); return PyValue.True; });
        t.AddMethod("flush", (ts, a, kw) =>
        {
            if (flushChecksClosed) self(a).CheckOpen();
            return PyValue.None;
        });
        t.AddMethod("isatty", (ts, a, kw) => { CheckNotClosed(self(a)); return PyValue.False; });
        t.AddMethod("__enter__", (ts, a, kw) => { CheckNotClosed(self(a)); return a[0].NewRef(); });
        t.AddMethod("__exit__", (ts, a, kw) => { self(a).Closed = true; return PyValue.None; });
        t.AddMethod("readlines", (ts, a, kw) =>
        {
            var stream = self(a);
            var hintArg = CallArguments.Bind("readlines", a, kw, new[] { "hint" }, 0, skip: 1)[0];
            long hint = hintArg.IsUnbound || hintArg.IsNone ? -1 : Numbers.TryLong(hintArg, out long h) ? h
                : throw PyErr.TypeError($"integer argument expected, got '{hintArg.Type.Name}'");
            CheckNotClosed(stream);
            // Lines until their total length passes a positive hint.
            var lines = new PyValueList();
            long total = 0;
            while (stream.NextLine() is PyValue line)
            {
                lines.Add(line);
                total += line.Obj!.Length(ts);
                if (hint > 0 && (ownReadlines ? total >= hint : total > hint)) break;
            }
            return PyValue.From(new PyList(lines));
        });
        t.AddMethod("writelines", (ts, a, kw) =>
        {
            new BuiltinArguments("writelines", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            CheckNotClosed(self(a));
            // IOBase.writelines calls self.write for each line, so a subclass's write sees every one.
            var write = Ops.GetAttr(ts, a[0], "write");
            try
            {
                foreach (var line in Ops.ToList(ts, a[1]))
                {
                    try { Ops.Call(ts, write, new[] { line }, null).DecRef(); }
                    finally { line.DecRef(); }
                }
            }
            finally { write.DecRef(); }
            return PyValue.None;
        });
    }

    /// <summary>IOBase's own check (its methods: isatty, readlines, writelines, __enter__, iter), worded as CPython's _io.</summary>
    public static void CheckNotClosed(IInMemoryStream stream)
    {
        if (stream.Closed) throw PyErr.ValueError("I/O operation on closed file.");
    }

    /// <summary>A size argument of read/readline/truncate: None or absent is -1.</summary>
    public static long Size(PyValue v) =>
        v.IsUnbound || v.IsNone ? -1 : Numbers.TryLong(v, out long n) ? n : throw PyErr.TypeError($"argument should be integer or None, not '{v.Type.Name}'");
}
