// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C282;

public static class Program
{
    static int _errors;

    public static void Run()
    {
        var failing = Task.Run(() => throw new InvalidOperationException());
        var handler = failing.ContinueWith(t =>
        {
            _errors++;
            return t.Exception?.InnerExceptions.Count ?? 0;
        });
        int inner = handler.Result;
        _errors += inner;
        Console.WriteLine(_errors);
    }
}
