// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C064;

public static class Program
{
    public static void Run()
    {
        var numbers = new List<int> { 1, 2, 3, 4, 5 };
        int sum = 0;
        // List<T>.ForEach and LINQ run the lambda on this thread.
        numbers.ForEach(n => sum += n);
        var evens = numbers.Where(n => { sum++; return n % 2 == 0; }).ToList();
        Console.WriteLine(sum + " " + evens.Count);
    }
}
