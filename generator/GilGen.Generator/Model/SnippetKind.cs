namespace GilGen.Generator.Model;

/// <summary>Where a snippet comes from, which decides what is generated for it.</summary>
internal enum SnippetKind
{
    /// <summary>[GilFunction] on a partial method: implement the method.</summary>
    Function,
    /// <summary>[GilModule] on a partial class: expose the module's members.</summary>
    Module,
    /// <summary>A .py AdditionalFile: a class named after the file, exposing the module's members.</summary>
    File,
}
