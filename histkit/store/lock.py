"""One process at a time on a store: notebooks run side by side must not build the same store twice.

`histkit run --jobs 2` starts two kernels that each ask for the same store;
the first one builds it while the second waits, then finds it up to date and
only reads it. The lock is an OS file lock on a file beside the store, so it
is released when its process ends, even by a crash.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

try:  # POSIX
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt


@contextmanager
def store_lock(store: str | os.PathLike):
    """Hold the store's lock for the ``with`` block, waiting while another process holds it.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     with store_lock(Path(folder) / "store"):
    ...         sorted(p.name for p in Path(folder).iterdir())
    ['.store.lock']
    """
    store = Path(store)
    store.parent.mkdir(parents=True, exist_ok=True)
    with open(store.parent / f".{store.name}.lock", "a+b") as handle:
        _acquire(handle)
        try:
            yield
        finally:
            _release(handle)


def _acquire(handle) -> None:
    if fcntl is not None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        return
    while True:  # msvcrt's blocking lock gives up after ten seconds; a first build can take longer
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return
        except OSError:
            time.sleep(0.2)


def _release(handle) -> None:
    if fcntl is not None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    else:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
