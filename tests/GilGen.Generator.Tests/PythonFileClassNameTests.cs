using GilGen.Generator.Snippets;

namespace GilGen.Generator.Tests;

public sealed class PythonFileClassNameTests
{
    [Theory]
    [InlineData("race_counter", "RaceCounter")]
    [InlineData("04_race_100_threads", "_04Race100Threads")]
    [InlineData("my-module.v2", "MyModuleV2")]
    [InlineData("already", "Already")]
    [InlineData("___", "PythonModule")]
    public void PascalCases_the_file_name(string fileName, string expected)
        => Assert.Equal(expected, PythonFileClassName.From(fileName));
}
