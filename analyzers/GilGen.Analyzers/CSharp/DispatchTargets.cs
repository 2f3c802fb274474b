using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Where a virtual or interface call may land in the compilation: for each method, the overrides and
/// interface implementations declared in source (directly; <see cref="Expand"/> follows chains).
/// Filled with every type declared in a tree that is not generated code (<see cref="CompilationRaces"/>), read when the facts are judged.
/// </summary>
internal sealed class DispatchTargets
{
    private readonly object _gate = new();
    private readonly Dictionary<SymbolKey, List<SymbolKey>> _targets = new();

    /// <summary>Records the overrides and interface implementations that <paramref name="type"/> declares.</summary>
    public void AddType(INamedTypeSymbol type)
    {
        List<(SymbolKey, SymbolKey)>? found = null;
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { OverriddenMethod: { } overridden } method)
                (found ??= new()).Add((SymbolKey.From(overridden), SymbolKey.From(method)));
        }
        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers())
            {
                if (member is not IMethodSymbol interfaceMethod || interfaceMethod.IsStatic) continue;
                if (type.FindImplementationForInterfaceMember(interfaceMethod) is not IMethodSymbol implementation) continue;
                if (!SymbolEqualityComparer.Default.Equals(implementation.ContainingType?.OriginalDefinition, type.OriginalDefinition)) continue;
                (found ??= new()).Add((SymbolKey.From(interfaceMethod), SymbolKey.From(implementation)));
            }
        }
        if (found is null) return;
        lock (_gate)
        {
            foreach (var (from, to) in found)
            {
                if (!_targets.TryGetValue(from, out var list)) _targets[from] = list = new List<SymbolKey>();
                if (!list.Contains(to)) list.Add(to);
            }
        }
    }

    /// <summary>Adds to <paramref name="into"/> every method a call of <paramref name="method"/> may run, itself included.</summary>
    public void Expand(SymbolKey method, List<SymbolKey> into)
    {
        into.Add(method);
        for (var i = into.Count - 1; i < into.Count; i++)
        {
            if (!_targets.TryGetValue(into[i], out var next)) continue;
            foreach (var target in next)
            {
                if (!into.Contains(target)) into.Add(target);
            }
        }
    }
}
