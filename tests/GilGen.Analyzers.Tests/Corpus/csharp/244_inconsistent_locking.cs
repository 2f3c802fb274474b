// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C244;

public sealed class Account
{
    private readonly object _gate = new object();
    private int _balance;

    public void Deposit(int amount)
    {
        lock (_gate)
        {
            _balance += amount; // expect: GIL2001
        }
    }

    public void ApplyFee()
    {
        _balance -= 1; // expect: GIL2001
    }

    public int Balance { get { lock (_gate) return _balance; } }
}

public static class Program
{
    public static void Run()
    {
        var acc = new Account();
        Parallel.Invoke(
            () => { for (int i = 0; i < 1000; i++) acc.Deposit(2); },
            () => { for (int i = 0; i < 1000; i++) acc.ApplyFee(); });
        Console.WriteLine(acc.Balance);
    }
}
