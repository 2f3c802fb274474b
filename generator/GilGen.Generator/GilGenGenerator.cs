using System;
using GilGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Generator;

/// <summary>
/// Compiles Python snippets into C# at build time: <c>[GilFunction]</c> on static partial methods,
/// <c>[GilModule]</c> on partial classes, and <c>.py</c> files listed as AdditionalFiles.
/// </summary>
/// <remarks>
/// <para>The pipeline: syntax → <see cref="SnippetModel"/> (Parser: the only step that touches
/// symbols) → <see cref="GeneratedSource"/> (Emitter: Python compiler, then C# emitter) → AddSource
/// and diagnostics. Every model is value-equatable, so an edit elsewhere leaves each step cached.</para>
/// <para>A .py file becomes <c>static partial class PascalCaseFileName</c> in the project's
/// <c>RootNamespace</c> (made visible by the package's CompilerVisibleProperty), or in
/// <c>GilGen.Modules</c> when there is none; the item metadata <c>GilGenNamespace</c> and
/// <c>GilGenFileName</c> override the namespace and the file name its code objects report
/// (<see cref="PythonFileSettings"/>).</para>
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class GilGenGenerator : IIncrementalGenerator
{
    /// <summary>Metadata name of the attribute on partial methods.</summary>
    public const string GilFunctionAttributeName = "GilGen.GilFunctionAttribute";

    /// <summary>Metadata name of the attribute on partial classes.</summary>
    public const string GilModuleAttributeName = "GilGen.GilModuleAttribute";

    /// <summary>Namespace of classes made from .py files when the project has no RootNamespace.</summary>
    public const string DefaultPythonFileNamespace = "GilGen.Modules";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var functionModels = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                GilFunctionAttributeName,
                static (node, _) => node is MethodDeclarationSyntax,
                static (syntaxContext, cancellationToken) => Parser.ParseFunction(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.FunctionModels);

        var moduleModels = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                GilModuleAttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntaxContext, cancellationToken) => Parser.ParseModule(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.ModuleModels);

        var pythonFileNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace) && !string.IsNullOrWhiteSpace(rootNamespace)
                    ? rootNamespace.Trim()
                    : DefaultPythonFileNamespace)
            .WithTrackingName(TrackingNames.PythonFileNamespace);

        var fileModels = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(TrackingNames.PythonFiles)
            .Combine(pythonFileNamespace)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var file = pair.Left.Left;
                var settings = PythonFileSettings.Read(pair.Right.GetOptions(file), file.Path, pair.Left.Right);
                return Parser.ParseFile(file, settings, cancellationToken);
            })
            .WithTrackingName(TrackingNames.FileModels);

        var functionSources = functionModels
            .Where(static model => model is not null)
            .Select(static (model, cancellationToken) => Emitter.Emit(model!, cancellationToken))
            .WithTrackingName(TrackingNames.FunctionSources);
        var moduleSources = moduleModels
            .Where(static model => model is not null)
            .Select(static (model, cancellationToken) => Emitter.Emit(model!, cancellationToken))
            .WithTrackingName(TrackingNames.ModuleSources);
        var fileSources = fileModels
            .Select(static (model, cancellationToken) => Emitter.Emit(model, cancellationToken))
            .WithTrackingName(TrackingNames.FileSources);

        context.RegisterSourceOutput(functionSources, static (output, generated) => AddGenerated(output, generated));
        context.RegisterSourceOutput(moduleSources, static (output, generated) => AddGenerated(output, generated));
        context.RegisterSourceOutput(fileSources, static (output, generated) => AddGenerated(output, generated));
    }

    private static void AddGenerated(SourceProductionContext output, GeneratedSource generated)
    {
        foreach (var diagnostic in generated.Diagnostics) output.ReportDiagnostic(diagnostic.ToDiagnostic());
        if (generated.Source is not null) output.AddSource(generated.HintName, generated.Source);
    }
}
