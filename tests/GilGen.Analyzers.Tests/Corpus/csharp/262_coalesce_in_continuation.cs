// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C262;

public sealed class Report
{
    private List<string> _errors;

    public void Fail(string message)
    {
        _errors ??= new List<string>(); // expect: GIL2001
    }

    public bool HasErrors => _errors != null;
}

public static class Program
{
    public static void Run()
    {
        var report = new Report();
        var checks = Enumerable.Range(0, 6)
            .Select(i => Task.Run(() => i % 2 == 0).ContinueWith(t => { if (t.Result) report.Fail("check " + i); }))
            .ToArray();
        Task.WaitAll(checks);
        Console.WriteLine(report.HasErrors);
    }
}
