using System.Linq;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>The choice between System.Threading.Lock and object for a new gate.</summary>
public sealed class GateTypeTests
{
    private static CSharpCompilation Compile(LanguageVersion version, params MetadataReference[] references) =>
        CSharpCompilation.Create("Gates",
            [CSharpSyntaxTree.ParseText("class C { }", TestProject.ParseOptions.WithLanguageVersion(version))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public void Lock_on_NET_10_with_the_latest_language() =>
        Assert.True(GateType.UsesLock(Compile(LanguageVersion.Latest, [.. TestReferences.All])));

    [Fact]
    public void Object_on_NET_10_with_CSharp_12_which_cannot_lock_a_Lock() =>
        Assert.False(GateType.UsesLock(Compile(LanguageVersion.CSharp12, [.. TestReferences.All])));

    [Fact]
    public void Object_where_the_framework_has_no_Lock_type()
    {
        // A framework before .NET 9 as far as Lock goes: everything but the assemblies that define or forward it.
        var withoutLock = TestReferences.All.Where(r =>
            r is not PortableExecutableReference { FilePath: { } path } || !(path.EndsWith("System.Private.CoreLib.dll") || path.EndsWith("System.Runtime.dll") || path.EndsWith("System.Threading.dll")));
        var compilation = Compile(LanguageVersion.Latest, [.. withoutLock]);
        Assert.Null(compilation.GetTypeByMetadataName(GateType.LockMetadataName));
        Assert.False(GateType.UsesLock(compilation));
    }

    [Fact]
    public void Object_and_Lock_fields_can_serve_as_gates_other_types_cannot()
    {
        var compilation = Compile(LanguageVersion.Latest, [.. TestReferences.All]);
        Assert.True(GateType.CanGate(compilation.GetSpecialType(SpecialType.System_Object)));
        Assert.True(GateType.CanGate(compilation.GetTypeByMetadataName(GateType.LockMetadataName)!));
        Assert.False(GateType.CanGate(compilation.GetSpecialType(SpecialType.System_String)));
    }
}
