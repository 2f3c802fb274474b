using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetFixVerifier;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>GIL1001's fix: the statement goes into <c>with lock:</c>, the module gets its lock, the literal stays well formed.</summary>
public sealed class WrapInLockFixTests
{
    private const string Counter = """
        import threading

        counter = 0

        def increment():
            global counter
            for _ in range(1000):
                [|counter += 1|]

        threads = [threading.Thread(target=increment) for _ in range(4)]
        """;

    private const string CounterFixed = """
        import threading
        lock = threading.Lock()

        counter = 0

        def increment():
            global counter
            for _ in range(1000):
                with lock:
                    counter += 1

        threads = [threading.Thread(target=increment) for _ in range(4)]
        """;

    [Fact]
    public Task Raw_literal_gets_a_lock_after_the_imports()
        => VerifyCSharpFixAsync(InModule(Counter), InModule(CounterFixed));

    [Fact]
    public Task Raw_literal_reuses_the_module_lock()
        => VerifyCSharpFixAsync(InModule("""
            import threading

            n = 0
            guard = threading.RLock()

            def worker():
                global n
                [|n += 1|]

            threads = [threading.Thread(target=worker) for _ in range(4)]
            """), InModule("""
            import threading

            n = 0
            guard = threading.RLock()

            def worker():
                global n
                with guard:
                    n += 1

            threads = [threading.Thread(target=worker) for _ in range(4)]
            """));

    [Fact]
    public Task Raw_literal_nested_in_a_class_keeps_the_literal_indentation()
        => VerifyCSharpFixAsync(""""
            using GilGen;

            namespace Tests;

            public static partial class Outer
            {
                [GilModule("""
                    from threading import Thread, Lock
                    n = 0
                    def worker():
                        global n
                        [|n += 1|]  # racy
                    ts = [Thread(target=worker) for _ in range(2)]
                    """)]
                public static partial class M { }
            }
            """", """"
            using GilGen;

            namespace Tests;

            public static partial class Outer
            {
                [GilModule("""
                    from threading import Thread, Lock
                    lock = Lock()
                    n = 0
                    def worker():
                        global n
                        with lock:
                            n += 1  # racy
                    ts = [Thread(target=worker) for _ in range(2)]
                    """)]
                public static partial class M { }
            }
            """");

    [Fact]
    public Task Verbatim_literal_gets_real_line_breaks()
        => VerifyCSharpFixAsync(
            "using GilGen;\nnamespace Tests;\n[GilModule(@\"import threading\nname = \"\"n\"\"\nn = 0\ndef worker():\n    global n\n    [|n += 1|]\nts = [threading.Thread(target=worker) for _ in range(2)]\n\")]\npublic static partial class M { }\n",
            "using GilGen;\nnamespace Tests;\n[GilModule(@\"import threading\nlock = threading.Lock()\nname = \"\"n\"\"\nn = 0\ndef worker():\n    global n\n    with lock:\n        n += 1\nts = [threading.Thread(target=worker) for _ in range(2)]\n\")]\npublic static partial class M { }\n");

    [Fact]
    public Task Regular_literal_gets_escaped_line_breaks_and_its_tab_indentation()
        => VerifyCSharpFixAsync(
            "using GilGen;\nnamespace Tests;\n[GilModule(\"import threading\\nn = 0\\ndef worker():\\n\\tglobal n\\n\\t[|n += 1|]\\nts = [threading.Thread(target=worker) for _ in range(2)]\\n\")]\npublic static partial class M { }\n",
            "using GilGen;\nnamespace Tests;\n[GilModule(\"import threading\\nlock = threading.Lock()\\nn = 0\\ndef worker():\\n\\tglobal n\\n\\twith lock:\\n\\t\\tn += 1\\nts = [threading.Thread(target=worker) for _ in range(2)]\\n\")]\npublic static partial class M { }\n");

    [Fact]
    public Task Regular_literal_keeps_its_common_margin()
        => VerifyCSharpFixAsync(
            "using GilGen;\nnamespace Tests;\n[GilModule(\"  import threading\\n  n = 0\\n  def worker():\\n    global n\\n    [|n += 1|]\\n  ts = [threading.Thread(target=worker) for _ in range(2)]\\n\")]\npublic static partial class M { }\n",
            "using GilGen;\nnamespace Tests;\n[GilModule(\"  import threading\\n  lock = threading.Lock()\\n  n = 0\\n  def worker():\\n    global n\\n    with lock:\\n      n += 1\\n  ts = [threading.Thread(target=worker) for _ in range(2)]\\n\")]\npublic static partial class M { }\n");

    [Fact]
    public Task GilFunction_gets_its_lock_at_module_level_before_the_def()
        => VerifyCSharpFixAsync(""""
            using GilGen;

            namespace Tests;

            public static partial class Functions
            {
                [GilFunction("""
                    import threading

                    hits = 0

                    def count(k):
                        def bump():
                            global hits
                            [|hits += 1|]
                        threads = []
                        for _ in range(k):
                            threads.append(threading.Thread(target=bump))
                        for t in threads:
                            t.start()
                        for t in threads:
                            t.join()
                        return hits
                    """)]
                public static partial long Count(long k);
            }
            """", """"
            using GilGen;

            namespace Tests;

            public static partial class Functions
            {
                [GilFunction("""
                    import threading
                    lock = threading.Lock()

                    hits = 0

                    def count(k):
                        def bump():
                            global hits
                            with lock:
                                hits += 1
                        threads = []
                        for _ in range(k):
                            threads.append(threading.Thread(target=bump))
                        for t in threads:
                            t.start()
                        for t in threads:
                            t.join()
                        return hits
                    """)]
                public static partial long Count(long k);
            }
            """");

    private const string TwoFunctions = """
        import threading

        hits = 0
        total = 0

        def record(k):
            global hits, total
            [|hits += 1|]
            [|total += k|]

        def undo():
            global hits
            [|hits -= 1|]

        threads = [threading.Thread(target=record, args=(k,)) for k in range(4)]
        threads += [threading.Thread(target=undo) for _ in range(2)]
        """;

    // TwoFunctions fixed one statement at a time: each gets its own with, all share the lock the first fix declared.
    private const string TwoFunctionsFixedOneByOne = """
        import threading
        lock = threading.Lock()

        hits = 0
        total = 0

        def record(k):
            global hits, total
            with lock:
                hits += 1
            with lock:
                total += k

        def undo():
            global hits
            with lock:
                hits -= 1

        threads = [threading.Thread(target=record, args=(k,)) for k in range(4)]
        threads += [threading.Thread(target=undo) for _ in range(2)]
        """;

    // TwoFunctions after Fix All: one lock for the snippet, adjacent statements under one with.
    private const string TwoFunctionsFixedAll = """
        import threading
        lock = threading.Lock()

        hits = 0
        total = 0

        def record(k):
            global hits, total
            with lock:
                hits += 1
                total += k

        def undo():
            global hits
            with lock:
                hits -= 1

        threads = [threading.Thread(target=record, args=(k,)) for k in range(4)]
        threads += [threading.Thread(target=undo) for _ in range(2)]
        """;

    [Fact]
    public Task One_at_a_time_each_statement_gets_a_with_and_Fix_All_gives_adjacent_statements_one_with()
        => VerifyCSharpFixAsync(InModule(TwoFunctions), InModule(TwoFunctionsFixedOneByOne), InModule(TwoFunctionsFixedAll));

    [Fact]
    public Task Two_snippets_of_one_file_each_get_their_own_lock()
        => VerifyCSharpFixAsync(
            InModule(Counter, "First") + InModule(TwoFunctions, "Second").Replace("using GilGen;\n\nnamespace Tests;\n\n", ""),
            InModule(CounterFixed, "First") + InModule(TwoFunctionsFixedOneByOne, "Second").Replace("using GilGen;\n\nnamespace Tests;\n\n", ""),
            InModule(CounterFixed, "First") + InModule(TwoFunctionsFixedAll, "Second").Replace("using GilGen;\n\nnamespace Tests;\n\n", ""));

    [Fact]
    public Task Py_file_gets_import_threading_when_it_only_imports_from_it()
        => VerifyPythonFixAsync("""
            from threading import Thread

            n = 0

            def worker():
                global n
                [|n += (
                    1)|]

            threads = [Thread(target=worker) for _ in range(2)]
            """, """
            from threading import Thread
            import threading
            lock = threading.Lock()

            n = 0

            def worker():
                global n
                with lock:
                    n += (
                        1)

            threads = [Thread(target=worker) for _ in range(2)]
            """);

    [Fact]
    public Task Py_file_the_seed_07()
        => VerifyPythonFixAsync(Example("07_race_counter.py").Replace("        counter += 1", "        [|counter += 1|]"), Example("07_race_counter.py")
            .Replace("import threading\n", "import threading\nlock = threading.Lock()\n")
            .Replace("        counter += 1", "        with lock:\n            counter += 1"));

    [Fact]
    public Task Py_file_fix_all_shares_one_lock()
        => VerifyPythonFixAsync(TwoFunctions, TwoFunctionsFixedAll, fixAll: true);

    [Fact]
    public Task A_lock_name_already_taken_is_not_reused()
        => VerifyPythonFixAsync("""
            import threading

            lock = "not a lock"
            n = 0

            def worker():
                global n
                [|n += 1|]

            threads = [threading.Thread(target=worker) for _ in range(2)]
            """, """
            import threading
            lock2 = threading.Lock()

            lock = "not a lock"
            n = 0

            def worker():
                global n
                with lock2:
                    n += 1

            threads = [threading.Thread(target=worker) for _ in range(2)]
            """);

    [Fact]
    public Task The_lock_goes_after_the_import_it_needs_even_a_late_one()
        => VerifyPythonFixAsync("""
            "A docstring stays first."
            n = 0
            import threading as th

            def worker():
                global n
                [|n += 1|]

            threads = [th.Thread(target=worker) for _ in range(2)]
            """, """
            "A docstring stays first."
            n = 0
            import threading as th
            lock = th.Lock()

            def worker():
                global n
                with lock:
                    n += 1

            threads = [th.Thread(target=worker) for _ in range(2)]
            """);

    [Fact]
    public Task A_module_without_threading_gets_the_import_after_its_docstring_and_imports()
        => VerifyPythonFixAsync("""
            "Tasks on a pool."
            from concurrent.futures import ThreadPoolExecutor

            done = 0

            def task(k):
                global done
                [|done += k|]

            with ThreadPoolExecutor(max_workers=2) as pool:
                list(pool.map(task, range(4)))
            """, """
            "Tasks on a pool."
            from concurrent.futures import ThreadPoolExecutor
            import threading
            lock = threading.Lock()

            done = 0

            def task(k):
                global done
                with lock:
                    done += k

            with ThreadPoolExecutor(max_workers=2) as pool:
                list(pool.map(task, range(4)))
            """);

    [Fact]
    public async Task A_py_file_with_CRLF_line_breaks_keeps_them()
    {
        var fixedText = await VerifyPythonFixAsync(Counter.Replace("\n", "\r\n"), CounterFixed);
        Assert.Equal(CounterFixed.Replace("\n", "\r\n"), fixedText);
    }

    [Fact]
    public async Task No_fix_for_a_statement_that_shares_its_line()
    {
        var source = InModule("""
            import threading

            n = 0
            ready = True

            def worker():
                global n
                if ready: [|n += 1|]

            threads = [threading.Thread(target=worker) for _ in range(2)]
            """);
        await VerifyCSharpFixAsync(source, source);
    }
}
