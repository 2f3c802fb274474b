// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C031;

public static class Program
{
    public static void Run()
    {
        var squares = new long[1000];
        // Every iteration owns its own slot.
        Parallel.For(0, squares.Length, i =>
        {
            squares[i] = (long)i * i;
            squares[i]++;
        });
        Console.WriteLine(squares.Sum());
    }
}
