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

    /// <summary>
    /// Wraps an exception instance (steals the reference) that stands for <paramref name="clrException"/>, a .NET
    /// exception turned into a Python one (<see cref="EmittedOps.InternalError"/>): kept as the
    /// <see cref="Exception.InnerException"/>, whose .NET stack shows where GilGen went wrong.
    /// </summary>
    internal PyException(PyBaseException instance, Exception clrException) : base(null, clrException) => Value = PyValue.From(instance);

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
        => string.Concat(FormatChunks(ts, exc, exc.Traceback, limit: null, chain: true));

    /// <summary>
    /// traceback.format_exception's list: the same text in CPython's pieces (a header, one piece per frame, the
    /// separators between chained exceptions, the last line). <paramref name="traceback"/> stands in for the
    /// top exception's own frames (an explicit <c>tb</c> argument); <paramref name="limit"/> keeps the first
    /// (or, negative, the last) frames of each traceback; <paramref name="chain"/> false leaves out causes and contexts.
    /// </summary>
    public static List<string> FormatChunks(ThreadState? ts, PyBaseException exc, IReadOnlyList<TracebackEntry> traceback, int? limit, bool chain)
    {
        var ctx = new PrintContext(limit, chain);
        Format(ts, exc, traceback, ctx);
        return ctx.Chunks;
    }

    // CPython's traceback.TracebackException limits: deeper or wider exception groups are cut short.
    private const int MaxGroupWidth = 15, MaxGroupDepth = 10;

    /// <summary>
    /// traceback._ExceptionPrintContext: the exceptions already printed, and how deep in exception groups the output
    /// is (each level indents two spaces and a margin, "| " or "+ " on a group's first line).
    /// </summary>
    private sealed class PrintContext(int? limit, bool chain)
    {
        public readonly List<string> Chunks = new();
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public readonly int? Limit = limit;
        public readonly bool Chain = chain;
        public int GroupDepth;
        public bool NeedClose;

        public string Indent => new(' ', 2 * GroupDepth);

        /// <summary>Adds <paramref name="text"/> as one piece, every line (blank ones too) behind the indent and margin.</summary>
        public void Emit(string text, char margin = '|')
        {
            if (GroupDepth == 0) { Chunks.Add(text); return; }
            string prefix = Indent + margin + " ";
            var sb = new StringBuilder();
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end + 1;
                sb.Append(prefix).Append(text, start, end - start);
                start = end;
            }
            Chunks.Add(sb.ToString());
        }

        /// <summary>Adds a frame piece per frame of <paramref name="traceback"/> (after <see cref="Limit"/>), behind the margin.</summary>
        public void EmitStack(IReadOnlyList<TracebackEntry> traceback)
        {
            foreach (var frame in StackFormat.Format(StackFormat.Frames(StackFormat.Limit(traceback, Limit)))) Emit(frame);
        }
    }

    private static void Format(ThreadState? ts, PyBaseException exc, IReadOnlyList<TracebackEntry> traceback, PrintContext ctx)
    {
        ctx.Seen.Add(exc);
        if (ctx.Chain && exc.Cause.Obj is PyBaseException cause && !ctx.Seen.Contains(cause))
        {
            Format(ts, cause, cause.Traceback, ctx);
            ctx.Emit("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (ctx.Chain && !exc.SuppressContext && exc.Context.Obj is PyBaseException context && !ctx.Seen.Contains(context))
        {
            Format(ts, context, context.Traceback, ctx);
            ctx.Emit("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc is not PyExceptionGroup group)
        {
            if (traceback.Count > 0)
            {
                ctx.Emit("Traceback (most recent call last):\n");
                ctx.EmitStack(traceback);
            }
            foreach (var line in FormatExceptionOnlyLines(ts, exc)) ctx.Emit(line);
            return;
        }
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.Emit($"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        bool topLevel = ctx.GroupDepth == 0;
        if (topLevel) ctx.GroupDepth++;
        if (traceback.Count > 0)
        {
            ctx.Emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.EmitStack(traceback);
        }
        foreach (var line in FormatExceptionOnlyLines(ts, exc)) ctx.Emit(line);
        var members = group.Exceptions.Items;
        int shown = members.Length <= MaxGroupWidth ? members.Length : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < shown; i++)
        {
            bool last = i == shown - 1;
            if (last) ctx.NeedClose = true;  // the closing line may be written by a nested group instead
            bool truncated = i >= MaxGroupWidth;
            ctx.Chunks.Add(ctx.Indent + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : (i + 1).ToString()) + " ----------------\n");
            ctx.GroupDepth++;
            if (!truncated)
            {
                var member = (PyBaseException)members[i].Obj!;
                Format(ts, member, member.Traceback, ctx);
            }
            else
            {
                int remaining = members.Length - MaxGroupWidth;
                ctx.Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                ctx.Chunks.Add(ctx.Indent + "+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (topLevel) ctx.GroupDepth = 0;
    }

    /// <summary>
    /// traceback.format_exception_only's list: the "TypeName: message" line, then one line per line of each string in
    /// the exception's <c>__notes__</c> (CPython 3.11+).
    /// </summary>
    public static List<string> FormatExceptionOnlyLines(ThreadState? ts, PyBaseException exc)
    {
        var lines = exc.Type.IsSubtypeOf(ExceptionTypes.SyntaxError)
            ? SyntaxErrorDetails.FormatLines(ts, exc, TypeName(exc.Type))
            : new List<string> { FormatExceptionOnly(ts, exc) + "\n" };
        foreach (var note in Notes(ts, exc))
            foreach (var line in note.Split('\n')) lines.Add(line + "\n");
        return lines;
    }

    // The notes as text. Without a thread state (an uncaught exception printed at exit) there is no Python to run
    // str() with, so only a list of plain strings is read.
    private static List<string> Notes(ThreadState? ts, PyBaseException exc)
    {
        var texts = new List<string>();
        if (ts == null)
        {
            if (exc.TryGetStored("__notes__", out var stored) && stored.Obj is PyList list)
                foreach (var note in list.Items)
                    if (note.Obj is PyStr text) texts.Add(text.Value);
            return texts;
        }
        if (exc.GetAttrOrNull(ts, "__notes__") is not PyValue notes) return texts;
        try
        {
            if (notes.Obj is not (PyList or PyTuple)) texts.Add(SafeText(ts, notes, "__notes__", repr: true));
            else
                foreach (var note in Ops.ToList(ts, notes))
                {
                    texts.Add(SafeText(ts, note, "note", repr: false));
                    note.DecRef();
                }
        }
        finally { notes.DecRef(); }
        return texts;
    }

    // CPython's _safe_string: a note whose str() (or repr()) raises shows as "<note str() failed>".
    private static string SafeText(ThreadState ts, PyValue value, string what, bool repr)
    {
        try { return repr ? Ops.ReprOf(ts, value) : Ops.StrOf(ts, value); }
        catch (PyException e) { e.Value.DecRef(); return $"<{what} {(repr ? "repr" : "str")}() failed>"; }
    }

    // The exception's type as a traceback names it: its qualified name, prefixed by its module unless builtins or __main__.
    private static string TypeName(PyType type) => type.Module is "builtins" or "__main__" ? type.QualName : type.Module + "." + type.QualName;

    /// <summary>"TypeName: message" or just "TypeName" when str(exc) is empty.</summary>
    /// <remarks>
    /// With a thread state the message is str(exc), a class's own <c>__str__</c> included, and "&lt;exception str()
    /// failed&gt;" when that raises (CPython's _safe_string); without one no Python can run, so it is BaseException's.
    /// </remarks>
    public static string FormatExceptionOnly(ThreadState? ts, PyBaseException exc)
    {
        string name = TypeName(exc.Type);
        string msg = ts != null && exc.Type.IsHeapType ? SafeText(ts, PyValue.From(exc), "exception", repr: false) : exc.StrString(ts);
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    /// <summary>
    /// The traceback of an exception that ended the main module, formatted by <see cref="GilInterpreter.Run"/> while its
    /// thread still held the GIL (so that a class's <c>__str__</c> ran); null when the exception did not end one.
    /// </summary>
    public string? UncaughtReport { get; internal set; }
}
