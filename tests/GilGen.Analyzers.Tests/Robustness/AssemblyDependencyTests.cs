using System.Linq;
using System.Reflection;

namespace GilGen.Analyzers.Tests.Robustness;

/// <summary>
/// The analyzers and code fixes load in the IDE without the source generator: they share its snippet
/// reader as source, so neither assembly may reference GilGen.Generator (nor need its internals).
/// </summary>
public sealed class AssemblyDependencyTests
{
    [Fact]
    public void The_analyzers_reference_the_Python_compiler_but_not_the_generator()
    {
        var references = Names(typeof(DiagnosticDescriptors).Assembly);

        Assert.Contains("GilGen.Compiler", references);
        Assert.DoesNotContain("GilGen.Generator", references);
    }

    [Fact]
    public void The_code_fixes_do_not_reference_the_generator() =>
        Assert.DoesNotContain("GilGen.Generator", Names(typeof(GilGen.CodeFixes.CSharp.LockSite).Assembly));

    private static string?[] Names(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();
}
