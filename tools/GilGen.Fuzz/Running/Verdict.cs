namespace GilGen.Fuzz.Running;

/// <summary>How GilGen's run of a program compares with CPython's.</summary>
internal enum Verdict
{
    /// <summary>Same stdout, exit status and escaping exception.</summary>
    Same,
    /// <summary>CPython itself did not run it to an end (a shrink step made it invalid or endless): not evidence.</summary>
    Invalid,
    /// <summary>GilGen refused to compile it, or its C# did not compile.</summary>
    CompileError,
    /// <summary>GilGen did not finish within the time limit.</summary>
    Hang,
    /// <summary>A .NET exception came out of GilGen.</summary>
    Crash,
    /// <summary>A different exception escaped, or one escaped on one side only.</summary>
    Exception,
    /// <summary>Different stdout.</summary>
    Stdout,
}

/// <summary>Compares two outcomes.</summary>
internal static class Comparison
{
    public static Verdict Of(RunOutcome cpython, RunOutcome gilgen)
    {
        if (cpython.Failure is not null || cpython.Escaped == "SyntaxError")
            return Verdict.Invalid;
        if (gilgen.Failure is { } failure)
        {
            if (failure.StartsWith("compile", System.StringComparison.Ordinal) || failure.StartsWith("the emitted", System.StringComparison.Ordinal))
                return Verdict.CompileError;
            if (failure.StartsWith("GilGen did not finish", System.StringComparison.Ordinal))
                return Verdict.Hang;
            return Verdict.Crash;
        }
        if (cpython.Escaped != gilgen.Escaped)
            return Verdict.Exception;
        if (cpython.Stdout != gilgen.Stdout)
            return Verdict.Stdout;
        return Verdict.Same;
    }

    /// <summary>The first line where the two stdouts differ, for reports.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < System.Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end>";
            string al = i < a.Length ? a[i] : "<end>";
            if (el != al)
                return $"line {i + 1}: CPython {Quote(el)} / GilGen {Quote(al)}";
        }
        return "(identical)";
    }

    private static string Quote(string s) => s.Length > 200 ? "'" + s[..200] + "...'" : "'" + s + "'";
}
