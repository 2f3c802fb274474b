using System.Collections.Concurrent;

namespace GilGen.Runtime;

/// <summary>
/// The pipe under a <c>multiprocessing</c> Queue, JoinableQueue or SimpleQueue: the copies (made by
/// <see cref="CrossInterpreterCopy.Export"/> in the sending process) that the receiving processes have not taken
/// yet, first in first out. CPython's is an OS pipe of pickled bytes; sending never blocks here (the pipe's buffer
/// is unbounded), which only a queue's maxsize limits, as its semaphore does in CPython.
/// </summary>
internal sealed class SharedChannel
{
    private readonly ConcurrentQueue<object> _items = new();
    private readonly SharedWaitable _waitable = new();

    private static WaitTarget NextItem() => new("a multiprocessing queue's next item");

    /// <summary>True while something waits to be received.</summary>
    public bool HasItems => !_items.IsEmpty;

    /// <summary>Appends a copy and wakes a receiver.</summary>
    public void Send(object copy)
    {
        _items.Enqueue(copy);
        _waitable.Signal();
    }

    /// <summary>Takes the oldest copy, waiting until <paramref name="deadline"/> without the GIL of <paramref name="ts"/>; null when it passed first.</summary>
    public object? Receive(ThreadState ts, WaitDeadline deadline)
    {
        while (true)
        {
            if (_items.TryDequeue(out var copy)) return copy;
            if (!_waitable.Wait(ts, () => HasItems, deadline, NextItem))
                return _items.TryDequeue(out copy) ? copy : null;
        }
    }

    /// <summary>Waits until something can be received or <paramref name="deadline"/> passes; true when something can.</summary>
    public bool Poll(ThreadState ts, WaitDeadline deadline) =>
        _waitable.Wait(ts, () => HasItems, deadline, NextItem);
}
