using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// What a check-then-act <c>if</c> tests and changes: <see cref="CheckThenAct.Find"/> makes it.
/// </summary>
internal sealed class CheckThenActShape
{
    /// <summary>Creates the shape.</summary>
    public CheckThenActShape(IOperation checkedReference, bool onContents, IReadOnlyList<SyntaxNode> acts, bool doubleChecked, SyntaxNode condition)
    {
        CheckedReference = checkedReference;
        OnContents = onContents;
        Acts = acts;
        DoubleChecked = doubleChecked;
        Condition = condition;
    }

    /// <summary>The reference to the variable the condition tests (<c>count</c> in <c>count &lt; max</c>, <c>d</c> in <c>!d.ContainsKey(k)</c>).</summary>
    public IOperation CheckedReference { get; }

    /// <summary>Whether the test and the change are on the contents of the collection in the variable, not on the variable.</summary>
    public bool OnContents { get; }

    /// <summary>The changes in the branches: writes of the variable, or changes of its collection (what GIL2001 and GIL2006 then leave to GIL2005).</summary>
    public IReadOnlyList<SyntaxNode> Acts { get; }

    /// <summary>Whether every change is under a lock taken in the branch that tests again first: double-checked initialization.</summary>
    public bool DoubleChecked { get; }

    /// <summary>The condition, where the diagnostic goes.</summary>
    public SyntaxNode Condition { get; }
}

/// <summary>
/// Recognizes a check-then-act: an <c>if</c> statement whose condition reads a field, local or
/// parameter (<c>count &lt; max</c>, <c>instance == null</c>) and whose branches write it
/// (<c>count++</c>, <c>instance = new T()</c>), or whose condition asks a collection about its
/// contents (<c>!d.ContainsKey(k)</c>, <c>list.Count &lt; max</c>) and whose branches change those contents
/// (<c>d[k] = v</c>, <c>d.Add(k, v)</c>, <c>list.Add(x)</c>). Between the test and the change another
/// thread can make the test false: two threads both see the key missing and both add it.
/// <para>
/// When every change is under a lock taken inside the branch that first tests again, it is
/// double-checked initialization: correct only when the variable is <c>volatile</c> (otherwise the
/// unlocked first test can see the new object before the writes that built it); the lock around the
/// second test makes the rest correct.
/// </para>
/// </summary>
internal static class CheckThenAct
{
    /// <summary>
    /// The check-then-act shape of <paramref name="statement"/> (an <c>if</c>, or a <c>while</c> whose
    /// body changes what its condition tests: <c>while (stack.Count &gt; 0) stack.Pop();</c>) in the
    /// member <paramref name="owningSymbol"/>, or null when it is none.
    /// </summary>
    public static CheckThenActShape? Find(IOperation statement, ISymbol owningSymbol)
    {
        IOperation condition;
        IOperation?[] branches;
        IConditionalOperation? conditional = null;
        switch (statement)
        {
            case IConditionalOperation { Syntax: IfStatementSyntax } ifStatement:
                conditional = ifStatement;
                condition = ifStatement.Condition;
                // An else-if is an if of its own, judged on its own: walking into it from every if of a
                // long chain would make the chain quadratic.
                branches = new[] { ifStatement.WhenTrue, ifStatement.WhenFalse is IConditionalOperation ? null : ifStatement.WhenFalse };
                break;
            case IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false, Condition: { } test, Syntax: WhileStatementSyntax } loop:
                condition = test;
                branches = new[] { loop.Body };
                break;
            default:
                return null;
        }
        var candidates = Checked(condition);
        if (candidates.Count == 0) return null;
        // The changes in the branches, found in one walk.
        var changes = new List<Change>();
        foreach (var branch in branches)
        {
            if (branch is null) continue;
            AddChanges(branch, changes);
        }
        // A guard clause (`if (queue.Count == 0) return; var item = queue.Dequeue();`): the act is what follows it.
        var guardClause = false;
        if (changes.Count == 0 && conditional is { WhenFalse: null } && AlwaysLeaves(conditional.WhenTrue) && conditional.Parent is IBlockOperation block)
        {
            guardClause = true;
            for (var i = block.Operations.IndexOf(conditional) + 1; i < block.Operations.Length; i++) AddChanges(block.Operations[i], changes);
        }
        if (changes.Count == 0) return null;
        var ifLocks = -1;
        foreach (var candidate in candidates)
        {
            List<SyntaxNode>? acts = null;
            var allDoubleChecked = true;
            foreach (var change in changes)
            {
                if (change.OnContents != candidate.OnContents || !ReadModifyWrite.SameVariable(change.Target, candidate.Reference)) continue;
                // Adding to a thread-safe collection is a change only for a bound on its Count.
                if (change.GrowsConcurrent && !candidate.CountBound) continue;
                acts ??= new List<SyntaxNode>();
                acts.Add(change.OnContents ? ActSyntax(change.Operation) : change.Operation.Syntax);
                if (ifLocks < 0) ifLocks = HeldLocks.At(statement, owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall).Locks.Count;
                var lockedInside = HeldLocks.At(change.Operation, owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall).Locks.Count > ifLocks;
                // After a guard clause, a change under a lock taken later may be tested again by another guard in
                // that lock (double-checked): not told apart here, so such a change is no evidence.
                if (guardClause && lockedInside) { acts = null; break; }
                if (!lockedInside || !TestedAgain(change.Operation, statement, candidate.Reference, candidate.OnContents)) allDoubleChecked = false;
            }
            if (acts is null) continue;
            return new CheckThenActShape(candidate.Reference, candidate.OnContents, acts, allDoubleChecked, condition.Syntax);
        }
        return null;
    }

    // A change in a branch: the operation (the call of a helper that makes it, for a change made in
    // a helper), what it changes, whether the contents, and whether it adds to a thread-safe collection.
    private readonly record struct Change(IOperation Operation, IOperation Target, bool OnContents, bool GrowsConcurrent);

    // A variable a condition tests; CountBound for `c.Count` of a collection (`c.Count < max`).
    private readonly record struct Candidate(IOperation Reference, bool OnContents, bool CountBound);

    private static void AddChanges(IOperation root, List<Change> changes)
    {
        foreach (var operation in Walk(root))
        {
            if (CollectionMutation.TryGetAct(operation, out var collection)) changes.Add(new Change(operation, collection, true, false));
            else if (CollectionMutation.TryGetConcurrentGrowth(operation, out var grown)) changes.Add(new Change(operation, grown, true, true));
            else if (WriteTarget(operation) is { } target) changes.Add(new Change(operation, target, false, false));
            else if (operation is IInvocationOperation && SmallHelper.Statement(operation) is IExpressionStatementOperation { Operation: var inner })
            {
                // Drop(n) with `void Drop(string n) { lock (_gate) _names.Remove(n); }`: the helper's change, made at the call.
                foreach (var helped in Walk(inner))
                {
                    if (CollectionMutation.TryGetAct(helped, out var helpedCollection)) changes.Add(new Change(operation, helpedCollection, true, false));
                    else if (WriteTarget(helped) is { } helpedTarget) changes.Add(new Change(operation, helpedTarget, false, false));
                }
            }
        }
    }

    /// <summary>Whether <paramref name="branch"/> always leaves the code after the <c>if</c>: it ends with <c>return</c>, <c>break</c>, <c>continue</c> or <c>throw</c>.</summary>
    private static bool AlwaysLeaves(IOperation branch)
    {
        while (branch is IBlockOperation { Operations.Length: > 0 } block) branch = block.Operations[block.Operations.Length - 1];
        return branch is IReturnOperation or IBranchOperation or IThrowOperation
            || branch is IExpressionStatementOperation { Operation: IThrowOperation };
    }

    /// <summary>
    /// The variables <paramref name="condition"/> tests: a field, local or parameter read as a value
    /// (<c>count &lt; max</c>), or the receiver of a member of a collection (<c>d.ContainsKey(k)</c>,
    /// <c>list.Count</c>), also through a small helper (<see cref="SmallHelper"/>) the condition calls;
    /// never an <c>out</c> argument (written by the call, not tested).
    /// </summary>
    private static List<Candidate> Checked(IOperation condition, bool throughHelper = false)
    {
        var found = new List<Candidate>();
        foreach (var operation in Walk(condition))
        {
            if (!throughHelper && operation is IInvocationOperation or IPropertyReferenceOperation && SmallHelper.Returned(operation) is { } returned)
            {
                found.AddRange(Checked(returned, throughHelper: true));
                continue;
            }
            if (operation is not (IFieldReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation)
                && !(operation is IPropertyReferenceOperation { Arguments.IsEmpty: true } tested && StorageReference.BackingField(tested.Property) is not null)) continue;
            var child = operation;
            var parent = operation.Parent;
            while (parent is IConversionOperation)
            {
                child = parent;
                parent = parent.Parent;
            }
            switch (parent)
            {
                case IDeclarationExpressionOperation:
                case IArgumentOperation { ArgumentKind: not ArgumentKind.DefaultValue, Parameter.RefKind: RefKind.Out }:
                    break; // TryGetValue(k, out var list): list is the call's result, not tested
                case IInvocationOperation invocation when invocation.Instance == child:
                    if (CollectionMutation.IsCheckable(operation.Type)) found.Add(new Candidate(operation, true, false));
                    break;
                case IPropertyReferenceOperation property when property.Instance == child:
                    if (CollectionMutation.IsCheckable(operation.Type)) found.Add(new Candidate(operation, true, property.Property.Name == "Count"));
                    break;
                case IFieldReferenceOperation field when field.Instance == child:
                    break; // the object a tested field is in: not itself tested
                case IArrayElementReferenceOperation element when element.ArrayReference == child:
                    found.Add(new Candidate(element, false, false)); // `!_booked[seat]`: the element is tested
                    break;
                default:
                    found.Add(new Candidate(operation, false, false));
                    break;
            }
        }
        return found;
    }

    /// <summary>The variable <paramref name="operation"/> writes (<c>x = …</c>, <c>x++</c>, <c>x += …</c>, <c>x ??= …</c>), or null.</summary>
    private static IOperation? WriteTarget(IOperation operation) => operation switch
    {
        _ when ReadModifyWrite.TryGetTarget(operation, out var rmwTarget) => rmwTarget,
        ISimpleAssignmentOperation { IsRef: false } assignment => assignment.Target,
        ICoalesceAssignmentOperation coalesce => coalesce.Target,
        _ => null,
    };

    /// <summary>The syntax of a collection change as diagnostics name it: the call, or the whole assignment <c>d[k] = v</c>.</summary>
    public static SyntaxNode ActSyntax(IOperation mutation)
    {
        if (mutation is IPropertyReferenceOperation)
        {
            IOperation current = mutation;
            while (current.Parent is IConversionOperation) current = current.Parent;
            if (current.Parent is IAssignmentOperation assignment) return assignment.Syntax;
        }
        return mutation.Syntax;
    }

    /// <summary>Whether an <c>if</c> between <paramref name="act"/> and <paramref name="outer"/> tests the same variable again.</summary>
    private static bool TestedAgain(IOperation act, IOperation outer, IOperation reference, bool onContents)
    {
        for (var parent = act.Parent; parent is not null && parent != outer; parent = parent.Parent)
        {
            if (parent is not IConditionalOperation inner || inner.Syntax is not IfStatementSyntax) continue;
            foreach (var tested in Checked(inner.Condition))
            {
                if (tested.OnContents == onContents && ReadModifyWrite.SameVariable(tested.Reference, reference)) return true;
            }
        }
        return false;
    }

    /// <summary>The operations under <paramref name="root"/>, not entering lambdas and local functions (they run later, elsewhere).</summary>
    private static IEnumerable<IOperation> Walk(IOperation root)
    {
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;
            foreach (var child in operation.ChildOperations)
            {
                if (child is IAnonymousFunctionOperation or ILocalFunctionOperation) continue;
                pending.Push(child);
            }
        }
    }
}
