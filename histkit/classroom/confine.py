"""Where and how a student's kernel runs: its memory limit and, with ``--sandbox``, a bubblewrap sandbox.

The kernel command (a kernelspec's argv, run by jupyter_client) is prefixed:
first a two-line Python launcher that sets RLIMIT_AS (an allocation past the
limit raises MemoryError in the kernel), then, under the sandbox, ``bwrap``
(the route otter-grader takes with containers, made light): the kernel sees
the student's folder read-write, the files the notebooks read and the Python
environment read-only, the system's own folders, a private /tmp, no network
and nothing else of the teacher's files. Its connection file and sockets
(ZeroMQ over Unix sockets, since TCP on the host's loopback is out of reach
without a network) lie in a private folder shared with the worker.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ..errors import ParameterError

# Sets the address-space limit, then becomes the kernel: `python -c LIMIT BYTES ARGV...`. Where the
# system refuses the limit (macOS does not enforce RLIMIT_AS), the kernel runs without it.
_LIMIT = """import os, sys
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
except (ImportError, ValueError, OSError):
    pass
os.execv(sys.argv[2], sys.argv[2:])"""
_SYSTEM = ("/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
_UNITS = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}


def parse_size(text, what: str = "--memory") -> int | None:
    """A size like ``2G``, ``512M`` or ``1.5G`` in bytes; None for ``none`` or 0 (no limit).

        >>> parse_size("2G"), parse_size("512m"), parse_size("none"), parse_size(1000)
        (2147483648, 536870912, None, 1000)
        >>> parse_size("lots")
        Traceback (most recent call last):
        histkit.errors.ParameterError: --memory must be a size such as 2G, 512M or none, not 'lots'
    """
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)i?B?\s*", str(text), re.IGNORECASE)
    if str(text).strip().lower() == "none":
        return None
    if not match:
        raise ParameterError(f"{what} must be a size such as 2G, 512M or none, not {str(text)!r}")
    size = int(float(match.group(1)) * _UNITS[match.group(2).upper()])
    return size or None


def bwrap() -> str | None:
    """The bubblewrap program, or None where it is not installed (macOS, Windows, a bare CI image).

        >>> bwrap() is None or bwrap().endswith("bwrap")
        True
    """
    return shutil.which("bwrap")


def require_bwrap(probe: bool = False) -> str:
    """The bubblewrap program; ParameterError saying how to install it where it is missing.

        >>> require_bwrap() if bwrap() else "bwrap"  # doctest: +ELLIPSIS
        '...bwrap'

    With `probe`, bwrap is tried once, so that a system where it cannot make
    a sandbox (no user namespaces, as in some containers) is told at once,
    with bwrap's own words, rather than by every kernel failing to start.
    """
    program = bwrap()
    if program is None:
        raise ParameterError(
            "--sandbox needs bubblewrap, which is not installed here (Linux: apt install bubblewrap, "
            "dnf install bubblewrap); without --sandbox the copies run unconfined"
        )
    if probe:
        tried = subprocess.run([program, "--ro-bind", "/", "/", "--unshare-net", "true"], capture_output=True,
                               text=True, errors="replace")
        if tried.returncode != 0:
            said = (tried.stderr.strip().splitlines() or [f"exit code {tried.returncode}"])[-1]
            raise ParameterError(f"--sandbox: bubblewrap cannot make a sandbox here ({said}); "
                                 "it needs unprivileged user namespaces, or run without --sandbox")
    return program


def kernel_prefix(memory: int | None, sandbox: dict | None) -> list[str]:
    """What goes before a kernel's command: the memory limit, then bwrap with its mounts.

        >>> kernel_prefix(None, None)
        []
        >>> kernel_prefix(2**30, None)[-1]
        '1073741824'

    `sandbox` (from `sandbox_plan`) gives the folders; see `bwrap_arguments`.
    """
    # Windows has no exec: there the launcher would end and leave the kernel unwatched.
    prefix = [sys.executable, "-c", _LIMIT, str(memory)] if memory and os.name == "posix" else []
    if sandbox:
        prefix += bwrap_arguments(**sandbox)
    return prefix


def sandbox_plan(folder, readable=(), private=None) -> dict:
    """The folders of one kernel's sandbox: its own (read-write), what it reads, and the private one for sockets.

        >>> plan = sandbox_plan("/tmp/class/ana", ["/tmp/corpus"], "/tmp/socks")
        >>> plan["folder"], plan["readable"], plan["private"]
        ('/tmp/class/ana', ['/tmp/corpus'], '/tmp/socks')

    The Python environment is added by `bwrap_arguments`. Never raises.
    """
    resolved = [str(Path(p).resolve()) for p in readable]
    return {"folder": str(Path(folder).resolve()), "readable": resolved, "private": str(private) if private else None}


def python_folders() -> list[str]:
    """Folders the kernel's Python needs, read-only: the environment, its base installation, histkit itself.

        >>> sys.prefix in python_folders() or os.path.realpath(sys.prefix) in python_folders()
        True

    Only histkit's own package folder is added from a source checkout, never
    the checkout (it may be the teacher's project). Never raises.
    """
    import histkit

    found = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, os.path.dirname(sys.executable),
             str(Path(histkit.__file__).parent)]
    folders = []
    for path in found:
        for variant in (path, os.path.realpath(path)):
            if variant not in folders and os.path.isdir(variant):
                folders.append(variant)
    return folders


def bwrap_arguments(folder: str, readable=(), private: str | None = None, program: str | None = None) -> list[str]:
    """The bwrap command line confining a kernel to `folder`: see the module's docstring.

        >>> args = bwrap_arguments("/tmp/class/ana", ["/tmp"], "/tmp/socks", program="bwrap")
        >>> args[args.index("--chdir") + 1], "--unshare-net" in args, args[-1]
        ('/tmp/class/ana', True, '--')
        >>> args[args.index("--bind") + 1]
        '/tmp/socks'

    `program` defaults to the installed bwrap. Raises ParameterError when
    bubblewrap is not installed.
    """
    program = program or require_bwrap()
    args = [program, "--die-with-parent", "--unshare-net", "--unshare-ipc", "--unshare-uts",
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    for path in _SYSTEM:
        if os.path.islink(path):
            args += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            args += ["--ro-bind", path, path]
    for path in python_folders() + [p for p in readable if os.path.exists(p)]:
        args += ["--ro-bind", path, path]
    if private:
        args += ["--bind", private, private]
    args += ["--bind", folder, folder, "--chdir", folder, "--clearenv"]
    # ipykernel exits when the process named by JPY_PARENT_PID (here: the worker) is gone.
    environment = {"JPY_PARENT_PID": str(os.getpid()), "HOME": "/tmp", "PATH": f"{os.path.dirname(sys.executable)}:/usr/bin:/bin",
                   "LANG": os.environ.get("LANG", "C.UTF-8"), "MPLBACKEND": "Agg"}
    if os.environ.get("PYTHONPATH"):
        environment["PYTHONPATH"] = os.environ["PYTHONPATH"]
    for name, value in environment.items():
        args += ["--setenv", name, value]
    return args + ["--"]


def kernel_manager_class(prefix: list[str], private: str | None, confined: bool = False):
    """A jupyter_client kernel manager that starts the kernel behind `prefix`, talking over Unix sockets in `private`.

        >>> manager = kernel_manager_class(["nice"], None)
        >>> manager.__name__
        'ConfinedKernelManager'

    With `private` None the connection is TCP as usual. `confined` (the
    kernel runs in bwrap) makes interrupts messages. Never raises.
    """
    from jupyter_client import AsyncKernelManager

    class ConfinedKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if private:
                self.transport = "ipc"
                self.connection_file = os.path.join(private, "kernel.json")
                self.ip = os.path.join(private, "kernel")

        def format_kernel_cmd(self, extra_arguments=None):
            if confined:  # bwrap does not pass SIGINT on, and dies of it: ask the kernel to interrupt itself
                self.kernel_spec.interrupt_mode = "message"
            return list(prefix) + super().format_kernel_cmd(extra_arguments)

    return ConfinedKernelManager
