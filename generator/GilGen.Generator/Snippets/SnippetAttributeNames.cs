namespace GilGen.Generator.Snippets;

/// <summary>
/// Metadata names of the attributes that carry Python snippets. Shared source: the analyzers compile
/// this folder too, so both read snippets the same way without one assembly referencing the other.
/// </summary>
internal static class SnippetAttributeNames
{
    /// <summary>The attribute on partial methods.</summary>
    public const string GilFunction = "GilGen.GilFunctionAttribute";

    /// <summary>The attribute on partial classes.</summary>
    public const string GilModule = "GilGen.GilModuleAttribute";
}
