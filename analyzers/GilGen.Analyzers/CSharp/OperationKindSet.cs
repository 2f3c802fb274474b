using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// A fixed set of <see cref="OperationKind"/>s answered by one array index: <see cref="TreeFacts"/> asks
/// five of them about every operation of every block of a build, where a HashSet's hashing and
/// comparer calls cost more than the answer (and much more before the JIT optimizes the analyzer's code).
/// </summary>
internal sealed class OperationKindSet
{
    private readonly bool[] _contains;

    /// <summary>The set of <paramref name="kinds"/>.</summary>
    public OperationKindSet(IEnumerable<OperationKind> kinds)
    {
        var max = 0;
        foreach (var kind in kinds) max = System.Math.Max(max, (int)kind);
        _contains = new bool[max + 1];
        foreach (var kind in kinds) _contains[(int)kind] = true;
    }

    /// <summary>Whether <paramref name="kind"/> is in the set.</summary>
    public bool Contains(OperationKind kind) => (uint)kind < (uint)_contains.Length && _contains[(int)kind];
}
