using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace GilGen.Compiler.Tests;

/// <summary>Mutated, truncated and random inputs never throw, and every failure is located inside the source.</summary>
public class RobustnessTests
{
    private static readonly string[] Fragments =
    {
        "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "\"\"\"", "\\", "#", "=", "==", "+=", ",", ".", "*", "**",
        "def ", "class ", "lambda", "yield", "async ", "await ", "return", "global x", "nonlocal y", "f'{", "}", "0x", "1_", "1e",
        "if x:", "else:", "try:", "except", "finally:", "with", "as", "import foo", "from . import z", "@", ":=", "\r\n", "\0", "€",
    };

    private static IEnumerable<string> Seeds()
    {
        foreach (var dir in new[] { "Examples", "Golden" })
            foreach (var path in Directory.GetFiles(TestFiles.Dir(dir), "*.py").OrderBy(p => p, StringComparer.Ordinal))
                yield return File.ReadAllText(path);
    }

    private static IEnumerable<string> Inputs()
    {
        var rng = new Random(20240611);
        var seeds = Seeds().ToList();
        for (int n = 0; n < 700; n++)
        {
            string s = seeds[rng.Next(seeds.Count)];
            int kind = n % 5;
            if (kind == 0) yield return s.Substring(0, rng.Next(s.Length + 1));
            else if (kind == 1)
            {
                var sb = new StringBuilder(s);
                for (int k = 0; k < 1 + rng.Next(4); k++)
                {
                    int at = rng.Next(sb.Length + 1);
                    if (rng.Next(2) == 0 && sb.Length > 0 && at < sb.Length) sb.Remove(at, Math.Min(sb.Length - at, 1 + rng.Next(5)));
                    else sb.Insert(at, Fragments[rng.Next(Fragments.Length)]);
                }
                yield return sb.ToString();
            }
            else if (kind == 2)
            {
                var chars = s.ToCharArray();
                for (int k = 0; k < 3 && chars.Length > 0; k++) chars[rng.Next(chars.Length)] = (char)rng.Next(32, 127);
                yield return new string(chars);
            }
            else if (kind == 3)
            {
                var bytes = new char[rng.Next(200)];
                for (int k = 0; k < bytes.Length; k++) bytes[k] = (char)rng.Next(0, 256);
                yield return new string(bytes);
            }
            else
            {
                var sb = new StringBuilder();
                for (int k = 0; k < 30; k++) sb.Append(Fragments[rng.Next(Fragments.Length)]);
                yield return sb.ToString();
            }
        }
        yield return new string('(', 5000);
        yield return string.Join("+", Enumerable.Repeat("1", 20000));
        yield return "x = " + string.Join("", Enumerable.Repeat("-", 3000)) + "1";
        yield return string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i * 4) + "if x:\n")) + "pass";
        yield return "\uFEFFprint(1)";
        yield return "";
    }

    [Fact]
    public void Mutated_inputs_never_throw_and_errors_are_located()
    {
        int count = 0, failing = 0;
        foreach (var src in Inputs())
        {
            count++;
            var result = PythonCompiler.Compile(src, "fuzz.py");
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.InternalError);
            foreach (var d in result.Diagnostics)
            {
                Assert.InRange(d.Start, 0, src.Length);
                Assert.InRange(d.Start + d.Length, d.Start, src.Length);
                Assert.True(d.Line >= 1 && d.Column >= 0, d.ToString());
            }
            if (!result.Success)
            {
                failing++;
                Assert.Null(result.Module);
                Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("GIL", StringComparison.Ordinal));
                Assert.True(result.Diagnostics.Count <= 21, $"{result.Diagnostics.Count} diagnostics");
            }
        }
        Assert.True(count >= 500);
        Assert.True(failing >= 300, $"only {failing} failing inputs");
    }

    /// <summary>
    /// Very long operator chains are a located GIL0009 (CPython's RecursionError), not a stack overflow
    /// (which would kill the compiling process: the build, or the IDE's analyzer host). 900 still compile.
    /// </summary>
    [Theory]
    [InlineData("x = 1", " + 1")]
    [InlineData("x = 2", " ** 2")]
    [InlineData("x = a", ".b")]
    [InlineData("x = f", "()")]
    [InlineData("x = a", "[0]")]
    public void Long_operator_chains_compile_up_to_a_limit_then_are_a_located_error(string head, string link)
    {
        var ok = PythonCompiler.Compile("a = f = None\n" + head + string.Concat(Enumerable.Repeat(link, 900)) + "\n", "chain.py");
        Assert.True(ok.Success, string.Join("\n", ok.Diagnostics));

        var tooLong = PythonCompiler.Compile("a = f = None\n" + head + string.Concat(Enumerable.Repeat(link, 200_000)) + "\n", "chain.py");
        var error = Assert.Single(tooLong.Diagnostics);
        Assert.Equal(DiagnosticIds.NestingTooDeep, error.Id);
        Assert.Equal("maximum recursion depth exceeded during compilation", error.Message);
        Assert.Equal(2, error.Line);
        Assert.False(tooLong.Success);
    }
}
