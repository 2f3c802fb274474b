using System;
using System.Collections.Generic;
using System.IO;

namespace GilGen.Runtime;

/// <summary>
/// The Python exception for a .NET exception that left an exported method: the nearest Python class
/// (DivideByZeroException → ZeroDivisionError, ArgumentException → ValueError, ...) with the .NET message;
/// anything without a counterpart is RuntimeError naming the .NET type. A Python exception stays itself.
/// </summary>
internal static class ClrExceptionTranslation
{
    public static PyException ToPython(Exception exception) => exception switch
    {
        PyException python => python,
        DivideByZeroException => PyErr.ZeroDivisionError(exception.Message),
        OverflowException => PyErr.OverflowError(exception.Message),
        ArithmeticException => PyErr.New(ExceptionTypes.ArithmeticError, exception.Message),
        ArgumentException or FormatException => PyErr.ValueError(exception.Message),
        IndexOutOfRangeException => PyErr.IndexError(exception.Message),
        KeyNotFoundException => PyErr.New(ExceptionTypes.KeyError, exception.Message),
        InvalidCastException => PyErr.TypeError(exception.Message),
        NotImplementedException => PyErr.NotImplementedError(exception.Message),
        OutOfMemoryException => PyErr.New(ExceptionTypes.MemoryError, exception.Message),
        TimeoutException => PyErr.New(ExceptionTypes.TimeoutError, exception.Message),
        FileNotFoundException => PyErr.New(ExceptionTypes.FileNotFoundError, exception.Message),
        UnauthorizedAccessException => PyErr.New(ExceptionTypes.PermissionError, exception.Message),
        IOException => PyErr.OSError(exception.Message),
        GilNotHeldException => PyErr.RuntimeError(exception.Message),
        _ => PyErr.RuntimeError(exception.GetType().FullName + ": " + exception.Message),
    };
}
