using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// What a static constructor runs: the runtime runs it once, under the type initialization lock,
/// and every other thread that uses the type's static members waits for it to finish. So the
/// changes it makes to its own type's static fields — in its body and in whatever it calls — happen
/// before any other thread sees those fields, as construction does (<see cref="ConstructionCode"/>):
/// a thread that reaches a method only through the static constructor does not change them
/// alongside anyone. Reached any other way, the same method does. Static fields of other types are
/// not covered: another thread may be using them while the constructor runs.
/// </summary>
internal static class StaticInitialization
{
    /// <summary>The type whose static initialization <paramref name="unit"/> is, when it is a static constructor.</summary>
    public static INamedTypeSymbol? Entering(SymbolKey unit) =>
        unit.Symbol is IMethodSymbol { MethodKind: MethodKind.StaticConstructor } staticConstructor ? staticConstructor.ContainingType : null;

    /// <summary>Whether <paramref name="access"/>, run inside the static constructor of <paramref name="initializing"/>, initializes a static field of that type.</summary>
    public static bool Initializes(INamedTypeSymbol? initializing, StorageAccess access) =>
        initializing is not null && access.IsField && access.Variable.IsStatic
        && SymbolEqualityComparer.Default.Equals(initializing.OriginalDefinition, access.Variable.ContainingType?.OriginalDefinition);
}
