using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>Whether a lambda sees the locks held where it is written.</summary>
internal enum LambdaLockPolicy
{
    /// <summary>
    /// A lambda or local function must take the lock itself: it runs whenever its delegate is invoked,
    /// which may be after the lock is released. [GuardedBy] (GIL2003) is a declared contract and uses this.
    /// </summary>
    OwnLocksOnly,

    /// <summary>
    /// A lambda passed straight to a call that is not a thread entry (<c>list.ForEach(x => total += x)</c>,
    /// LINQ) is assumed to run inside that call, so it sees the caller's locks. It may be deferred (a LINQ
    /// query enumerated later), but then the evidence is unclear and the policy is silence (GIL2001, GIL2002).
    /// </summary>
    InheritFromSynchronousCall,
}

/// <summary>
/// The locks held at one operation, found by walking up its enclosing operations to the code unit
/// (method, accessor, lambda or local function) it belongs to. Recognized scopes: the body of
/// <c>lock (x)</c>; the body of <c>using (gate.EnterScope())</c> and the statements after
/// <c>using var s = gate.EnterScope();</c>; the statements after an acquire-like call
/// (<c>Monitor.Enter(x)</c>, <c>gate.Enter()</c>, <c>mutex.WaitOne()</c>…) and before the matching
/// release in the same block or an enclosing one (so <c>Monitor.Enter(g); try { … } finally { Monitor.Exit(g); }</c>
/// holds <c>g</c> in the try); the true branch of <c>if (Monitor.TryEnter(x))</c> and the code after
/// <c>if (!Monitor.TryEnter(x)) return;</c>; the same through a small wrapper (<see cref="LockWrapper"/>:
/// <c>TakeLock(ref taken)</c>); and the whole body of a
/// <c>[MethodImpl(MethodImplOptions.Synchronized)]</c> method. Locks held by the callers of a private
/// helper are not here: <see cref="CallerHeldLocks"/> adds them for <see cref="Unit"/>.
/// </summary>
internal readonly struct HeldLocks
{
    private static readonly IReadOnlyList<LockId> s_none = new LockId[0];

    private HeldLocks(IReadOnlyList<LockId> locks, SymbolKey unit, bool unitIsMember)
    {
        Locks = locks;
        Unit = unit;
        UnitIsMember = unitIsMember;
    }

    /// <summary>The locks held by the code around the operation, innermost first, each in the mode it is held (a reader lock is <see cref="LockMode.Shared"/>).</summary>
    public IReadOnlyList<LockId> Locks { get; }

    /// <summary>The code unit the walk ended in: the one whose callers may hold more locks.</summary>
    public SymbolKey Unit { get; }

    /// <summary>Whether <see cref="Unit"/> is the member itself (not a lambda or local function inside it).</summary>
    public bool UnitIsMember { get; }

    /// <summary>The same place with none of its own locks (those its callers hold still count, through <see cref="Unit"/>).</summary>
    public HeldLocks WithoutLocalLocks() => new(s_none, Unit, UnitIsMember);

    /// <summary>Whether any lock is held locally.</summary>
    public bool Any => Locks.Count > 0;

    /// <summary>The locks held at <paramref name="operation"/> inside the member <paramref name="owningSymbol"/>.</summary>
    public static HeldLocks At(IOperation operation, ISymbol owningSymbol, LambdaLockPolicy policy)
    {
        List<LockId>? held = null;
        List<LockId>? decided = null; // locks whose latest acquire or release (going backwards) was already seen
        var child = operation;
        for (var parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ILockOperation lockOperation when lockOperation.Body == child:
                    Add(ref held, ref decided, LockId.From(lockOperation.LockedValue), acquired: true);
                    break;
                case IUsingOperation usingOperation when usingOperation.Body == child:
                    if (EntersScope(usingOperation.Resources, out var scopeLock))
                        Add(ref held, ref decided, LockId.From(scopeLock), acquired: true);
                    break;
                case IBlockOperation block:
                    ScanPrecedingStatements(block.Operations, child, ref held, ref decided);
                    break;
                case ISwitchCaseOperation section:
                    ScanPrecedingStatements(section.Body, child, ref held, ref decided);
                    break;
                case IConditionalOperation conditional when conditional.WhenTrue == child || conditional.WhenFalse == child:
                    if (TryAcquireCondition(conditional.Condition, out var tried, out var triedMode, out var negated) && negated == (conditional.WhenFalse == child))
                        Add(ref held, ref decided, LockId.From(tried).In(triedMode), acquired: true);
                    break;
                case IAnonymousFunctionOperation function:
                    if (policy == LambdaLockPolicy.InheritFromSynchronousCall && IsArgumentOfSynchronousCall(function))
                        break;
                    return new HeldLocks((IReadOnlyList<LockId>?)held ?? s_none, UnitKey(operation, function.Symbol), unitIsMember: false);
                case ILocalFunctionOperation localFunction:
                    return new HeldLocks((IReadOnlyList<LockId>?)held ?? s_none, UnitKey(operation, localFunction.Symbol), unitIsMember: false);
            }
        }

        if (owningSymbol is IMethodSymbol method && (method.MethodImplementationFlags & MethodImplAttributes.Synchronized) != 0)
            Add(ref held, ref decided, LockId.ForSynchronizedMethod(method), acquired: true);
        return new HeldLocks((IReadOnlyList<LockId>?)held ?? s_none, UnitKey(operation, owningSymbol), unitIsMember: true);
    }

    /// <summary>The unit whose callers' locks count: after an async unit's first await, its continuation, which no caller's lock covers.</summary>
    private static SymbolKey UnitKey(IOperation operation, ISymbol unit) =>
        AsyncContinuation.TryGetUnit(operation, unit, out var continuation) ? continuation : SymbolKey.From(unit);

    /// <summary>
    /// Looks at the statements before <paramref name="child"/> in a block or switch section, nearest
    /// first: the first acquire or release of a lock seen decides whether it is held here.
    /// </summary>
    private static void ScanPrecedingStatements(ImmutableArray<IOperation> statements, IOperation child, ref List<LockId>? held, ref List<LockId>? decided)
    {
        var index = statements.IndexOf(child);
        for (var i = index - 1; i >= 0; i--)
        {
            switch (statements[i])
            {
                case IUsingDeclarationOperation usingDeclaration:
                    if (EntersScope(usingDeclaration.DeclarationGroup, out var scopeLock))
                        Add(ref held, ref decided, LockId.From(scopeLock), acquired: true);
                    break;
                case IExpressionStatementOperation { Operation: var expression }:
                    var call = expression is IAwaitOperation awaited ? awaited.Operation : expression; // await sem.WaitAsync();
                    if (OperationShapes.StripConversions(call) is IInvocationOperation invocation)
                    {
                        var kind = LockPrimitives.Classify(invocation, out var lockObject, out var mode);
                        if (kind == LockCallKind.None) kind = LockWrapper.Classify(invocation, out lockObject, out mode); // TakeLock(ref taken)
                        if (kind == LockCallKind.Acquire) Add(ref held, ref decided, LockId.From(lockObject).In(mode), acquired: true);
                        else if (kind == LockCallKind.Release) Add(ref held, ref decided, LockId.From(lockObject), acquired: false);
                    }
                    break;
                case IConditionalOperation { WhenFalse: null } guard when ExitsUnconditionally(guard.WhenTrue):
                    // if (!Monitor.TryEnter(gate)) return;  — the lock is held after it.
                    if (TryAcquireCondition(guard.Condition, out var tried, out var triedMode, out var negated) && negated)
                        Add(ref held, ref decided, LockId.From(tried).In(triedMode), acquired: true);
                    break;
            }
        }
    }

    private static void Add(ref List<LockId>? held, ref List<LockId>? decided, LockId lockId, bool acquired)
    {
        decided ??= new List<LockId>();
        if (decided.Contains(lockId)) return;
        decided.Add(lockId);
        if (!acquired) return;
        held ??= new List<LockId>();
        held.Add(lockId);
    }

    private static bool EntersScope(IOperation? resources, out IOperation? lockObject)
    {
        lockObject = null;
        if (LockPrimitives.IsEnterScope(resources, out lockObject)) return true;
        // using (TakeLock()) with a helper that enters a lock and returns what releases it.
        if (OperationShapes.StripConversions(resources) is IInvocationOperation wrapper && LockWrapper.Classify(wrapper, out lockObject, out _) == LockCallKind.Acquire) return true;
        if (resources is not IVariableDeclarationGroupOperation group) return false;
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                if (EntersScope(declarator.Initializer?.Value, out lockObject)) return true;
            }
            if (LockPrimitives.IsEnterScope(declaration.Initializer?.Value, out lockObject)) return true;
        }
        return false;
    }

    private static bool TryAcquireCondition(IOperation condition, out IOperation? lockObject, out LockMode mode, out bool negated)
    {
        lockObject = null;
        mode = LockMode.Exclusive;
        negated = false;
        var operand = OperationShapes.StripConversions(condition);
        if (operand is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
        {
            negated = true;
            operand = OperationShapes.StripConversions(not.Operand);
        }
        if (operand is IAwaitOperation awaited) operand = OperationShapes.StripConversions(awaited.Operation);
        if (operand is not null && InterlockedGate.TryGet(operand, out lockObject, out var gateNegated))
        {
            negated ^= gateNegated;
            return true;
        }
        return operand is IInvocationOperation invocation
            && (LockPrimitives.Classify(invocation, out lockObject, out mode) == LockCallKind.TryAcquire
                || LockWrapper.Classify(invocation, out lockObject, out mode) == LockCallKind.TryAcquire); // if (!TakeLock(ref taken)) return;
    }

    private static bool ExitsUnconditionally(IOperation statement)
    {
        while (statement is IBlockOperation { Operations.Length: > 0 } block)
            statement = block.Operations[block.Operations.Length - 1];
        return statement is IReturnOperation or IBranchOperation or IThrowOperation
            || statement is IExpressionStatementOperation { Operation: IThrowOperation };
    }

    /// <summary>
    /// Whether <paramref name="function"/> is passed directly to a call that runs it synchronously —
    /// any call that is not a thread entry (Task.Run, Parallel.For, new Thread…).
    /// </summary>
    private static bool IsArgumentOfSynchronousCall(IAnonymousFunctionOperation function)
    {
        var operation = function.Parent;
        if (operation is IDelegateCreationOperation) operation = operation.Parent;
        while (operation is IConversionOperation) operation = operation.Parent;
        if (operation is not IArgumentOperation argument) return false;
        return argument.Parent is IInvocationOperation invocation && !ThreadEntryApis.StartsThreads(invocation);
    }
}
