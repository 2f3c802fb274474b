namespace GilGen.CodeFixes.CSharp;

/// <summary>The fixes of GIL2006, each with its equivalence key (<see cref="SharedCollectionCodeFixProvider"/>).</summary>
internal enum SharedCollectionFixKind
{
    /// <summary>The matching System.Collections.Concurrent type (<see cref="ConcurrentCollectionRewrite"/>).</summary>
    UseConcurrentCollection,

    /// <summary>A <c>lock</c> on the collection's gate around the change.</summary>
    WrapInLock,
}
