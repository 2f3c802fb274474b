// group: precision: lock taken through a TakeLock(ref taken) wrapper
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C234;

public sealed class Ledger
{
    private readonly object _gate = new object();
    private decimal _balance;

    private readonly struct Releaser : IDisposable
    {
        private readonly object _gate;
        public Releaser(object gate) { _gate = gate; }
        public void Dispose() => Monitor.Exit(_gate);
    }

    private Releaser TakeLock()
    {
        Monitor.Enter(_gate);
        return new Releaser(_gate);
    }

    public void Post(decimal amount)
    {
        using (TakeLock())
        {
            _balance += amount;
        }
    }

    public decimal Balance { get { using (TakeLock()) return _balance; } }
}

public static class Program
{
    public static void Run()
    {
        var l = new Ledger();
        Parallel.For(0, 100, i => l.Post(i));
        Console.WriteLine(l.Balance);
    }
}
