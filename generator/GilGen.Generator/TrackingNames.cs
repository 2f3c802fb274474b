namespace GilGen.Generator;

/// <summary>
/// The names of the pipeline steps, so that tests can assert each step's outputs stay cached
/// across unrelated edits (GeneratorDriverOptions.TrackIncrementalGeneratorSteps).
/// </summary>
internal static class TrackingNames
{
    /// <summary>[GilFunction] methods turned into snippet models.</summary>
    public const string FunctionModels = nameof(FunctionModels);
    /// <summary>[GilModule] classes turned into snippet models.</summary>
    public const string ModuleModels = nameof(ModuleModels);
    /// <summary>The namespace for classes generated from .py files.</summary>
    public const string PythonFileNamespace = nameof(PythonFileNamespace);
    /// <summary>.py AdditionalFiles, filtered from all additional files.</summary>
    public const string PythonFiles = nameof(PythonFiles);
    /// <summary>.py files turned into snippet models.</summary>
    public const string FileModels = nameof(FileModels);
    /// <summary>Every snippet model, compiled and emitted as C# (or as diagnostics).</summary>
    public const string FunctionSources = nameof(FunctionSources);
    /// <summary>[GilModule] models, compiled and emitted.</summary>
    public const string ModuleSources = nameof(ModuleSources);
    /// <summary>.py file models, compiled and emitted.</summary>
    public const string FileSources = nameof(FileSources);
}
