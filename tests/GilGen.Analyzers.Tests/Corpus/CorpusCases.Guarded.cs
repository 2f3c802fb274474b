using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.Corpus;

internal static partial class CorpusCases
{
    /// <summary>[GuardedBy] fields: used correctly, read without the lock, used in lambdas and local functions.</summary>
    public static readonly IReadOnlyList<CorpusCase> Guarded =
    [
        new("GuardedAllLocked", """
            using System.Collections.Generic;
            using GilGen;

            sealed class Inbox
            {
                private readonly object _gate = new();
                [GuardedBy(nameof(_gate))] private readonly List<string> _messages = new();
                [GuardedBy(nameof(_gate))] private int _unread;

                public void Deliver(string message)
                {
                    lock (_gate)
                    {
                        _messages.Add(message);
                        _unread++;
                    }
                }

                public int Unread
                {
                    get { lock (_gate) return _unread; }
                }
            }
            """),

        new("GuardedUnlockedRead", """
            using GilGen;

            sealed class Inventory
            {
                private readonly object _gate = new();
                [GuardedBy(nameof(_gate))] private int _count;

                public void Add()
                {
                    lock (_gate) _count++;
                }

                public int Count => {|GIL2003:_count|};
            }
            """),

        new("GuardedLambdaInsideLock", """
            using System.Threading;
            using GilGen;

            sealed class Inventory
            {
                private readonly object _gate = new();
                [GuardedBy(nameof(_gate))] private int _count;

                public void Add()
                {
                    lock (_gate) _count++;
                }

                public void ResetLater()
                {
                    lock (_gate)
                    {
                        ThreadPool.QueueUserWorkItem(_ => {|GIL2003:_count|} = 0);
                    }
                }
            }
            """, "The lambda runs on a pool thread after the lock is released."),

        new("GuardedLambdaTakesLock", """
            using System.Threading;
            using GilGen;

            sealed class Inventory
            {
                private readonly object _gate = new();
                [GuardedBy(nameof(_gate))] private int _count;

                public void Add()
                {
                    lock (_gate) _count++;
                }

                public void ResetLater()
                {
                    ThreadPool.QueueUserWorkItem(_ =>
                    {
                        lock (_gate) _count = 0;
                    });
                }
            }
            """),

        new("GuardedMonitor", """
            using System.Threading;
            using GilGen;

            static class Sequence
            {
                private static readonly object s_gate = new();
                [GuardedBy(nameof(s_gate))] private static long s_next;

                public static long Next()
                {
                    Monitor.Enter(s_gate);
                    try
                    {
                        return s_next++;
                    }
                    finally
                    {
                        Monitor.Exit(s_gate);
                    }
                }
            }
            """),

        new("GuardedWrongLock", """
            using GilGen;

            sealed class Account
            {
                private readonly object _balanceGate = new();
                private readonly object _auditGate = new();
                [GuardedBy(nameof(_balanceGate))] private decimal _balance;
                [GuardedBy(nameof(_auditGate))] private int _audits;

                public void Deposit(decimal amount)
                {
                    lock (_balanceGate) _balance += amount;
                }

                public void Audit()
                {
                    lock (_auditGate)
                    {
                        _audits++;
                        if ({|GIL2003:_balance|} < 0) throw new System.InvalidOperationException();
                    }
                }
            }
            """, "The balance is read under the audit lock, which is not its lock."),

        new("GuardedLocalFunctionOnTask", """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using GilGen;

            sealed class Buffer
            {
                private readonly object _gate = new();
                [GuardedBy(nameof(_gate))] private readonly List<int> _items = new();

                public void Add(int item)
                {
                    lock (_gate) _items.Add(item);
                }

                public Task ClearLater()
                {
                    lock (_gate)
                    {
                        void Clear() => {|GIL2003:_items|}.Clear();
                        return Task.Run(Clear);
                    }
                }
            }
            """, "The local function runs on the pool after the lock is released."),

        new("GuardedSystemThreadingLock", """
            using System.Threading;
            using GilGen;

            sealed class Window
            {
                private readonly Lock _lock = new();
                [GuardedBy(nameof(_lock))] private int _open;

                public void Open()
                {
                    lock (_lock) _open++;
                }

                public void Close()
                {
                    using (_lock.EnterScope())
                    {
                        _open--;
                    }
                }
            }
            """),

        new("GuardedStaticUnlockedWrite", """
            using GilGen;

            static class Settings
            {
                private static readonly object s_gate = new();
                [GuardedBy(nameof(s_gate))] private static string s_endpoint = "";

                public static string Endpoint
                {
                    get { lock (s_gate) return s_endpoint; }
                    set { {|GIL2003:s_endpoint|} = value; }
                }
            }
            """),

        new("GuardedOwnAttribute", """
            using System;

            [AttributeUsage(AttributeTargets.Field)]
            sealed class GuardedByAttribute(string lockName) : Attribute
            {
                public string LockName { get; } = lockName;
            }

            sealed class Registry
            {
                private readonly object _sync = new();
                [GuardedBy(nameof(_sync))] private int _registered;

                public void Register()
                {
                    lock (_sync) _registered++;
                }

                public bool Any() => {|GIL2003:_registered|} > 0;
            }
            """, "A project's own attribute named GuardedByAttribute counts the same."),
    ];
}
