using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GilGen.Compiler;
using GilGen.Compiler.Syntax;
using GilGen.Generator.Model;
using GilGen.Generator.Signatures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Generator;

public sealed partial class GilGenGenerator
{
    private static partial class Parser
    {
        /// <summary>A [GilExtensionModule] class and its [GilExport] methods, or null when the attribute has no usable name.</summary>
        public static ParsedExtensionModule? ParseExtensionModule(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not ClassDeclarationSyntax declaration) return null;
            if (context.Attributes.Length == 0 || context.Attributes[0].ConstructorArguments.Length != 1
                || context.Attributes[0].ConstructorArguments[0].Value is not string moduleName) return null;

            var diagnostics = new List<DiagnosticInfo>();
            var classLocation = LocationInfo.From(declaration.Identifier);
            var canGenerate = CheckContainingTypesArePartial(declaration, diagnostics);
            var moduleProblem = ModuleNameProblem(moduleName) ?? ClassProblem(type);
            if (moduleProblem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExtensionModuleNotPossible, classLocation, moduleProblem));
                canGenerate = false;
            }

            var exports = new List<ExportModel>();
            var pythonNames = new HashSet<string>(System.StringComparer.Ordinal);
            // Declaration order (the partial parts' files, then position), so the module's functions keep theirs.
            var methods = type.GetMembers().OfType<IMethodSymbol>()
                .Select(method => (method, attribute: method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == GilExportAttributeName)))
                .Where(pair => pair.attribute is not null)
                .OrderBy(pair => pair.method.Locations.FirstOrDefault()?.SourceTree?.FilePath ?? string.Empty, System.StringComparer.Ordinal)
                .ThenBy(pair => pair.method.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0);
            foreach (var (method, attribute) in methods)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var export = ParseExport(method, attribute!, pythonNames, diagnostics);
                if (export is not null) exports.Add(export);
            }

            var model = new ExtensionModuleModel(
                HintNames.For(QualifiedName(type) + ".GilExtensionModule", declaration.SyntaxTree.FilePath, QualifiedName(type)),
                NamespaceOf(type),
                ContainingTypeHeads(declaration, type),
                type.ToDisplayString(s_typeFormat),
                moduleName,
                new EquatableArray<ExportModel>(exports.ToArray()),
                canGenerate);
            return new ParsedExtensionModule(model, classLocation, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
        }

        /// <summary>GIL0011 for a [GilExport] method outside a [GilExtensionModule] class; null for the others (the class reports them).</summary>
        public static DiagnosticInfo? ParseExportOutsideModule(GeneratorAttributeSyntaxContext context)
        {
            if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax declaration) return null;
            var inModule = method.ContainingType?.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == GilExtensionModuleAttributeName) == true;
            if (inModule) return null;
            return DiagnosticInfo.Create(DiagnosticDescriptors.ExportNotPossible, LocationInfo.From(declaration.Identifier),
                $"Method '{method.Name}' is marked [GilExport] but its class '{method.ContainingType?.Name}' is not a [GilExtensionModule]: mark the class [GilExtensionModule(\"name\")] to make a Python module of it");
        }

        private static ExportModel? ParseExport(IMethodSymbol method, AttributeData attribute, HashSet<string> pythonNames, List<DiagnosticInfo> diagnostics)
        {
            var syntax = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as MethodDeclarationSyntax;
            var where = syntax is not null ? LocationInfo.From(syntax.Identifier) : LocationInfo.From(method.Locations[0]);
            var releasesGil = attribute.NamedArguments.Any(a => a.Key == "ReleasesGil" && a.Value.Value is true);
            var pythonName = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string given
                ? given
                : PythonNames.SnakeCase(method.Name);
            var count = diagnostics.Count;
            void Fail(string message) => diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExportNotPossible, where, message));

            if (!method.IsStatic) Fail($"Method '{method.Name}' must be static to be exported: a Python module function has no instance");
            if (method.IsGenericMethod) Fail($"Method '{method.Name}' is generic; a Python function has one C# signature");
            if (method.MethodKind != MethodKind.Ordinary) Fail($"'{method.Name}' is not an ordinary method");
            if (!PythonIdentifiers.IsIdentifier(pythonName))
                Fail($"'{pythonName}' is not a Python name (letters, digits and underscores, not a keyword); give one with [GilExport(\"name\")]");
            else if (!pythonNames.Add(pythonName))
                Fail($"The module already exports a function named '{pythonName}'; give this one another name with [GilExport(\"name\")]");
            for (var i = 0; i < method.Parameters.Length; i++)
            {
                var parameter = method.Parameters[i];
                var at = syntax is not null && i < syntax.ParameterList.Parameters.Count ? LocationInfo.From(syntax.ParameterList.Parameters[i]) : where;
                string? problem = null;
                if (parameter.RefKind != RefKind.None)
                    problem = $"Parameter '{parameter.Name}' is passed by reference ({parameter.RefKind.ToString().ToLowerInvariant()}); Python arguments are passed by value";
                else if (parameter.IsParams || parameter.IsOptional)
                    problem = $"Parameter '{parameter.Name}' is {(parameter.IsParams ? "params" : "optional")}; an export takes exactly its parameters, positionally";
                else if (!InteropTypes.IsSupportedParameter(parameter.Type))
                    problem = $"Parameter '{parameter.Name}' has type '{parameter.Type.ToDisplayString()}', which Python cannot pass; supported: {InteropTypes.SupportedList}";
                else if (releasesGil && InteropTypes.CanHoldPythonObject(parameter.Type))
                    problem = $"Parameter '{parameter.Name}' has type '{parameter.Type.ToDisplayString()}', which can hold a Python object, but '{method.Name}' runs without the GIL (ReleasesGil = true) and may not touch Python objects; take C# values (long, double, string, arrays of those)";
                if (problem is not null) diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExportNotPossible, at, problem));
            }
            var returnAt = syntax is not null ? LocationInfo.From(syntax.ReturnType) : where;
            if (method.ReturnsByRef || method.ReturnsByRefReadonly || !InteropTypes.IsSupportedReturn(method.ReturnType))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExportNotPossible, returnAt,
                    $"Return type '{method.ReturnType.ToDisplayString()}' cannot be given to Python; supported: void, {InteropTypes.SupportedList}"));
            }
            else if (releasesGil && InteropTypes.CanHoldPythonObject(method.ReturnType))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExportNotPossible, returnAt,
                    $"Return type '{method.ReturnType.ToDisplayString()}' can hold a Python object, but '{method.Name}' runs without the GIL (ReleasesGil = true) and may not make Python objects; return a C# value"));
            }
            if (diagnostics.Count != count) return null;

            var line = where.LineSpan.Start.Line + 1;
            return new ExportModel(
                EscapeIdentifier(method.Name),
                pythonName,
                method.ContainingType.ToDisplayString() + "." + method.Name,
                releasesGil,
                new EquatableArray<string>(method.Parameters.Select(p => p.Type.ToDisplayString(s_typeFormat)).ToArray()),
                method.ReturnsVoid ? "void" : method.ReturnType.ToDisplayString(s_typeFormat),
                where.FilePath,
                line);
        }

        // A plain identifier that no runtime module has (a dotted name would need its parent package).
        private static string? ModuleNameProblem(string name)
        {
            if (!PythonIdentifiers.IsIdentifier(name))
                return $"'{name}' is not a Python module name: use letters, digits and underscores (a dotted name is not supported)";
            if (CompilerOptions.DefaultKnownModules.Contains(name))
                return $"'{name}' is a module of GilGen's runtime; give the extension module another name";
            return null;
        }

        // Generated code registers the module from a module initializer inside the class: the class must be reachable
        // from the assembly and have one closed type (typeof).
        private static string? ClassProblem(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsGenericType) return $"Class '{current.Name}' is generic; an extension module is one class";
                if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                    return $"Class '{current.Name}' is {current.DeclaredAccessibility.ToString().ToLowerInvariant()}; the module's registration must reach it from the assembly (make it internal or public)";
            }
            return null;
        }
    }
}
