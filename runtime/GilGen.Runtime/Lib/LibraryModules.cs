using System.Runtime.CompilerServices;

namespace GilGen.Runtime.Lib;

/// <summary>
/// Registers the runtime's modules written in Python (this folder's .py files, compiled into this assembly by
/// GilGen's own generator; docs/architecture/design.md §5). Add a line here
/// (a module of a package is a file in its folder: Lib/concurrent/futures/thread.py is ConcurrentFuturesThread)
/// and the module's name to ImportableModules.cs with each new .py file.
/// </summary>
internal static class LibraryModules
{
#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register()
    {
        ModuleRegistry.RegisterLibraryModule(Threading.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(Queue.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(Traceback.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(Concurrent.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(ConcurrentFutures.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(ConcurrentFuturesBase.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(ConcurrentFuturesThread.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(ConcurrentFuturesProcess.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(Multiprocessing.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(MultiprocessingProcess.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(MultiprocessingPool.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(MultiprocessingSharedctypes.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(MultiprocessingManagers.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(MultiprocessingConnection.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(MultiprocessingSynchronize.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(MultiprocessingQueues.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(MultiprocessingContext.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(Asyncio.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioExceptions.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioCoroutines.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioEvents.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioMixins.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioFutures.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioLocks.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioQueues.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioTasks.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioTimeouts.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioTaskgroups.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioBaseEvents.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioRunners.ModuleDefinition);
        ModuleRegistry.RegisterLibraryModule(AsyncioThreads.ModuleDefinition);
    }
#pragma warning restore CA2255
}
