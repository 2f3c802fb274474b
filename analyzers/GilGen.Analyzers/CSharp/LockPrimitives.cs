using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>What a call does to a lock, as <see cref="LockPrimitives"/> classifies it.</summary>
internal enum LockCallKind
{
    /// <summary>Not a lock operation.</summary>
    None,

    /// <summary>Takes the lock and returns once held: <c>Monitor.Enter</c>, <c>Lock.Enter</c>, <c>mutex.WaitOne()</c>, <c>rw.EnterWriteLock()</c>; also the lockTaken forms (<c>Monitor.TryEnter(o, ref taken)</c>), which are used as "held from here on".</summary>
    Acquire,

    /// <summary>Returns true when it took the lock: <c>Monitor.TryEnter(o)</c>, <c>Lock.TryEnter()</c>, <c>sem.Wait(timeout)</c>; held in the true branch.</summary>
    TryAcquire,

    /// <summary>Gives the lock back: <c>Monitor.Exit</c>, <c>Lock.Exit</c>, <c>ReleaseMutex</c>, <c>Release</c>, <c>Exit…Lock</c>.</summary>
    Release,

    /// <summary><c>Lock.EnterScope()</c>: held for as long as the returned scope is not disposed (a using).</summary>
    EnterScope,
}

/// <summary>Whom a held lock keeps out.</summary>
internal enum LockMode
{
    /// <summary>Every other holder: a monitor, a mutex, a write lock, an upgradeable read lock (which excludes writers and other upgradeable holders; readers only read).</summary>
    Exclusive,

    /// <summary>Only writers: a reader lock. Readers hold it together, so it protects a read but never a write.</summary>
    Shared,
}

/// <summary>
/// Knows the BCL's locks: <c>Monitor</c> (and the lock statement), <c>System.Threading.Lock</c>,
/// <c>Mutex</c>, <c>Semaphore</c>/<c>SemaphoreSlim</c>, <c>ReaderWriterLock(Slim)</c> and
/// <c>SpinLock</c>. Monitor and Lock are exact; the others are treated as "a lock is held between the
/// acquire-like and the release-like call", which is what a reader of the code assumes too (a
/// semaphore with a count above one is not mutual exclusion, but whoever wrote it chose to
/// synchronize there, and silence is the policy when synchronization is visible).
/// </summary>
internal static class LockPrimitives
{
    private const string Threading = "System.Threading";

    /// <summary>
    /// What <paramref name="invocation"/> does to a lock, on which object, and in which mode an
    /// acquire holds it (<see cref="LockMode.Shared"/> for the reader locks).
    /// </summary>
    public static LockCallKind Classify(IInvocationOperation invocation, out IOperation? lockObject, out LockMode mode)
    {
        lockObject = null;
        mode = LockMode.Exclusive;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null) return LockCallKind.None;

        if (KnownType.Is(type, Threading, "Monitor"))
        {
            if (invocation.Arguments.Length == 0) return LockCallKind.None;
            lockObject = ArgumentFor(invocation, 0);
            return method.Name switch
            {
                "Enter" => LockCallKind.Acquire,
                "TryEnter" => HasLockTaken(method) ? LockCallKind.Acquire : LockCallKind.TryAcquire,
                "Exit" => LockCallKind.Release,
                _ => LockCallKind.None,
            };
        }

        lockObject = invocation.Instance;
        if (lockObject is null) return LockCallKind.None;

        if (KnownType.Is(type, Threading, "Lock"))
        {
            return method.Name switch
            {
                "Enter" => LockCallKind.Acquire,
                "TryEnter" => LockCallKind.TryAcquire,
                "Exit" => LockCallKind.Release,
                "EnterScope" => LockCallKind.EnterScope,
                _ => LockCallKind.None,
            };
        }

        if (KnownType.Is(type, Threading, "SpinLock"))
        {
            return method.Name switch
            {
                "Enter" or "TryEnter" => LockCallKind.Acquire, // both report through ref lockTaken
                "Exit" => LockCallKind.Release,
                _ => LockCallKind.None,
            };
        }

        if (KnownType.Is(type, Threading, "ReaderWriterLockSlim"))
        {
            if (method.Name is "EnterReadLock" or "TryEnterReadLock") mode = LockMode.Shared;
            if (method.Name is "EnterReadLock" or "EnterWriteLock" or "EnterUpgradeableReadLock") return LockCallKind.Acquire;
            if (method.Name is "TryEnterReadLock" or "TryEnterWriteLock" or "TryEnterUpgradeableReadLock") return LockCallKind.TryAcquire;
            if (method.Name is "ExitReadLock" or "ExitWriteLock" or "ExitUpgradeableReadLock") return LockCallKind.Release;
            return LockCallKind.None;
        }

        if (KnownType.Is(type, Threading, "ReaderWriterLock"))
        {
            if (method.Name == "AcquireReaderLock") mode = LockMode.Shared;
            if (method.Name is "AcquireReaderLock" or "AcquireWriterLock") return LockCallKind.Acquire;
            if (method.Name is "ReleaseReaderLock" or "ReleaseWriterLock") return LockCallKind.Release;
            return LockCallKind.None;
        }

        if (KnownType.Is(type, Threading, "SemaphoreSlim"))
        {
            if (AdmitsSeveral(lockObject)) mode = LockMode.Shared; // new SemaphoreSlim(3): three holders at once exclude nobody
            if (method.Name is "Wait" or "WaitAsync") return ReturnsBool(method) ? LockCallKind.TryAcquire : LockCallKind.Acquire;
            if (method.Name == "Release") return LockCallKind.Release;
            return LockCallKind.None;
        }

        // WaitOne is declared on WaitHandle; only a Mutex or a Semaphore makes it a lock.
        var receiverType = lockObject.Type;
        if (KnownType.IsOrDerivesFrom(receiverType, Threading, "Mutex") || KnownType.IsOrDerivesFrom(receiverType, Threading, "Semaphore"))
        {
            if (AdmitsSeveral(lockObject)) mode = LockMode.Shared;
            if (method.Name == "WaitOne") return invocation.Arguments.Length == 0 ? LockCallKind.Acquire : LockCallKind.TryAcquire;
            if (method.Name is "ReleaseMutex" or "Release") return LockCallKind.Release;
        }
        return LockCallKind.None;
    }

    /// <summary>
    /// Whether the semaphore in <paramref name="semaphore"/> (a field or local declared in source with
    /// <c>new SemaphoreSlim(n…)</c> / <c>new Semaphore(n, …)</c>) starts with more than one permit: then
    /// several threads hold it at once, and it is no lock for a read-modify-write.
    /// </summary>
    private static bool AdmitsSeveral(IOperation semaphore)
    {
        ISymbol? variable = OperationShapes.StripConversions(semaphore) switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };
        if (variable is null || variable.DeclaringSyntaxReferences.Length != 1
            || variable.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } })
            return false;
        return arguments[0].Expression is LiteralExpressionSyntax { Token.Value: int permits } && permits > 1;
    }

    /// <summary>Whether <paramref name="operation"/> is <c>Lock.EnterScope()</c> (possibly under conversions).</summary>
    public static bool IsEnterScope(IOperation? operation, out IOperation? lockObject)
    {
        lockObject = null;
        return OperationShapes.StripConversions(operation) is IInvocationOperation invocation
            && Classify(invocation, out lockObject, out _) == LockCallKind.EnterScope;
    }

    private static IOperation? ArgumentFor(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal) return argument.Value;
        }
        return null;
    }

    private static bool HasLockTaken(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind == RefKind.Ref && parameter.Type.SpecialType == SpecialType.System_Boolean) return true;
        }
        return false;
    }

    private static bool ReturnsBool(IMethodSymbol method)
    {
        var returnType = method.ReturnType;
        if (returnType.SpecialType == SpecialType.System_Boolean) return true;
        // Task<bool> from WaitAsync(timeout).
        return returnType is INamedTypeSymbol { IsGenericType: true } named
            && named.TypeArguments.Length == 1 && named.TypeArguments[0].SpecialType == SpecialType.System_Boolean;
    }
}
