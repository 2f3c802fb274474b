using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Makes the builtin exceptions with CPython's messages; callers throw what these return.</summary>
public static class PyErr
{
    /// <summary>An exception of <paramref name="type"/> with one str argument.</summary>
    public static PyException New(PyType type, string message) =>
        new(new PyBaseException(type, new PyTuple(new[] { PyValue.Str(message) })));

    /// <summary>An exception of <paramref name="type"/> with no arguments.</summary>
    public static PyException New(PyType type) => new(new PyBaseException(type, PyTuple.Empty));

#pragma warning disable CS1591
    public static PyException TypeError(string m) => New(ExceptionTypes.TypeError, m);
    public static PyException ValueError(string m) => New(ExceptionTypes.ValueError, m);
    public static PyException IndexError(string m) => New(ExceptionTypes.IndexError, m);
    public static PyException AttributeError(string m) => New(ExceptionTypes.AttributeError, m);
    public static PyException NameError(string m) => New(ExceptionTypes.NameError, m);
    public static PyException UnboundLocalError(string m) => New(ExceptionTypes.UnboundLocalError, m);
    public static PyException ZeroDivisionError(string m) => New(ExceptionTypes.ZeroDivisionError, m);
    public static PyException OverflowError(string m) => New(ExceptionTypes.OverflowError, m);
    public static PyException RuntimeError(string m) => New(ExceptionTypes.RuntimeError, m);
    public static PyException NotImplementedError(string m) => New(ExceptionTypes.NotImplementedError, m);
    public static PyException RecursionError(string m) => New(ExceptionTypes.RecursionError, m);
    public static PyException ImportError(string m) => New(ExceptionTypes.ImportError, m);
    public static PyException ModuleNotFoundError(string m) => New(ExceptionTypes.ModuleNotFoundError, m);
    public static PyException AssertionError(string m) => New(ExceptionTypes.AssertionError, m);
    public static PyException OSError(string m) => New(ExceptionTypes.OSError, m);
    public static PyException StopIteration() => New(ExceptionTypes.StopIteration);
#pragma warning restore CS1591

    /// <summary>KeyError(key): its str is repr(key).</summary>
    public static PyException KeyError(PyValue key) =>
        new(new PyBaseException(ExceptionTypes.KeyError, PyTuple.FromBorrowed(new[] { key })));

    /// <summary>"name 'x' is not defined".</summary>
    public static PyException NameNotDefined(string name) => NameError($"name '{name}' is not defined");

    /// <summary>"'T' object has no attribute 'x'" (for modules: "module 'm' has no attribute 'x'").</summary>
    public static PyException NoAttribute(PyValue o, string name) => o.Obj switch
    {
        PyModule m => AttributeError($"module '{m.Name}' has no attribute '{name}'"),
        PyType t => AttributeError($"type object '{t.TpName}' has no attribute '{name}'"),
        _ => AttributeError($"'{o.Type.TpName}' object has no attribute '{name}'"),
    };
}
