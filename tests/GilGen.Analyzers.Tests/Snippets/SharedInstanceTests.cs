using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>GIL1001 and GIL1002 on <c>self.x</c> of an instance that several threads share, in snippets with classes.</summary>
public sealed class SharedInstanceTests
{
    [Fact]
    public Task A_bound_method_of_a_module_level_instance_as_the_target() => VerifyBothAsync("""
        import threading

        class Counter:
            def __init__(self):
                self.count = 0
            def increment(self):
                for _ in range(1000):
                    [|self.count += 1|]

        counter = Counter()
        threads = [threading.Thread(target=counter.increment) for _ in range(4)]
        for t in threads: t.start()
        for t in threads: t.join()
        """);

    [Fact]
    public Task A_bound_method_of_an_instance_made_in_the_starting_function() => VerifyBothAsync("""
        import threading

        class Counter:
            def __init__(self):
                self.count = 0
            def increment(self):
                [|self.count += 1|]

        def main():
            counter = Counter()
            threads = [threading.Thread(target=counter.increment) for _ in range(4)]
            for t in threads: t.start()
            for t in threads: t.join()
            return counter.count
        """);

    [Fact]
    public Task An_instance_handed_to_each_thread_in_args() => VerifyBothAsync("""
        import threading

        class Account:
            def __init__(self):
                self.balance = 100

        def withdraw(account, amount):
            {|GIL1002:if account.balance >= amount|}:
                account.balance -= amount

        def main():
            account = Account()
            threads = [threading.Thread(target=withdraw, args=(account, 80)) for _ in range(2)]
            for t in threads: t.start()
            for t in threads: t.join()
        """);

    [Fact]
    public Task A_lock_held_by_the_method_is_safe() => VerifyBothAsync("""
        import threading

        class Counter:
            def __init__(self):
                self.count = 0
                self.lock = threading.Lock()
            def increment(self):
                with self.lock:
                    self.count += 1
                    if self.count > 10:
                        self.count = 0

        counter = Counter()
        threads = [threading.Thread(target=counter.increment) for _ in range(4)]
        """);

    [Fact]
    public Task An_instance_each_thread_makes_for_itself_is_safe() => VerifyBothAsync("""
        import threading

        class Counter:
            def __init__(self):
                self.count = 0
            def increment(self):
                self.count += 1

        def work():
            mine = Counter()
            for _ in range(10):
                mine.increment()
            if mine.count < 5:
                mine.count += 1

        threads = [threading.Thread(target=work) for _ in range(4)]
        """);
}
