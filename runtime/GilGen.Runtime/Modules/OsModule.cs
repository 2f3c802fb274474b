using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The os module: process and parent process ids, CPU count, environment, path separator, os.path.</summary>
public static class OsModule
{
    /// <summary>Makes os.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("os");
        // CPython names these posix.NAME in its argument errors (os re-exports posix's functions).
        m.AddFunction("getpid", (ts2, a, kw) =>
        {
            new BuiltinArguments("posix.getpid", a, kw).NoKeywords().Expect(0, 0);
            return PyValue.Int(ts2.Interp.ProcessId);
        });
        m.AddFunction("getppid", (ts2, a, kw) =>
        {
            new BuiltinArguments("posix.getppid", a, kw).NoKeywords().Expect(0, 0);
            return PyValue.Int(ts2.Interp.ParentProcessId ?? ParentProcessId.Get());
        });
        m.AddFunction("_exit", (ts2, a, kw) =>
        {
            new BuiltinArguments("posix._exit", a, kw).NoKeywords().Expect(1, 1);
            if (!a[0].IsInt) throw PyErr.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
            // A worker process ends at once; the program's own process would end the host (a test runner) too.
            if (ts2.Interp.Worker == null)
                throw PyErr.NotImplementedError("GilGen does not support os._exit in the main process yet (only in a multiprocessing worker)");
            throw new InterpreterExitException((int)a[0].IntValue);
        });
        m.AddFunction("cpu_count", (ts2, a, kw) =>
        {
            new BuiltinArguments("posix.cpu_count", a, kw).NoKeywords().Expect(0, 0);
            return PyValue.Int(Environment.ProcessorCount);
        });
        m.AddFunction("getcwd", (ts2, a, kw) => PyValue.Str(Environment.CurrentDirectory));
        m.AddFunction("chdir", (ts2, a, kw) => ChangeDirectory(ts2, new BuiltinArguments("chdir", a, kw).OnlyKeywords("path").Expect(1, 1).GetString(0, "path")!));
        foreach (var function in new[] { "remove", "unlink" })
            m.AddFunction(function, (ts2, a, kw) => Remove(ts2, new BuiltinArguments(function, a, kw).OnlyKeywords("path").Expect(1, 1).GetString(0, "path")!));
        m.AddFunction("getenv", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("getenv", a, kw).OnlyKeywords("key", "default").Expect(1, 2);
            // os.getenv reads os.environ, as CPython's does: what the program stored there is seen.
            var key = PyValue.Str(args.GetString(0, "key")!);
            try
            {
                if (m.GetGlobal("environ") is { Obj: PyDict environ } env)
                {
                    env.DecRef();  // the module keeps it alive
                    if (environ.TryGet(ts2, key, out var found)) return found.NewRef();
                }
            }
            finally
            {
                key.DecRef();
            }
            return args.Get(1, "default") is PyValue d ? d.NewRef() : PyValue.None;
        });
        var env = new PyDict();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            var k = PyValue.Str((string)e.Key);
            var v = PyValue.Str((string?)e.Value ?? "");
            env.Set(ts, k, v);
            k.DecRef(); v.DecRef();
        }
        m.SetGlobal("environ", PyValue.From(env));
        PyValue.From(env).DecRef();
        var sep = PyValue.Str(Path.DirectorySeparatorChar.ToString());
        m.SetGlobal("sep", sep);
        sep.DecRef();
        var name = PyValue.Str(OperatingSystem.IsWindows() ? "nt" : "posix");
        m.SetGlobal("name", name);
        name.DecRef();
        // os.path, as CPython's os sets it: posixpath, also in sys.modules as os.path.
        var path = ts.Interp.Modules.Import(ts, "posixpath");
        m.SetGlobal("path", PyValue.From(path));
        ts.Interp.Modules.Alias("os.path", path);
        return m;
    }

    /// <summary>
    /// os.remove(path) and os.unlink(path): deletes a file, a blocking call that releases the GIL, with CPython's
    /// errors (FileNotFoundError, IsADirectoryError, PermissionError).
    /// </summary>
    // The process's working directory, as CPython's os.chdir changes it: shared by every thread and every
    // interpreter of the process (relative paths in open() and os.path.abspath follow it).
    private static PyValue ChangeDirectory(ThreadState ts, string path)
    {
        int errno;
        using (ts.AllowThreads())
        {
            errno = Directory.Exists(path) ? 0 : File.Exists(path) ? 20 : 2;
            if (errno == 0)
            {
                try { Directory.SetCurrentDirectory(path); }
                catch (UnauthorizedAccessException) { errno = 13; }
                catch (IOException) { errno = 5; }
            }
        }
        if (errno != 0) throw PyTextFile.OsError(errno, path);
        return PyValue.None;
    }

    private static PyValue Remove(ThreadState ts, string path)
    {
        int errno;
        using (ts.AllowThreads())
        {
            errno = Directory.Exists(path) ? 21 : !File.Exists(path) ? 2 : 0;
            if (errno == 0)
            {
                try { File.Delete(path); }
                catch (UnauthorizedAccessException) { errno = 13; }
                catch (IOException) { errno = 5; }
            }
        }
        // The exception is made with the GIL held again.
        if (errno != 0) throw PyTextFile.OsError(errno, path);
        return PyValue.None;
    }
}
