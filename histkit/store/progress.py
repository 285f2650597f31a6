"""How far a build is: a progress bar on a terminal, a line now and then in a log, nothing when quiet."""

from __future__ import annotations

import sys
import time


class Progress:
    """Count parsed documents; show documents/s and the time left.

    >>> import io
    >>> log = io.StringIO()
    >>> progress = Progress(2, stream=log)
    >>> progress.update(); progress.update(); progress.close()
    >>> log.getvalue().splitlines()[-1].startswith("histkit tables: parsed 2/2 documents")
    True

    On a terminal (``stream.isatty()``) a tqdm bar; otherwise a plain line
    every ``every`` seconds and at the end; with ``quiet`` nothing at all.
    """

    def __init__(self, total: int, quiet: bool = False, stream=None, every: float = 10.0):
        self.total, self.quiet, self.every = total, quiet, every
        self.stream = stream if stream is not None else sys.stderr
        self.count, self.started, self.last = 0, time.monotonic(), time.monotonic()
        self.bar = None
        if not quiet and total and _isatty(self.stream):
            from tqdm import tqdm  # only a terminal needs it

            self.bar = tqdm(total=total, unit="doc", desc="histkit tables", file=self.stream, dynamic_ncols=True)

    def update(self) -> None:
        self.count += 1
        if self.bar is not None:
            self.bar.update(1)
        elif not self.quiet and time.monotonic() - self.last >= self.every:
            self._line()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif not self.quiet and self.count:
            self._line()

    def _line(self) -> None:
        self.last = time.monotonic()
        elapsed = max(self.last - self.started, 1e-9)
        rate = self.count / elapsed
        left = (self.total - self.count) / rate if rate else 0.0
        print(f"histkit tables: parsed {self.count:,}/{self.total:,} documents ({rate:.1f} docs/s, "
              f"{left:.0f} s left)", file=self.stream, flush=True)


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
