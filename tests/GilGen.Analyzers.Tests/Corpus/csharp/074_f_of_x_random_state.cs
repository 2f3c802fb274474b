// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C074;

public static class Program
{
    static uint _state = 12345;

    static uint Step(uint s) => s * 1664525u + 1013904223u;

    static uint NextRandom()
    {
        _state = Step(_state); // expect: GIL2001
        return _state;
    }

    public static void Run()
    {
        var values = new uint[64];
        Parallel.For(0, values.Length, i => values[i] = NextRandom());
        Console.WriteLine(values.Distinct().Count());
    }
}
