namespace GilGen.Runtime.Tests.Gil;

/// <summary>
/// The GIL tests drive real threads and watch switch counts; running them beside each other would only
/// make them slower on a shared two-core machine, so they form one serial collection.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialGilTests
{
    /// <summary>The collection name.</summary>
    public const string Name = "GIL (serial)";
}
