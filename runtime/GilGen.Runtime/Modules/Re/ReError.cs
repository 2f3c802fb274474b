using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>re.error</c>: an Exception with <c>msg</c>, <c>pattern</c>, <c>pos</c>, <c>lineno</c> and <c>colno</c>, whose
/// message gains " at position N" (and the line and column when the pattern has several lines), as CPython's
/// <c>re._constants.error.__init__</c> writes it.
/// </summary>
public static class ReError
{
    /// <summary>The class <c>re.error</c>.</summary>
    public static readonly PyType ErrorType = new("error", ExceptionTypes.Exception, Construct) { Module = "re" };

    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var p = CallArguments.Bind("error", args, kwNames, new[] { "msg", "pattern", "pos" }, 1);
        return PyValue.From(Make(ts, type, p[0], p[1].IsUnbound ? PyValue.None : p[1], p[2].IsUnbound ? PyValue.None : p[2]));
    }

    /// <summary>A new <c>re.error(msg, pattern, pos)</c> for a pattern that does not compile (<paramref name="pattern"/> borrowed).</summary>
    internal static PyException New(ThreadState ts, string msg, PyValue pattern, int? pos)
    {
        var m = PyValue.Str(msg);
        try
        {
            return new PyException(Make(ts, ErrorType, m, pos is int p ? pattern : PyValue.None, pos is int q ? PyValue.Int(q) : PyValue.None));
        }
        finally { m.DecRef(); }
    }

    // error.__init__: the arguments borrowed, the exception a new reference.
    private static PyBaseException Make(ThreadState ts, PyType type, PyValue msg, PyValue pattern, PyValue pos)
    {
        var full = msg.NewRef();
        PyValue lineno = PyValue.None, colno = PyValue.None;
        if (!pattern.IsNone && !pos.IsNone)
        {
            long at = Numbers.TryLong(pos, out long v) ? v : throw PyErr.TypeError($"%d format: a real number is required, not {pos.Type.Name}");
            string text = pattern.Obj switch
            {
                PyStr s => s.Value,
                PyBytes b => System.Text.Encoding.Latin1.GetString(b.Data),
                _ => throw PyErr.TypeError($"argument should be integer or bytes-like object, not '{pattern.Type.Name}'"),
            };
            int upTo = (int)Math.Clamp(at, 0, text.Length);
            string message = $"{Ops.StrOf(ts, msg)} at position {at}";
            int line = 1;
            for (int i = 0; i < upTo; i++) if (text[i] == '\n') line++;
            long col = at - text.LastIndexOf('\n', Math.Max(upTo - 1, 0), upTo);
            if (upTo == 0) col = at + 1;
            lineno = PyValue.Int(line);
            colno = PyValue.Int(col);
            if (text.Contains('\n')) message = $"{message} (line {line}, column {col})";
            full.DecRef();
            full = PyValue.Str(message);
        }
        var exc = new PyBaseException(type, new PyTuple(new[] { full }));
        var self = PyValue.From(exc);
        bool done = false;
        try
        {
            exc.SetAttr(ts, "msg", msg);
            exc.SetAttr(ts, "pattern", pattern);
            exc.SetAttr(ts, "pos", pos);
            exc.SetAttr(ts, "lineno", lineno);
            exc.SetAttr(ts, "colno", colno);
            done = true;
        }
        finally
        {
            if (!done) self.DecRef();
        }
        return exc;
    }
}
