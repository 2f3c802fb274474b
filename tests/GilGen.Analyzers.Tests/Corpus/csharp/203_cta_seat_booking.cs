// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C203;

public sealed class Theater
{
    private readonly bool[] _booked = new bool[10];
    private int _sold;

    public bool Book(int seat)
    {
        if (!_booked[seat]) // expect: GIL2005
        {
            _booked[seat] = true;
            Interlocked.Increment(ref _sold);
            return true;
        }
        return false;
    }

    public int Sold => _sold;
}

public static class Program
{
    public static void Run()
    {
        var theater = new Theater();
        Parallel.For(0, 100, i => theater.Book(i % 10));
        Console.WriteLine(theater.Sold);
    }
}
