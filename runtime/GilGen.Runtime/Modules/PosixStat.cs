using System;
using System.Runtime.InteropServices;

namespace GilGen.Runtime;

/// <summary>
/// POSIX <c>stat</c> (which follows symbolic links), for os.path's file tests: .NET reports a device, pipe or
/// socket as a file and has no size for a directory, where CPython's answers come from st_mode and st_size.
/// Read from glibc's struct stat on Linux x86-64 and arm64; elsewhere NotImplementedError.
/// </summary>
internal static partial class PosixStat
{
    /// <summary>The type bits of st_mode (S_IFMT) and their values.</summary>
    public const int TypeMask = 0xF000, Directory = 0x4000, Regular = 0x8000;

    /// <summary>The status of <paramref name="path"/>: false with the errno when stat fails.</summary>
    public static unsafe bool TryStat(string path, out int mode, out long size, out int errno)
    {
        // Offsets of st_mode and st_size in glibc's struct stat (sys/stat.h, bits/struct_stat.h).
        (int modeOffset, int sizeOffset) = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 when OperatingSystem.IsLinux() => (24, 48),
            Architecture.Arm64 when OperatingSystem.IsLinux() => (16, 48),
            _ => throw PyErr.NotImplementedError("GilGen's os.path file tests support Linux on x86-64 and arm64 only"),
        };
        // struct stat is 144 bytes on x86-64 and 128 on arm64: the buffer has room for either.
        byte* buffer = stackalloc byte[256];
        if (Stat(path, buffer) != 0)
        {
            errno = Marshal.GetLastPInvokeError();
            mode = 0;
            size = 0;
            return false;
        }
        mode = *(int*)(buffer + modeOffset);
        size = *(long*)(buffer + sizeOffset);
        errno = 0;
        return true;
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Stat(string path, byte* buffer);
}
