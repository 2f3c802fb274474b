using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GilGen.Generator.Model;
using GilGen.Generator.Snippets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Generator;

/// <summary>
/// Compiles Python snippets into C# at build time: <c>[GilFunction]</c> on static partial methods,
/// <c>[GilModule]</c> on partial classes, and <c>.py</c> files listed as AdditionalFiles.
/// </summary>
/// <remarks>
/// <para>The pipeline: syntax → <see cref="SnippetDeclaration"/> (Parser: the only step that touches
/// symbols; Roslyn runs it for every snippet whenever the compilation changes, a keystroke in any file, so it
/// leaves the snippet's text undecoded) → <see cref="ParsedSnippet"/> (the text decoded and mapped, only when the
/// declaration changed) → its <see cref="SnippetModel"/>, without file positions → <see cref="GeneratedSource"/>
/// (Emitter: Python compiler, then C# emitter) → AddSource, and diagnostics put back in the file
/// through the snippet's <see cref="SnippetPlacement"/>. Every model is value-equatable, so an edit
/// elsewhere leaves each step cached, and typing in one snippet compiles that snippet only.</para>
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
    public const string GilFunctionAttributeName = SnippetAttributeNames.GilFunction;

    /// <summary>Metadata name of the attribute on partial classes.</summary>
    public const string GilModuleAttributeName = SnippetAttributeNames.GilModule;

    /// <summary>Metadata name of the attribute that makes a class a Python module written in C#.</summary>
    public const string GilExtensionModuleAttributeName = "GilGen.GilExtensionModuleAttribute";

    /// <summary>Metadata name of the attribute on the methods such a module exports.</summary>
    public const string GilExportAttributeName = "GilGen.GilExportAttribute";

    /// <summary>Namespace of classes made from .py files when the project has no RootNamespace.</summary>
    public const string DefaultPythonFileNamespace = "GilGen.Modules";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var functionSnippets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                GilFunctionAttributeName,
                static (node, _) => node is MethodDeclarationSyntax,
                static (syntaxContext, cancellationToken) => Parser.ParseFunction(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.FunctionDeclarations)
            .Where(static declaration => declaration is not null)
            .Select(static (declaration, _) => Parser.ReadSnippet(declaration!))
            .WithTrackingName(TrackingNames.FunctionSnippets);

        var moduleSnippets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                GilModuleAttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntaxContext, cancellationToken) => Parser.ParseModule(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.ModuleDeclarations)
            .Where(static declaration => declaration is not null)
            .Select(static (declaration, _) => Parser.ReadSnippet(declaration!))
            .WithTrackingName(TrackingNames.ModuleSnippets);

        var pythonFileNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace) && !string.IsNullOrWhiteSpace(rootNamespace)
                    ? rootNamespace.Trim()
                    : DefaultPythonFileNamespace)
            .WithTrackingName(TrackingNames.PythonFileNamespace);

        var fileSnippets = context.AdditionalTextsProvider
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
            .WithTrackingName(TrackingNames.FileSnippets);

        // C# exported to Python (docs/exports.md): each [GilExtensionModule] class, and the names of the modules
        // they make, which the snippets of this compilation may import. The names change only when a module is
        // added, removed or renamed, so the snippets' emit steps stay cached through edits of the C# methods.
        var extensionModules = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                GilExtensionModuleAttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntaxContext, cancellationToken) => Parser.ParseExtensionModule(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.ExtensionModules)
            .Where(static module => module is not null)
            .Select(static (module, _) => module!)
            .Collect();
        var extensionModuleNames = extensionModules
            .Select(static (modules, _) => ExtensionModuleNames(modules))
            .WithTrackingName(TrackingNames.ExtensionModuleNames);
        var exportsOutsideModules = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                GilExportAttributeName,
                static (node, _) => node is MethodDeclarationSyntax,
                static (syntaxContext, _) => Parser.ParseExportOutsideModule(syntaxContext))
            .Where(static diagnostic => diagnostic is not null)
            .Select(static (diagnostic, _) => diagnostic!)
            .Collect();

        // What the snippets may import besides the runtime's modules: the extension modules and the .py files' modules
        // (each registers itself by name). The names change only when a module is added, removed or renamed.
        var programModuleNames = fileSnippets
            .Select(static (snippet, _) => snippet.Model.ModuleName)
            .Collect()
            .Combine(extensionModuleNames)
            .Select(static (pair, _) => new EquatableArray<string>(new SortedSet<string>(pair.Left.Concat(pair.Right), StringComparer.Ordinal)))
            .WithTrackingName(TrackingNames.ProgramModuleNames);

        // The model step drops the file positions, so a snippet that only moved (someone typed above it)
        // comes out Unchanged and its emit step, the expensive one, stays Cached.
        var functionSources = functionSnippets
            .Select(static (snippet, _) => snippet.Model).WithTrackingName(TrackingNames.FunctionModels)
            .Combine(programModuleNames)
            .Select(static (pair, cancellationToken) => Emitter.Emit(pair.Left, pair.Right, cancellationToken)).WithTrackingName(TrackingNames.FunctionSources);
        var moduleSources = moduleSnippets
            .Select(static (snippet, _) => snippet.Model).WithTrackingName(TrackingNames.ModuleModels)
            .Combine(programModuleNames)
            .Select(static (pair, cancellationToken) => Emitter.Emit(pair.Left, pair.Right, cancellationToken)).WithTrackingName(TrackingNames.ModuleSources);
        var fileSources = fileSnippets
            .Select(static (snippet, _) => snippet.Model).WithTrackingName(TrackingNames.FileModels)
            .Combine(programModuleNames)
            .Select(static (pair, cancellationToken) => Emitter.Emit(pair.Left, pair.Right, cancellationToken)).WithTrackingName(TrackingNames.FileSources);

        context.RegisterSourceOutput(extensionModules.Combine(exportsOutsideModules), static (output, pair) => AddExtensionModules(output, pair.Left, pair.Right));

        // The output pairs each result with its snippet's placement again (the same order: both come from
        // one provider by Select) and sees every name at once, so that it can keep hint names unique.
        var sources = functionSources.Collect().Combine(moduleSources.Collect()).Combine(fileSources.Collect());
        var placements = functionSnippets.Select(static (snippet, _) => snippet.Placement).Collect()
            .Combine(moduleSnippets.Select(static (snippet, _) => snippet.Placement).Collect())
            .Combine(fileSnippets.Select(static (snippet, _) => snippet.Placement).Collect());
        context.RegisterSourceOutput(sources.Combine(placements), static (output, pair) =>
        {
            var ((functions, modules), files) = pair.Left;
            var ((functionPlaces, modulePlaces), filePlaces) = pair.Right;
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            AddGenerated(output, functions, functionPlaces, used);
            AddGenerated(output, modules, modulePlaces, used);
            AddGenerated(output, files, filePlaces, used);
        });
    }

    // The names snippets may import: every module that is generated (the first class of a name that two use).
    private static EquatableArray<string> ExtensionModuleNames(ImmutableArray<ParsedExtensionModule> modules)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (module.Model.CanGenerate) names.Add(module.Model.ModuleName);
        }
        return new EquatableArray<string>(names);
    }

    private static void AddExtensionModules(SourceProductionContext output, ImmutableArray<ParsedExtensionModule> modules, ImmutableArray<DiagnosticInfo> exportsOutsideModules)
    {
        foreach (var diagnostic in exportsOutsideModules) output.ReportDiagnostic(diagnostic.ToDiagnostic());
        var owners = new Dictionary<string, ExtensionModuleModel>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in modules)
        {
            foreach (var diagnostic in module.Diagnostics) output.ReportDiagnostic(diagnostic.ToDiagnostic());
            var model = module.Model;
            if (!model.CanGenerate) continue;
            if (owners.TryGetValue(model.ModuleName, out var owner))
            {
                output.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.ExtensionModuleNotPossible, module.ClassLocation,
                    $"'{owner.TypeName.Replace("global::", string.Empty)}' already makes a module named '{model.ModuleName}'; give this one another name").ToDiagnostic());
                continue;
            }
            owners.Add(model.ModuleName, model);
            output.AddSource(HintNames.Unique(model.HintName, used), ExtensionModuleWriter.Write(model));
        }
    }

    private static void AddGenerated(SourceProductionContext output, ImmutableArray<GeneratedSource> sources, ImmutableArray<SnippetPlacement> placements, HashSet<string> used)
    {
        if (sources.Length != placements.Length) throw new InvalidOperationException("every generated source needs its snippet's placement");
        for (var i = 0; i < sources.Length; i++)
        {
            var generated = sources[i];
            var placement = placements[i];
            foreach (var diagnostic in placement.Diagnostics) output.ReportDiagnostic(diagnostic.ToDiagnostic());
            foreach (var diagnostic in generated.Diagnostics) output.ReportDiagnostic(placement.Locate(diagnostic).ToDiagnostic());
            if (generated.Source is not null) output.AddSource(HintNames.Unique(generated.HintName, used), generated.Source);
        }
    }
}
