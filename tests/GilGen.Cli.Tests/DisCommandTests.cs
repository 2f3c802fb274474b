using System.Text.RegularExpressions;

namespace GilGen.Cli.Tests;

/// <summary><c>gilgen dis</c> prints the module and then each function, as <c>python3.9 -m dis</c>.</summary>
public sealed class DisCommandTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public DisCommandTests(TemporaryCache cache) => _cache = cache;

    /// <summary>The listing of <c>foo</c> follows its "Disassembly of" header and equals example 05's output.</summary>
    [Fact]
    public void Dis_prints_each_function_after_the_module()
    {
        string script = Examples.Script("05_dis_foo");

        CliResult result = _cache.Run("dis", script);

        Assert.Equal(0, result.ExitCode);
        string header = $"Disassembly of <code object foo at 0x[0-9a-f]+, file \"{Regex.Escape(script)}\", line 6>:\n";
        Match match = Regex.Match(result.Stdout, "\n" + header);
        Assert.True(match.Success, result.Stdout);
        string module = result.Stdout.Substring(0, match.Index);
        string foo = result.Stdout.Substring(match.Index + match.Length);
        Assert.Equal(Examples.ExpectedOutput("05_dis_foo"), foo);
        Assert.Contains("STORE_NAME", module);
        Assert.Contains("IMPORT_NAME", module);
    }
}
