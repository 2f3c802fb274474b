// group: thread entry: finalizer
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C149;

public sealed class NativeBuffer : IDisposable
{
    public static int Released;

    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    ~NativeBuffer()
    {
        Release();
    }

    private void Release()
    {
        Released++; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        for (int i = 0; i < 10000; i++)
        {
            var b = new NativeBuffer();
            if (i % 2 == 0)
            {
                using (b) { }
            }
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine(NativeBuffer.Released);
    }
}
