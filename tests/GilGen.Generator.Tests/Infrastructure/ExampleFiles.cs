using System;
using System.IO;
using System.Linq;

namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>The seed examples copied into this project (Examples/*.py and their expected .out), read from the test output folder.</summary>
internal static class ExampleFiles
{
    /// <summary>The examples used as [GilModule] snippets: 04–09.</summary>
    public static readonly string[] ModuleExamples =
        { "04_race_100_threads", "05_dis_foo", "06_lock_100_threads", "07_race_counter", "08_lock_counter", "09_dis_print" };

    /// <summary>The Python source of <paramref name="name"/>.</summary>
    public static string Source(string name) => Read(name + ".py");

    /// <summary>What <paramref name="name"/> must print.</summary>
    public static string ExpectedOutput(string name) => Read(name + ".out");

    /// <summary>The class name used for an example: <c>Example04</c>.</summary>
    public static string ClassName(string name) => "Example" + name.Substring(0, 2);

    /// <summary>A C# file declaring the example as a [GilModule] class, written as a raw literal.</summary>
    public static string AsGilModule(string name)
    {
        var indented = string.Join("\n", Source(name).TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
        return "using GilGen;\n\nnamespace GilGen.Examples;\n\n[GilModule(\"\"\"\n" + indented + "\n    \"\"\")]\npublic static partial class " + ClassName(name) + ";\n";
    }

    private static string Read(string fileName)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", fileName)).Replace("\r\n", "\n");
}
