using Microsoft.CodeAnalysis;

namespace GilGen.Generator.Signatures;

/// <summary>
/// The C# types a [GilFunction] method may take and return: the ones the runtime converts to and
/// from Python values. Anything else would fail only at run time, so it is a GIL0005 instead.
/// </summary>
internal static class InteropTypes
{
    /// <summary>Metadata name of the optional first parameter that selects the interpreter.</summary>
    public const string InterpreterTypeName = "GilGen.GilInterpreter";

    private const string PyValueTypeName = "GilGen.Runtime.PyValue";

    /// <summary>The list of supported types, for messages.</summary>
    public const string SupportedList = "long, int, double, bool, string, GilGen.Runtime.PyValue, object, and arrays and List<T> of those";

    /// <summary>True for a supported parameter type.</summary>
    public static bool IsSupportedParameter(ITypeSymbol type)
        => IsScalar(type) || IsSupportedCollection(type);

    /// <summary>True for a supported return type (<c>void</c> included).</summary>
    public static bool IsSupportedReturn(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_Void || IsSupportedParameter(type);

    /// <summary>
    /// True when a value of the type can be or contain a Python object (<c>PyValue</c>, <c>object</c>, or an
    /// array or list of those): what a method that runs without the GIL may not take or return.
    /// </summary>
    public static bool CanHoldPythonObject(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array) return CanHoldPythonObject(array.ElementType);
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named) return CanHoldPythonObject(named.TypeArguments[0]);
        return type.SpecialType == SpecialType.System_Object || FullName(type) == PyValueTypeName;
    }

    /// <summary>True for <c>GilGen.GilInterpreter</c>.</summary>
    public static bool IsInterpreter(ITypeSymbol type) => FullName(type) == InterpreterTypeName;

    private static bool IsScalar(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Int64:
            case SpecialType.System_Int32:
            case SpecialType.System_Double:
            case SpecialType.System_Boolean:
            case SpecialType.System_String:
            case SpecialType.System_Object:
                return true;
            default:
                return FullName(type) == PyValueTypeName;
        }
    }

    private static bool IsSupportedCollection(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array) return array.Rank == 1 && IsScalar(array.ElementType);
        return type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
            && FullName(named.OriginalDefinition) == "System.Collections.Generic.List`1"
            && IsScalar(named.TypeArguments[0]);
    }

    private static string FullName(ITypeSymbol type)
    {
        if (type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace) return type.MetadataName;
        return type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
    }
}
