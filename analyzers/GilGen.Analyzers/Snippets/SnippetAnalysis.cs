using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GilGen.Compiler;
using GilGen.Compiler.Binding;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// GIL1001's analysis of one Python snippet: compile it with GilGen's compiler, find what runs on
/// threads, and keep the read-modify-writes of shared state that may interleave with no lock held.
/// The analyzer reports <see cref="RacyStatements"/>; the code fix rewrites them and reuses the
/// scopes to find the module's imports and locks.
/// </summary>
internal sealed class SnippetAnalysis
{
    private SnippetAnalysis(string text, ModuleSyntax module, SnippetScopes scopes, ObjectOrigins origins, IReadOnlyList<RacyStatement> racy,
        IReadOnlyList<RacyCheckThenAct> checkThenActs)
    {
        Text = text; Module = module; Scopes = scopes; Origins = origins; RacyStatements = racy; CheckThenActs = checkThenActs;
    }

    /// <summary>The snippet text analyzed.</summary>
    public string Text { get; }
    /// <summary>Its syntax.</summary>
    public ModuleSyntax Module { get; }
    /// <summary>Its scopes.</summary>
    public SnippetScopes Scopes { get; }
    /// <summary>What its names and attributes hold.</summary>
    public ObjectOrigins Origins { get; }
    /// <summary>The statements to report, in source order.</summary>
    public IReadOnlyList<RacyStatement> RacyStatements { get; }

    /// <summary>The check-then-acts to report (GIL1002), in source order. A read-modify-write that is the change of one is left out of <see cref="RacyStatements"/>: the lock around the pair covers it.</summary>
    public IReadOnlyList<RacyCheckThenAct> CheckThenActs { get; }

    /// <summary>
    /// Analyzes <paramref name="text"/>; null when it is not valid Python (the generator reports
    /// GIL0001 for that, and a half-parsed tree would only produce noise) or nests too deep to walk.
    /// Throws only when canceled, or on a bug of the analysis itself (which the host shows as AD0001).
    /// Each text is analyzed once while it is among the recent ones (<see cref="SnippetAnalysisCache"/>).
    /// </summary>
    public static SnippetAnalysis? Analyze(string text, CancellationToken cancellationToken)
    {
        // The syntax is walked recursively on the caller's thread: the compiler bounds how deep a tree
        // it returns (a deeper one is GIL0009 and is not analyzed). A host thread whose stack is
        // already nearly full gives up (reports nothing) rather than overflow; that is not kept.
        try
        {
            return SnippetAnalysisCache.GetOrAdd(text, AnalyzeCore, cancellationToken);
        }
        catch (InsufficientExecutionStackException)
        {
            return null;
        }
    }

    private static SnippetAnalysis? AnalyzeCore(string text, CancellationToken cancellationToken)
    {
        var compiled = PythonCompiler.Compile(text, "<snippet>", CompilerOptions.Default, cancellationToken);
        if (compiled.Syntax is null || compiled.Diagnostics.Any(d => d.Id is DiagnosticIds.SyntaxError or DiagnosticIds.NestingTooDeep or DiagnosticIds.InternalError)) return null;
        cancellationToken.ThrowIfCancellationRequested();

        var module = compiled.Syntax;
        var scopes = SnippetScopes.Build(module, text);
        var origins = new ObjectOrigins(scopes);
        var nodes = ScopedWalk.All(scopes).ToList();
        var calls = CallGraph.Build(scopes, nodes);
        var threads = new ThreadStartFinder(scopes, origins, calls);
        var starts = threads.Find(nodes);
        var racy = new List<RacyStatement>();
        var checkThenActs = new List<RacyCheckThenAct>();
        // A module that never hands a function to another thread has nothing to race with.
        if (starts.Count > 0)
        {
            var reach = ThreadReach.Compute(starts, calls);
            var privateSelf = PrivateSelf.Build(scopes, origins, nodes);
            var writes = SharedWrites.Build(nodes, scopes, origins, threads, privateSelf);
            var locks = new HeldLockTracker(origins, scopes, calls, reach);
            var instructions = new InterleavingInstructions(compiled.Module, text);
            var nodesByScope = nodes.ToLookup(n => n.Scope);
            var reported = new HashSet<StmtSyntax>();
            foreach (var function in scopes.All)
            {
                if (function.Kind != NameScopeKind.Function || !reach.RunsOnThreads(function)) continue;
                cancellationToken.ThrowIfCancellationRequested();
                Dictionary<IfStmt, (List<StmtSyntax> Block, int Index)>? blocks = null;
                foreach (var n in nodesByScope[function])
                {
                    if (n.Node is IfStmt ifStatement && CheckThenAct.Match(ifStatement, (blocks ??= BlocksOfIfs(function)).TryGetValue(ifStatement, out var place) ? place.Block : [], place.Block is null ? -1 : place.Index, call => ReturnedBy(call, function, calls)) is { } shape)
                    {
                        var checkedState = SharedState.Of(shape.Checked, function, scopes, origins, threads, privateSelf);
                        if (checkedState is null) continue;
                        if (shape.OnContents) checkedState = new SharedState("item:" + checkedState.Key, checkedState.PerThreadObject);
                        if (locks.HeldAt(ifStatement, function).Count > 0 || !MayInterleave(function, checkedState, reach, writes, calls)) continue;
                        var window = shape.Call is { } call
                            ? ", even on CPython 3.10 and later, which switch threads at the call '" + OneLine(text, call) + "'"
                            : " on CPython 3.9 and without the GIL (3.10 and later switch threads only at calls and backward jumps, and there is none in between here)";
                        var wrapped = new List<StmtSyntax> { ifStatement };
                        if (shape.Through is { } through)
                            for (var i = place.Index + 1; i < place.Block!.Count && wrapped[wrapped.Count - 1] != through; i++) wrapped.Add(place.Block[i]);
                        checkThenActs.Add(new RacyCheckThenAct(shape, function, "if " + OneLine(text, ifStatement.Test), OneLine(text, shape.Checked), window, wrapped));
                        continue;
                    }
                    if (n.Node is not StmtSyntax statement || ReadModifyWrite.Match(statement) is not ReadModifyWrite write) continue;
                    var state = SharedState.Of(write.Target, function, scopes, origins, threads, privateSelf);
                    if (state is null) continue;
                    if (!MayInterleave(function, state, reach, writes, calls)) continue;
                    if (ExcludedByLocks(statement, function, state, writes, locks, reach, starts)) continue;
                    reported.Add(statement);
                    racy.Add(new RacyStatement(write, function, OneLine(text, statement), Between(write, function, instructions, text), locks.HeldAt(statement, function).Count > 0));
                }
            }

            // The starting thread is a thread too: a read-modify-write in the code that started a
            // thread, before it waits for it, races with the thread's own writes to the same state.
            foreach (var start in starts)
            {
                var entries = new HashSet<PythonScope>(start.Targets.SelectMany(calls.Reachable));
                foreach (var n in nodesByScope[start.Scope])
                {
                    if (n.Node is not StmtSyntax statement || statement.Start < start.Call.End || statement.Start >= start.RunsUntil || reported.Contains(statement)) continue;
                    if (ReadModifyWrite.Match(statement) is not ReadModifyWrite write) continue;
                    var state = SharedState.Of(write.Target, start.Scope, scopes, origins, threads, privateSelf);
                    if (state is null || state.PerThreadObject || !writes.Of(state.Key).Any(w => entries.Contains(w.Scope))) continue;
                    if (ExcludedByLocks(statement, start.Scope, state, writes, locks, reach, starts)) continue;
                    reported.Add(statement);
                    racy.Add(new RacyStatement(write, start.Scope, OneLine(text, statement), Between(write, start.Scope, instructions, text), locks.HeldAt(statement, start.Scope).Count > 0));
                }
            }
        }
        var acts = new HashSet<SyntaxNode>(checkThenActs.Select(c => c.Shape.Act));
        racy.RemoveAll(r => acts.Contains(r.Statement));
        racy.Sort((a, b) => a.Statement.Start.CompareTo(b.Statement.Start));
        checkThenActs.Sort((a, b) => a.Statement.Start.CompareTo(b.Statement.Start));
        return new SnippetAnalysis(text, module, scopes, origins, racy, checkThenActs);
    }

    private static string Between(ReadModifyWrite write, PythonScope scope, InterleavingInstructions instructions, string text)
        => (scope.Node is FunctionDefStmt def ? instructions.Describe(write, def) : null)
           ?? "reading '" + OneLine(text, write.Target) + "' and writing it back";

    // A lock held at the statement excludes the race when every write of the same state that may
    // run at the same time (in a function threads run, or in the starting code while they run)
    // holds that same lock. An object's own lock (self.lock) excludes nothing on a global: each
    // object has one. Writes in __init__ build an object before it is shared and do not count.
    private static bool ExcludedByLocks(StmtSyntax statement, PythonScope scope, SharedState state, SharedWrites writes, HeldLockTracker locks, ThreadReach reach, IReadOnlyList<ThreadStart> starts)
    {
        var onObject = state.Key.StartsWith("attr:", StringComparison.Ordinal) || state.Key.StartsWith("item:attr:", StringComparison.Ordinal);
        var held = locks.HeldAt(statement, scope).Where(l => onObject || !l.PerObject).ToList();
        if (held.Count == 0) return false;
        foreach (var other in writes.Of(state.Key))
        {
            if (other.Statement == statement || other.Scope.Name == "__init__") continue;
            var concurrent = reach.RunsOnThreads(other.Scope)
                || starts.Any(s => s.Scope == other.Scope && other.Statement.Start >= s.Call.End && other.Statement.Start < s.RunsUntil);
            if (!concurrent) continue;
            var theirs = locks.HeldAt(other.Statement, other.Scope);
            if (!theirs.Any(l => held.Exists(mine => mine.MayBe(l)))) return false;
        }
        return true;
    }

    // What a call in a check stands for when it calls a small function of the snippet that only
    // returns an expression (def size(): with lock: return len(items)): that expression, read as
    // the check reads it. Null for anything else.
    private static ExprSyntax? ReturnedBy(CallExpr call, PythonScope caller, CallGraph calls)
    {
        var callees = calls.Functions(call.Func, caller);
        // Only a helper whose names mean the same at the call: no parameters but a method's self.
        if (callees.Count != 1 || callees[0].Node is not FunctionDefStmt def) return null;
        if (callees[0].Parameters.Count > (callees[0].EnclosingClass is null ? 0 : 1)) return null;
        var body = def.Body;
        // A docstring, then one return, possibly inside with blocks.
        while (true)
        {
            var statements = body.Where(s => s is not ExprStmt { Value: ConstantExpr }).ToList();
            if (statements.Count != 1) return null;
            switch (statements[0])
            {
                case ReturnStmt { Value: { } value }:
                    return value;
                case WithStmt with:
                    body = with.Body;
                    continue;
                default:
                    return null;
            }
        }
    }

    // Several threads run the function, or one does while other code changes the same state:
    // another thread's function, or the code that started the thread, after starting it.
    // A function started once that nothing else touches is left alone (no evidence of a race).
    private static bool MayInterleave(PythonScope function, SharedState state, ThreadReach reach, SharedWrites writes, CallGraph calls)
    {
        if (!state.PerThreadObject && reach.RunsOnSeveralThreads(function)) return true;
        var mine = reach.EntriesReaching(function);
        foreach (var other in writes.Of(state.Key))
        {
            if (other.Scope == function) continue;
            if (reach.EntriesReaching(other.Scope).Any(e => !mine.Contains(e))) return true;
        }
        foreach (var entry in mine)
            foreach (var start in entry.Starts)
                if (writes.WrittenAfter(state.Key, start, calls)) return true;
        return false;
    }

    // For each if of the function's own blocks, the block it is in and where.
    private static Dictionary<IfStmt, (List<StmtSyntax> Block, int Index)> BlocksOfIfs(PythonScope function)
    {
        var result = new Dictionary<IfStmt, (List<StmtSyntax>, int)>();
        if (function.Node is not FunctionDefStmt def) return result;
        var pending = new Stack<List<StmtSyntax>>();
        pending.Push(def.Body);
        while (pending.Count > 0)
        {
            var body = pending.Pop();
            for (var i = 0; i < body.Count; i++)
            {
                if (body[i] is IfStmt statement) result[statement] = (body, i);
                foreach (var nested in PythonSyntax.Bodies(body[i])) pending.Push(nested);
            }
        }
        return result;
    }

    // The source of a node on one line: each line break, with the indentation around it, becomes one space.
    private static string OneLine(string text, SyntaxNode node)
    {
        var start = Math.Max(0, Math.Min(node.Start, text.Length));
        var end = Math.Max(start, Math.Min(node.End, text.Length));
        var lines = text.Substring(start, end - start).Replace("\r\n", "\n").Split('\n', '\r');
        return string.Join(" ", lines.Select((line, i) => i == 0 ? line.TrimEnd() : line.Trim()).Where(line => line.Length > 0));
    }
}
