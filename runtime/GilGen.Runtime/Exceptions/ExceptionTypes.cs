using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The builtin exception hierarchy, as in CPython 3.12.</summary>
public static class ExceptionTypes
{
    private static PyType Make(string name, PyType? baseType) =>
        new(name, baseType ?? PyType.Object, baseType == null ? Construct : null);

    /// <summary>OSError(errno, ...) makes the subclass CPython's OSError.__new__ picks for that errno (Linux numbers).</summary>
    internal static PyType ForErrno(long errno) => errno switch
    {
        2 => FileNotFoundError,
        1 or 13 => PermissionError,
        17 => FileExistsError,
        20 => NotADirectoryError,
        21 => IsADirectoryError,
        110 => TimeoutError,
        11 or 114 or 115 => BlockingIOError,
        10 => ChildProcessError,
        4 => InterruptedError,
        3 => ProcessLookupError,
        32 or 108 => BrokenPipeError,
        103 => ConnectionAbortedError,
        111 => ConnectionRefusedError,
        104 => ConnectionResetError,
        _ => OSError,
    };

    /// <summary>Calling an exception class: args become the tuple; keyword arguments are refused.</summary>
    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var init = type.Lookup("__init__");
        bool userInit = init is PyValue { Obj: PyFunction };
        if (!userInit && kwNames != null && kwNames.Length > 0)
            throw PyErr.TypeError($"{type.Name}() takes no keyword arguments");
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (ReferenceEquals(type, OSError) && positional >= 2 && args[0].IsInt) type = ForErrno(args[0].IntValue);
        var exc = new PyBaseException(type, PyTuple.FromBorrowed(args.Slice(0, positional)));
        if (type.IsSubtypeOf(SyntaxError))
        {
            bool valid = false;
            try { SyntaxErrorDetails.Validate(ts, exc.Args); valid = true; }
            finally { if (!valid) PyValue.From(exc).DecRef(); }
        }
        if (userInit)
        {
            bool done = false;
            try
            {
                var r = Ops.CallWithSelf(ts, init!.Value, PyValue.From(exc), args, kwNames);
                if (!r.IsNone) { r.DecRef(); throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'"); }
                done = true;
            }
            finally
            {
                if (!done) PyValue.From(exc).DecRef();
            }
        }
        return PyValue.From(exc);
    }

#pragma warning disable CS1591
    public static readonly PyType BaseException = Make("BaseException", null);
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType StopIteration = Make("StopIteration", Exception);
    public static readonly PyType StopAsyncIteration = Make("StopAsyncIteration", Exception);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Make("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Make("AssertionError", Exception);
    public static readonly PyType AttributeError = Make("AttributeError", Exception);
    public static readonly PyType BufferError = Make("BufferError", Exception);
    public static readonly PyType EOFError = Make("EOFError", Exception);
    public static readonly PyType ImportError = Make("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Make("LookupError", Exception);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType MemoryError = Make("MemoryError", Exception);
    public static readonly PyType NameError = Make("NameError", Exception);
    public static readonly PyType UnboundLocalError = Make("UnboundLocalError", NameError);
    public static readonly PyType OSError = Make("OSError", Exception);
    public static readonly PyType FileNotFoundError = Make("FileNotFoundError", OSError);
    public static readonly PyType PermissionError = Make("PermissionError", OSError);
    public static readonly PyType FileExistsError = Make("FileExistsError", OSError);
    public static readonly PyType IsADirectoryError = Make("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Make("NotADirectoryError", OSError);
    public static readonly PyType TimeoutError = Make("TimeoutError", OSError);
    public static readonly PyType BlockingIOError = Make("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Make("ChildProcessError", OSError);
    public static readonly PyType InterruptedError = Make("InterruptedError", OSError);
    public static readonly PyType ProcessLookupError = Make("ProcessLookupError", OSError);
    public static readonly PyType ConnectionError = Make("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = Make("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Make("ConnectionResetError", ConnectionError);
    public static readonly PyType ReferenceError = Make("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Make("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = Make("SyntaxError", Exception);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TabError = Make("TabError", IndentationError);
    public static readonly PyType SystemError = Make("SystemError", Exception);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
    public static readonly PyType SyntaxWarning = Make("SyntaxWarning", Warning);
    public static readonly PyType FutureWarning = Make("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Make("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = Make("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = Make("BytesWarning", Warning);
    public static readonly PyType ResourceWarning = Make("ResourceWarning", Warning);
    public static readonly PyType EncodingWarning = Make("EncodingWarning", Warning);
#pragma warning restore CS1591

    static ExceptionTypes() => ExceptionMethods.Install(BaseException);

    /// <summary>Every builtin exception class, for the builtins module.</summary>
    public static IEnumerable<PyType> All => new[]
    {
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration, ArithmeticError,
        FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError,
        ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError,
        OSError, FileNotFoundError, PermissionError, FileExistsError, IsADirectoryError, NotADirectoryError, TimeoutError,
        BlockingIOError, ChildProcessError, InterruptedError, ProcessLookupError,
        ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, ReferenceError, RuntimeError, NotImplementedError,
        RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeEncodeError,
        UnicodeDecodeError, UnicodeTranslateError, Warning, UserWarning, DeprecationWarning, RuntimeWarning, PendingDeprecationWarning,
        SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning, ExceptionGroupTypes.BaseExceptionGroup, ExceptionGroupTypes.ExceptionGroup,
    };
}
