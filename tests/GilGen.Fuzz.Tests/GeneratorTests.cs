using System.Linq;
using GilGen.Fuzz.Generation;
using GilGen.Fuzz.Model;
using GilGen.Fuzz.Shrinking;

namespace GilGen.Fuzz.Tests;

/// <summary>The generator's contract: a seed names one program, on any machine.</summary>
public class GeneratorTests
{
    [Fact]
    public void SplitMix64_gives_the_reference_sequence()
    {
        // The first outputs of the reference implementation (Vigna's splitmix64.c) for seed 0.
        var rng = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, rng.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, rng.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, rng.NextUInt64());
    }

    [Fact]
    public void The_same_seed_makes_the_same_program()
    {
        for (ulong seed = 1; seed <= 20; seed++)
        {
            Assert.Equal(ProgramGenerator.Program(seed).Render(), ProgramGenerator.Program(seed).Render());
            Assert.Equal(ProgramGenerator.Function(seed).Render(), ProgramGenerator.Function(seed).Render());
        }
        Assert.NotEqual(ProgramGenerator.Program(1).Render(), ProgramGenerator.Program(2).Render());
    }

    [Fact]
    public void Every_edit_of_the_shrinker_makes_a_smaller_program()
    {
        FuzzProgram program = ProgramGenerator.Program(7);
        var edits = ProgramEdits.All(program).Take(500).ToList();
        Assert.NotEmpty(edits);
        Assert.All(edits, e => Assert.True(e.Size() <= program.Size()));
        Assert.All(edits, e => Assert.NotEqual(program.Render(), e.Render()));
    }

    [Fact]
    public void Shrinker_keeps_the_smallest_program_that_still_fails()
    {
        // A stand-in oracle: the "bug" shows whenever a program still sorts something.
        FuzzProgram program = Enumerable.Range(1, 50).Select(s => ProgramGenerator.Program((ulong)s)).First(p => p.Render().Contains("sorted("));
        FuzzProgram small = Shrinker.Shrink(program, batch => batch.Select(p => p.Render().Contains("sorted(")).ToArray(), System.TimeSpan.FromSeconds(30));
        Assert.Contains("sorted(", small.Render());
        Assert.True(small.Size() < program.Size() / 4, small.Render());
        Assert.True(small.Render().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length <= 3, small.Render());
    }
}
