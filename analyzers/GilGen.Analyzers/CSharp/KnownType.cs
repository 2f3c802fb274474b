using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Recognizes the BCL types the rules know (Monitor, Lock, Thread, Task, Parallel, Interlocked…) by
/// namespace and name, without looking them up in the compilation: a project that does not
/// reference one simply never matches it, and nothing is allocated per check.
/// </summary>
internal static class KnownType
{
    /// <summary>Whether <paramref name="type"/> is <c>namespaceName.name</c> (generic arity ignored: <c>Task</c> matches <c>Task&lt;T&gt;</c>).</summary>
    public static bool Is(ITypeSymbol? type, string namespaceName, string name)
    {
        if (type is null || type.Name != name) return false;
        return NamespaceIs(type.ContainingNamespace, namespaceName);
    }

    /// <summary>Whether <paramref name="type"/> or one of its base classes is <c>namespaceName.name</c>.</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, string namespaceName, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, namespaceName, name)) return true;
        }
        return false;
    }

    private static bool NamespaceIs(INamespaceSymbol? ns, string dottedName)
    {
        // Compare from the innermost namespace outwards without building the full name string.
        var end = dottedName.Length;
        while (ns is not null && !ns.IsGlobalNamespace)
        {
            var start = dottedName.LastIndexOf('.', end - 1) + 1;
            var length = end - start;
            if (length != ns.Name.Length || string.CompareOrdinal(dottedName, start, ns.Name, 0, length) != 0) return false;
            ns = ns.ContainingNamespace;
            end = start - 1;
            if (end < 0) return ns is null || ns.IsGlobalNamespace;
        }
        return false;
    }
}
