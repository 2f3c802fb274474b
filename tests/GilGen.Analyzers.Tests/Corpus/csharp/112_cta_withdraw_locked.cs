// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C112;

public static class Bank
{
    static readonly object Gate = new object();
    static decimal _balance = 100m;

    public static bool Withdraw(decimal amount)
    {
        lock (Gate)
        {
            if (_balance >= amount)
            {
                _balance -= amount;
                return true;
            }
            return false;
        }
    }

    public static decimal Balance { get { lock (Gate) return _balance; } }
}

public static class Program
{
    public static void Run()
    {
        var a = new Thread(() => Bank.Withdraw(80m));
        var b = new Thread(() => Bank.Withdraw(80m));
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(Bank.Balance);
    }
}
