using System.Runtime.CompilerServices;

namespace GilGen.Runtime.Lib;

/// <summary>
/// Registers the runtime's modules written in Python (this folder's .py files, compiled into this assembly by
/// GilGen's own generator; docs/architecture/design.md §5) by name; each definition is made on its first import.
/// Add a line here (a module of a package is a file in its folder: Lib/concurrent/futures/thread.py is
/// ConcurrentFuturesThread) and the module's name to ImportableModules.cs with each new .py file; a name here
/// that is not the module's is reported when the module is first made (ImportableModulesTests makes them all).
/// </summary>
internal static class LibraryModules
{
#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table (no definition is made here)
    [ModuleInitializer]
    internal static void Register()
    {
        ModuleRegistry.RegisterLibraryModule("threading", () => Threading.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("queue", () => Queue.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("_strptime", () => Strptime.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("traceback", () => Traceback.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("contextlib", () => Contextlib.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("typing", () => Typing.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("types", () => Types.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("concurrent", () => Concurrent.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("concurrent.futures", () => ConcurrentFutures.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("concurrent.futures._base", () => ConcurrentFuturesBase.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("concurrent.futures.thread", () => ConcurrentFuturesThread.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("concurrent.futures.process", () => ConcurrentFuturesProcess.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("multiprocessing", () => Multiprocessing.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("multiprocessing.process", () => MultiprocessingProcess.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("multiprocessing.pool", () => MultiprocessingPool.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("multiprocessing.sharedctypes", () => MultiprocessingSharedctypes.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("multiprocessing.managers", () => MultiprocessingManagers.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("multiprocessing.connection", () => MultiprocessingConnection.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("multiprocessing.synchronize", () => MultiprocessingSynchronize.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("multiprocessing.queues", () => MultiprocessingQueues.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("multiprocessing.context", () => MultiprocessingContext.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio", () => Asyncio.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.exceptions", () => AsyncioExceptions.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.coroutines", () => AsyncioCoroutines.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.events", () => AsyncioEvents.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.mixins", () => AsyncioMixins.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.futures", () => AsyncioFutures.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.locks", () => AsyncioLocks.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.queues", () => AsyncioQueues.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.tasks", () => AsyncioTasks.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.timeouts", () => AsyncioTimeouts.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.taskgroups", () => AsyncioTaskgroups.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.base_events", () => AsyncioBaseEvents.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.runners", () => AsyncioRunners.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("asyncio.threads", () => AsyncioThreads.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("timeit", () => Timeit.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("datetime", () => Datetime.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("textwrap", () => Textwrap.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("keyword", () => Keyword.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("numbers", () => Numbers.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("fractions", () => Fractions.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("statistics", () => Statistics.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("decimal", () => Decimal.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("json", () => Json.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("json.decoder", () => JsonDecoder.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("json.encoder", () => JsonEncoder.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("json.scanner", () => JsonScanner.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("logging", () => Logging.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("logging._levels", () => LoggingLevels.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("logging._record", () => LoggingRecord.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("logging._formatter", () => LoggingFormatter.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("logging._filters", () => LoggingFilters.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("logging._handlers", () => LoggingHandlers.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("logging._loggers", () => LoggingLoggers.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("_weakrefset", () => Weakrefset.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("weakref", () => Weakref.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("warnings", () => Warnings.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("functools", () => Functools.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("collections", () => Collections.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule("string", () => String.ModuleDefinition);
    }
#pragma warning restore CA2255
}
