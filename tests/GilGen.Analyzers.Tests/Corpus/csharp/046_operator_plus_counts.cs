// group: implicit: operator/conversion
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C046;

public readonly struct Money
{
    public static int Additions;
    public readonly decimal Amount;

    public Money(decimal amount) { Amount = amount; }

    public static Money operator +(Money a, Money b)
    {
        Additions++; // expect: GIL2001
        return new Money(a.Amount + b.Amount);
    }
}

public static class Program
{
    public static void Run()
    {
        var totals = new Money[4];
        Parallel.For(0, 4, k =>
        {
            var sum = new Money(0);
            for (int i = 0; i < 100; i++) sum = sum + new Money(i);
            totals[k] = sum;
        });
        Console.WriteLine(Money.Additions);
    }
}
