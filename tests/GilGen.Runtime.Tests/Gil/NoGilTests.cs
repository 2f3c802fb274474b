using System;
using GilGen;

namespace GilGen.Runtime.Tests.Gil;

/// <summary>
/// The free-threaded profile from C#: this test process relies on a GIL (the free-threading mode is off, as
/// for every GIL profile), so a free-threaded interpreter is refused with the way to turn the mode on; the
/// profile's behaviour is tested through processes of its own (GilGen.Cli.Tests' FreeThreadedProfileTests).
/// </summary>
[Collection(SerialGilTests.Name)]
public sealed class NoGilTests
{
    [Fact]
    public void A_process_that_relies_on_a_gil_refuses_a_free_threaded_interpreter_and_says_how()
    {
        Assert.False(FreeThreading.Enabled);

        var e = Assert.Throws<InvalidOperationException>(() => new GilInterpreter(new GilOptions { Profile = RuntimeProfile.FreeThreaded }));

        Assert.Contains("GILGEN_FREE_THREADED=1", e.Message);
        Assert.Contains(FreeThreading.SwitchName, e.Message);
    }

    [Fact]
    public void A_free_threaded_interpreter_refuses_a_scheduling_policy()
    {
        var e = Assert.Throws<ArgumentException>(() => new GilInterpreter(new GilOptions
        {
            Profile = RuntimeProfile.FreeThreaded,
            SchedulingPolicy = interp => new global::GilGen.Runtime.Gil(interp),
        }));

        Assert.Contains("free-threaded profile has no GIL", e.Message);
    }

    [Fact]
    public void The_profile_honours_modern_checkpoint_sites_for_pending_calls()
    {
        Assert.Equal(CheckpointMask.Modern, CheckpointMask.For(RuntimeProfile.FreeThreaded));
    }
}
