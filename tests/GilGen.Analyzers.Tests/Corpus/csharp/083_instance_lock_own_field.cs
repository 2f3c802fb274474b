// group: precision: per-instance lock (lock identity includes the receiver)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C083;

public sealed class Account
{
    private readonly object _gate = new object();
    private int _balance;

    public void Deposit(int amount)
    {
        lock (_gate)
        {
            _balance += amount;
        }
    }

    public int Balance { get { lock (_gate) return _balance; } }
}

public static class Program
{
    public static void Run()
    {
        var accounts = new[] { new Account(), new Account() };
        Parallel.For(0, 1000, i => accounts[i % 2].Deposit(i));
        Console.WriteLine(accounts[0].Balance + accounts[1].Balance);
    }
}
