namespace GilGen.Samples.Experiments;

/// <summary>
/// Seeds 07 and 08 with the increments per thread as <c>sys.argv[1]</c> (the seeds use 100,000): ten threads
/// add 1 to a global, without and with a lock, and print the final value.
/// </summary>
public static partial class SeedCounters
{
    /// <summary>Seed 07: <c>counter += 1</c> with no lock.</summary>
    [GilModule("""
        import sys
        import threading

        per_thread = int(sys.argv[1])
        counter = 0

        def increment():
            global counter
            for _ in range(per_thread):
                counter += 1

        threads = []
        for _ in range(10):
            thread = threading.Thread(target=increment)
            threads.append(thread)
            thread.start()

        for thread in threads:
            thread.join()

        print("Final counter value:", counter)
        """)]
    public static partial class Unlocked;

    /// <summary>Seed 08: the same under <c>with lock:</c>.</summary>
    [GilModule("""
        import sys
        import threading

        per_thread = int(sys.argv[1])
        counter = 0
        lock = threading.Lock()

        def increment():
            global counter
            for _ in range(per_thread):
                with lock:
                    counter += 1

        threads = []
        for _ in range(10):
            thread = threading.Thread(target=increment)
            threads.append(thread)
            thread.start()

        for thread in threads:
            thread.join()

        print("Final counter value:", counter)
        """)]
    public static partial class Locked;
}
