// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C132;

public sealed class UndoLog
{
    private readonly Stack<string> _actions = new Stack<string>();

    public void Push(string action) => _actions.Push(action); // expect: GIL2006

    public int Depth => _actions.Count;
}

public static class Program
{
    public static void Run()
    {
        var log = new UndoLog();
        var tasks = Enumerable.Range(0, 20).Select(i => Task.Run(() => log.Push("edit " + i))).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(log.Depth);
    }
}
