using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace GilGen.Runtime;

/// <summary>
/// posixpath, which is os.path on Linux: the string functions as CPython 3.12's posixpath.py computes them
/// (join with absolute parts, trailing slashes, splitext of dotfiles), and the file tests through .NET's file
/// system. Paths are str (or os.PathLike returning str); bytes paths raise NotImplementedError.
/// </summary>
public static class PosixPathModule
{
    private const char Sep = '/';

    /// <summary>Makes posixpath.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("posixpath");
        foreach (var (name, value) in new[] { ("sep", "/"), ("curdir", "."), ("pardir", ".."), ("extsep", "."), ("pathsep", ":"), ("defpath", "/bin:/usr/bin"), ("devnull", "/dev/null") })
        {
            var v = PyValue.Str(value);
            m.SetGlobal(name, v);
            v.DecRef();
        }
        m.SetGlobal("altsep", PyValue.None);
        m.AddFunction("join", Join);
        m.AddFunction("split", (t, a, kw) =>
        {
            var (head, tail) = Split(One(t, a, kw, "split"));
            return PyValue.From(new PyTuple(new[] { PyValue.Str(head), PyValue.Str(tail) }));
        });
        m.AddFunction("splitext", (t, a, kw) =>
        {
            var (root, ext) = SplitExt(One(t, a, kw, "splitext"));
            return PyValue.From(new PyTuple(new[] { PyValue.Str(root), PyValue.Str(ext) }));
        });
        m.AddFunction("basename", (t, a, kw) =>
        {
            string p = One(t, a, kw, "basename");
            return PyValue.Str(p.Substring(p.LastIndexOf(Sep) + 1));
        });
        m.AddFunction("dirname", (t, a, kw) => PyValue.Str(Split(One(t, a, kw, "dirname")).Head));
        m.AddFunction("isabs", (t, a, kw) => PyValue.Bool(One(t, a, kw, "isabs").StartsWith(Sep)));
        m.AddFunction("normpath", (t, a, kw) => PyValue.Str(NormPath(One(t, a, kw, "normpath"))));
        m.AddFunction("abspath", (t, a, kw) =>
        {
            string p = One(t, a, kw, "abspath");
            if (!p.StartsWith(Sep)) p = JoinTwo(Directory.GetCurrentDirectory(), p);
            return PyValue.Str(NormPath(p));
        });
        m.AddFunction("expanduser", (t, a, kw) => PyValue.Str(ExpandUser(t, One(t, a, kw, "expanduser"))));
        m.AddFunction("exists", (t, a, kw) => PyValue.Bool(StatPath(t, a, kw, "exists") is string p && Kind(p) != EntryKind.Missing));
        m.AddFunction("isfile", (t, a, kw) => PyValue.Bool(StatPath(t, a, kw, "isfile") is string p && Kind(p) == EntryKind.File));
        m.AddFunction("isdir", (t, a, kw) => PyValue.Bool(StatPath(t, a, kw, "isdir") is string p && Kind(p) == EntryKind.Directory));
        m.AddFunction("getsize", (t, a, kw) =>
        {
            // os.stat(p).st_size; a failure is os.stat's OSError, the errno picking its subclass.
            string p = One(t, a, kw, "getsize");
            if (p.Contains('\0')) throw PyErr.ValueError("stat: embedded null character in path");
            if (PosixStat.TryStat(p, out _, out long size, out int errno)) return PyValue.Int(size);
            throw new PyException(new PyBaseException(ExceptionTypes.ForErrno(errno),
                new PyTuple(new[] { PyValue.Int(errno), PyValue.Str(Marshal.GetPInvokeErrorMessage(errno)), PyValue.Str(p) })));
        });
        return m;
    }

    // os.fspath: a str, or what __fspath__ returns.
    private static string FsPath(ThreadState ts, PyValue v, Func<PyValue, PyException> notPath)
    {
        if (v.Obj is PyStr s) return s.Value;
        if (v.Obj is PyBytes) throw PyErr.NotImplementedError("GilGen's os.path supports str paths, not bytes");
        if (v.Obj is not null && v.Type.Lookup("__fspath__") is PyValue method)
        {
            var r = Ops.Call(ts, method, new[] { v }, null);
            try
            {
                if (r.Obj is PyStr rs) return rs.Value;
                if (r.Obj is PyBytes) throw PyErr.NotImplementedError("GilGen's os.path supports str paths, not bytes");
                throw PyErr.TypeError($"expected {v.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
            }
            finally { r.DecRef(); }
        }
        throw notPath(v);
    }

    private static PyException NotPathLike(PyValue v) => PyErr.TypeError($"expected str, bytes or os.PathLike object, not {v.Type.Name}");

    private static string One(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw, string name)
    {
        new BuiltinArguments(name, a, kw).NoKeywords().Expect(1, 1);
        return FsPath(ts, a[0], NotPathLike);
    }

    // The path of exists/isfile/isdir (os.stat's argument rules), or null for one os.stat would refuse with
    // ValueError (an embedded NUL), which these functions answer False for.
    private static string? StatPath(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw, string name)
    {
        new BuiltinArguments(name, a, kw).NoKeywords().Expect(1, 1);
        if (a[0].IsInt || a[0].Obj is PyBool)
            throw PyErr.NotImplementedError($"GilGen's os.path.{name} does not support a file descriptor");
        string p = FsPath(ts, a[0], v => PyErr.TypeError($"stat: path should be string, bytes, os.PathLike or integer, not {v.Type.Name}"));
        return p.Contains('\0') ? null : p;
    }

    private static PyValue Join(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var args = new BuiltinArguments("join", a, kw).NoKeywords();
        if (args.Count == 0) throw PyErr.TypeError("join() missing 1 required positional argument: 'a'");
        string path = FsPath(ts, a[0], NotPathLike);
        for (int i = 1; i < a.Length; i++)
        {
            string b = FsPath(ts, a[i], v => PyErr.TypeError($"join() argument must be str, bytes, or os.PathLike object, not '{v.Type.Name}'"));
            path = JoinTwo(path, b);
        }
        return PyValue.Str(path);
    }

    // One step of posixpath.join: an absolute part starts over; a separator goes between unless one is there.
    private static string JoinTwo(string path, string b)
    {
        if (b.StartsWith(Sep)) return b;
        if (path.Length == 0 || path.EndsWith(Sep)) return path + b;
        return path + Sep + b;
    }

    // posixpath.split: head without its trailing slashes unless it is all slashes.
    private static (string Head, string Tail) Split(string p)
    {
        int i = p.LastIndexOf(Sep) + 1;
        string head = p.Substring(0, i), tail = p.Substring(i);
        if (head.Length > 0 && head.Trim(Sep).Length > 0) head = head.TrimEnd(Sep);
        return (head, tail);
    }

    // genericpath._splitext: the extension starts at the last dot of the last component, unless everything
    // before it in the component is dots (".bashrc", "..." have none).
    private static (string Root, string Ext) SplitExt(string p)
    {
        int sepIndex = p.LastIndexOf(Sep);
        int dotIndex = p.LastIndexOf('.');
        if (dotIndex > sepIndex)
        {
            for (int i = sepIndex + 1; i < dotIndex; i++)
                if (p[i] != '.') return (p.Substring(0, dotIndex), p.Substring(dotIndex));
        }
        return (p, "");
    }

    // posixpath.normpath: two leading slashes are kept (POSIX leaves their meaning to the system), three or more
    // become one; "." parts go, ".." removes the part before it except at the root or after another "..".
    private static string NormPath(string path)
    {
        if (path.Length == 0) return ".";
        int initialSlashes = path.StartsWith(Sep) ? 1 : 0;
        if (initialSlashes == 1 && path.StartsWith("//") && !path.StartsWith("///")) initialSlashes = 2;
        var parts = new List<string>();
        foreach (var comp in path.Split(Sep))
        {
            if (comp.Length == 0 || comp == ".") continue;
            if (comp != ".." || (initialSlashes == 0 && parts.Count == 0) || (parts.Count > 0 && parts[^1] == ".."))
                parts.Add(comp);
            else if (parts.Count > 0)
                parts.RemoveAt(parts.Count - 1);
        }
        string joined = new string(Sep, initialSlashes) + string.Join(Sep, parts);
        return joined.Length == 0 ? "." : joined;
    }

    // posixpath.expanduser: "~" is $HOME (os.environ's, as the program may have changed it), "~name" that
    // user's home from the password file; anything else, or an unknown user, is returned unchanged.
    private static string ExpandUser(ThreadState ts, string path)
    {
        if (!path.StartsWith('~')) return path;
        int i = path.IndexOf(Sep, 1);
        if (i < 0) i = path.Length;
        string? home;
        if (i == 1)
            home = EnvironHome(ts) ?? PasswordFileHome(Environment.UserName);
        else
            home = PasswordFileHome(path.Substring(1, i - 1));
        if (home is null) return path;
        home = home.TrimEnd(Sep);
        string result = home + path.Substring(i);
        return result.Length == 0 ? "/" : result;
    }

    private static string? EnvironHome(ThreadState ts)
    {
        var os = ts.Interp.Modules.Import(ts, "os");
        var environ = os.GetGlobal("environ");
        try
        {
            if (environ.Obj is not PyDict d) return Environment.GetEnvironmentVariable("HOME");
            var key = PyValue.Str("HOME");
            try { return d.TryGet(ts, key, out var v) && v.Obj is PyStr s ? s.Value : null; }
            finally { key.DecRef(); }
        }
        finally { environ.DecRef(); }
    }

    // pwd.getpwnam(name).pw_dir from /etc/passwd, or null when the user is not there.
    private static string? PasswordFileHome(string name)
    {
        try
        {
            foreach (var line in File.ReadLines("/etc/passwd"))
            {
                var fields = line.Split(':');
                if (fields.Length >= 7 && fields[0] == name) return fields[5];
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }

    private enum EntryKind { Missing, File, Directory, Other }

    // What os.stat (which follows symbolic links) finds at the path; any failure is Missing, as
    // genericpath.exists/isfile/isdir answer False for an OSError.
    private static EntryKind Kind(string path)
    {
        if (!PosixStat.TryStat(path, out int mode, out _, out _)) return EntryKind.Missing;
        return (mode & PosixStat.TypeMask) switch
        {
            PosixStat.Regular => EntryKind.File,
            PosixStat.Directory => EntryKind.Directory,
            _ => EntryKind.Other,
        };
    }
}
