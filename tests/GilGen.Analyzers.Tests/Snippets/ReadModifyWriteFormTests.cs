using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>
/// GIL1001 on the forms of read-modify-write that are no augmented assignment (<c>x = max(x, v)</c>,
/// <c>d[k] = d.get(k, 0) + 1</c>), and the partitioned list each thread writes only its own slot of.
/// </summary>
public sealed class ReadModifyWriteFormTests
{
    [Fact]
    public Task A_global_stored_from_a_call_that_reads_it() => VerifyBothAsync("""
        import threading

        lowest = 1000

        def scan(values):
            global lowest
            for v in values:
                [|lowest = min(lowest, v)|]

        for part in ([5, 3], [9, 1]):
            threading.Thread(target=scan, args=(part,)).start()
        """);

    [Fact]
    public Task An_attribute_stored_from_a_call_that_reads_it() => VerifyBothAsync("""
        import threading

        class Gauge:
            def __init__(self):
                self.peak = 0
            def see(self, v):
                [|self.peak = max(v, self.peak)|]

        g = Gauge()

        def feed():
            for i in range(100):
                g.see(i)

        for _ in range(2):
            threading.Thread(target=feed).start()
        """);

    [Fact]
    public Task An_item_stored_from_get_of_the_same_key() => VerifyBothAsync("""
        import threading

        tally = {}

        def vote(name):
            for _ in range(100):
                [|tally[name] = tally.get(name, 0) + 1|]

        for who in ("a", "b", "a"):
            threading.Thread(target=vote, args=(who,)).start()
        """);

    [Fact]
    public Task An_item_stored_from_get_of_another_key_or_a_local_is_no_read_modify_write() => VerifyBothAsync("""
        import threading

        tally = {}
        defaults = {"a": 1}

        def vote(name):
            tally[name] = defaults.get(name, 0) + 1
            total = 0
            total = max(total, 3)

        for who in ("a", "b", "a"):
            threading.Thread(target=vote, args=(who,)).start()
        """);

    [Fact]
    public Task Each_thread_given_its_own_slot_of_a_list_does_not_race() => VerifyBothAsync("""
        import threading

        partial = [0, 0, 0]

        def add_up(index, values):
            for v in values:
                partial[index] += v

        workers = [threading.Thread(target=add_up, args=(j, [1, 2, 3])) for j in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        """);

    [Fact]
    public Task Threads_given_the_same_slot_race_on_it() => VerifyBothAsync("""
        import threading

        partial = [0, 0, 0]

        def add_up(index, values):
            for v in values:
                [|partial[index] += v|]

        workers = [threading.Thread(target=add_up, args=(0, [1, 2, 3])) for j in range(3)]
        for w in workers:
            w.start()
        """);

    [Fact]
    public Task A_slot_function_also_called_directly_is_not_partitioned() => VerifyBothAsync("""
        import threading

        partial = [0, 0, 0]

        def add_up(index, values):
            for v in values:
                [|partial[index] += v|]

        workers = [threading.Thread(target=add_up, args=(j, [1, 2])) for j in range(3)]
        for w in workers:
            w.start()
        add_up(1, [5])
        """);
}
