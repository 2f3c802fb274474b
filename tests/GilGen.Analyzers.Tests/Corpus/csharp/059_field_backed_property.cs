// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C059;

public sealed class Account
{
    private decimal _balance;

    public decimal Balance
    {
        get { return _balance; }
        set { _balance = value; }
    }
}

public static class Program
{
    public static void Run()
    {
        var account = new Account();
        var a = new Thread(() => { for (int i = 0; i < 1000; i++) account.Balance += 10; }); // expect: GIL2001
        var b = new Thread(() => { for (int i = 0; i < 1000; i++) account.Balance -= 10; }); // expect: GIL2001
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(account.Balance);
    }
}
