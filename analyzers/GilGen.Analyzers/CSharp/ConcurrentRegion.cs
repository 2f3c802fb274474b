using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    /// <remarks>
    /// A start repeated by a loop that waits for nothing inside the loop also runs alongside the later
    /// iterations, the statements before the start included: they join the region. The statement
    /// holding the site joins too only when <paramref name="siteRunsStarterCode"/> (an async call runs
    /// the callee up to its first await on the caller's thread); a thread start's own statement only
    /// hands the delegate over.
    /// </remarks>
    public static (IReadOnlyList<TextSpan> Spans, int StartPosition, int? WaitPosition) Of(IOperation site, EntryStart start, ILocalSymbol? startedObject,
        bool siteRunsStarterCode = false)
    {
        var loop = EnclosingLoop(site);
        var waits = new WaitReading(loop, startedObject);
        var (spans, startPosition, waitPosition) = InStatements(site, start, startedObject, waits);
        if (loop is null || start == EntryStart.DuringTheCall || waitPosition < loop.Syntax.Span.End || ContainsWait(loop.Body, waits)) return (spans, startPosition, waitPosition);

        var withLoop = new List<TextSpan>(spans);
        var statements = loop.Body is IBlockOperation body ? body.Operations : System.Collections.Immutable.ImmutableArray.Create(loop.Body);
        foreach (var statement in statements)
        {
            if (siteRunsStarterCode || !statement.Syntax.Span.Contains(site.Syntax.Span)) withLoop.Add(statement.Syntax.Span);
        }
        return (withLoop, startPosition, waitPosition);
    }

    private static (IReadOnlyList<TextSpan> Spans, int StartPosition, int? WaitPosition) InStatements(IOperation site, EntryStart start, ILocalSymbol? startedObject, WaitReading waits)
    {
        var sitePosition = site.Syntax.SpanStart;
        // Parallel.For and PLINQ wait for their threads before they return: nothing runs alongside.
        if (start == EntryStart.DuringTheCall) return (s_none, sitePosition, sitePosition);

        var chain = new List<(IBlockOperation Block, int Index)>();
        var child = site;
        for (var parent = site.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) break;
            // `using (new Timer(…)) { … }`: the timer runs during the body and is disposed (stopped) at its end.
            if (chain.Count == 0 && start == EntryStart.Immediately && parent is IUsingOperation resourceOwner && child == resourceOwner.Resources)
                return UsingBody(resourceOwner, sitePosition, waits);
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
        if (ContainsWait(startStatement, waits)) return (s_none, startPosition, startStatement.Syntax.Span.End);

        var spans = new List<TextSpan>();
        for (var from = index + 1; level < chain.Count; level++, from = level < chain.Count ? chain[level].Index + 1 : 0)
        {
            var statements = chain[level].Block.Operations;
            for (var i = from; i < statements.Length; i++)
            {
                if (ContainsWait(statements[i], waits)) return (spans, startPosition, statements[i].Syntax.SpanStart);
                spans.Add(statements[i].Syntax.Span);
            }
            // The started object is disposed where its using ends: `using (var timer = …) { … timer.Start(); … }`
            // or `using var timer = …;` in this block.
            if (startedObject is not null && DisposesAtEnd(chain[level].Block, startedObject))
                return (spans, startPosition, chain[level].Block.Syntax.Span.End);
        }
        return (spans, startPosition, null);
    }

    /// <summary>The region of a thread, task or timer created in a using statement's resources: its body, up to the first wait in it; the dispose at its end waits.</summary>
    private static (IReadOnlyList<TextSpan> Spans, int StartPosition, int? WaitPosition) UsingBody(IUsingOperation usingOperation, int sitePosition, WaitReading waits)
    {
        var spans = new List<TextSpan>();
        var statements = usingOperation.Body is IBlockOperation body ? body.Operations : System.Collections.Immutable.ImmutableArray.Create(usingOperation.Body);
        foreach (var statement in statements)
        {
            if (ContainsWait(statement, waits)) return (spans, sitePosition, statement.Syntax.SpanStart);
            spans.Add(statement.Syntax.Span);
        }
        return (spans, sitePosition, usingOperation.Syntax.Span.End);
    }

    /// <summary>Whether <paramref name="block"/> is the body of a using statement that declares <paramref name="startedObject"/>, or declares it with a using declaration.</summary>
    private static bool DisposesAtEnd(IBlockOperation block, ILocalSymbol startedObject)
    {
        if (block.Parent is IUsingOperation { Resources: { } resources } && Declares(resources, startedObject)) return true;
        foreach (var statement in block.Operations)
        {
            if (statement is IUsingDeclarationOperation declaration && Declares(declaration.DeclarationGroup, startedObject)) return true;
        }
        return false;
    }

    private static bool Declares(IOperation declarations, ILocalSymbol local)
    {
        foreach (var operation in declarations.DescendantsAndSelf())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local)) return true;
        }
        return false;
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

    /// <summary>The loop around <paramref name="site"/> in its own lambda, local function or member, if any.</summary>
    private static ILoopOperation? EnclosingLoop(IOperation site)
    {
        for (var parent = site.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) return null;
            if (parent is ILoopOperation loop) return loop;
        }
        return null;
    }

    /// <summary>
    /// Which waits wait for every thread a start makes: after a loop that starts several, a wait on the
    /// variable that only holds the last one (<c>last = Task.Run(…)</c> in the loop, <c>last.Wait()</c> after it)
    /// or on the last element (<c>tasks[^1].Wait()</c>) leaves the earlier ones running.
    /// </summary>
    private readonly struct WaitReading
    {
        private readonly ILoopOperation? _loop;
        private readonly ILocalSymbol? _startedObject;

        public WaitReading(ILoopOperation? loop, ILocalSymbol? startedObject)
        {
            _loop = loop;
            _startedObject = startedObject;
        }

        /// <summary>Whether waiting on <paramref name="waited"/> waits for one of the threads only.</summary>
        public bool WaitsForOneOfMany(IOperation? waited)
        {
            if (_loop is null || waited is null) return false;
            var stripped = OperationShapes.StripConversions(waited);
            // `tasks[^1]`: the element counted from the end.
            if (stripped?.Syntax is ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } && arguments[0].Expression.IsKind(SyntaxKind.IndexExpression))
                return true;
            if (_startedObject is null || stripped is not ILocalReferenceOperation local || !SymbolEqualityComparer.Default.Equals(local.Local, _startedObject)) return false;
            var loopSpan = _loop.Syntax.Span;
            foreach (var declaration in local.Local.DeclaringSyntaxReferences)
            {
                if (loopSpan.Contains(declaration.Span)) return false; // a new variable each iteration
            }
            return !loopSpan.Contains(waited.Syntax.Span);
        }
    }

    /// <summary>Whether <paramref name="operation"/> waits; not inside a lambda or local function, which waits only when it runs (an async lambda's own await).</summary>
    private static bool ContainsWait(IOperation operation, WaitReading waits)
    {
        switch (operation)
        {
            case IAwaitOperation awaited:
                return !waits.WaitsForOneOfMany(awaited.Operation);
            case IInvocationOperation invocation when invocation.TargetMethod.Name is "Join" or "Wait" or "WaitAll" or "WaitAny" or "WaitOne"
                or "GetResult" or "Dispose" or "DisposeAsync" or "Stop" or "Change" or "SignalAndWait":
                return !waits.WaitsForOneOfMany(invocation.Instance);
            case IPropertyReferenceOperation { Property.Name: "Result" } result:
                return !waits.WaitsForOneOfMany(result.Instance);
            case IAnonymousFunctionOperation or ILocalFunctionOperation:
                return false;
        }
        foreach (var child in operation.ChildOperations)
        {
            if (ContainsWait(child, waits)) return true;
        }
        return false;
    }
}
