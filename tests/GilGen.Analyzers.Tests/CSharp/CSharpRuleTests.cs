using System.Linq;
using System.Threading.Tasks;
using GilGen.Analyzers.CSharp;
using GilGen.Analyzers.Tests.Infrastructure;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>
/// The markup cases of <see cref="CSharpRuleCases"/>: all C# analyzers run on each, and what they
/// report must be exactly the marked spans.
/// </summary>
public sealed class CSharpRuleTests
{
    /// <summary>GIL2001: read-modify-write of a shared field without synchronization.</summary>
    [Theory]
    [MemberData(nameof(CSharpRuleCases.Gil2001), MemberType = typeof(CSharpRuleCases))]
    public Task GIL2001(string name) => VerifyAsync("GIL2001", name);

    /// <summary>GIL2002: compound operation on a volatile field.</summary>
    [Theory]
    [MemberData(nameof(CSharpRuleCases.Gil2002), MemberType = typeof(CSharpRuleCases))]
    public Task GIL2002(string name) => VerifyAsync("GIL2002", name);

    /// <summary>GIL2003: guarded field used without holding its lock.</summary>
    [Theory]
    [MemberData(nameof(CSharpRuleCases.Gil2003), MemberType = typeof(CSharpRuleCases))]
    public Task GIL2003(string name) => VerifyAsync("GIL2003", name);

    /// <summary>GIL2004: inconsistent synchronization.</summary>
    [Theory]
    [MemberData(nameof(CSharpRuleCases.Gil2004), MemberType = typeof(CSharpRuleCases))]
    public Task GIL2004(string name) => VerifyAsync("GIL2004", name);

    /// <summary>GIL2005: check-then-act on shared state.</summary>
    [Theory]
    [MemberData(nameof(CSharpRuleCases.Gil2005), MemberType = typeof(CSharpRuleCases))]
    public Task GIL2005(string name) => VerifyAsync("GIL2005", name);

    /// <summary>GIL2006: a collection that is not thread-safe changed from several threads.</summary>
    [Theory]
    [MemberData(nameof(CSharpRuleCases.Gil2006), MemberType = typeof(CSharpRuleCases))]
    public Task GIL2006(string name) => VerifyAsync("GIL2006", name);

    [Fact]
    public void Case_names_are_unique_and_each_rule_has_racy_and_safe_cases()
    {
        var all = CSharpRuleCases.All;
        Assert.Equal(all.Count, all.Select(c => c.Rule + "/" + c.Name).Distinct().Count());
        foreach (var rule in new[] { "GIL2001", "GIL2002", "GIL2003", "GIL2004", "GIL2005", "GIL2006" })
        {
            Assert.Contains(all, c => c.Rule == rule && c.ExpectsDiagnostics);
            Assert.Contains(all, c => c.Rule == rule && !c.ExpectsDiagnostics);
        }
        Assert.True(all.Count >= 60, $"{all.Count} cases");
    }

    private static Task VerifyAsync(string rule, string name)
    {
        var ruleCase = CSharpRuleCases.Get(rule, name);
        return AnalyzerVerifier.VerifyAsync(CSharpRuleCases.Analyzers(), [("Test0.cs", ruleCase.Source)], [], ruleCase.Rule);
    }
}
