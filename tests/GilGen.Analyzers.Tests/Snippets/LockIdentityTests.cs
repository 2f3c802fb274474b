using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>
/// GIL1001 and which lock: a lock excludes a race only when every concurrent write of the same
/// state holds that same lock; an object's own lock does not guard a global; a lock every caller
/// holds around the call is held in the callee.
/// </summary>
public sealed class LockIdentityTests
{
    [Fact]
    public Task Two_different_locks_around_the_same_global_exclude_nothing() => VerifyBothAsync("""
        import threading

        level = 0
        up_lock = threading.Lock()
        down_lock = threading.Lock()

        def up():
            global level
            with up_lock:
                [|level += 1|]

        def down():
            global level
            with down_lock:
                [|level -= 1|]

        for _ in range(3):
            threading.Thread(target=up).start()
            threading.Thread(target=down).start()
        """);

    [Fact]
    public Task A_locked_side_still_races_an_unlocked_side() => VerifyBothAsync("""
        import threading

        level = 0
        guard = threading.Lock()

        def up():
            global level
            guard.acquire()
            [|level += 1|]
            guard.release()

        def down():
            global level
            [|level -= 1|]

        threading.Thread(target=up).start()
        threading.Thread(target=down).start()
        """);

    [Fact]
    public Task The_same_lock_on_both_sides_excludes_the_race() => VerifyBothAsync("""
        import threading

        level = 0
        guard = threading.Lock()

        def up():
            global level
            with guard:
                level += 1

        def down():
            global level
            with guard:
                level -= 1

        for _ in range(3):
            threading.Thread(target=up).start()
            threading.Thread(target=down).start()
        """);

    [Fact]
    public Task An_objects_own_lock_does_not_guard_a_global() => VerifyBothAsync("""
        import threading

        transfers = 0

        class Wallet:
            def __init__(self):
                self.mutex = threading.Lock()
                self.coins = 0

            def put(self, n):
                global transfers
                with self.mutex:
                    self.coins += n
                    [|transfers += 1|]

        wallets = [Wallet() for _ in range(3)]
        for w in wallets:
            threading.Thread(target=w.put, args=(5,)).start()
        """);

    [Fact]
    public Task A_lock_every_caller_holds_is_held_in_the_callee() => VerifyBothAsync("""
        import threading

        class Registry:
            _guard = threading.Lock()
            made = 0
            _one = None

            def __init__(self):
                Registry.made += 1

            @classmethod
            def get(cls):
                with cls._guard:
                    if cls._one is None:
                        cls._one = cls()
                    return cls._one

        for _ in range(4):
            threading.Thread(target=Registry.get).start()
        """);

    [Fact]
    public Task A_classmethod_that_constructs_cls_without_a_lock_races_in_init() => VerifyBothAsync("""
        import threading

        class Registry:
            made = 0
            _one = None

            def __init__(self):
                [|Registry.made += 1|]

            @classmethod
            def get(cls):
                {|GIL1002:if cls._one is None|}:
                    cls._one = cls()
                return cls._one

        for _ in range(4):
            threading.Thread(target=Registry.get).start()
        """);

    [Fact]
    public Task A_lock_passed_in_as_a_parameter_may_be_the_one_the_other_side_holds() => VerifyBothAsync("""
        import threading

        total = 0
        guard = threading.Lock()

        def add(held):
            global total
            with held:
                total += 1

        def sub():
            global total
            with guard:
                total -= 1

        for _ in range(3):
            threading.Thread(target=add, args=(guard,)).start()
            threading.Thread(target=sub).start()
        """);
}
