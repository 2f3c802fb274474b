// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C161;

public sealed class Cart
{
    private decimal _total;
    private readonly Dictionary<string, decimal> _prices = new Dictionary<string, decimal>
    {
        ["apple"] = 1.5m, ["pear"] = 2m, ["plum"] = 0.75m, ["fig"] = 3m,
    };

    public decimal Total()
    {
        Parallel.ForEach(_prices, item =>
        {
            _total += item.Value; // expect: GIL2001
        });
        return _total;
    }
}

public static class Program
{
    public static void Run() => Console.WriteLine(new Cart().Total());
}
