// group: thread entry: stored delegate started later
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C155;

public static class Program
{
    static int _saves;
    static readonly Dictionary<string, Action> Handlers = new Dictionary<string, Action>
    {
        ["save"] = () => _saves++, // expect: GIL2001
        ["noop"] = () => { },
    };

    public static void Run()
    {
        var commands = new[] { "save", "noop", "save", "save" };
        var threads = commands.Select(cmd => new Thread(() => Handlers[cmd]())).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Console.WriteLine(_saves);
    }
}
