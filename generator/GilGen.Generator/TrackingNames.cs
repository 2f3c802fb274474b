namespace GilGen.Generator;

/// <summary>
/// The names of the pipeline steps, so that tests can assert each step's outputs stay cached
/// across unrelated edits (GeneratorDriverOptions.TrackIncrementalGeneratorSteps).
/// </summary>
internal static class TrackingNames
{
    /// <summary>[GilFunction] methods read with their symbols, the snippet left undecoded (runs at every compilation change).</summary>
    public const string FunctionDeclarations = nameof(FunctionDeclarations);
    /// <summary>[GilModule] classes read with their symbols, the snippet left undecoded (runs at every compilation change).</summary>
    public const string ModuleDeclarations = nameof(ModuleDeclarations);
    /// <summary>[GilFunction] snippets decoded into a model and a placement.</summary>
    public const string FunctionSnippets = nameof(FunctionSnippets);
    /// <summary>[GilModule] snippets decoded into a model and a placement.</summary>
    public const string ModuleSnippets = nameof(ModuleSnippets);
    /// <summary>.py files read into a model and a placement.</summary>
    public const string FileSnippets = nameof(FileSnippets);
    /// <summary>[GilFunction] models without their file positions.</summary>
    public const string FunctionModels = nameof(FunctionModels);
    /// <summary>[GilModule] models without their file positions.</summary>
    public const string ModuleModels = nameof(ModuleModels);
    /// <summary>.py file models without their file positions.</summary>
    public const string FileModels = nameof(FileModels);
    /// <summary>The namespace for classes generated from .py files.</summary>
    public const string PythonFileNamespace = nameof(PythonFileNamespace);
    /// <summary>.py AdditionalFiles, filtered from all additional files.</summary>
    public const string PythonFiles = nameof(PythonFiles);
    /// <summary>[GilFunction] models, compiled and emitted as C# (or as diagnostics).</summary>
    public const string FunctionSources = nameof(FunctionSources);
    /// <summary>[GilModule] models, compiled and emitted.</summary>
    public const string ModuleSources = nameof(ModuleSources);
    /// <summary>.py file models, compiled and emitted.</summary>
    public const string FileSources = nameof(FileSources);
    /// <summary>[GilExtensionModule] classes read into models.</summary>
    public const string ExtensionModules = nameof(ExtensionModules);
    /// <summary>The names of the extension modules snippets may import.</summary>
    public const string ExtensionModuleNames = nameof(ExtensionModuleNames);
    /// <summary>The names snippets may import besides the runtime's: extension modules and the .py files' modules.</summary>
    public const string ProgramModuleNames = nameof(ProgramModuleNames);
}
