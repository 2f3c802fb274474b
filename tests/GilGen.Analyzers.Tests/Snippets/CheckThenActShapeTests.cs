using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>
/// GIL1002 on checks that read through a small helper function (whose lock is released before the
/// act) and on truth tests of a container (<c>if not queue: return</c> then <c>queue.pop()</c>).
/// </summary>
public sealed class CheckThenActShapeTests
{
    [Fact]
    public Task A_check_through_a_locked_helper_then_a_separately_locked_act() => VerifyBothAsync("""
        import threading

        guard = threading.Lock()
        slots = []

        def used():
            with guard:
                return len(slots)

        def take(x):
            {|GIL1002:if used() < 3|}:
                with guard:
                    slots.append(x)

        for i in range(6):
            threading.Thread(target=take, args=(i,)).start()
        """);

    [Fact]
    public Task A_check_through_a_helper_inside_the_same_lock_as_the_act_is_safe() => VerifyBothAsync("""
        import threading

        guard = threading.RLock()
        slots = []

        def used():
            with guard:
                return len(slots)

        def take(x):
            with guard:
                if used() < 3:
                    slots.append(x)

        for i in range(6):
            threading.Thread(target=take, args=(i,)).start()
        """);

    [Fact]
    public Task A_truth_test_of_a_shared_list_then_pop() => VerifyBothAsync("""
        import threading

        backlog = [1, 2, 3]

        def drain():
            while True:
                {|GIL1002:if not backlog|}:
                    break
                backlog.pop()

        for _ in range(3):
            threading.Thread(target=drain).start()
        """);

    [Fact]
    public Task A_truth_test_of_a_local_list_then_pop_is_safe() => VerifyBothAsync("""
        import threading

        def drain():
            backlog = [1, 2, 3]
            while True:
                if not backlog:
                    break
                backlog.pop()

        for _ in range(3):
            threading.Thread(target=drain).start()
        """);
}
