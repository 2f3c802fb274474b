using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>
/// GIL1001 and how long a started thread runs: the code that starts it races with it until it waits
/// for it (join, result, the end of the executor's with), and threads waited for one by one do not
/// run together.
/// </summary>
public sealed class ThreadLifetimeTests
{
    [Fact]
    public Task The_starting_code_races_the_thread_it_started_until_the_join() => VerifyBothAsync("""
        import threading

        hits = 0

        def poll():
            global hits
            for _ in range(500):
                [|hits += 2|]

        def run():
            global hits
            worker = threading.Thread(target=poll)
            worker.start()
            for _ in range(500):
                [|hits -= 1|]
            worker.join()
            hits *= 3
        """);

    [Fact]
    public Task A_read_modify_write_after_the_join_is_ordered_after_the_thread() => VerifyBothAsync("""
        import threading

        hits = 0

        def poll():
            global hits
            for _ in range(500):
                hits += 2

        def run():
            global hits
            hits = 5
            worker = threading.Thread(target=poll)
            worker.start()
            worker.join()
            hits -= 1
        """);

    [Fact]
    public Task A_loop_over_the_list_of_threads_that_joins_them_ends_their_run() => VerifyBothAsync("""
        import threading

        seen = 0

        def scan(k):
            pass

        def run():
            global seen
            pool = []
            for k in range(3):
                pool.append(threading.Thread(target=scan, args=(k,)))
            for th in pool:
                th.start()
            for th in pool:
                th.join()
            seen += 1
        """);

    [Fact]
    public Task Threads_started_and_joined_in_the_same_loop_iteration_run_one_at_a_time() => VerifyBothAsync("""
        import threading

        done = 0

        def step():
            global done
            done += 1

        def run():
            for _ in range(4):
                th = threading.Thread(target=step)
                th.start()
                th.join()
        """);

    [Fact]
    public Task Threads_started_in_a_loop_and_joined_after_it_run_together() => VerifyBothAsync("""
        import threading

        done = 0

        def step():
            global done
            [|done += 1|]

        def run():
            started = []
            for _ in range(4):
                th = threading.Thread(target=step)
                th.start()
                started.append(th)
            for th in started:
                th.join()
        """);

    [Fact]
    public Task A_submit_whose_result_is_awaited_on_the_spot_runs_alone() => VerifyBothAsync("""
        from concurrent.futures import ThreadPoolExecutor

        acc = 0

        def add(v):
            global acc
            acc += v

        def run():
            with ThreadPoolExecutor(4) as ex:
                for v in range(8):
                    ex.submit(add, v).result()
        """);

    [Fact]
    public Task A_single_worker_executor_runs_its_tasks_one_at_a_time() => VerifyBothAsync("""
        from concurrent.futures import ThreadPoolExecutor

        acc = 0

        def add(v):
            global acc
            acc += v

        def run():
            with ThreadPoolExecutor(max_workers=1) as ex:
                for v in range(8):
                    ex.submit(add, v)
        """);

    [Fact]
    public Task A_two_worker_executor_runs_its_tasks_together() => VerifyBothAsync("""
        from concurrent.futures import ThreadPoolExecutor

        acc = 0

        def add(v):
            global acc
            [|acc += v|]

        def run():
            with ThreadPoolExecutor(max_workers=2) as ex:
                for v in range(8):
                    ex.submit(add, v)
        """);

    [Fact]
    public Task Leaving_the_executor_block_waits_for_its_tasks() => VerifyBothAsync("""
        from concurrent.futures import ThreadPoolExecutor

        acc = 0

        def add(v):
            global acc
            acc += v

        def run():
            global acc
            with ThreadPoolExecutor(max_workers=1) as ex:
                ex.submit(add, 1)
            acc += 100
        """);

    [Fact]
    public Task Inside_the_executor_block_the_starting_code_races_its_tasks() => VerifyBothAsync("""
        from concurrent.futures import ThreadPoolExecutor

        acc = 0

        def add(v):
            global acc
            [|acc += v|]

        def run():
            global acc
            with ThreadPoolExecutor(max_workers=1) as ex:
                ex.submit(add, 1)
                [|acc += 100|]
        """);
}
