// Written by tools/cpython-module-all.py from CPython 3.12.1; do not edit by hand.
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// CPython's <c>__all__</c> of the modules GilGen's runtime provides, in CPython's order: what <c>from module import *</c>
/// binds there. <see cref="ModuleRegistry"/> gives a runtime module this list (less the names GilGen's module lacks)
/// as its <c>__all__</c>, unless the module sets one itself.
/// </summary>
internal static class CPythonModuleAll
{
    public static readonly IReadOnlyDictionary<string, string[]> Names = new Dictionary<string, string[]>
    {
        ["dis"] = new string[]
        {
            "code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels", "show_code",
            "get_instructions", "Instruction", "Bytecode", "cmp_op", "hasarg", "hasconst", "hasname", "hasjrel",
            "hasjabs", "haslocal", "hascompare", "hasfree", "hasexc", "opname", "opmap", "HAVE_ARGUMENT",
            "EXTENDED_ARG", "stack_effect",
        },
        ["os"] = new string[]
        {
            "altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name", "path", "devnull",
            "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen", "extsep", "_exit",
            "CLD_CONTINUED", "CLD_DUMPED", "CLD_EXITED", "CLD_KILLED", "CLD_STOPPED", "CLD_TRAPPED", "CLONE_FILES",
            "CLONE_FS", "CLONE_NEWCGROUP", "CLONE_NEWIPC", "CLONE_NEWNET", "CLONE_NEWNS", "CLONE_NEWPID",
            "CLONE_NEWTIME", "CLONE_NEWUSER", "CLONE_NEWUTS", "CLONE_SIGHAND", "CLONE_SYSVSEM", "CLONE_THREAD",
            "CLONE_VM", "DirEntry", "EFD_CLOEXEC", "EFD_NONBLOCK", "EFD_SEMAPHORE", "EX_CANTCREAT", "EX_CONFIG",
            "EX_DATAERR", "EX_IOERR", "EX_NOHOST", "EX_NOINPUT", "EX_NOPERM", "EX_NOUSER", "EX_OK", "EX_OSERR",
            "EX_OSFILE", "EX_PROTOCOL", "EX_SOFTWARE", "EX_TEMPFAIL", "EX_UNAVAILABLE", "EX_USAGE", "F_LOCK", "F_OK",
            "F_TEST", "F_TLOCK", "F_ULOCK", "GRND_NONBLOCK", "GRND_RANDOM", "MFD_ALLOW_SEALING", "MFD_CLOEXEC",
            "MFD_HUGETLB", "MFD_HUGE_16GB", "MFD_HUGE_16MB", "MFD_HUGE_1GB", "MFD_HUGE_1MB", "MFD_HUGE_256MB",
            "MFD_HUGE_2GB", "MFD_HUGE_2MB", "MFD_HUGE_32MB", "MFD_HUGE_512KB", "MFD_HUGE_512MB", "MFD_HUGE_64KB",
            "MFD_HUGE_8MB", "MFD_HUGE_MASK", "MFD_HUGE_SHIFT", "NGROUPS_MAX", "O_ACCMODE", "O_APPEND", "O_ASYNC",
            "O_CLOEXEC", "O_CREAT", "O_DIRECT", "O_DIRECTORY", "O_DSYNC", "O_EXCL", "O_FSYNC", "O_LARGEFILE",
            "O_NDELAY", "O_NOATIME", "O_NOCTTY", "O_NOFOLLOW", "O_NONBLOCK", "O_PATH", "O_RDONLY", "O_RDWR", "O_RSYNC",
            "O_SYNC", "O_TMPFILE", "O_TRUNC", "O_WRONLY", "POSIX_FADV_DONTNEED", "POSIX_FADV_NOREUSE",
            "POSIX_FADV_NORMAL", "POSIX_FADV_RANDOM", "POSIX_FADV_SEQUENTIAL", "POSIX_FADV_WILLNEED",
            "POSIX_SPAWN_CLOSE", "POSIX_SPAWN_DUP2", "POSIX_SPAWN_OPEN", "PRIO_PGRP", "PRIO_PROCESS", "PRIO_USER",
            "P_ALL", "P_PGID", "P_PID", "P_PIDFD", "RTLD_DEEPBIND", "RTLD_GLOBAL", "RTLD_LAZY", "RTLD_LOCAL",
            "RTLD_NODELETE", "RTLD_NOLOAD", "RTLD_NOW", "RWF_APPEND", "RWF_DSYNC", "RWF_HIPRI", "RWF_NOWAIT",
            "RWF_SYNC", "R_OK", "SCHED_BATCH", "SCHED_FIFO", "SCHED_IDLE", "SCHED_OTHER", "SCHED_RESET_ON_FORK",
            "SCHED_RR", "SEEK_DATA", "SEEK_HOLE", "SPLICE_F_MORE", "SPLICE_F_MOVE", "SPLICE_F_NONBLOCK", "ST_APPEND",
            "ST_MANDLOCK", "ST_NOATIME", "ST_NODEV", "ST_NODIRATIME", "ST_NOEXEC", "ST_NOSUID", "ST_RDONLY",
            "ST_RELATIME", "ST_SYNCHRONOUS", "ST_WRITE", "TMP_MAX", "WCONTINUED", "WCOREDUMP", "WEXITED",
            "WEXITSTATUS", "WIFCONTINUED", "WIFEXITED", "WIFSIGNALED", "WIFSTOPPED", "WNOHANG", "WNOWAIT", "WSTOPPED",
            "WSTOPSIG", "WTERMSIG", "WUNTRACED", "W_OK", "XATTR_CREATE", "XATTR_REPLACE", "XATTR_SIZE_MAX", "X_OK",
            "abort", "access", "chdir", "chmod", "chown", "chroot", "close", "closerange", "confstr", "confstr_names",
            "copy_file_range", "cpu_count", "ctermid", "device_encoding", "dup", "dup2", "environ", "error", "eventfd",
            "eventfd_read", "eventfd_write", "execv", "execve", "fchdir", "fchmod", "fchown", "fdatasync", "fork",
            "forkpty", "fpathconf", "fspath", "fstat", "fstatvfs", "fsync", "ftruncate", "get_blocking",
            "get_inheritable", "get_terminal_size", "getcwd", "getcwdb", "getegid", "geteuid", "getgid",
            "getgrouplist", "getgroups", "getloadavg", "getlogin", "getpgid", "getpgrp", "getpid", "getppid",
            "getpriority", "getrandom", "getresgid", "getresuid", "getsid", "getuid", "getxattr", "initgroups",
            "isatty", "kill", "killpg", "lchown", "link", "listdir", "listxattr", "lockf", "login_tty", "lseek",
            "lstat", "major", "makedev", "memfd_create", "minor", "mkdir", "mkfifo", "mknod", "nice", "open",
            "openpty", "pathconf", "pathconf_names", "pidfd_open", "pipe", "pipe2", "posix_fadvise", "posix_fallocate",
            "posix_spawn", "posix_spawnp", "pread", "preadv", "putenv", "pwrite", "pwritev", "read", "readlink",
            "readv", "register_at_fork", "remove", "removexattr", "rename", "replace", "rmdir", "scandir",
            "sched_get_priority_max", "sched_get_priority_min", "sched_getaffinity", "sched_getparam",
            "sched_getscheduler", "sched_param", "sched_rr_get_interval", "sched_setaffinity", "sched_setparam",
            "sched_setscheduler", "sched_yield", "sendfile", "set_blocking", "set_inheritable", "setegid", "seteuid",
            "setgid", "setgroups", "setns", "setpgid", "setpgrp", "setpriority", "setregid", "setresgid", "setresuid",
            "setreuid", "setsid", "setuid", "setxattr", "splice", "stat", "stat_result", "statvfs", "statvfs_result",
            "strerror", "symlink", "sync", "sysconf", "sysconf_names", "system", "tcgetpgrp", "tcsetpgrp",
            "terminal_size", "times", "times_result", "truncate", "ttyname", "umask", "uname", "uname_result",
            "unlink", "unsetenv", "unshare", "urandom", "utime", "wait", "wait3", "wait4", "waitid", "waitid_result",
            "waitpid", "waitstatus_to_exitcode", "write", "writev", "makedirs", "removedirs", "renames", "walk",
            "fwalk", "execl", "execle", "execlp", "execlpe", "execvp", "execvpe", "getenv", "supports_bytes_environ",
            "environb", "getenvb", "P_WAIT", "P_NOWAIT", "P_NOWAITO", "spawnv", "spawnve", "spawnvp", "spawnvpe",
            "spawnl", "spawnle", "spawnlp", "spawnlpe", "popen",
        },
        ["os.path"] = new string[]
        {
            "normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext", "basename", "dirname",
            "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists", "isdir",
            "isfile", "ismount", "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
            "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
            "supports_unicode_filenames", "relpath", "commonpath", "isjunction",
        },
        ["posixpath"] = new string[]
        {
            "normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext", "basename", "dirname",
            "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists", "isdir",
            "isfile", "ismount", "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
            "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
            "supports_unicode_filenames", "relpath", "commonpath", "isjunction",
        },
        ["threading"] = new string[]
        {
            "get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread", "TIMEOUT_MAX",
            "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError",
            "Timer", "ThreadError", "setprofile", "settrace", "local", "stack_size", "excepthook", "ExceptHookArgs",
            "gettrace", "getprofile", "setprofile_all_threads", "settrace_all_threads", "get_native_id",
        },
        ["random"] = new string[]
        {
            "Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices", "expovariate",
            "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate",
            "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular",
            "uniform", "vonmisesvariate", "weibullvariate",
        },
        ["operator"] = new string[]
        {
            "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv",
            "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
            "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter",
            "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne",
            "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor",
        },
        ["heapq"] = new string[]
        {
            "heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop",
        },
        ["functools"] = new string[]
        {
            "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering", "cache",
            "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod", "singledispatch", "singledispatchmethod",
            "cached_property",
        },
        ["collections"] = new string[]
        {
            "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque",
            "namedtuple",
        },
        ["copy"] = new string[]
        {
            "Error", "copy", "deepcopy",
        },
        ["string"] = new string[]
        {
            "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
            "printable", "punctuation", "whitespace", "Formatter", "Template",
        },
        ["io"] = new string[]
        {
            "BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
            "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
            "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
            "text_encoding", "IncrementalNewlineDecoder",
        },
        ["__future__"] = new string[]
        {
            "all_feature_names", "nested_scopes", "generators", "division", "absolute_import", "with_statement",
            "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
        },
        ["collections.abc"] = new string[]
        {
            "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable", "Iterable",
            "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable", "Collection", "Set", "MutableSet",
            "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence",
            "MutableSequence", "ByteString", "Buffer",
        },
        ["dataclasses"] = new string[]
        {
            "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields", "asdict",
            "astuple", "make_dataclass", "replace", "is_dataclass",
        },
        ["queue"] = new string[]
        {
            "Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue",
        },
        ["traceback"] = new string[]
        {
            "extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list", "format_stack",
            "format_tb", "print_exc", "format_exc", "print_exception", "print_last", "print_stack", "print_tb",
            "clear_frames", "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
        },
        ["contextlib"] = new string[]
        {
            "asynccontextmanager", "contextmanager", "closing", "nullcontext", "AbstractContextManager",
            "AbstractAsyncContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack", "redirect_stdout",
            "redirect_stderr", "suppress", "aclosing", "chdir",
        },
        ["concurrent.futures"] = new string[]
        {
            "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError", "BrokenExecutor",
            "Future", "Executor", "wait", "as_completed", "ProcessPoolExecutor", "ThreadPoolExecutor",
        },
        ["pickle"] = new string[]
        {
            "PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
            "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET",
            "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
            "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE",
            "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL",
            "INST", "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
            "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK",
            "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING",
            "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3",
            "UNICODE",
        },
        ["multiprocessing"] = new string[]
        {
            "Array", "AuthenticationError", "Barrier", "BoundedSemaphore", "BufferTooShort", "Condition", "Event",
            "JoinableQueue", "Lock", "Manager", "Pipe", "Pool", "Process", "ProcessError", "Queue", "RLock",
            "RawArray", "RawValue", "Semaphore", "SimpleQueue", "TimeoutError", "Value", "active_children",
            "allow_connection_pickling", "cpu_count", "current_process", "freeze_support", "get_all_start_methods",
            "get_context", "get_logger", "get_start_method", "log_to_stderr", "parent_process", "reducer",
            "set_executable", "set_forkserver_preload", "set_start_method",
        },
        ["multiprocessing.process"] = new string[]
        {
            "BaseProcess", "current_process", "active_children", "parent_process",
        },
        ["multiprocessing.pool"] = new string[]
        {
            "Pool", "ThreadPool",
        },
        ["multiprocessing.sharedctypes"] = new string[]
        {
            "RawValue", "RawArray", "Value", "Array", "copy", "synchronized",
        },
        ["multiprocessing.managers"] = new string[]
        {
            "BaseManager", "SyncManager", "BaseProxy", "Token", "SharedMemoryManager",
        },
        ["multiprocessing.connection"] = new string[]
        {
            "Client", "Listener", "Pipe", "wait",
        },
        ["multiprocessing.synchronize"] = new string[]
        {
            "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event",
        },
        ["multiprocessing.queues"] = new string[]
        {
            "Queue", "SimpleQueue", "JoinableQueue",
        },
        ["multiprocessing.context"] = System.Array.Empty<string>(),
        ["asyncio"] = new string[]
        {
            "BaseEventLoop", "Server", "iscoroutinefunction", "iscoroutine", "AbstractEventLoopPolicy",
            "AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle", "get_event_loop_policy",
            "set_event_loop_policy", "get_event_loop", "set_event_loop", "new_event_loop", "get_child_watcher",
            "set_child_watcher", "_set_running_loop", "get_running_loop", "_get_running_loop", "BrokenBarrierError",
            "CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError", "LimitOverrunError",
            "SendfileNotAvailableError", "Future", "wrap_future", "isfuture", "Lock", "Event", "Condition",
            "Semaphore", "BoundedSemaphore", "Barrier", "BaseProtocol", "Protocol", "DatagramProtocol",
            "SubprocessProtocol", "BufferedProtocol", "Runner", "run", "Queue", "PriorityQueue", "LifoQueue",
            "QueueFull", "QueueEmpty", "StreamReader", "StreamWriter", "StreamReaderProtocol", "open_connection",
            "start_server", "open_unix_connection", "start_unix_server", "create_subprocess_exec",
            "create_subprocess_shell", "Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
            "wait", "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future",
            "run_coroutine_threadsafe", "current_task", "all_tasks", "create_eager_task_factory", "eager_task_factory",
            "_register_task", "_unregister_task", "_enter_task", "_leave_task", "TaskGroup", "to_thread", "Timeout",
            "timeout", "timeout_at", "BaseTransport", "ReadTransport", "WriteTransport", "Transport",
            "DatagramTransport", "SubprocessTransport", "SelectorEventLoop", "AbstractChildWatcher",
            "SafeChildWatcher", "FastChildWatcher", "PidfdChildWatcher", "MultiLoopChildWatcher",
            "ThreadedChildWatcher", "DefaultEventLoopPolicy",
        },
        ["asyncio.exceptions"] = new string[]
        {
            "BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError",
            "LimitOverrunError", "SendfileNotAvailableError",
        },
        ["asyncio.coroutines"] = new string[]
        {
            "iscoroutinefunction", "iscoroutine",
        },
        ["asyncio.events"] = new string[]
        {
            "AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle",
            "get_event_loop_policy", "set_event_loop_policy", "get_event_loop", "set_event_loop", "new_event_loop",
            "get_child_watcher", "set_child_watcher", "_set_running_loop", "get_running_loop", "_get_running_loop",
        },
        ["asyncio.futures"] = new string[]
        {
            "Future", "wrap_future", "isfuture",
        },
        ["asyncio.locks"] = new string[]
        {
            "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier",
        },
        ["asyncio.queues"] = new string[]
        {
            "Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty",
        },
        ["asyncio.tasks"] = new string[]
        {
            "Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for",
            "as_completed", "sleep", "gather", "shield", "ensure_future", "run_coroutine_threadsafe", "current_task",
            "all_tasks", "create_eager_task_factory", "eager_task_factory", "_register_task", "_unregister_task",
            "_enter_task", "_leave_task",
        },
        ["asyncio.timeouts"] = new string[]
        {
            "Timeout", "timeout", "timeout_at",
        },
        ["asyncio.taskgroups"] = new string[]
        {
            "TaskGroup",
        },
        ["asyncio.base_events"] = new string[]
        {
            "BaseEventLoop", "Server",
        },
        ["asyncio.runners"] = new string[]
        {
            "Runner", "run",
        },
        ["asyncio.threads"] = new string[]
        {
            "to_thread",
        },
        ["re"] = new string[]
        {
            "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge", "template",
            "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
            "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
        },
    };
}
