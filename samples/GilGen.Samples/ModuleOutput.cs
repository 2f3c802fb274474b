using System.IO;
using GilGen.Runtime;

namespace GilGen.Samples;

/// <summary>Runs a generated module on a fresh interpreter and returns what it printed.</summary>
public static class ModuleOutput
{
    /// <summary>Runs <paramref name="module"/> as <c>__main__</c> under <paramref name="profile"/> and returns its stdout.</summary>
    public static string Capture(ModuleDefinition module, RuntimeProfile profile = RuntimeProfile.Modern)
    {
        var stdout = new StringWriter();
        var interpreter = new GilInterpreter(new GilOptions { Profile = profile, Stdout = stdout });
        interpreter.Run(module);
        return stdout.ToString().Replace("\r\n", "\n");
    }
}
