using System;
using System.Runtime.InteropServices;

namespace GilGen.Runtime;

/// <summary>
/// The operating system's id of the calling thread, what CPython's <c>threading.get_native_id()</c> returns
/// (Linux <c>gettid</c>, Windows <c>GetCurrentThreadId</c>, macOS <c>pthread_threadid_np</c>).
/// </summary>
internal static partial class NativeThreadId
{
    /// <summary>The calling thread's OS id; the managed thread id where the platform offers none.</summary>
    public static long OfCurrentThread()
    {
        try
        {
            if (OperatingSystem.IsLinux()) return LinuxGetTid();
            if (OperatingSystem.IsWindows()) return WindowsGetCurrentThreadId();
            if (OperatingSystem.IsMacOS() && MacThreadId(IntPtr.Zero, out ulong id) == 0) return (long)id;
        }
        catch (EntryPointNotFoundException)
        {
        }
        catch (DllNotFoundException)
        {
        }
        return Environment.CurrentManagedThreadId;
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int LinuxGetTid();

    [LibraryImport("kernel32", EntryPoint = "GetCurrentThreadId")]
    private static partial uint WindowsGetCurrentThreadId();

    [LibraryImport("libSystem.dylib", EntryPoint = "pthread_threadid_np")]
    private static partial int MacThreadId(IntPtr thread, out ulong id);
}
