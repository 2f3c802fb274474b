using System;
using System.IO;
using System.Reflection;
using GilGen.Cli.Caching;

namespace GilGen.Cli.Tests;

/// <summary>The module version id read from an assembly's file headers is the one the loaded assembly reports.</summary>
public sealed class ModuleVersionIdReaderTests
{
    /// <summary>Roslyn, the compiler, the runtime, gilgen and CoreLib (a ReadyToRun image) each read as loaded.</summary>
    [Theory]
    [InlineData(typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation))]
    [InlineData(typeof(Microsoft.CodeAnalysis.Compilation))]
    [InlineData(typeof(GilGen.Compiler.PythonCompiler))]
    [InlineData(typeof(GilGen.GilInterpreter))]
    [InlineData(typeof(GilGenCommand))]
    [InlineData(typeof(object))]
    public void The_id_read_from_the_file_is_the_loaded_assemblys(Type type)
    {
        Assembly assembly = type.Assembly;

        Assert.Equal(assembly.ManifestModule.ModuleVersionId, ModuleVersionIdReader.Read(assembly.Location));
    }

    /// <summary>A file that is not a .NET assembly is refused, not misread.</summary>
    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { (byte)'p', (byte)'r', (byte)'i', (byte)'n', (byte)'t' })]
    public void A_file_that_is_not_an_assembly_is_refused(byte[] content)
    {
        string path = Path.Combine(Path.GetTempPath(), "gilgen-mvid-" + Guid.NewGuid().ToString("N") + ".dll");
        File.WriteAllBytes(path, content);
        try
        {
            Assert.Throws<BadImageFormatException>(() => ModuleVersionIdReader.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A native executable (the test host: ELF, Mach-O or a PE without a CLI header) is refused too.</summary>
    [Fact]
    public void A_native_executable_is_refused()
    {
        Assert.Throws<BadImageFormatException>(() => ModuleVersionIdReader.Read(Environment.ProcessPath!));
    }
}
