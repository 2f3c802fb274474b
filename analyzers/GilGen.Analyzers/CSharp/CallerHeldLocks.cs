using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// One use of a helper (see <see cref="CallerHeldLocks.IsHelper"/>): a direct call, with the locks
/// held around it, or an escape (the helper turned into a delegate, which may run anywhere).
/// </summary>
/// <param name="Caller">The code unit the call is in, after looking through lambdas that inherit locks.</param>
/// <param name="Callee">The helper.</param>
/// <param name="Locks">The locks held at the call.</param>
/// <param name="Escapes">Whether the helper is used as a delegate here rather than called.</param>
internal readonly record struct HelperCall(SymbolKey Caller, SymbolKey Callee, IReadOnlyList<LockId> Locks, bool Escapes);

/// <summary>Which methods count as helpers: those whose every caller the analysis sees.</summary>
internal enum HelperScope
{
    /// <summary>Private methods and local functions: their callers are in their type (what a per-type analysis sees).</summary>
    PrivateMembers,

    /// <summary>
    /// Also internal and private protected methods: their callers are all in the compilation (what a
    /// whole-compilation analysis sees) — unless the assembly shows its internals to another one.
    /// </summary>
    NonPublicMembers,
}

/// <summary>
/// Locks a helper holds because all of its callers hold them (RacerD's "lock held by callers"): a
/// method or local function that, everywhere in the code analyzed, is only called from inside
/// <c>lock (gate)</c> — or from helpers that are — runs with <c>gate</c> held. Only helpers
/// (<see cref="HelperScope"/>) qualify, because every caller of one is visible; a public method may be
/// called from anywhere, and a virtual one through its base. A helper that is never called, or used
/// as a delegate, holds nothing.
/// </summary>
internal static class CallerHeldLocks
{
    private static readonly IReadOnlyList<LockId> s_none = new LockId[0];

    /// <summary>
    /// Whether every caller of <paramref name="method"/> is visible in <paramref name="scope"/>: a local
    /// function, or a non-virtual method with source and that accessibility. A whole-compilation
    /// analysis (<see cref="HelperScope.NonPublicMembers"/>) also takes the template-method pattern's
    /// hooks: a protected, virtual, abstract or override method whose family is all in source and that
    /// implements no interface is called only where the compilation calls it (or its base, whose
    /// callers then count for it: <see cref="WithDispatch"/>).
    /// </summary>
    public static bool IsHelper(IMethodSymbol method, HelperScope scope)
    {
        if (method.MethodKind == MethodKind.LocalFunction) return true;
        if (scope == HelperScope.NonPublicMembers && IsTemplateHook(method)) return true;
        var accessible = method.DeclaredAccessibility == Accessibility.Private
            || (scope == HelperScope.NonPublicMembers && method.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedAndInternal);
        return accessible
            && method.MethodKind == MethodKind.Ordinary
            && !method.IsVirtual && !method.IsAbstract && !method.IsOverride
            && method.ExplicitInterfaceImplementations.Length == 0
            && method.DeclaringSyntaxReferences.Length > 0;
    }

    private static bool IsTemplateHook(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsStatic || method.DeclaringSyntaxReferences.Length == 0) return false;
        var protectedOnly = method.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedAndInternal or Accessibility.ProtectedOrInternal;
        if (!protectedOnly && !method.IsVirtual && !method.IsAbstract && !method.IsOverride) return false;
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (current.DeclaringSyntaxReferences.Length == 0) return false; // a framework virtual: the framework calls it
        }
        if (method.ExplicitInterfaceImplementations.Length > 0) return false;
        foreach (var @interface in method.ContainingType.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method)) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// <paramref name="calls"/>, plus for each call of a virtual helper a call from it to each override
    /// (<paramref name="dispatch"/>): an override runs wherever its base is called, with the locks held there.
    /// </summary>
    public static List<HelperCall> WithDispatch(IReadOnlyList<HelperCall> calls, DispatchTargets dispatch)
    {
        var result = new List<HelperCall>(calls);
        var seen = new HashSet<SymbolKey>();
        var targets = new List<SymbolKey>();
        foreach (var call in calls)
        {
            if (!seen.Add(call.Callee)) continue;
            targets.Clear();
            dispatch.Expand(call.Callee, targets);
            foreach (var target in targets)
            {
                if (!target.Equals(call.Callee)) result.Add(new HelperCall(call.Callee, target, s_none, Escapes: false));
            }
        }
        return result;
    }

    /// <summary>The widest scope that is sound for <paramref name="compilation"/>: internals shown to a friend assembly may be called from there.</summary>
    public static HelperScope ScopeFor(Compilation compilation)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (KnownType.Is(attribute.AttributeClass, "System.Runtime.CompilerServices", "InternalsVisibleToAttribute"))
                return HelperScope.PrivateMembers;
        }
        return HelperScope.NonPublicMembers;
    }

    /// <summary>
    /// Records <paramref name="operation"/> when it calls a helper or turns one into a delegate. Under
    /// <see cref="LambdaLockPolicy.InheritFromSynchronousCall"/> a method group passed to a call that is
    /// not a thread entry (<c>list.ForEach(Helper)</c>) counts as a call where it stands.
    /// </summary>
    public static bool TryRecord(IOperation operation, ISymbol owningSymbol, LambdaLockPolicy policy, HelperScope scope, out HelperCall call)
    {
        call = default;
        switch (operation)
        {
            case IInvocationOperation invocation when IsHelper(invocation.TargetMethod, scope):
            {
                var held = HeldLocks.At(invocation, owningSymbol, policy);
                // A constructor calling a hook on the object it builds runs before that object is
                // shared: its call happens before any thread the object is handed to, so it needs no
                // lock and does not take away the lock every other caller holds.
                if (IsOnObjectUnderConstruction(invocation, owningSymbol, held.UnitIsMember)) return false;
                call = new HelperCall(held.Unit, SymbolKey.From(invocation.TargetMethod), held.Locks, Escapes: false);
                return true;
            }
            case IMethodReferenceOperation reference when IsHelper(reference.Method, scope):
            {
                var held = HeldLocks.At(reference, owningSymbol, policy);
                var escapes = policy != LambdaLockPolicy.InheritFromSynchronousCall || !IsArgumentOfSynchronousCall(reference);
                call = new HelperCall(held.Unit, SymbolKey.From(reference.Method), escapes ? s_none : held.Locks, escapes);
                return true;
            }
            default:
                return false;
        }
    }

    /// <summary>For each helper that inherits locks, the locks every one of its callers holds.</summary>
    public static Dictionary<SymbolKey, IReadOnlyList<LockId>> Solve(IEnumerable<HelperCall> calls)
    {
        var byCallee = new Dictionary<SymbolKey, List<HelperCall>>();
        foreach (var call in calls)
        {
            if (!byCallee.TryGetValue(call.Callee, out var list)) byCallee[call.Callee] = list = new List<HelperCall>();
            list.Add(call);
        }

        // Greatest fixpoint: start from "every lock" (null) and narrow each helper to what all its
        // call sites hold, until nothing changes. Sets only shrink, so this terminates.
        var inherited = new Dictionary<SymbolKey, List<LockId>?>();
        foreach (var callee in byCallee.Keys) inherited[callee] = null;
        bool changed;
        do
        {
            changed = false;
            foreach (var pair in byCallee)
            {
                List<LockId>? common = null;
                foreach (var call in pair.Value)
                {
                    if (call.Escapes) { common = new List<LockId>(); break; }
                    var atSite = AtSite(call, inherited);
                    if (atSite is null) continue; // a caller still at "every lock" narrows nothing yet
                    common = common is null ? atSite : Intersect(common, atSite);
                }
                var previous = inherited[pair.Key];
                if (common is not null && (previous is null || previous.Count != common.Count))
                {
                    inherited[pair.Key] = common;
                    changed = true;
                }
            }
        } while (changed);

        var result = new Dictionary<SymbolKey, IReadOnlyList<LockId>>();
        foreach (var pair in inherited)
        {
            // Still "every lock": only called from itself (dead recursion); it holds nothing.
            if (pair.Value is { Count: > 0 } locks) result[pair.Key] = locks;
        }
        return result;
    }

    private static List<LockId>? AtSite(HelperCall call, Dictionary<SymbolKey, List<LockId>?> inherited)
    {
        var fromCaller = s_none;
        if (inherited.TryGetValue(call.Caller, out var callerLocks))
        {
            if (callerLocks is null) return null;
            fromCaller = callerLocks;
        }
        var union = new List<LockId>(call.Locks);
        foreach (var lockId in fromCaller)
        {
            if (!union.Contains(lockId)) union.Add(lockId);
        }
        return union;
    }

    private static List<LockId> Intersect(List<LockId> a, List<LockId> b)
    {
        var result = new List<LockId>();
        foreach (var lockId in a)
        {
            var index = b.IndexOf(lockId);
            if (index < 0) continue;
            // Held by every caller, but only as strongly as the weakest caller holds it.
            result.Add(lockId.IsExclusive ? b[index] : lockId);
        }
        return result;
    }

    /// <summary>Whether <paramref name="invocation"/> is an instance constructor's own call on <c>this</c> (not from a lambda or local function in it).</summary>
    private static bool IsOnObjectUnderConstruction(IInvocationOperation invocation, ISymbol owningSymbol, bool inMemberItself) =>
        inMemberItself
        && owningSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false }
        && !invocation.TargetMethod.IsStatic
        && OperationShapes.StripConversions(invocation.Instance) is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

    private static bool IsArgumentOfSynchronousCall(IMethodReferenceOperation reference)
    {
        var operation = reference.Parent;
        if (operation is IDelegateCreationOperation) operation = operation.Parent;
        while (operation is IConversionOperation) operation = operation.Parent;
        return operation is IArgumentOperation { Parent: IInvocationOperation invocation } && !ThreadEntryApis.StartsThreads(invocation);
    }
}
