using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// Where a SyntaxError (IndentationError, TabError) points. CPython's SyntaxError_init reads its arguments as
/// <c>(msg, (filename, lineno, offset, text[, end_lineno[, end_offset]]))</c> into attributes that a program may set
/// afterwards; GilGen keeps the arguments and reads each attribute from them until it is set. str() and the printed
/// exception are CPython's: <c>msg (file.py, line 3)</c>, and the file, the line and a caret before <c>SyntaxError: msg</c>.
/// </summary>
internal static class SyntaxErrorDetails
{
    // The details tuple's fields, in order.
    private static readonly string[] Fields = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };

    /// <summary>Whether <paramref name="name"/> is one of a SyntaxError's own attributes.</summary>
    public static bool IsAttribute(string name) => name is "msg" or "print_file_and_line" || Array.IndexOf(Fields, name) >= 0;

    /// <summary>SyntaxError_init's checks of the details: a sequence of four to six items.</summary>
    public static void Validate(ThreadState ts, PyTuple args)
    {
        if (args.Items.Length != 2) return;
        var details = Ops.ToList(ts, args.Items[1]);
        int count = details.Count;
        foreach (var item in details) item.DecRef();
        if (count < 4) throw PyErr.TypeError($"function takes at least 4 arguments ({count} given)");
        if (count > 6) throw PyErr.TypeError($"function takes at most 6 arguments ({count} given)");
    }

    /// <summary>The attribute <paramref name="name"/> of <paramref name="exc"/> (a new reference): the value set on it, else what its arguments say, else None.</summary>
    public static PyValue Get(PyBaseException exc, string name)
    {
        if (exc.TryGetStored(name, out var set)) return set.NewRef();
        var items = exc.Args.Items;
        if (name == "msg") return items.Length >= 1 ? items[0].NewRef() : PyValue.None;
        int index = Array.IndexOf(Fields, name);
        if (index < 0 || items.Length != 2) return PyValue.None;
        var details = items[1].Obj switch { PyTuple t => t.Items, PyList l => l.Items.ToArray(), _ => Array.Empty<PyValue>() };
        return index < details.Length ? details[index].NewRef() : PyValue.None;
    }

    /// <summary>CPython's SyntaxError_str: the message, then the file's base name and the line when they are known.</summary>
    public static string Str(ThreadState? ts, PyBaseException exc)
    {
        string msg = StrOfAttribute(ts, exc, "msg");
        string? file = BaseName(exc);
        long? line = Line(exc);
        if (file != null && line != null) return $"{msg} ({file}, line {line})";
        if (file != null) return $"{msg} ({file})";
        return line != null ? $"{msg} (line {line})" : msg;
    }

    /// <summary>
    /// traceback's _format_syntax_error (what CPython 3.12 prints for an uncaught SyntaxError): <c>  File "f.py", line 3</c>,
    /// the source line without its indentation, a caret line under offset..end_offset, then <c>SyntaxError: msg</c>.
    /// </summary>
    public static List<string> FormatLines(ThreadState? ts, PyBaseException exc, string typeName)
    {
        var lines = new List<string>();
        string suffix = "";
        long? lineno = Line(exc);
        var filename = Get(exc, "filename");
        try
        {
            if (lineno != null) lines.Add($"  File \"{(filename.IsNone ? "<string>" : Ops.StrOf(ts, filename))}\", line {lineno}\n");
            else if (!filename.IsNone) suffix = $" ({Ops.StrOf(ts, filename)})";
        }
        finally { filename.DecRef(); }
        if (StringAttribute(exc, "text") is string text)
        {
            string rtext = text.TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            lines.Add($"    {ltext}\n");
            if (IntAttribute(exc, "offset") is long offset)
            {
                long end = IntAttribute(exc, "end_offset") is long e && e != 0 ? e : offset;
                if (text.Length > 0 && offset > text.Length) offset = text.Length + 1;
                if (text.Length > 0 && end > text.Length) end = text.Length + 1;
                if (offset >= end || end < 0) end = offset + 1;
                long column = offset - 1 - spaces, endColumn = end - 1 - spaces;
                if (column >= 0)
                {
                    // Whitespace other than spaces (tabs) is kept under the line, so that the caret lines up.
                    var space = new System.Text.StringBuilder();
                    for (int i = 0; i < column && i < ltext.Length; i++) space.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                    lines.Add($"    {space}{new string('^', (int)Math.Max(0, endColumn - column))}\n");
                }
            }
        }
        var msg = Get(exc, "msg");
        string message;
        try { message = msg.IsNone || msg.Obj is PyStr { Value.Length: 0 } ? "<no detail available>" : Ops.StrOf(ts, msg); }
        finally { msg.DecRef(); }
        lines.Add($"{typeName}: {message}{suffix}\n");
        return lines;
    }

    private static string StrOfAttribute(ThreadState? ts, PyBaseException exc, string name)
    {
        var value = Get(exc, name);
        try { return Ops.StrOf(ts, value); }
        finally { value.DecRef(); }
    }

    private static string? StringAttribute(PyBaseException exc, string name)
    {
        var value = Get(exc, name);
        try { return value.Obj is PyStr s ? s.Value : null; }
        finally { value.DecRef(); }
    }

    private static long? IntAttribute(PyBaseException exc, string name)
    {
        var value = Get(exc, name);
        try { return value.IsInt ? value.IntValue : null; }
        finally { value.DecRef(); }
    }

    private static long? Line(PyBaseException exc) => IntAttribute(exc, "lineno");

    // CPython's my_basename: what follows the last '/' of a str filename.
    private static string? BaseName(PyBaseException exc) =>
        StringAttribute(exc, "filename") is string path ? path.Substring(path.LastIndexOf('/') + 1) : null;
}
