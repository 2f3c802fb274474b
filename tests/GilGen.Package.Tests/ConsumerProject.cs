using System.IO;

namespace GilGen.Package.Tests;

/// <summary>A console project that references GilGen from a local feed, as a user's project would.</summary>
internal static class ConsumerProject
{
    /// <summary>Writes nuget.config, the project file, and an empty Directory.Build.props and root .editorconfig into <paramref name="directory"/>.</summary>
    public static void Create(string directory, string name, string feed, string version)
    {
        Directory.CreateDirectory(directory);
        WriteNuGetConfig(directory, feed, onlyThisFeed: false);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), Project(version));
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />"); // isolate from any parent folder's props
        WriteEditorConfig(directory, "");
    }

    /// <summary>Replaces the project's .editorconfig (always <c>root = true</c>, so no parent folder's settings apply).</summary>
    public static void WriteEditorConfig(string directory, string settings) =>
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\n" + settings + "\n");

    /// <summary>
    /// Writes a nuget.config that adds <paramref name="feed"/>. A project keeps the machine's default
    /// source, for the SDK's own packages; a tool install needs nothing else, so
    /// <paramref name="onlyThisFeed"/> clears the others and the install works offline.
    /// </summary>
    public static void WriteNuGetConfig(string directory, string feed, bool onlyThisFeed) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                {(onlyThisFeed ? "<clear />" : "")}
                <add key="gilgen-test-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);

    private static string Project(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="GilGen" Version="{version}" />
          </ItemGroup>
        </Project>
        """;
}
