namespace GilGen;

/// <summary>
/// The names an <c>import</c> may use: exactly the modules the runtime's <c>ModuleRegistry</c> makes.
/// One file, compiled into both the runtime (which checks that each name has a factory) and the
/// netstandard2.0 compiler (which reports any other name as GIL0003), so an import that compiles always
/// runs. Add a name here in the same change that registers its module.
/// </summary>
internal static class ImportableModules
{
    /// <summary>The module names, in no particular order.</summary>
    internal static readonly string[] Names =
    {
        "builtins", "sys", "dis", "os", "os.path", "posixpath", "math", "cmath", "threading", "time", "random", "itertools", "operator", "heapq", "bisect", "functools", "_functools", "collections", "_collections", "copy", "string", "_string", "io", "__future__", "collections.abc", "dataclasses", "array", "_thread", "_queue", "queue", "traceback", "_traceback", "contextlib", "_weakrefset", "abc", "typing", "types", "enum", "atexit", "timeit", "re", "datetime", "_strptime", "textwrap", "keyword", "numbers", "fractions", "statistics", "decimal",
        "concurrent", "concurrent.futures", "concurrent.futures._base", "concurrent.futures.thread", "concurrent.futures.process",
        "pickle", "_interpreters", "_sharedctypes", "_multiprocessing", "multiprocessing", "multiprocessing.process", "multiprocessing.pool", "multiprocessing.sharedctypes", "multiprocessing.managers", "multiprocessing.connection", "multiprocessing.synchronize", "multiprocessing.queues", "multiprocessing.context",
        "asyncio", "asyncio.exceptions", "asyncio.coroutines", "asyncio.events", "asyncio.mixins", "asyncio.futures", "asyncio.locks", "asyncio.queues", "asyncio.tasks", "asyncio.timeouts", "asyncio.taskgroups", "asyncio.base_events", "asyncio.runners", "asyncio.threads",
        "json", "json.decoder", "json.encoder", "json.scanner",
        "logging", "logging._levels", "logging._record", "logging._formatter", "logging._filters", "logging._handlers", "logging._loggers",
        "gc", "_weakref", "weakref", "warnings",
    };
}
