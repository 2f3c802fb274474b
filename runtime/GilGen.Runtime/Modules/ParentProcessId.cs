using System;
using System.Runtime.InteropServices;

namespace GilGen.Runtime;

/// <summary>
/// The id of the process that started this one, what CPython's <c>os.getppid()</c> returns (POSIX
/// <c>getppid</c>); .NET has no API for it.
/// </summary>
internal static partial class ParentProcessId
{
    /// <summary>The parent's process id; NotImplementedError where GilGen cannot ask the system for it.</summary>
    public static long Get()
    {
        if (OperatingSystem.IsLinux()) return LinuxGetPpid();
        if (OperatingSystem.IsMacOS()) return MacGetPpid();
        throw PyErr.NotImplementedError("GilGen does not support os.getppid on this platform yet");
    }

    [LibraryImport("libc", EntryPoint = "getppid")]
    private static partial int LinuxGetPpid();

    [LibraryImport("libSystem.dylib", EntryPoint = "getppid")]
    private static partial int MacGetPpid();
}
