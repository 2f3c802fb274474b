// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C199;

public sealed class Page
{
    public int Views;
}

public static class Program
{
    public static void Run()
    {
        var page = new Page();
        var a = new Thread(() => { for (int i = 0; i < 1000; i++) page.Views = page.Views + 1; }); // expect: GIL2001
        a.Start();
        for (int i = 0; i < 1000; i++) page.Views = page.Views + 1; // expect: GIL2001
        a.Join();
        Console.WriteLine(page.Views);
    }
}
