namespace GilGen.Runtime;

// A class's __del__, looked up once per version of the class: every instance's release asks for it.
public sealed partial class PyType
{
    private PyValue? _finalizer;
    private int _finalizerVersion = -1;

    /// <summary>__del__ along the MRO (borrowed), or null; cached until the class or a base changes.</summary>
    internal PyValue? Finalizer()
    {
        int version = Version;
        if (_finalizerVersion != version)
        {
            _finalizer = IsHeapType ? Lookup("__del__") : null;
            _finalizerVersion = version;
        }
        return _finalizer;
    }
}
