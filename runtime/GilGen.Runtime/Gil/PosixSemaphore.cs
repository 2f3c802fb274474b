using System;
using System.Runtime.InteropServices;

namespace GilGen.Runtime;

/// <summary>
/// An unnamed POSIX semaphore (<c>sem_t</c>, <c>sem_init</c>/<c>sem_wait</c>/<c>sem_post</c> from the C
/// library): the lock CPython 2.7 built its GIL from on Linux (Python/thread_pthread.h with
/// USE_SEMAPHORES). Used by <see cref="OldGil"/> so that the old GIL pays what 2.7's paid: glibc's
/// <c>sem_post</c> makes a futex wake system call whenever a waiter is registered, whether or not that
/// waiter is asleep.
/// </summary>
internal sealed partial class PosixSemaphore : SafeHandle
{
    // sizeof(sem_t) is 32 on 64-bit Linux (16 on 32-bit); room to spare costs nothing.
    private const int SemaphoreBytes = 64;
    private const int EINTR = 4;

    private PosixSemaphore()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>A semaphore with count <paramref name="initialCount"/>, or null where the C library has no unnamed semaphores.</summary>
    public static PosixSemaphore? TryCreate(uint initialCount)
    {
        if (!OperatingSystem.IsLinux()) return null;   // macOS's sem_init fails with ENOSYS
        IntPtr memory = Marshal.AllocHGlobal(SemaphoreBytes);
        try
        {
            if (SemInit(memory, 0, initialCount) != 0)
            {
                Marshal.FreeHGlobal(memory);
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Marshal.FreeHGlobal(memory);
            return null;
        }
        var semaphore = new PosixSemaphore();
        semaphore.SetHandle(memory);
        return semaphore;
    }

    /// <summary><c>sem_trywait</c>: takes a unit if one is there, without waiting.</summary>
    public bool TryWait() => SemTryWait(handle) == 0;

    /// <summary><c>sem_wait</c>, retried when a signal interrupts it (as 2.7's PyThread_acquire_lock does).</summary>
    public void Wait()
    {
        while (SemWait(handle) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno != EINTR) throw new InvalidOperationException($"sem_wait failed with errno {errno}");
        }
    }

    /// <summary><c>sem_post</c>: adds a unit and wakes a registered waiter, if any.</summary>
    public void Post()
    {
        if (SemPost(handle) != 0) throw new InvalidOperationException($"sem_post failed with errno {Marshal.GetLastPInvokeError()}");
    }

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        SemDestroy(handle);
        Marshal.FreeHGlobal(handle);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "sem_init", SetLastError = true)]
    private static partial int SemInit(IntPtr sem, int pshared, uint value);

    [LibraryImport("libc", EntryPoint = "sem_wait", SetLastError = true)]
    private static partial int SemWait(IntPtr sem);

    [LibraryImport("libc", EntryPoint = "sem_trywait", SetLastError = true)]
    private static partial int SemTryWait(IntPtr sem);

    [LibraryImport("libc", EntryPoint = "sem_post", SetLastError = true)]
    private static partial int SemPost(IntPtr sem);

    [LibraryImport("libc", EntryPoint = "sem_destroy")]
    private static partial int SemDestroy(IntPtr sem);
}
