using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using GilGen.Fuzz.Model;

namespace GilGen.Fuzz.Running;

/// <summary>
/// Writes a shrunk mismatch out: as a conformance program (tests/Conformance/programs/fuzz/9NN_NAME.py
/// with CPython 3.12's stdout as NAME.out) when it runs through the conformance harness under CPython
/// (exit 0, empty stderr), otherwise under tools/GilGen.Fuzz/findings/ for a person to look at.
/// </summary>
internal sealed class FindingWriter
{
    private readonly string _repoRoot;
    private readonly PythonInterpreter _python;

    public FindingWriter(string repoRoot, PythonInterpreter python)
    {
        _repoRoot = repoRoot;
        _python = python;
    }

    public string CorpusDirectory => Path.Combine(_repoRoot, "tests", "Conformance", "programs", "fuzz");

    public string FindingsDirectory => Path.Combine(_repoRoot, "tools", "GilGen.Fuzz", "findings");

    /// <summary>Writes the program and returns the path of the .py written.</summary>
    public string Write(string kind, ulong seed, FuzzProgram program, string description, RunOutcome gilgen)
    {
        string header = $"# Found by tools/fuzz.sh ({kind} seed {seed}), shrunk: {description.Replace('\n', ' ')}\n";
        string source = header + program.Render();
        string scratch = Path.Combine(Path.GetTempPath(), "gilgen-fuzz-finding-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        string probe = Path.Combine(scratch, "finding.py");
        File.WriteAllText(probe, source, new UTF8Encoding(false));
        var (stdout, stderr, exit) = _python.RunScript(probe, TimeSpan.FromSeconds(30));
        Directory.Delete(scratch, recursive: true);

        string name = $"seed{seed}_{kind}";
        if (exit == 0 && stderr.Length == 0)
        {
            Directory.CreateDirectory(CorpusDirectory);
            int number = NextNumber();
            string py = Path.Combine(CorpusDirectory, $"{number}_{name}.py");
            File.WriteAllText(py, source, new UTF8Encoding(false));
            File.WriteAllText(Path.ChangeExtension(py, ".out"), stdout, new UTF8Encoding(false));
            return py;
        }
        Directory.CreateDirectory(FindingsDirectory);
        string path = Path.Combine(FindingsDirectory, name + ".py");
        var note = new StringBuilder(source);
        note.Append("\n# CPython 3.12: exit ").Append(exit).Append('\n');
        foreach (string line in (stdout + stderr).Split('\n').Take(30))
            note.Append("#   ").Append(line).Append('\n');
        note.Append("# GilGen: ").Append(gilgen.Failure ?? ("escaped " + (gilgen.Escaped ?? "nothing"))).Append('\n');
        foreach (string line in gilgen.Stdout.Split('\n').Take(30))
            note.Append("#   ").Append(line).Append('\n');
        File.WriteAllText(path, note.ToString(), new UTF8Encoding(false));
        return path;
    }

    private int NextNumber()
    {
        var used = Directory.EnumerateFiles(CorpusDirectory, "9*.py")
            .Select(f => Regex.Match(Path.GetFileName(f), @"^(9\d\d)_"))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value))
            .ToHashSet();
        for (int n = 900; n <= 999; n++)
            if (!used.Contains(n))
                return n;
        throw new InvalidOperationException("the fuzz area's numbers 900-999 are all used");
    }
}
