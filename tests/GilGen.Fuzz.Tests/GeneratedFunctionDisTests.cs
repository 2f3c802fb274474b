using GilGen.Fuzz.Dis;
using GilGen.Fuzz.Generation;
using GilGen.Fuzz.Model;

namespace GilGen.Fuzz.Tests;

/// <summary>The CI range of the dis fuzzer: GilGen's dis of each generated function is python3.9's.</summary>
public class GeneratedFunctionDisTests
{
    [Theory]
    [MemberData(nameof(FuzzGoldens.FunctionSeeds), MemberType = typeof(FuzzGoldens))]
    public void Dis_matches_python39(ulong seed)
    {
        var golden = FuzzGoldens.Functions.Value[seed];
        string source = ProgramGenerator.Function(seed).Render();
        Assert.True(FuzzProgram.HashOf(source) == golden.Hash, FuzzGoldens.Changed("function", seed));
        string actual = GilGenDis.Of(source);
        Assert.True(golden.Dis == actual, $"seed {seed}: {GilGenDis.FirstDifference(golden.Dis, actual)}\n{source}");
    }
}
