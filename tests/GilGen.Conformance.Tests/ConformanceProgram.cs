using System.IO;

namespace GilGen.Conformance.Tests;

/// <summary>
/// One program of the corpus: <c>programs/AREA/NAME.py</c> and the stdout CPython 3.12 printed for
/// it, <c>NAME.out</c>. Names are unique across areas, since a name is also the module's name.
/// </summary>
/// <param name="Area">The folder under <c>programs/</c>: the part of the language the program exercises.</param>
/// <param name="Name">The file name without its extension.</param>
/// <param name="ScriptPath">The .py file beside the test assembly.</param>
public sealed record ConformanceProgram(string Area, string Name, string ScriptPath)
{
    /// <summary>"AREA/NAME": how a test case names the program.</summary>
    public string Id => Area + "/" + Name;

    /// <summary>The program's source.</summary>
    public string Source => File.ReadAllText(ScriptPath);

    /// <summary>The recorded .out file, or null when it is missing (a corpus error).</summary>
    public string? ExpectedOutput
    {
        get
        {
            string path = Path.ChangeExtension(ScriptPath, ".out");
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
