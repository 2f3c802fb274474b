using System.Collections.Generic;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// How long the threads of one start run, as the code that starts them shows it: until a
/// <c>t.join()</c> of the thread's variable (or a <c>for t in threads: t.join()</c> over the list it
/// went into), a <c>result()</c> of the submitted future, or the end of the executor's <c>with</c>
/// block; and whether they run one at a time (joined in the loop iteration that started them, a
/// <c>submit(...).result()</c>, an executor with <c>max_workers=1</c>). Code of the starting scope
/// after that point is ordered after the thread and cannot race with it.
/// </summary>
/// <remarks>
/// Only waits in the starting scope's own code count, at its level or in a block around the start
/// (a join in one branch of an <c>if</c> proves nothing about the other); a thread waited for
/// elsewhere (a <c>stop()</c> method) is taken to run until the end.
/// </remarks>
internal static class ThreadLifetime
{
    /// <summary><paramref name="start"/> with <see cref="ThreadStart.RunsUntil"/> and <see cref="ThreadStart.OneAtATime"/> worked out.</summary>
    public static ThreadStart Measure(ThreadStart start, SnippetScopes scopes, ObjectOrigins origins)
    {
        if (start.Scope.Node is not (FunctionDefStmt or ModuleSyntax)) return start;
        var body = start.Scope.Node is FunctionDefStmt def ? def.Body : ((ModuleSyntax)start.Scope.Node).Body;
        var path = new List<(List<StmtSyntax> Block, int Index)>();
        if (!FindPath(body, start.Call, path)) return start;
        var (innerBlock, innerIndex) = path[path.Count - 1];
        var creating = innerBlock[innerIndex];
        var pool = start.Kind is ThreadStartKind.Submit or ThreadStartKind.Map && start.Call.Func is AttributeExpr method ? method.Value : null;
        var oneWorker = pool is not null && HasOneWorker(pool, start.Scope, scopes);

        if (start.Kind == ThreadStartKind.Submit && IsWaitedOnTheSpot(creating, start.Call))
            return start with { RunsUntil = start.Call.End, OneAtATime = true };

        var end = int.MaxValue;
        var sameIteration = false;
        if (HandleOf(creating, start.Call) is var (handle, isList))
        {
            for (var depth = path.Count - 1; depth >= 0 && end == int.MaxValue; depth--)
            {
                var (block, index) = path[depth];
                for (var j = index + 1; j < block.Count; j++)
                {
                    if (!Waits(block[j], handle, isList)) continue;
                    end = block[j].Start;
                    sameIteration = depth == path.Count - 1 && !isList;
                    break;
                }
            }
        }
        if (pool is NameExpr poolName)
        {
            // with ThreadPoolExecutor(...) as pool: leaving the block waits for every task.
            foreach (var (block, index) in path)
                if (block[index] is WithStmt with && with.End < end && with.Items.Exists(i => i.OptionalVars is NameExpr v && v.Id == poolName.Id && (origins.Of(i.ContextExpr, start.Scope) & ObjectKinds.ThreadPool) != 0))
                    end = with.End;
        }
        return start with { RunsUntil = end, OneAtATime = oneWorker || sameIteration };
    }

    // The statements from the outermost one of body that holds target to the innermost.
    private static bool FindPath(List<StmtSyntax> block, SyntaxNode target, List<(List<StmtSyntax>, int)> path)
    {
        for (var i = 0; i < block.Count; i++)
        {
            var statement = block[i];
            if (statement.Start > target.Start || statement.End < target.End) continue;
            path.Add((block, i));
            if (statement is not (FunctionDefStmt or ClassDefStmt))
                foreach (var inner in PythonSyntax.Bodies(statement))
                    if (FindPath(inner, target, path)) return true;
            return true;
        }
        return false;
    }

    // pool.submit(f).result() in the statement that submits.
    private static bool IsWaitedOnTheSpot(StmtSyntax statement, CallExpr submit)
    {
        foreach (var node in Nodes(statement))
            if (node is CallExpr { Func: AttributeExpr { Attr: "result", Value: var waited } } && ReferenceEquals(waited, submit)) return true;
        return false;
    }

    // The variable that holds the thread (t = Thread(...)) or the list it goes into
    // (threads = [Thread(...) for ...], threads += [...], threads.append(Thread(...))).
    private static (string Name, bool IsList)? HandleOf(StmtSyntax statement, CallExpr call)
    {
        switch (statement)
        {
            case AssignStmt { Targets.Count: 1 } assign when assign.Targets[0] is NameExpr name && ReferenceEquals(assign.Value, call):
                return (name.Id, false);
            case AssignStmt { Targets.Count: 1 } assign when assign.Targets[0] is NameExpr list && Collects(assign.Value, call):
                return (list.Id, true);
            case AugAssignStmt { Target: NameExpr list } aug when Collects(aug.Value, call):
                return (list.Id, true);
            case ExprStmt { Value: CallExpr { Func: AttributeExpr { Attr: "append", Value: NameExpr list }, Args.Count: 1 } append } when ReferenceEquals(append.Args[0], call):
                return (list.Id, true);
            default:
                return null;
        }
    }

    private static bool Collects(ExprSyntax value, CallExpr call) => value switch
    {
        ComprehensionExpr comprehension => ReferenceEquals(comprehension.Elt, call),
        ListExpr list => list.Elts.Exists(e => ReferenceEquals(e, call)),
        _ => false,
    };

    // t.join() / f.result(); for the list, a loop over it that joins each item.
    private static bool Waits(StmtSyntax statement, string handle, bool isList)
    {
        if (!isList) return statement is ExprStmt { Value: CallExpr { Func: AttributeExpr { Attr: "join" or "result", Value: NameExpr waited } } } && waited.Id == handle;
        if (statement is not ForStmt { Iter: NameExpr iterated, Target: NameExpr item } loop || iterated.Id != handle) return false;
        return loop.Body.Exists(s => Waits(s, item.Id, false));
    }

    // ThreadPoolExecutor(max_workers=1) / ThreadPoolExecutor(1): one worker runs the tasks one by one.
    private static bool HasOneWorker(ExprSyntax pool, PythonScope scope, SnippetScopes scopes)
    {
        if (pool is not NameExpr name) return false;
        var owner = scopes.Resolve(name.Id, scope);
        if (!owner.Bindings.TryGetValue(name.Id, out var bindings) || bindings.Count == 0) return false;
        foreach (var b in bindings)
        {
            if (b.Kind != BindingKind.Value || b.Value is not CallExpr construction) return false;
            ExprSyntax? workers = construction.Args.Count > 0 ? construction.Args[0] : null;
            foreach (var k in construction.Keywords) if (k.Arg == "max_workers") workers = k.Value;
            if (workers is not ConstantExpr { Value: { Kind: ConstantKind.Int, IntValue: 1, BigIntText: null } }) return false;
        }
        return true;
    }

    private static IEnumerable<SyntaxNode> Nodes(SyntaxNode root)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            if (PythonSyntax.IsScope(node)) continue;
            foreach (var child in node.ChildNodes()) pending.Push(child);
        }
    }
}
