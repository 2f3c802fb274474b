using GilGen.Cli.CommandLine;

namespace GilGen.Cli.Tests;

/// <summary>The arguments of <c>gilgen run</c> are parsed as python parses its own.</summary>
public sealed class RunOptionsParserTests
{
    /// <summary>No options: the modern profile, the default interval, no script arguments.</summary>
    [Fact]
    public void Defaults()
    {
        RunOptions options = RunOptionsParser.Parse(new[] { "x.py" });

        Assert.Equal(RuntimeProfile.Modern, options.Profile);
        Assert.Null(options.SwitchInterval);
        Assert.Equal("x.py", options.ScriptPath);
        Assert.Empty(options.ScriptArguments);
        Assert.Equal(new[] { "x.py" }, options.Argv);
        Assert.False(options.CheckedRefCounts);
    }

    /// <summary><c>--checked-refcounts</c> asks for checked reference counts; after the file it is the script's.</summary>
    [Fact]
    public void Checked_refcounts_flag()
    {
        Assert.True(RunOptionsParser.Parse(new[] { "--checked-refcounts", "x.py" }).CheckedRefCounts);
        RunOptions scripts = RunOptionsParser.Parse(new[] { "x.py", "--checked-refcounts" });
        Assert.False(scripts.CheckedRefCounts);
        Assert.Equal(new[] { "--checked-refcounts" }, scripts.ScriptArguments);
    }

    /// <summary><c>--exports</c> may be given several times, in either spelling; after the file it is the script's.</summary>
    [Fact]
    public void Exports_assemblies_accumulate()
    {
        Assert.Equal(new[] { "a.dll", "b.dll" }, RunOptionsParser.Parse(new[] { "--exports", "a.dll", "--exports=b.dll", "x.py" }).Exports);
        Assert.Empty(RunOptionsParser.Parse(new[] { "x.py", "--exports", "a.dll" }).Exports!);
    }

    /// <summary>Both options, in either spelling, before the file.</summary>
    [Theory]
    [InlineData("--profile", "py39", "--switch-interval", "0.001")]
    [InlineData("--switch-interval=0.001", "--profile=py39")]
    public void Options_before_the_file(params string[] options)
    {
        var args = new System.Collections.Generic.List<string>(options) { "x.py" };

        RunOptions parsed = RunOptionsParser.Parse(args);

        Assert.Equal(RuntimeProfile.Py39, parsed.Profile);
        Assert.Equal(0.001, parsed.SwitchInterval);
        Assert.Equal("x.py", parsed.ScriptPath);
    }

    /// <summary>After the file, options belong to the script.</summary>
    [Fact]
    public void Everything_after_the_file_belongs_to_the_script()
    {
        RunOptions options = RunOptionsParser.Parse(new[] { "x.py", "--profile", "py39", "-v" });

        Assert.Equal(RuntimeProfile.Modern, options.Profile);
        Assert.Equal(new[] { "--profile", "py39", "-v" }, options.ScriptArguments);
        Assert.Equal(new[] { "x.py", "--profile", "py39", "-v" }, options.Argv);
    }

    /// <summary><c>--</c> ends the options, so a file may start with a dash.</summary>
    [Fact]
    public void Double_dash_ends_the_options()
    {
        RunOptions options = RunOptionsParser.Parse(new[] { "--", "-odd.py", "a" });

        Assert.Equal("-odd.py", options.ScriptPath);
        Assert.Equal(new[] { "a" }, options.ScriptArguments);
    }

    /// <summary>Bad command lines are usage errors with a message that says what is wrong.</summary>
    [Theory]
    [InlineData("unknown profile", "--profile", "py26", "x.py")]
    [InlineData("needs a value", "--profile")]
    [InlineData("strictly positive", "--switch-interval", "0", "x.py")]
    [InlineData("strictly positive", "--switch-interval", "-1", "x.py")]
    [InlineData("not a number", "--switch-interval", "fast", "x.py")]
    [InlineData("unknown option", "-X", "x.py")]
    [InlineData("missing")]
    [InlineData("takes no value", "--checked-refcounts=1", "x.py")]
    public void Bad_command_lines_are_usage_errors(string messagePart, params string[] args)
    {
        UsageException error = Assert.Throws<UsageException>(() => RunOptionsParser.Parse(args));

        Assert.Contains(messagePart, error.Message);
    }
}
