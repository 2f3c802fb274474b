using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The part of a starting method that runs at the same time as the thread it starts: the statements
/// after the start (<c>thread.Start()</c>, the <c>Task.Run(…)</c> statement, the timer's creation or
/// <c>timer.Start()</c>) and before the first statement that waits — a <c>Join</c>, <c>Wait</c>,
/// <c>WaitAll</c>, <c>await</c>, <c>.Result</c>, <c>GetResult()</c>, or a <c>Dispose</c>/<c>Stop</c>/<c>Change</c>
/// of a timer (matched by name, so any such call ends the region: an early end means silence, not a
/// false report). Straight-line only: the statements of the block the start is in and, when that block
/// ends without a wait, those after it in the enclosing blocks, up to the end of the code unit. Code
/// before the start only runs before the thread does, and is never in the region.
/// </summary>
internal static class ConcurrentRegion
{
    private static readonly TextSpan[] s_none = new TextSpan[0];

    /// <summary>
    /// The spans of the statements concurrent with the entry at <paramref name="site"/>, where it starts,
    /// and where the starter waits for it (null if it never visibly does); <paramref name="startedObject"/> is the local
    /// holding the thread, task or timer when known (its <c>Start()</c> is the start), else null.
    /// </summary>
    public static (IReadOnlyList<TextSpan> Spans, int StartPosition, int? WaitPosition) Of(IOperation site, EntryStart start, ILocalSymbol? startedObject)
    {
        var sitePosition = site.Syntax.SpanStart;
        // Parallel.For and PLINQ wait for their threads before they return: nothing runs alongside.
        if (start == EntryStart.DuringTheCall) return (s_none, sitePosition, sitePosition);

        var chain = new List<(IBlockOperation Block, int Index)>();
        var child = site;
        for (var parent = site.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) break;
            if (parent is IBlockOperation block) chain.Add((block, block.Operations.IndexOf(child)));
        }
        if (chain.Count == 0 || chain[0].Index < 0) return (s_none, sitePosition, null);

        // Find the statement that starts the thread: the site's own statement, or (for a thread, a
        // task made with new Task, a System.Timers.Timer) the first later one that calls Start on it.
        var level = 0;
        var index = chain[0].Index;
        if (start != EntryStart.Immediately)
        {
            var found = false;
            for (level = 0; level < chain.Count && !found; level++)
            {
                var (block, at) = chain[level];
                for (var i = level == 0 ? at : at + 1; i < block.Operations.Length; i++)
                {
                    if (ContainsStart(block.Operations[i], start, startedObject)) { index = i; found = true; break; }
                }
                if (found) break;
            }
            if (!found) return (s_none, sitePosition, null);
        }
        var startStatement = chain[level].Block.Operations[index];
        var startPosition = Math.Max(sitePosition, startStatement.Syntax.SpanStart);
        // Waited for in its own statement (Task.WaitAll(Task.Run(a), Task.Run(b))): alive to the end of that statement.
        if (ContainsWait(startStatement)) return (s_none, startPosition, startStatement.Syntax.Span.End);

        var spans = new List<TextSpan>();
        for (var from = index + 1; level < chain.Count; level++, from = level < chain.Count ? chain[level].Index + 1 : 0)
        {
            var statements = chain[level].Block.Operations;
            for (var i = from; i < statements.Length; i++)
            {
                if (ContainsWait(statements[i])) return (spans, startPosition, statements[i].Syntax.SpanStart);
                spans.Add(statements[i].Syntax.Span);
            }
        }
        return (spans, startPosition, null);
    }

    private static bool ContainsStart(IOperation statement, EntryStart start, ILocalSymbol? startedObject)
    {
        foreach (var operation in statement.DescendantsAndSelf())
        {
            IOperation? receiver = null;
            var isStart = false;
            if (operation is IInvocationOperation { TargetMethod.Name: "Start" } invocation)
            {
                receiver = invocation.Instance;
                var type = invocation.TargetMethod.ContainingType;
                isStart = start switch
                {
                    EntryStart.ThreadStart => KnownType.Is(type, "System.Threading", "Thread"),
                    EntryStart.TaskStart => KnownType.Is(type, "System.Threading.Tasks", "Task"),
                    EntryStart.TimerStart => KnownType.Is(type, "System.Timers", "Timer"),
                    _ => false,
                };
            }
            else if (start == EntryStart.TimerStart
                && operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Enabled" } enabled }
                && KnownType.Is(enabled.Property.ContainingType, "System.Timers", "Timer"))
            {
                receiver = enabled.Instance;
                isStart = true;
            }
            if (!isStart) continue;
            if (startedObject is null) return true;
            var stripped = OperationShapes.StripConversions(receiver);
            if (stripped is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, startedObject)) return true;
            if (stripped is IObjectCreationOperation) return true; // new Thread(…).Start()
        }
        return false;
    }

    /// <summary>Whether <paramref name="operation"/> waits; not inside a lambda or local function, which waits only when it runs (an async lambda's own await).</summary>
    private static bool ContainsWait(IOperation operation)
    {
        switch (operation)
        {
            case IAwaitOperation:
                return true;
            case IInvocationOperation invocation when invocation.TargetMethod.Name is "Join" or "Wait" or "WaitAll" or "WaitAny" or "WaitOne"
                or "GetResult" or "Dispose" or "DisposeAsync" or "Stop" or "Change" or "SignalAndWait":
                return true;
            case IPropertyReferenceOperation { Property.Name: "Result" }:
                return true;
            case IAnonymousFunctionOperation or ILocalFunctionOperation:
                return false;
        }
        foreach (var child in operation.ChildOperations)
        {
            if (ContainsWait(child)) return true;
        }
        return false;
    }
}
