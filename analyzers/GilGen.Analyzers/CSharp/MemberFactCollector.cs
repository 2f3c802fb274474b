using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Collects the facts of one member's operation block for <see cref="RaceFacts"/> while its operations
/// are visited (<see cref="TreeFacts"/>), and hands them over when the block is done. Some facts are only known at the end of the member —
/// which statements run alongside a thread it starts — so two kinds of access wait until then and
/// are kept only when they fall in such a region: reads, and writes of locals that no lambda or
/// local function captures at that point (a local written by a lambda is kept at once: it may be
/// shared). Members that start no thread pay for neither. One collector serves one block, visited operation by
/// operation on one thread, so it takes no lock.
/// </summary>
internal sealed class MemberFactCollector
{
    private readonly ISymbol _owningSymbol;
    private readonly RaceFacts _facts;
    private readonly List<ThreadEntry> _entries = new();
    private readonly List<CallEdge> _edges = new();
    private readonly List<HelperCall> _helperCalls = new();
    private readonly List<StorageAccess> _accesses = new();
    private readonly List<IOperation> _heldBack = new();
    private readonly List<(IMethodSymbol, IOperation?)> _implicitCalls = new();
    private readonly StatementReachability _reachability = new();

    /// <summary>Starts collecting for the member <paramref name="owningSymbol"/>.</summary>
    public MemberFactCollector(ISymbol owningSymbol, RaceFacts facts)
    {
        _owningSymbol = owningSymbol;
        _facts = facts;
    }

    /// <summary>The operation kinds <see cref="OnWrite"/> handles.</summary>
    public static readonly OperationKind[] WriteKinds =
    {
        OperationKind.Increment, OperationKind.Decrement, OperationKind.CompoundAssignment,
        OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment,
    };

    /// <summary>The operation kinds <see cref="OnReference"/> handles.</summary>
    public static readonly OperationKind[] ReferenceKinds =
    {
        OperationKind.FieldReference, OperationKind.LocalReference, OperationKind.ParameterReference,
    };

    /// <summary>The operation kinds <see cref="OnCall"/> handles.</summary>
    public static readonly OperationKind[] CallKinds =
    {
        OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference,
        OperationKind.MethodReference, OperationKind.AnonymousFunction, OperationKind.EventAssignment,
    };

    /// <summary>The operation kinds <see cref="OnConditional"/> handles.</summary>
    public static readonly OperationKind[] ConditionalKinds = { OperationKind.Conditional, OperationKind.Loop };

    /// <summary>An <c>if</c> or <c>while</c>: a check-then-act (<see cref="CheckThenAct"/>) on a field, local or parameter, for GIL2005.</summary>
    public void OnConditional(IOperation operation)
    {
        if (operation is not (IConditionalOperation or IWhileLoopOperation)
            || CheckThenAct.Find(operation, _owningSymbol) is not { } shape
            || !TryDescribe(shape.CheckedReference, out _, out var receiver)) return;
        if (IsOwnLocal(shape.CheckedReference, receiver, operation))
        {
            _heldBack.Add(operation);
            return;
        }
        var access = CreateCheckThenAct(operation, shape);
        if (access is not null)
            _accesses.Add(access);
    }

    /// <summary>A write or read-modify-write of a field, local or parameter.</summary>
    public void OnWrite(IOperation operation)
    {
        if (!TryGetWrite(operation, out var kind, out var target, out _)) return;
        if (!TryDescribe(target, out var variable, out var receiver)) return;
        if (variable is not IFieldSymbol && receiver.DeclaringUnit.Equals(CodeUnit.Declaring(operation, _owningSymbol)))
        {
            // A local written where it is declared: only evidence if it falls after a thread's start.
            _heldBack.Add(operation);
            return;
        }
        var access = CreateWrite(operation);
        if (access is not null)
            _accesses.Add(access);
    }

    /// <summary>A reference to a field, local or parameter: a read, kept for the end of the member.</summary>
    public void OnReference(IOperation operation)
    {
        _heldBack.Add(operation);
    }

    /// <summary>A call, object creation, property use, method group, lambda or event subscription: edges, helper calls and thread entries.</summary>
    public void OnCall(IOperation operation)
    {
        ThreadEntryReader.Read(operation, _owningSymbol, _entries, _reachability);
        switch (operation)
        {
            case IInvocationOperation invocation:
                AddEdge(operation, invocation.TargetMethod, invocation.Instance);
                break;
            case IObjectCreationOperation { Constructor: { } constructor }:
                // The constructed object is new: its `this` is nobody's yet.
                if (HasSource(constructor))
                    _edges.Add(new CallEdge(CodeUnit.Of(operation, _owningSymbol), SymbolKey.From(constructor), Receiver.Unknown, Dispatches: false, operation.Syntax));
                break;
            case IPropertyReferenceOperation property:
                if (property.Property.GetMethod is { } getter) AddEdge(operation, getter, property.Instance);
                if (property.Property.SetMethod is { } setter) AddEdge(operation, setter, property.Instance);
                break;
            case IMethodReferenceOperation reference:
                AddEdge(operation, reference.Method, reference.Instance);
                break;
            case IAnonymousFunctionOperation function:
                _edges.Add(new CallEdge(CodeUnit.Of(operation, _owningSymbol), SymbolKey.From(function.Symbol), Receiver.This, Dispatches: false, operation.Syntax));
                break;
        }
        AddDelegateSlotEdge(operation);
        if (operation is IInvocationOperation && TryGetWrite(operation, out _, out var changed, out _) && TryDescribe(changed, out var changedVariable, out var changedReceiver)
            && (changedVariable is IFieldSymbol || !changedReceiver.DeclaringUnit.Equals(CodeUnit.Declaring(operation, _owningSymbol)))
            && CreateWrite(operation) is { } interlocked)
            _accesses.Add(interlocked);
        if (CallerHeldLocks.TryRecord(operation, _owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall, _facts.HelperScope, out var helperCall))
            _helperCalls.Add(helperCall);
        if (CollectionMutation.TryGet(operation, out var collection, out _) && TryDescribe(collection, out _, out var receiver))
        {
            if (IsOwnLocal(collection, receiver, operation))
                _heldBack.Add(operation);
            else if (CreateMutation(operation) is { } mutation)
                _accesses.Add(mutation);
        }
    }

    /// <summary>
    /// Edges through the places delegates are stored (<see cref="DelegateSlots"/>): from an event or field to
    /// each lambda or method group stored there, and from the code that invokes what it holds to it. An
    /// invocation under a lock is left out: its handlers run with that lock held, which the call graph
    /// through a place cannot carry, and silence is better than a false report.
    /// </summary>
    private void AddDelegateSlotEdge(IOperation operation)
    {
        switch (operation)
        {
            case IAnonymousFunctionOperation function when DelegateSlots.StorageOf(function) is { } storage && DelegateSlots.KeyOf(storage) is { } slot:
                // The lambda's `this` is its writer's, not the holder's: unknown from the place.
                _edges.Add(new CallEdge(slot, SymbolKey.From(function.Symbol), Receiver.Unknown, Dispatches: false, operation.Syntax));
                break;
            case IMethodReferenceOperation reference when HasSource(reference.Method) && DelegateSlots.StorageOf(reference) is { } storage && DelegateSlots.KeyOf(storage) is { } slot:
                var bound = reference.Method.IsStatic ? Receiver.None : Receiver.Of(reference.Instance);
                // Only a receiver named independently of `this` (a local, a static field) means the same seen from the place.
                if (bound.Kind is ReceiverKind.This or ReceiverKind.FieldOfThis) bound = Receiver.Unknown;
                var dispatches = reference.Method.IsVirtual || reference.Method.IsAbstract || reference.Method.IsOverride || reference.Method.ContainingType?.TypeKind == TypeKind.Interface;
                _edges.Add(new CallEdge(slot, SymbolKey.From(reference.Method), bound, dispatches, operation.Syntax));
                break;
            case IInvocationOperation invocation when DelegateSlots.InvokedFrom(invocation) is { } invoked && DelegateSlots.KeyOf(invoked.Storage) is { } invokedSlot
                && !HeldLocks.At(invocation, _owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall).Any:
                _edges.Add(new CallEdge(CodeUnit.Of(operation, _owningSymbol), invokedSlot, invoked.Storage.IsStatic ? Receiver.None : Receiver.Of(invoked.Instance), Dispatches: false, operation.Syntax));
                break;
        }
    }

    /// <summary>An operation that calls methods without a call written (<see cref="ImplicitCalls"/>): edges to them.</summary>
    public void OnImplicitCall(IOperation operation)
    {
        _implicitCalls.Clear();
        ImplicitCalls.Collect(operation, _implicitCalls);
        // A using disposes at its end (a using declaration at the end of its block): after the awaits
        // before that point, so in the continuation when one of them is the first.
        var caller = operation switch
        {
            IUsingOperation => CodeUnit.AtEndOf(operation, _owningSymbol),
            IUsingDeclarationOperation { Parent: IBlockOperation block } => CodeUnit.AtEndOf(block, _owningSymbol),
            _ => CodeUnit.Of(operation, _owningSymbol),
        };
        foreach (var (method, instance) in _implicitCalls)
        {
            var dispatches = method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface;
            if (!dispatches && !HasSource(method)) continue;
            var receiver = method.IsStatic ? Receiver.None : instance is null ? Receiver.Unknown : Receiver.Of(instance);
            _edges.Add(new CallEdge(caller, SymbolKey.From(method), receiver, dispatches, operation.Syntax));
        }
    }

    /// <summary>Whether <paramref name="reference"/> is a local or parameter of the code unit <paramref name="operation"/> is in: evidence only after a thread's start.</summary>
    private bool IsOwnLocal(IOperation reference, Receiver receiver, IOperation operation) =>
        OperationShapes.StripConversions(reference) is not IFieldReferenceOperation && receiver.DeclaringUnit.Equals(CodeUnit.Declaring(operation, _owningSymbol));

    /// <summary>Hands the member's facts over, with the held-back accesses that fall in a concurrent region.</summary>
    public void Flush(IOperation block)
    {
        if (_entries.Count > 0)
        {
            foreach (var operation in _heldBack)
            {
                var unit = CodeUnit.Of(operation, _owningSymbol);
                if (!InConcurrentRegion(unit, operation.Syntax)) continue;
                var access = operation switch
                {
                    IFieldReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation => CreateRead(operation, unit),
                    IConditionalOperation or IWhileLoopOperation => CheckThenAct.Find(operation, _owningSymbol) is { } shape ? CreateCheckThenAct(operation, shape) : null,
                    IInvocationOperation or IPropertyReferenceOperation => CreateMutation(operation),
                    _ => CreateWrite(operation),
                };
                if (access is not null) _accesses.Add(access);
            }
        }
        // Running a static member or a constructor of a type first runs its static constructor.
        if (_owningSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.Constructor } member
            && (member.IsStatic || member.MethodKind == MethodKind.Constructor)
            && ImplicitCalls.StaticConstructorOf(member.ContainingType) is { } staticConstructor)
        {
            var unit = SymbolKey.From(member);
            _edges.Add(new CallEdge(unit, SymbolKey.From(staticConstructor), Receiver.None, Dispatches: false, block.Syntax));
        }
        AddContinuationEdges(block);
        if (_owningSymbol is IMethodSymbol { MethodKind: MethodKind.Destructor } finalizer
            && ThreadEntryReader.Finalizer(finalizer) is { } finalizerEntry)
            _entries.Add(finalizerEntry);
        _facts.Add(_entries, _edges, _helperCalls, _accesses);
    }

    /// <summary>
    /// Whatever runs an async unit runs its continuation too (after the first await, on the thread
    /// pool): an edge from each unit to its continuation, on the same <c>this</c>. Not a helper call:
    /// the caller's locks do not reach past the await.
    /// </summary>
    private void AddContinuationEdges(IOperation block)
    {
        HashSet<SymbolKey>? continuations = null;
        foreach (var access in _accesses)
        {
            if (access.Unit.IsContinuation) (continuations ??= new HashSet<SymbolKey>()).Add(access.Unit);
        }
        foreach (var edge in _edges)
        {
            if (edge.Caller.IsContinuation) (continuations ??= new HashSet<SymbolKey>()).Add(edge.Caller);
        }
        if (continuations is null) return;
        foreach (var continuation in continuations)
            _edges.Add(new CallEdge(SymbolKey.From(continuation.Symbol), continuation, Receiver.This, Dispatches: false, block.Syntax));
    }

    private StorageAccess? CreateWrite(IOperation operation)
    {
        if (!TryGetWrite(operation, out var kind, out var target, out var assignsInterlockedResult)) return null;
        if (!TryDescribe(target, out var variable, out var receiver, out var element, out var instance)) return null;
        if (!_reachability.IsReachable(operation)) return null; // dead code writes nothing
        var held = HeldLocks.At(operation, _owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall);
        // A read-modify-write split over two lock statements (`lock (g) seen = x; lock (g) x = seen + 1;`) holds
        // no lock across it: another thread's update can come between the two.
        if (ReadModifyWrite.CopyReadFor(operation) is { } copyRead && LockReleasedBetween(copyRead, operation)) held = held.WithoutLocalLocks();
        var isConstruction = variable is IFieldSymbol && ConstructionCode.Builds(_owningSymbol, held.UnitIsMember, variable, instance);
        return new StorageAccess(variable, receiver, kind, CodeUnit.Of(operation, _owningSymbol), held, isConstruction, assignsInterlockedResult, operation.Syntax,
            onElement: element);
    }

    /// <summary>Whether a lock statement around <paramref name="write"/> does not contain <paramref name="read"/>, or the read is under a lock statement the write is not in.</summary>
    private static bool LockReleasedBetween(IOperation read, IOperation write) => InLockWithout(write, read) || InLockWithout(read, write);

    // Whether a lock statement around operation leaves other outside it.
    private static bool InLockWithout(IOperation operation, IOperation other)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ILockOperation around && !around.Syntax.Span.Contains(other.Syntax.Span)) return true;
        }
        return false;
    }

    private StorageAccess? CreateMutation(IOperation operation)
    {
        if (!CollectionMutation.TryGet(operation, out var collection, out var type)) return null;
        if (!TryDescribe(collection, out var variable, out var receiver, out _, out var instance)) return null;
        if (!_reachability.IsReachable(operation)) return null;
        var held = HeldLocks.At(operation, _owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall);
        var isConstruction = variable is IFieldSymbol && ConstructionCode.Builds(_owningSymbol, held.UnitIsMember, variable, instance);
        return new StorageAccess(variable, receiver, AccessKind.Mutation, CodeUnit.Of(operation, _owningSymbol), held, isConstruction, false,
            CheckThenAct.ActSyntax(operation), collectionType: type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
    }

    private StorageAccess? CreateCheckThenAct(IOperation conditional, CheckThenActShape shape)
    {
        if (!TryDescribe(shape.CheckedReference, out var variable, out var receiver, out _, out var instance)) return null;
        if (!_reachability.IsReachable(conditional)) return null;
        var held = HeldLocks.At(conditional, _owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall);
        var isConstruction = variable is IFieldSymbol && ConstructionCode.Builds(_owningSymbol, held.UnitIsMember, variable, instance);
        return new StorageAccess(variable, receiver, AccessKind.CheckThenAct, CodeUnit.Of(conditional, _owningSymbol), held, isConstruction, false,
            shape.Condition, shape);
    }

    private StorageAccess? CreateRead(IOperation reference, SymbolKey unit)
    {
        if (!TryDescribe(reference, out var variable, out var receiver)) return null;
        var held = HeldLocks.At(reference, _owningSymbol, LambdaLockPolicy.InheritFromSynchronousCall);
        return new StorageAccess(variable, receiver, AccessKind.Read, unit, held, false, false, reference.Syntax);
    }

    /// <summary>What <paramref name="operation"/> writes, and how.</summary>
    private static bool TryGetWrite(IOperation operation, out AccessKind kind, out IOperation target, out bool assignsInterlockedResult)
    {
        assignsInterlockedResult = false;
        if (ReadModifyWrite.TryGetTarget(operation, out target))
        {
            kind = AccessKind.ReadModifyWrite;
            return true;
        }
        kind = AccessKind.Write;
        switch (operation)
        {
            case ISimpleAssignmentOperation { IsRef: false } assignment:
                target = assignment.Target;
                assignsInterlockedResult = OperationShapes.StripConversions(assignment.Value) is IInvocationOperation call
                    && KnownType.Is(call.TargetMethod.ContainingType, "System.Threading", "Interlocked");
                return true;
            case ICoalesceAssignmentOperation coalesce:
                target = coalesce.Target;
                return true;
            case IInvocationOperation interlocked when KnownType.Is(interlocked.TargetMethod.ContainingType, "System.Threading", "Interlocked")
                && InterlockedTarget(interlocked) is { } changed:
                // Atomic itself, but a change all the same: a plain x++ on another thread loses it.
                target = changed;
                assignsInterlockedResult = true;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The variable an <c>Interlocked</c> call changes: its <c>ref</c> argument (<c>Interlocked.Increment(ref x)</c>).</summary>
    private static IOperation? InterlockedTarget(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { Ordinal: 0, RefKind: RefKind.Ref }) return argument.Value;
        }
        return null;
    }

    private bool InConcurrentRegion(SymbolKey unit, SyntaxNode node)
    {
        foreach (var entry in _entries)
        {
            if (entry.StarterUnit.Equals(unit) && entry.IsInConcurrentRegion(node)) return true;
        }
        return false;
    }

    private void AddEdge(IOperation operation, IMethodSymbol method, IOperation? instance)
    {
        if (method.MethodKind != MethodKind.LocalFunction && !HasSource(method)) return;
        var receiver = method.IsStatic ? Receiver.None
            : method.MethodKind == MethodKind.LocalFunction ? Receiver.This
            : Receiver.Of(instance);
        var dispatches = method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface;
        _edges.Add(new CallEdge(CodeUnit.Of(operation, _owningSymbol), SymbolKey.From(method), receiver, dispatches, operation.Syntax));
    }

    private static bool HasSource(IMethodSymbol method) => method.OriginalDefinition.DeclaringSyntaxReferences.Length > 0;

    /// <summary>The variable a reference denotes and the object it is in; false for anything but a field, local or parameter.</summary>
    private static bool TryDescribe(IOperation reference, out ISymbol variable, out Receiver receiver) =>
        TryDescribe(reference, out variable, out receiver, out _, out _);

    /// <summary>
    /// The variable a reference denotes (a field, local, parameter, the field behind a property, or the
    /// array variable an element is in: <see cref="StorageReference"/>), the object it is in, whether the
    /// access is to an element of the array in it, and the instance expression of a field or property.
    /// </summary>
    private static bool TryDescribe(IOperation reference, out ISymbol variable, out Receiver receiver, out bool element, out IOperation? instance)
    {
        variable = null!;
        receiver = default;
        instance = null;
        if (!StorageReference.TryGetHolder(reference, out var holder, out element)) return false;
        switch (holder)
        {
            case IFieldReferenceOperation field:
                variable = field.Field;
                instance = field.Instance;
                receiver = Receiver.Of(field.Instance);
                return true;
            case IPropertyReferenceOperation property when StorageReference.BackingField(property.Property) is { } backing:
                variable = backing;
                instance = property.Instance;
                receiver = Receiver.Of(property.Instance);
                return true;
            case ILocalReferenceOperation local:
                variable = local.Local;
                receiver = Receiver.OfVariable(local.Local, local.Local.ContainingSymbol);
                return receiver.Kind == ReceiverKind.Variable;
            case IParameterReferenceOperation parameter:
                variable = parameter.Parameter;
                receiver = Receiver.OfVariable(parameter.Parameter, parameter.Parameter.ContainingSymbol);
                return receiver.Kind == ReceiverKind.Variable;
            default:
                return false;
        }
    }
}
