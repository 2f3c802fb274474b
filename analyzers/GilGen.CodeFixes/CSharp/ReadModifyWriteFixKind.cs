namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// The two fixes of GIL2001 and GIL2002. Each has its equivalence key
/// (<see cref="ReadModifyWriteEquivalenceKeys"/>): Fix All applies one kind to every diagnostic that
/// kind can fix, and leaves the others.
/// </summary>
internal enum ReadModifyWriteFixKind
{
    /// <summary>One atomic <c>Interlocked</c> call (<see cref="InterlockedRewrite"/>).</summary>
    UseInterlocked,

    /// <summary>A <c>lock</c> on a gate field (<see cref="LockRewrite"/>).</summary>
    WrapInLock,
}
