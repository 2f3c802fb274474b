using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// The C# exception that carries a Python exception through generated code. Frames are added as it
/// unwinds (<see cref="AddFrame"/>); <see cref="FormatTraceback"/> prints what CPython prints.
/// </summary>
public sealed class PyException : Exception
{
    /// <summary>The exception instance (owned reference).</summary>
    public PyValue Value { get; }

    /// <summary>The exception's class.</summary>
    public PyValue TypeValue => PyValue.From(Value.Type);

    /// <summary>The instance as its C# class.</summary>
    public PyBaseException Instance => (PyBaseException)Value.Obj!;

    /// <summary>Wraps an exception instance (steals the reference).</summary>
    public PyException(PyBaseException instance) : base(null) => Value = PyValue.From(instance);

    /// <summary>"TypeName: str(exc)", as the last line of a traceback.</summary>
    public override string Message => FormatExceptionOnly(null, Instance);

    /// <summary>Records that the exception passed through <paramref name="code"/> at <paramref name="line"/> (call as frames unwind).</summary>
    public void AddFrame(CodeInfo code, int line)
    {
        // The first frame is the one the exception was raised in: the exception being handled there becomes its
        // __context__, for exceptions a builtin raised ({}["k"]) as for raise statements (CPython's _PyErr_SetObject).
        if (Instance.Traceback.Count == 0 && ThreadState.Running is ThreadState ts) Ops.SetContext(ts, Instance);
        Instance.Traceback.Insert(0, new TracebackEntry(code, line));
    }

    /// <summary>The traceback text CPython 3.9/3.10 print (no 3.11 carets), including chained exceptions.</summary>
    public string FormatTraceback(ThreadState? ts = null) => FormatTraceback(ts, Instance);

    /// <summary>What CPython prints for <paramref name="exc"/> (its traceback, chained exceptions, last line).</summary>
    public static string FormatTraceback(ThreadState? ts, PyBaseException exc)
    {
        var sb = new StringBuilder();
        Format(ts, exc, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    private static void Format(ThreadState? ts, PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause.Obj is PyBaseException cause && !seen.Contains(cause))
        {
            Format(ts, cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (!exc.SuppressContext && exc.Context.Obj is PyBaseException context && !seen.Contains(context))
        {
            Format(ts, context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            foreach (var entry in exc.Traceback)
            {
                sb.Append("  File \"").Append(entry.Code.Source.FileName).Append("\", line ").Append(entry.Line)
                  .Append(", in ").Append(entry.Code.Name).Append('\n');
                var text = entry.Code.Source.Line(entry.Line);
                if (text != null && text.Trim().Length > 0) sb.Append("    ").Append(text.Trim()).Append('\n');
            }
        }
        sb.Append(FormatExceptionOnly(ts, exc)).Append('\n');
    }

    /// <summary>"TypeName: message" or just "TypeName" when str(exc) is empty.</summary>
    public static string FormatExceptionOnly(ThreadState? ts, PyBaseException exc)
    {
        var type = exc.Type;
        string name = type.Module is "builtins" or "__main__" ? type.Name : type.Module + "." + type.Name;
        string msg = exc.StrString(ts);
        return msg.Length == 0 ? name : name + ": " + msg;
    }
}
