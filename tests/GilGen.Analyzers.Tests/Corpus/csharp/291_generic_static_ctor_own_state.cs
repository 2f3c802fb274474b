// group: implicit: static constructor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C291;

public static class Cache<T>
{
    public static readonly List<T> Items;
    private static int _initializations;

    static Cache()
    {
        Items = new List<T>();
        Items.Add(default(T));
        _initializations++; // each closed type has its own _initializations
    }
}

public static class Program
{
    public static void Run()
    {
        var a = Task.Run(() => Cache<int>.Items.Count);
        var b = Task.Run(() => Cache<int>.Items.Count);
        var c = Task.Run(() => Cache<string>.Items.Count);
        Console.WriteLine(a.Result + b.Result + c.Result);
    }
}
