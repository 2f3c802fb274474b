using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using GilGen.Generator.Model;
using GilGen.Generator.Signatures;
using GilGen.Generator.Snippets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Generator;

public sealed partial class GilGenGenerator
{
    /// <summary>
    /// Turns syntax and symbols into <see cref="SnippetModel"/>s: the only place that touches
    /// Roslyn's object model, so that everything after it is cacheable data.
    /// </summary>
    private static partial class Parser
    {
        private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>A [GilFunction] method, or null when the attribute has no usable string (the C# compiler reports that).</summary>
        public static SnippetDeclaration? ParseFunction(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax declaration) return null;
            var argument = ReadAttributeArgument(context.Attributes, cancellationToken);
            if (argument is null) return null;

            var diagnostics = new List<DiagnosticInfo>();
            var methodLocation = LocationInfo.From(declaration.Identifier);
            var typesArePartial = CheckContainingTypesArePartial(declaration.Parent as TypeDeclarationSyntax, diagnostics);
            var isPartial = declaration.Modifiers.Any(SyntaxKind.PartialKeyword);
            var hasBody = declaration.Body is not null || declaration.ExpressionBody is not null;
            var methodIsValid = isPartial && method.IsStatic && !hasBody;
            if (!methodIsValid)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DeclarationNotPartial, methodLocation,
                    "Method", method.Name, hasBody ? "'static partial' without a body" : "'static partial'"));
            }
            var canGenerate = typesArePartial && methodIsValid;

            var parameters = new List<ParameterModel>();
            var hasInterpreter = method.Parameters.Length > 0 && InteropTypes.IsInterpreter(method.Parameters[0].Type);
            for (var i = 0; i < method.Parameters.Length; i++)
            {
                var parameter = method.Parameters[i];
                parameters.Add(new ParameterModel(parameter.Type.ToDisplayString(s_typeFormat), EscapeIdentifier(parameter.Name)));
                if (i == 0 && hasInterpreter) continue;
                var where = i < declaration.ParameterList.Parameters.Count
                    ? LocationInfo.From(declaration.ParameterList.Parameters[i])
                    : methodLocation;
                if (parameter.RefKind != RefKind.None)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SignatureMismatch, where,
                        $"Parameter '{parameter.Name}' is passed by reference ({parameter.RefKind.ToString().ToLowerInvariant()}); Python arguments are passed by value"));
                }
                else if (!InteropTypes.IsSupportedParameter(parameter.Type))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SignatureMismatch, where,
                        $"Parameter '{parameter.Name}' has type '{parameter.Type.ToDisplayString()}', which GilGen cannot pass to Python; supported: {InteropTypes.SupportedList}"));
                }
            }
            if (!InteropTypes.IsSupportedReturn(method.ReturnType) || method.ReturnsByRef || method.ReturnsByRefReadonly)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SignatureMismatch, LocationInfo.From(declaration.ReturnType),
                    $"Return type '{method.ReturnType.ToDisplayString()}' cannot hold a Python result; supported: void, {InteropTypes.SupportedList}"));
            }
            if (method.IsGenericMethod)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SignatureMismatch, methodLocation,
                    $"Method '{method.Name}' is generic; a Python function has one C# signature"));
            }

            var function = new FunctionSignature(
                Modifiers: string.Join(" ", declaration.Modifiers.Select(m => m.Text)),
                ReturnType: method.ReturnType.ToDisplayString(s_typeFormat),
                MethodName: EscapeIdentifier(method.Name),
                Parameters: new EquatableArray<ParameterModel>(parameters.ToArray()),
                HasInterpreterParameter: hasInterpreter,
                CanWriteStub: canGenerate && !method.IsGenericMethod);

            var containingType = method.ContainingType;
            return new SnippetDeclaration(
                SnippetKind.Function,
                // Overloads differ by their parameters, which the error-message format includes.
                HintNames.For(QualifiedName(containingType) + "." + method.Name, argument.FilePath,
                    method.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)),
                NamespaceOf(containingType),
                ContainingTypeHeads(declaration.Parent as TypeDeclarationSyntax, containingType),
                containingType.Name + "." + method.Name,
                function,
                CanGenerate: canGenerate && diagnostics.Count == 0,
                methodLocation,
                new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()),
                argument);
        }

        /// <summary>A [GilModule] class, or null when the attribute has no usable string.</summary>
        public static SnippetDeclaration? ParseModule(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not ClassDeclarationSyntax declaration) return null;
            var argument = ReadAttributeArgument(context.Attributes, cancellationToken);
            if (argument is null) return null;

            var diagnostics = new List<DiagnosticInfo>();
            var canGenerate = CheckContainingTypesArePartial(declaration, diagnostics);
            var qualifiedName = QualifiedName(type);
            return new SnippetDeclaration(
                SnippetKind.Module,
                HintNames.For(qualifiedName, argument.FilePath, qualifiedName),
                NamespaceOf(type),
                ContainingTypeHeads(declaration, type),
                type.Name,
                Function: null,
                canGenerate,
                MethodLocation: null,
                new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()),
                argument);
        }

        /// <summary>
        /// The snippet of a declaration, decoded from its attribute argument and dedented, with the map back to the file:
        /// the model the emit step compiles and where it is written.
        /// </summary>
        public static ParsedSnippet ReadSnippet(SnippetDeclaration declaration)
        {
            var snippet = SnippetReader.FromArgument(declaration.Argument);
            var model = new SnippetModel(
                declaration.Kind,
                declaration.HintName,
                declaration.Namespace,
                declaration.ContainingTypes,
                snippet.WholeLocation.FilePath,
                snippet.LineOffset,
                declaration.ModuleName,
                snippet.Source,
                declaration.Function,
                declaration.CanGenerate);
            return new ParsedSnippet(model, new SnippetPlacement(snippet.Map, snippet.WholeLocation, declaration.MethodLocation, declaration.Diagnostics));
        }

        /// <summary>A .py AdditionalFile: a static partial class named after the module (package included), in the namespace <paramref name="settings"/> give.</summary>
        public static ParsedSnippet ParseFile(AdditionalText file, PythonFileSettings settings, CancellationToken cancellationToken)
        {
            // A file that cannot be read compiles as an empty module rather than failing the build here;
            // the SDK reports unreadable AdditionalFiles itself.
            var text = file.GetText(cancellationToken) ?? SourceText.From(string.Empty);
            var snippet = SnippetReader.FromPythonFile(file.Path, text);
            var moduleName = settings.ModuleName(Path.GetFileNameWithoutExtension(file.Path));
            var className = PythonFileClassName.From(moduleName);
            var qualifiedClass = settings.Namespace + "." + className.TrimStart('@');
            var model = new SnippetModel(
                SnippetKind.File,
                // Hashed over the reported name: with GilGenFileName the output does not depend on the checkout path.
                HintNames.For(qualifiedClass, settings.FileName, qualifiedClass),
                settings.Namespace,
                new EquatableArray<string>(new[] { "static partial class " + className }),
                settings.FileName,
                0,
                moduleName,
                snippet.Source,
                Function: null,
                CanGenerate: true,
                RegistersModule: settings.ProgramModule);
            return new ParsedSnippet(model, new SnippetPlacement(snippet.Map, snippet.WholeLocation, MethodLocation: null, EquatableArray<DiagnosticInfo>.Empty));
        }

        // The attribute's string and where it is written; null when the argument is missing or not a
        // constant string (CS7036/CS0182 already say so).
        private static SnippetArgument? ReadAttributeArgument(IReadOnlyList<AttributeData> attributes, CancellationToken cancellationToken)
        {
            if (attributes.Count == 0) return null;
            var attribute = attributes[0];
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string value) return null;
            if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax) return null;
            var argument = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null);
            if (argument is null) return null;
            return SnippetArgument.From(value, argument.Expression, cancellationToken);
        }

        // Reports GIL0004 for the innermost-first chain of types starting at type that are not partial.
        private static bool CheckContainingTypesArePartial(TypeDeclarationSyntax? type, List<DiagnosticInfo> diagnostics)
        {
            var allPartial = true;
            for (var current = type; current is not null; current = current.Parent as TypeDeclarationSyntax)
            {
                if (current.Modifiers.Any(SyntaxKind.PartialKeyword)) continue;
                allPartial = false;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DeclarationNotPartial, LocationInfo.From(current.Identifier),
                    "Type", current.Identifier.ValueText, "'partial'"));
            }
            return allPartial;
        }

        // "static partial class Demo", outermost first; accessibility is left out (a partial part may omit it).
        private static EquatableArray<string> ContainingTypeHeads(TypeDeclarationSyntax? innermost, INamedTypeSymbol? innermostSymbol)
        {
            var heads = new List<string>();
            var symbol = innermostSymbol;
            for (var current = innermost; current is not null; current = current.Parent as TypeDeclarationSyntax)
            {
                var keyword = current switch
                {
                    RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.None)
                        ? "record"
                        : "record " + record.ClassOrStructKeyword.Text,
                    _ => current.Keyword.Text,
                };
                var isStatic = symbol?.IsStatic ?? current.Modifiers.Any(SyntaxKind.StaticKeyword);
                heads.Add((isStatic ? "static " : string.Empty) + "partial " + keyword + " " + current.Identifier.Text
                          + (current.TypeParameterList?.ToString() ?? string.Empty));
                symbol = symbol?.ContainingType;
            }
            heads.Reverse();
            return new EquatableArray<string>(heads.ToArray());
        }

        private static string? NamespaceOf(INamedTypeSymbol type)
            => type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;

        private static string QualifiedName(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

        private static string EscapeIdentifier(string name)
            => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
