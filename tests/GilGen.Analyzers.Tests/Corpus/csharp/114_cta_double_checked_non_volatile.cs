// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C114;

public sealed class Config
{
    private static readonly object Gate = new object();
    private static Config _current;

    public readonly Dictionary<string, string> Values = new Dictionary<string, string> { ["env"] = "prod" };

    public static Config Current
    {
        get
        {
            if (_current == null) // expect: GIL2005
            {
                lock (Gate)
                {
                    if (_current == null)
                        _current = new Config();
                }
            }
            return _current;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() => Config.Current.Values["env"])).ToArray();
        Console.WriteLine(tasks[0].Result);
    }
}
