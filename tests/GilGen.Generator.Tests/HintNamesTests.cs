using System.Collections.Generic;

namespace GilGen.Generator.Tests;

public sealed class HintNamesTests
{
    [Fact]
    public void Names_are_readable_and_depend_on_file_and_member_only()
    {
        var first = HintNames.For("Demo.Race<T>.Add", "/src/Race.cs", "Demo.Race<T>.Add(long, long)");

        Assert.Equal(first, HintNames.For("Demo.Race<T>.Add", "/src/Race.cs", "Demo.Race<T>.Add(long, long)"));
        Assert.NotEqual(first, HintNames.For("Demo.Race<T>.Add", "/src/Race.cs", "Demo.Race<T>.Add(double, double)"));
        Assert.NotEqual(first, HintNames.For("Demo.Race<T>.Add", "/src/Other.cs", "Demo.Race<T>.Add(long, long)"));
        Assert.StartsWith("Demo.Race_T_.Add.", first);
        Assert.EndsWith(".g.cs", first);
    }

    [Fact]
    public void A_name_already_used_gets_the_next_free_number()
    {
        var used = new HashSet<string>();

        Assert.Equal("Demo.X.1a.g.cs", HintNames.Unique("Demo.X.1a.g.cs", used));
        Assert.Equal("Demo.X.1a.2.g.cs", HintNames.Unique("Demo.X.1a.g.cs", used));
        Assert.Equal("Demo.X.1a.3.g.cs", HintNames.Unique("Demo.X.1a.g.cs", used));
        Assert.Equal("Demo.Y.2b.g.cs", HintNames.Unique("Demo.Y.2b.g.cs", used));
    }
}
