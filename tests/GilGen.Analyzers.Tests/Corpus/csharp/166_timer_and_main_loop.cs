// group: thread entry: timers
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C166;

public sealed class RateMeter
{
    private double _rate;

    public void Decay(object state)
    {
        _rate = _rate * 0.9; // expect: GIL2001
    }

    public void Mark()
    {
        _rate += 1.0; // expect: GIL2001
    }

    public double Rate => _rate;
}

public static class Program
{
    public static void Run()
    {
        var meter = new RateMeter();
        using (new Timer(meter.Decay, null, 0, 5))
        {
            for (int i = 0; i < 1000; i++) meter.Mark();
        }
        Console.WriteLine(meter.Rate > 0);
    }
}
