namespace GilGen.Runtime;

public sealed partial class PyType
{
    /// <summary>
    /// A builtin class with several bases (ExceptionGroup is BaseExceptionGroup and Exception): <c>__base__</c> is the
    /// first, the MRO their C3 linearization. Immortal and shared by all interpreters, as the other builtin classes.
    /// </summary>
    internal static PyType BuiltinWithBases(string name, PyType[] bases, TypeConstructor? constructor = null)
    {
        var type = new PyType(name, bases[0], constructor);
        type._bases = bases;
        var mro = C3.Linearize(name, bases);
        mro[0] = type;
        type._mro = mro;
        return type;
    }
}
