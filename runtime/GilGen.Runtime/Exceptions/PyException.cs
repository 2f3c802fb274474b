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

    /// <summary>What CPython prints for <paramref name="exc"/> (its traceback, chained exceptions, last line; an exception group as a tree).</summary>
    public static string FormatTraceback(ThreadState? ts, PyBaseException exc)
    {
        var sb = new StringBuilder();
        Format(ts, exc, new PrintContext(sb));
        return sb.ToString();
    }

    // CPython's traceback.TracebackException limits: deeper or wider exception groups are cut short.
    private const int MaxGroupWidth = 15, MaxGroupDepth = 10;

    /// <summary>
    /// traceback._ExceptionPrintContext: the exceptions already printed, and how deep in exception groups the output
    /// is (each level indents two spaces and a margin, "| " or "+ " on a group's first line).
    /// </summary>
    private sealed class PrintContext(StringBuilder sb)
    {
        public readonly StringBuilder Output = sb;
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int GroupDepth;
        public bool NeedClose;

        public string Indent => new(' ', 2 * GroupDepth);

        /// <summary>Appends <paramref name="text"/>, every line (blank ones too) behind the indent and margin.</summary>
        public void Emit(string text, char margin = '|')
        {
            string prefix = GroupDepth > 0 ? Indent + margin + " " : "";
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end + 1;
                Output.Append(prefix).Append(text, start, end - start);
                start = end;
            }
        }
    }

    private static void Format(ThreadState? ts, PyBaseException exc, PrintContext ctx)
    {
        ctx.Seen.Add(exc);
        if (exc.Cause.Obj is PyBaseException cause && !ctx.Seen.Contains(cause))
        {
            Format(ts, cause, ctx);
            ctx.Emit("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (!exc.SuppressContext && exc.Context.Obj is PyBaseException context && !ctx.Seen.Contains(context))
        {
            Format(ts, context, ctx);
            ctx.Emit("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc is not PyExceptionGroup group)
        {
            if (exc.Traceback.Count > 0)
            {
                ctx.Emit("Traceback (most recent call last):\n");
                ctx.Emit(FormatStack(exc));
            }
            ctx.Emit(FormatExceptionOnly(ts, exc) + "\n");
            return;
        }
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.Emit($"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        bool topLevel = ctx.GroupDepth == 0;
        if (topLevel) ctx.GroupDepth++;
        if (exc.Traceback.Count > 0)
        {
            ctx.Emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.Emit(FormatStack(exc));
        }
        ctx.Emit(FormatExceptionOnly(ts, exc) + "\n");
        var members = group.Exceptions.Items;
        int shown = members.Length <= MaxGroupWidth ? members.Length : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < shown; i++)
        {
            bool last = i == shown - 1;
            if (last) ctx.NeedClose = true;  // the closing line may be written by a nested group instead
            bool truncated = i >= MaxGroupWidth;
            ctx.Output.Append(ctx.Indent).Append(i == 0 ? "+-" : "  ")
               .Append("+---------------- ").Append(truncated ? "..." : (i + 1).ToString()).Append(" ----------------\n");
            ctx.GroupDepth++;
            if (!truncated) Format(ts, (PyBaseException)members[i].Obj!, ctx);
            else
            {
                int remaining = members.Length - MaxGroupWidth;
                ctx.Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                ctx.Output.Append(ctx.Indent).Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (topLevel) ctx.GroupDepth = 0;
    }

    private static string FormatStack(PyBaseException exc)
    {
        var sb = new StringBuilder();
        foreach (var entry in exc.Traceback)
        {
            sb.Append("  File \"").Append(entry.Code.Source.FileName).Append("\", line ").Append(entry.Line)
              .Append(", in ").Append(entry.Code.Name).Append('\n');
            var text = entry.Code.Source.Line(entry.Line);
            if (text != null && text.Trim().Length > 0) sb.Append("    ").Append(text.Trim()).Append('\n');
        }
        return sb.ToString();
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
