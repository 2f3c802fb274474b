// group: thread entry: Task.Factory.StartNew
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C325;

public sealed class RuleSet
{
    private List<string> _rules;
    public int Loads;

    private List<string> LoadRules()
    {
        Interlocked.Increment(ref Loads);
        return new List<string> { "no-tabs", "max-len" };
    }

    public List<string> Rules
    {
        get
        {
            if (_rules == null) _rules = LoadRules(); // expect: GIL2005
            return _rules;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var rs = new RuleSet();
        var ts = Enumerable.Range(0, 6).Select(_ => Task.Factory.StartNew(() => rs.Rules.Count)).ToArray();
        Task.WaitAll(ts);
        Console.WriteLine(rs.Loads);
    }
}
