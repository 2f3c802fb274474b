namespace GilGen.CodeFixes.CSharp;

/// <summary>The equivalence key of each <see cref="ReadModifyWriteFixKind"/>.</summary>
internal static class ReadModifyWriteEquivalenceKeys
{
    /// <summary>The key of <see cref="ReadModifyWriteFixKind.UseInterlocked"/>.</summary>
    public const string UseInterlocked = "GilGen.ReadModifyWrite.UseInterlocked";

    /// <summary>The key of <see cref="ReadModifyWriteFixKind.WrapInLock"/>.</summary>
    public const string WrapInLock = "GilGen.ReadModifyWrite.WrapInLock";

    /// <summary>The kind a key names, or null for a key that is not one of these.</summary>
    public static ReadModifyWriteFixKind? KindOf(string? key) => key switch
    {
        UseInterlocked => ReadModifyWriteFixKind.UseInterlocked,
        WrapInLock => ReadModifyWriteFixKind.WrapInLock,
        _ => null,
    };
}
