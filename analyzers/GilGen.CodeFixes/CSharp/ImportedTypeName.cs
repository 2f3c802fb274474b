using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// The name of a framework type (Interlocked, Lock) in new code: written fully qualified and
/// annotated, so that cleanup shortens it to the simple name, adding <c>using System.Threading;</c>
/// when the file lacks it.
/// </summary>
/// <remarks>
/// The using is asked for only when the simple name would then mean the type: where another
/// <c>Interlocked</c> is in scope, the name stays qualified and no using is added (the simplifier
/// would otherwise remove the useless using again and leave its blank line behind).
/// </remarks>
internal static class ImportedTypeName
{
    /// <summary>The name of <paramref name="type"/> for code inserted at <paramref name="position"/> of <paramref name="model"/>'s tree.</summary>
    public static TypeSyntax For(INamedTypeSymbol type, SemanticModel model, int position, SyntaxGenerator generator)
    {
        var name = (TypeSyntax)generator.TypeExpression(type);
        var inScope = model.LookupNamespacesAndTypes(position, name: type.Name);
        var simpleNameIsFree = inScope.All(s => SymbolEqualityComparer.Default.Equals(s, type));
        return simpleNameIsFree ? name.WithAdditionalAnnotations(Simplifier.AddImportsAnnotation) : name;
    }
}
