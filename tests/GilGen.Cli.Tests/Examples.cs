using System;
using System.IO;

namespace GilGen.Cli.Tests;

/// <summary>The seed examples copied next to the test assembly (never read from shared/).</summary>
public static class Examples
{
    /// <summary>The folder that holds the copies.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Examples");

    /// <summary>The path of example <paramref name="name"/>'s program, e.g. <c>05_dis_foo</c>.</summary>
    public static string Script(string name) => Path.Combine(Directory, name + ".py");

    /// <summary>What example <paramref name="name"/> must print, byte for byte.</summary>
    public static string ExpectedOutput(string name) => File.ReadAllText(Path.Combine(Directory, name + ".out"));
}
