using System;
using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler;
using GilGen.Compiler.Bytecode;

namespace GilGen.Fuzz.Dis;

/// <summary>GilGen's dis of a generated module, as python3.9's <c>dis.dis</c> prints it (addresses as 0x0000).</summary>
internal static class GilGenDis
{
    public const string FileName = "fuzz.py";

    public static string Of(string source)
    {
        CompileResult result;
        try
        {
            result = PythonCompiler.Compile(source, FileName);
        }
        catch (Exception e)
        {
            return "compiler crashed: " + e.GetType().Name + ": " + e.Message;
        }
        if (!result.Success || result.Module is null)
            return "compile error: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + " line " + d.Line + ": " + d.Message));
        try
        {
            return Disassembler.Dis(result.Module, _ => "0x0000");
        }
        catch (Exception e)
        {
            return "dis crashed: " + e.GetType().Name + ": " + e.Message;
        }
    }

    /// <summary>The first differing line of two dis texts, with the code object it is in.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        string section = "module";
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end>";
            string al = i < a.Length ? a[i] : "<end>";
            if (el.StartsWith("Disassembly of", StringComparison.Ordinal))
                section = el;
            if (el != al)
                return $"{section} line {i + 1}: python3.9 '{el}' / GilGen '{al}'";
        }
        return "(identical)";
    }

    public static IReadOnlyList<string> Batch(IReadOnlyList<string> sources) => sources.Select(Of).ToArray();
}
