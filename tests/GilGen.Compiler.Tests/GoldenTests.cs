using System.Collections.Generic;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Tests;

/// <summary>Every Golden/*.py compiles to what python3.9 printed (dis) and to the same code object fields (meta).</summary>
public class GoldenTests
{
    public static IEnumerable<object[]> Names => TestFiles.GoldenNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void Disassembly_matches_python39(string file)
    {
        var co = TestFiles.CompileOk(TestFiles.Read("Golden", file), file);
        var expected = TestFiles.Read("Golden", file[..^3] + ".dis");
        Assert.Equal(expected, Disassembler.Dis(co, TestFiles.Address));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Code_objects_match_python39(string file)
    {
        var co = TestFiles.CompileOk(TestFiles.Read("Golden", file), file);
        var expected = TestFiles.Read("Golden", file[..^3] + ".meta");
        Assert.Equal(expected, TestFiles.Meta(co));
    }
}
