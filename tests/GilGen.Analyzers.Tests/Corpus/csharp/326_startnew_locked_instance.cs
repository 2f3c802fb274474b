// group: thread entry: Task.Factory.StartNew
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C326;

public sealed class RuleSet
{
    private readonly object _gate = new object();
    private List<string> _rules;
    public int Loads;

    public List<string> Rules
    {
        get
        {
            lock (_gate)
            {
                if (_rules == null)
                {
                    Loads++;
                    _rules = new List<string> { "no-tabs", "max-len" };
                }
                return _rules;
            }
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
