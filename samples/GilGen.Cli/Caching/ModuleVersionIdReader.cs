using System;
using System.Buffers.Binary;
using System.IO;
using System.Numerics;
using Microsoft.Win32.SafeHandles;

namespace GilGen.Cli.Caching;

/// <summary>
/// Reads the module version id of a .NET assembly file with a few small reads of its PE and ECMA-335 metadata
/// headers. A cached run keys its script by Roslyn's build but never compiles: System.Reflection.Metadata's
/// <c>PEReader</c> would load that assembly and System.Collections.Immutable (1.9 MB resident) and loading Roslyn
/// itself would cost 4 MB, for one 16-byte id.
/// </summary>
/// <remarks>
/// The layout is ECMA-335 §II.24 and §II.25: the CLI header is data directory 14 of the PE optional header; the
/// metadata root names its streams; the Module table is the first of the <c>#~</c> stream's tables, and its
/// one row's Mvid column indexes the <c>#GUID</c> heap.
/// </remarks>
public static class ModuleVersionIdReader
{
    private const int CliHeaderDirectory = 14;
    private const uint MetadataSignature = 0x424A5342; // "BSJB"

    /// <summary>The module version id of the assembly file at <paramref name="path"/>.</summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly this reader understands.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Guid Read(string path)
    {
        // Arrays, not stackalloc, here: a method with a loop and a stackalloc cannot start at tier 0 (no on-stack
        // replacement for it), so the JIT optimized this one fully at every start-up.
        using SafeFileHandle file = File.OpenHandle(path);
        long length = RandomAccess.GetLength(file);

        // DOS header: the PE header's offset at 0x3C. Then "PE\0\0", the COFF header and the optional header.
        long peOffset = ReadUInt32(file, 0x3C, length);
        var coff = new byte[24];
        ReadExactly(file, peOffset, coff, length);
        if (BinaryPrimitives.ReadUInt32LittleEndian(coff) != 0x00004550)
            throw new BadImageFormatException("no PE signature", path);
        int sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(coff.AsSpan(6));
        int optionalHeaderSize = BinaryPrimitives.ReadUInt16LittleEndian(coff.AsSpan(20));
        long optionalHeader = peOffset + 24;
        ushort magic = (ushort)ReadUInt16(file, optionalHeader, length);
        // The data directories follow the PE32 (0x10B) or PE32+ (0x20B) fields.
        int directories = magic switch
        {
            0x10B => 96,
            0x20B => 112,
            _ => throw new BadImageFormatException("unknown optional header magic", path),
        };
        if (directories + (CliHeaderDirectory + 1) * 8 > optionalHeaderSize)
            throw new BadImageFormatException("no CLI header directory", path);
        uint cliHeaderRva = ReadUInt32(file, optionalHeader + directories + CliHeaderDirectory * 8, length);
        if (cliHeaderRva == 0)
            throw new BadImageFormatException("not a .NET assembly", path);

        var sections = new byte[sectionCount * 40];
        ReadExactly(file, optionalHeader + optionalHeaderSize, sections, length);
        long Offset(uint rva)
        {
            for (int i = 0; i < sectionCount; i++)
            {
                ReadOnlySpan<byte> section = sections.AsSpan(i * 40, 40);
                uint virtualSize = BinaryPrimitives.ReadUInt32LittleEndian(section[8..]);
                uint virtualAddress = BinaryPrimitives.ReadUInt32LittleEndian(section[12..]);
                uint rawSize = BinaryPrimitives.ReadUInt32LittleEndian(section[16..]);
                uint rawPointer = BinaryPrimitives.ReadUInt32LittleEndian(section[20..]);
                if (rva >= virtualAddress && rva - virtualAddress < Math.Max(virtualSize, rawSize))
                    return rawPointer + (long)(rva - virtualAddress);
            }
            throw new BadImageFormatException("an RVA outside every section", path);
        }

        // CLI header: the metadata directory at offset 8.
        long metadata = Offset(ReadUInt32(file, Offset(cliHeaderRva) + 8, length));
        if (ReadUInt32(file, metadata, length) != MetadataSignature)
            throw new BadImageFormatException("no metadata signature", path);
        long versionLength = ReadUInt32(file, metadata + 12, length);
        long streamHeaders = metadata + 16 + versionLength + 2;
        int streamCount = ReadUInt16(file, streamHeaders, length);
        long position = streamHeaders + 2;
        long tables = -1, guids = -1;
        var name = new byte[32];
        for (int i = 0; i < streamCount; i++)
        {
            uint offset = ReadUInt32(file, position, length);
            int nameLength = ReadName(file, position + 8, name, length);
            ReadOnlySpan<byte> streamName = name.AsSpan(0, nameLength);
            if (streamName.SequenceEqual("#~"u8) || streamName.SequenceEqual("#-"u8)) tables = metadata + offset;
            else if (streamName.SequenceEqual("#GUID"u8)) guids = metadata + offset;
            // The name with its terminator, padded to four bytes.
            position += 8 + ((nameLength + 4) & ~3);
        }
        if (tables < 0 || guids < 0)
            throw new BadImageFormatException("no tables or GUID stream", path);

        // Tables stream: 4 reserved, 2 version bytes, heap sizes, 1 reserved, the valid mask, the sorted mask,
        // then one row count per present table, and (an uncompressed stream's flag 0x40) 4 extra bytes.
        var header = new byte[24];
        ReadExactly(file, tables, header, length);
        byte heapSizes = header[6];
        ulong valid = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(8));
        if ((valid & 1) == 0)
            throw new BadImageFormatException("no Module table", path);
        long rows = tables + 24 + 4L * BitOperations.PopCount(valid) + ((heapSizes & 0x40) != 0 ? 4 : 0);
        // Module row: Generation (2 bytes), Name (a string heap index), Mvid (a GUID heap index, 1-based).
        int stringIndexSize = (heapSizes & 0x01) != 0 ? 4 : 2;
        long mvidColumn = rows + 2 + stringIndexSize;
        uint mvidIndex = (heapSizes & 0x02) != 0 ? ReadUInt32(file, mvidColumn, length) : ReadUInt16(file, mvidColumn, length);
        if (mvidIndex == 0)
            throw new BadImageFormatException("a module without a version id", path);
        var guid = new byte[16];
        ReadExactly(file, guids + (mvidIndex - 1) * 16L, guid, length);
        return new Guid(guid);
    }

    private static uint ReadUInt32(SafeFileHandle file, long offset, long length)
    {
        Span<byte> bytes = stackalloc byte[4];
        ReadExactly(file, offset, bytes, length);
        return BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }

    private static ushort ReadUInt16(SafeFileHandle file, long offset, long length)
    {
        Span<byte> bytes = stackalloc byte[2];
        ReadExactly(file, offset, bytes, length);
        return BinaryPrimitives.ReadUInt16LittleEndian(bytes);
    }

    // A stream header's name: ASCII, null-terminated, at most 32 bytes with its terminator (ECMA-335 §II.24.2.2).
    private static int ReadName(SafeFileHandle file, long offset, Span<byte> name, long length)
    {
        if (offset >= length)
            throw new BadImageFormatException("a header past the end of the file");
        int count = (int)Math.Min(name.Length, length - offset);
        ReadExactly(file, offset, name[..count], length);
        int end = name[..count].IndexOf((byte)0);
        if (end < 0)
            throw new BadImageFormatException("an unterminated stream name");
        return end;
    }

    private static void ReadExactly(SafeFileHandle file, long offset, Span<byte> buffer, long length)
    {
        if (offset < 0 || offset + buffer.Length > length)
            throw new BadImageFormatException("a header past the end of the file");
        int done = 0;
        while (done < buffer.Length)
        {
            int read = RandomAccess.Read(file, buffer[done..], offset + done);
            if (read == 0)
                throw new BadImageFormatException("a header past the end of the file");
            done += read;
        }
    }
}
