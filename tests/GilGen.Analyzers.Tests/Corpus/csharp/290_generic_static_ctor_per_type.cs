// group: implicit: static constructor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C290;

public static class Registry
{
    public static int Types;
}

public static class Cache<T>
{
    public static readonly List<T> Items;

    static Cache()
    {
        Items = new List<T>();
        Registry.Types++; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        // Cache<int> and Cache<string> are two types: their initializers can run at the same time.
        var a = Task.Run(() => Cache<int>.Items.Count);
        var b = Task.Run(() => Cache<string>.Items.Count);
        var c = Task.Run(() => Cache<double>.Items.Count);
        Console.WriteLine(a.Result + b.Result + c.Result + Registry.Types);
    }
}
