using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetFixVerifier;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>GIL1002: an <c>if</c> that tests shared state and then changes it, on several threads, no lock spanning both; its message, its safe look-alikes and its fix.</summary>
public sealed class CheckThenActTests
{
    [Fact]
    public Task Key_not_in_a_global_cache_then_store() => VerifyBothAsync("""
        import threading

        cache = {}

        def compute(key):
            return key * key

        def lookup(key):
            {|GIL1002:if key not in cache|}:
                cache[key] = compute(key)
            return cache[key]

        threads = [threading.Thread(target=lookup, args=(i % 3,)) for i in range(8)]
        for t in threads: t.start()
        for t in threads: t.join()
        """);

    [Fact]
    public Task Length_below_a_limit_then_append() => VerifyBothAsync("""
        import threading

        LIMIT = 10
        items = []

        def add(x):
            {|GIL1002:if len(items) < LIMIT|}:
                items.append(x)

        for i in range(20):
            threading.Thread(target=add, args=(i,)).start()
        """);

    [Fact]
    public Task Balance_check_then_subtract_is_one_GIL1002_not_also_GIL1001() => VerifyBothAsync("""
        import threading

        balance = 100

        def withdraw(amount):
            global balance
            {|GIL1002:if balance >= amount|}:
                balance -= amount

        threads = [threading.Thread(target=withdraw, args=(80,)) for _ in range(2)]
        for t in threads: t.start()
        """);

    [Fact]
    public Task An_attribute_of_a_shared_instance() => VerifyBothAsync("""
        import threading

        class Pool:
            def __init__(self):
                self.free = 3
            def take(self):
                {|GIL1002:if self.free > 0|}:
                    self.free -= 1

        pool = Pool()

        def worker():
            pool.take()

        threads = [threading.Thread(target=worker) for _ in range(5)]
        for t in threads: t.start()
        """);

    [Fact]
    public Task Safe_under_a_lock_spanning_both() => VerifyBothAsync("""
        import threading

        cache = {}
        lock = threading.Lock()

        def lookup(key):
            with lock:
                if key not in cache:
                    cache[key] = key * key
            return cache[key]

        threads = [threading.Thread(target=lookup, args=(i % 3,)) for i in range(8)]
        """);

    [Fact]
    public Task Safe_on_local_state_and_on_one_thread() => VerifyBothAsync("""
        import threading

        seen = {}

        def local_only(key):
            mine = {}
            if key not in mine:
                mine[key] = 1
            n = 0
            if n < 10:
                n += 1

        def once():
            if 1 not in seen:
                seen[1] = True

        for i in range(4):
            threading.Thread(target=local_only, args=(i,)).start()
        t = threading.Thread(target=once)
        t.start()
        t.join()
        """);

    [Fact]
    public async Task The_message_says_whether_a_call_is_in_the_window()
    {
        var messages = await PythonMessagesAsync("""
            import threading

            cache = {}
            balance = 100

            def lookup(key):
                global balance
                if key not in cache:
                    cache[key] = str(key)
                if balance >= key:
                    balance -= key

            threads = [threading.Thread(target=lookup, args=(i,)) for i in range(4)]
            """, id: "GIL1002");
        Assert.Equal(
            [
                "'if key not in cache' tests 'cache' and then changes it; another thread can change it in between, even on CPython 3.10 and later, which switch threads at the call 'str(key)'; hold a lock across the test and the change",
                "'if balance >= key' tests 'balance' and then changes it; another thread can change it in between on CPython 3.9 and without the GIL (3.10 and later switch threads only at calls and backward jumps, and there is none in between here); hold a lock across the test and the change",
            ],
            messages);
    }

    [Fact]
    public Task The_fix_puts_the_test_and_the_change_under_one_lock() => VerifyCSharpFixAsync(InModule("""
        import threading

        cache = {}

        def lookup(key):
            {|GIL1002:if key not in cache|}:
                cache[key] = str(key)
            return cache[key]

        threads = [threading.Thread(target=lookup, args=(i,)) for i in range(4)]
        """), InModule("""
        import threading
        lock = threading.Lock()

        cache = {}

        def lookup(key):
            with lock:
                if key not in cache:
                    cache[key] = str(key)
            return cache[key]

        threads = [threading.Thread(target=lookup, args=(i,)) for i in range(4)]
        """));

    [Fact]
    public Task One_at_a_time_each_gets_a_with_and_Fix_All_gives_a_check_then_act_and_a_read_modify_write_one_with() => VerifyCSharpFixAsync(InModule("""
        import threading

        cache = {}
        hits = 0

        def lookup(key):
            global hits
            [|hits += 1|]
            {|GIL1002:if key not in cache|}:
                cache[key] = str(key)
            return cache[key]

        threads = [threading.Thread(target=lookup, args=(i,)) for i in range(4)]
        """), InModule("""
        import threading
        lock = threading.Lock()

        cache = {}
        hits = 0

        def lookup(key):
            global hits
            with lock:
                hits += 1
            with lock:
                if key not in cache:
                    cache[key] = str(key)
            return cache[key]

        threads = [threading.Thread(target=lookup, args=(i,)) for i in range(4)]
        """), InModule("""
        import threading
        lock = threading.Lock()

        cache = {}
        hits = 0

        def lookup(key):
            global hits
            with lock:
                hits += 1
                if key not in cache:
                    cache[key] = str(key)
            return cache[key]

        threads = [threading.Thread(target=lookup, args=(i,)) for i in range(4)]
        """));

    [Fact]
    public Task A_test_that_returns_early_then_a_store_after_it() => VerifyBothAsync("""
        import threading

        cache = {}

        def lookup(key):
            {|GIL1002:if key in cache|}:
                return cache[key]
            value = key * 2
            cache[key] = value
            return value

        threads = [threading.Thread(target=lookup, args=(i % 3,)) for i in range(8)]
        """);

    [Fact]
    public Task The_fix_of_an_early_return_spans_the_if_through_the_store() => VerifyCSharpFixAsync(InModule("""
        import threading

        cache = {}

        def lookup(key):
            {|GIL1002:if key in cache|}:
                return cache[key]
            value = str(key)
            cache[key] = value
            return value

        threads = [threading.Thread(target=lookup, args=(i,)) for i in range(4)]
        """), InModule("""
        import threading
        lock = threading.Lock()

        cache = {}

        def lookup(key):
            with lock:
                if key in cache:
                    return cache[key]
                value = str(key)
                cache[key] = value
            return value

        threads = [threading.Thread(target=lookup, args=(i,)) for i in range(4)]
        """));
}
