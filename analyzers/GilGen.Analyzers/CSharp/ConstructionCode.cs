using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Code that builds the state it touches before anyone else can see it: an instance constructor
/// using fields of the object it constructs (through <c>this</c>), and a static constructor or
/// static field initializer using static fields of its own type (the runtime runs it once, under
/// the type initialization lock). No rule reports there. A lambda or local function written in a
/// constructor is not construction code (it may run later, on another thread), and neither is a
/// static field touched by an instance constructor: other instances are constructed concurrently.
/// </summary>
internal static class ConstructionCode
{
    /// <summary>
    /// Whether the member <paramref name="owningSymbol"/> is construction code for <paramref name="storage"/>
    /// (a field or property) reached through <paramref name="instance"/>; <paramref name="inMemberItself"/>
    /// is false inside a lambda or local function.
    /// </summary>
    public static bool Builds(ISymbol owningSymbol, bool inMemberItself, ISymbol storage, IOperation? instance)
    {
        if (!inMemberItself) return false;
        var owningType = owningSymbol.ContainingType;
        if (owningType is null) return false;

        if (storage.IsStatic)
        {
            var staticInitialization = owningSymbol is IMethodSymbol { MethodKind: MethodKind.StaticConstructor }
                || (owningSymbol is IFieldSymbol or IPropertySymbol && owningSymbol.IsStatic);
            return staticInitialization && SymbolEqualityComparer.Default.Equals(owningType.OriginalDefinition, storage.ContainingType?.OriginalDefinition);
        }

        if (owningSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor }) return false;
        if (OperationShapes.StripConversions(instance) is not IInstanceReferenceOperation) return false;
        for (var type = owningType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, storage.ContainingType?.OriginalDefinition)) return true;
        }
        return false;
    }
}
