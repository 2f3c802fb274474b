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
    /// <summary>The check-then-act shape of <paramref name="conditional"/> in the member <paramref name="owningSymbol"/>, or null when it is none.</summary>
    public static CheckThenActShape? Find(IConditionalOperation conditional, ISymbol owningSymbol)
    {
        if (conditional.Syntax is not IfStatementSyntax) return null;
        var candidates = Checked(conditional.Condition);
        if (candidates.Count == 0) return null;
        // The changes in the branches, found in one walk. An else-if is an if of its own, judged on its
        // own: walking into it from every if of a long chain would make the chain quadratic.
        var changes = new List<(IOperation Operation, IOperation Target, bool OnContents)>();
        foreach (var branch in new[] { conditional.WhenTrue, conditional.WhenFalse is IConditionalOperation ? null : conditional.WhenFalse })
        {
            if (branch is null) continue;
            AddChanges(branch, changes);
        }
        // A guard clause (`if (queue.Count == 0) return; var item = queue.Dequeue();`): the act is what follows it.
        var guardClause = false;
        if (changes.Count == 0 && conditional.WhenFalse is null && AlwaysLeaves(conditional.WhenTrue) && conditional.Parent is IBlockOperation block)
        {
            guardClause = true;
            for (var i = block.Operations.IndexOf(conditional) + 1; i < block.Operations.Length; i++) AddChanges(block.Operations[i], changes);
        }
        if (changes.Count == 0) return null;
        var ifLocks = -1;
        foreach (var (reference, onContents) in candidates)
        {
            List<SyntaxNode>? acts = null;
            var allDoubleChecked = true;
            foreach (var (operation, target, contents) in changes)
            {
                if (contents != onContents || !ReadModifyWrite.SameVariable(target, reference)) continue;
                acts ??= new List<SyntaxNode>();
                acts.Add(contents ? ActSyntax(operation) : operation.Syntax);
                if (ifLocks < 0) ifLocks = HeldLocks.At(conditional, owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall).Locks.Count;
                var lockedInside = HeldLocks.At(operation, owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall).Locks.Count > ifLocks;
                // After a guard clause, a change under a lock taken later may be tested again by another guard in
                // that lock (double-checked): not told apart here, so such a change is no evidence.
                if (guardClause && lockedInside) { acts = null; break; }
                if (!lockedInside || !TestedAgain(operation, conditional, reference, onContents)) allDoubleChecked = false;
            }
            if (acts is null) continue;
            return new CheckThenActShape(reference, onContents, acts, allDoubleChecked, conditional.Condition.Syntax);
        }
        return null;
    }

    private static void AddChanges(IOperation root, List<(IOperation Operation, IOperation Target, bool OnContents)> changes)
    {
        foreach (var operation in Walk(root))
        {
            if (CollectionMutation.TryGetAct(operation, out var collection)) changes.Add((operation, collection, true));
            else if (WriteTarget(operation) is { } target) changes.Add((operation, target, false));
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
    /// (<c>count &lt; max</c>), or the receiver of a member of a collection (<c>d.ContainsKey(k)</c>, <c>list.Count</c>).
    /// </summary>
    private static List<(IOperation Reference, bool OnContents)> Checked(IOperation condition)
    {
        var found = new List<(IOperation, bool)>();
        foreach (var operation in Walk(condition))
        {
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
                case IInvocationOperation invocation when invocation.Instance == child:
                case IPropertyReferenceOperation property when property.Instance == child:
                    if (CollectionMutation.IsCheckable(operation.Type)) found.Add((operation, true));
                    break;
                case IFieldReferenceOperation field when field.Instance == child:
                    break; // the object a tested field is in: not itself tested
                case IArrayElementReferenceOperation element when element.ArrayReference == child:
                    found.Add((element, false)); // `!_booked[seat]`: the element is tested
                    break;
                default:
                    found.Add((operation, false));
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
    private static bool TestedAgain(IOperation act, IConditionalOperation outer, IOperation reference, bool onContents)
    {
        for (var parent = act.Parent; parent is not null && parent != outer; parent = parent.Parent)
        {
            if (parent is not IConditionalOperation inner || inner.Syntax is not IfStatementSyntax) continue;
            foreach (var (tested, contents) in Checked(inner.Condition))
            {
                if (contents == onContents && ReadModifyWrite.SameVariable(tested, reference)) return true;
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
