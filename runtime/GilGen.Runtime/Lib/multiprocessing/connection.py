"""GilGen's multiprocessing.connection: Pipe() and the Connection objects at its two ends.

Written in Python over multiprocessing.managers (docs/architecture/design.md §5c): each direction of a pipe is a
channel held by a manager process (started by the first Pipe() of a process), which the ends reach as proxies do,
so the ends can be given to other processes (an argument of Process or Pool). CPython's are an OS pipe or a
socket pair; what is sent is copied as pickling copies it, as there.
"""

import threading
from multiprocessing import managers

__all__ = ['Pipe', 'Connection']

# This process's open connections: closed when it ends, as its file descriptors are.
_open = []


class Connection(object):
    """One end of a pipe: send() what the other end's recv() gets, in order."""

    def __init__(self, reader, writer):
        self._reader = reader
        self._writer = writer
        self._closed = False
        _open.append(self)

    def __getstate__(self):
        # The copy (in another process) is one more handle on each end, counted now so that closing this one
        # right after Process.start() does not end the pipe before the child has opened its copy.
        self._check_closed()
        if self._writer is not None:
            self._writer._callserved('open_writer')
        if self._reader is not None:
            self._reader._callserved('open_reader')
        return (self._reader, self._writer)

    def _fork_getstate(self):
        # What a child started by fork gets (runtime/GilGen.Runtime/Interpreters/ForkSnapshot.cs): an open end is one
        # more handle on it, as fork(2) duplicates a descriptor; a closed end stays closed.
        if self._closed:
            return (self._reader, self._writer, True)
        return self.__getstate__()

    def __setstate__(self, state):
        if len(state) == 3:
            self._reader, self._writer, self._closed = state
            return
        self._reader, self._writer = state
        self._closed = False
        _open.append(self)

    @property
    def closed(self):
        """True if the connection is closed."""
        return self._closed

    @property
    def readable(self):
        """True if the connection is readable."""
        return self._reader is not None

    @property
    def writable(self):
        """True if the connection is writable."""
        return self._writer is not None

    def _check_closed(self):
        if self._closed:
            raise OSError('handle is closed')

    def _check_readable(self):
        if self._reader is None:
            raise OSError('connection is write-only')

    def _check_writable(self):
        if self._writer is None:
            raise OSError('connection is read-only')

    def send(self, obj):
        """Send a (picklable) object."""
        self._check_closed()
        self._check_writable()
        self._writer._callserved('put', (obj,))

    def recv(self):
        """Receive a (picklable) object."""
        self._check_closed()
        self._check_readable()
        return self._reader._callserved('get')

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes data from a bytes-like object."""
        self._check_closed()
        self._check_writable()
        data = bytes(buf)
        n = len(data)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._writer._callserved('put', (data[offset:offset + size],))

    def recv_bytes(self, maxlength=None):
        """Receive bytes data as a bytes object."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._reader._callserved('get')
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise OSError("bad message length")
        return data

    def poll(self, timeout=0.0):
        """Whether there is any input available to be read."""
        self._check_closed()
        self._check_readable()
        return self._reader._callserved('poll', (timeout,))

    def close(self):
        """Close the connection."""
        if not self._closed:
            self._closed = True
            if self in _open:
                _open.remove(self)
            if self._writer is not None:
                self._writer._callserved('close_writer')
            if self._reader is not None:
                self._reader._callserved('close_reader')

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    """Returns a pair of connected Connection objects; with duplex False, the first receives and the second sends."""
    server = managers.channel_server()
    one = server._create('Channel')
    if not duplex:
        return Connection(one, None), Connection(None, one)
    other = server._create('Channel')
    return Connection(one, other), Connection(other, one)


def _close_all():
    for connection in list(_open):
        connection.close()


threading._register_atexit(_close_all)
