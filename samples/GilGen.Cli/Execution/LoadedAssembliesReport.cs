using System;
using System.IO;
using System.Reflection;

namespace GilGen.Cli.Execution;

/// <summary>
/// With <c>GILGEN_LOADED_ASSEMBLIES=1</c> in the environment, gilgen writes the simple names of the assemblies the
/// process loaded to stderr at exit, one a line: how a cached run is checked to load only what running needs (no
/// Roslyn, no System.Reflection.Metadata, no cryptography; docs/architecture/performance.md).
/// </summary>
public static class LoadedAssembliesReport
{
    /// <summary>The environment variable that turns the report on (any value but empty or <c>0</c>).</summary>
    public const string VariableName = "GILGEN_LOADED_ASSEMBLIES";

    /// <summary>The first line of the report; the names follow it.</summary>
    public const string Heading = "gilgen loaded assemblies:";

    /// <summary>Writes the report to <paramref name="stderr"/> when the variable asks for it.</summary>
    public static void WriteIfRequested(TextWriter stderr)
    {
        string? value = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrEmpty(value) || value == "0") return;
        stderr.Write(Heading + "\n");
        foreach (Assembly assembly in AppDomain.CurrentDomain.GetAssemblies())
            stderr.Write(assembly.GetName().Name + "\n");
        stderr.Flush();
    }
}
