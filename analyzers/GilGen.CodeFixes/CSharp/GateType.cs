using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// The type of a new gate field: <c>System.Threading.Lock</c> where the compilation can use it,
/// <c>object</c> otherwise.
/// </summary>
/// <remarks>
/// <c>lock</c> on a <c>System.Threading.Lock</c> (.NET 9) enters the lock directly instead of going
/// through the object's monitor, and is cheaper. It needs the type and C# 13: an older language
/// version reports error CS9202 for <c>lock</c> on a Lock, so with C# 12 on .NET 9 the gate is an <c>object</c>.
/// </remarks>
internal static class GateType
{
    /// <summary>The metadata name of the .NET 9 lock type.</summary>
    public const string LockMetadataName = "System.Threading.Lock";

    /// <summary>The lock type to declare new gates with, or null for <c>object</c>.</summary>
    public static INamedTypeSymbol? LockTypeFor(Compilation compilation) =>
        compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp13 }
        && compilation.GetTypeByMetadataName(LockMetadataName) is { DeclaredAccessibility: Accessibility.Public } lockType
            ? lockType
            : null;

    /// <summary>New gates are <c>System.Threading.Lock</c> (true) or <c>object</c> (false) in <paramref name="compilation"/>.</summary>
    public static bool UsesLock(Compilation compilation) => LockTypeFor(compilation) is not null;

    /// <summary>
    /// The type of a new gate declared at <paramref name="position"/>, as syntax: <c>object</c>, or
    /// <c>System.Threading.Lock</c> annotated so that cleanup adds <c>using System.Threading;</c> and
    /// shortens it to <c>Lock</c> (<see cref="ImportedTypeName"/>).
    /// </summary>
    public static TypeSyntax Syntax(SemanticModel model, int position, SyntaxGenerator generator) =>
        LockTypeFor(model.Compilation) is { } lockType
            ? ImportedTypeName.For(lockType, model, position, generator)
            : PredefinedType(Token(SyntaxKind.ObjectKeyword));

    /// <summary>An existing field of <paramref name="type"/> can serve as a gate: <c>object</c> or <c>System.Threading.Lock</c>.</summary>
    public static bool CanGate(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Object
        || type is INamedTypeSymbol { Name: "Lock", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
