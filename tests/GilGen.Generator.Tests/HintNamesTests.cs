namespace GilGen.Generator.Tests;

public sealed class HintNamesTests
{
    [Fact]
    public void Names_are_readable_stable_and_distinct_per_position()
    {
        var first = HintNames.For("Demo.Race<T>", "/src/Race.cs", 120);

        Assert.Equal(first, HintNames.For("Demo.Race<T>", "/src/Race.cs", 120));
        Assert.NotEqual(first, HintNames.For("Demo.Race<T>", "/src/Race.cs", 121));
        Assert.StartsWith("Demo.Race_T_.", first);
        Assert.EndsWith(".g.cs", first);
    }
}
