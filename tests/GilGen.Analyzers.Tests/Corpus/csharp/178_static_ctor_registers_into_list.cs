// group: implicit: static constructor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C178;

public static class Catalog
{
    public static readonly List<string> Types = new List<string>();
}

public sealed class Invoice
{
    static Invoice() { Catalog.Types.Add(nameof(Invoice)); } // expect: GIL2006

    public static int Make() => 1;
}

public sealed class Receipt
{
    static Receipt() { Catalog.Types.Add(nameof(Receipt)); } // expect: GIL2006

    public static int Make() => 2;
}

public static class Program
{
    public static void Run()
    {
        var a = Task.Run(() => Invoice.Make());
        var b = Task.Run(() => Receipt.Make());
        Console.WriteLine(a.Result + b.Result + Catalog.Types.Count);
    }
}
