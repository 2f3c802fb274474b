using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// For the per-type rules (GIL2002, GIL2003): the locks each private helper of a type inherits from its
/// callers (<see cref="CallerHeldLocks"/>), solved once per top-level type on first need from the
/// calls in its declarations that are not generated code, nested types included. This replaces a
/// symbol-start action per type, which made the analyzer driver bind every part of a partial type for
/// the open document — for a class with 16 snippets, ~9,000 generated lines — before its symbol-end
/// action could run; generated parts give no calls to the rules anyway (they analyze no generated code).
/// </summary>
internal sealed class TypeCallerLocks
{
    private readonly Compilation _compilation;
    private readonly AnalyzerOptions _options;
    private readonly LambdaLockPolicy _policy;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<SymbolKey, IReadOnlyList<LockId>>> _byType = new(SymbolEqualityComparer.Default);

    /// <summary>Solves the types of <paramref name="compilation"/>, crediting lambdas with the caller's locks as <paramref name="policy"/> says.</summary>
    public TypeCallerLocks(Compilation compilation, AnalyzerOptions options, LambdaLockPolicy policy)
    {
        _compilation = compilation;
        _options = options;
        _policy = policy;
    }

    /// <summary>Whether the locks every caller of the helper <paramref name="unit"/> (a member of <paramref name="member"/>'s type) holds satisfy <paramref name="isSatisfied"/>.</summary>
    public bool Satisfies(ISymbol member, SymbolKey unit, Func<IReadOnlyList<LockId>, bool> isSatisfied, CancellationToken cancellationToken)
    {
        var type = member as INamedTypeSymbol ?? member.ContainingType;
        if (type is null) return false;
        while (type.ContainingType is { } outer) type = outer;
        type = type.OriginalDefinition;
        if (!_byType.TryGetValue(type, out var inherited))
            inherited = _byType.GetOrAdd(type, Solve(type, cancellationToken));
        return inherited.TryGetValue(unit, out var locks) && isSatisfied(locks);
    }

    private Dictionary<SymbolKey, IReadOnlyList<LockId>> Solve(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var calls = new List<HelperCall>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (GeneratedSource.Is(reference.SyntaxTree, _options, cancellationToken)) continue;
            var model = ModelOf(reference.SyntaxTree);
            foreach (var (block, owner) in OperationBlocks.In(model, reference.GetSyntax(cancellationToken), cancellationToken))
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation or IMethodReferenceOperation
                        && CallerHeldLocks.TryRecord(operation, owner, _policy, HelperScope.PrivateMembers, out var call))
                        calls.Add(call);
                }
            }
        }
        return CallerHeldLocks.Solve(calls);
    }

    // A helper's callers may be in another part of a partial type, in another document.
    [SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "A helper's callers may be in another document than the one analyzed; each part is walked once per compilation.")]
    private SemanticModel ModelOf(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
}
