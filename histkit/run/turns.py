"""Turns to run cells: `jobs` notebooks run their cells at a time, while the next one's kernel starts.

A kernel takes a second or so to start, and a finished one half a second to
shut down; a worker that did both between two notebooks would leave its core
idle meanwhile. So the run has one worker more than `jobs`: every worker
starts its kernel at once, but runs the notebook's cells only in its *turn*,
one of `jobs`, taken when the kernel is ready and given back after the last
cell, before the kernel shuts down. The next notebook's kernel is then
started and waiting, and the cells of at most `jobs` notebooks run at a time,
as before.
"""

from __future__ import annotations

import asyncio

#: How often a ready kernel's worker looks whether a turn is free (seconds).
POLL = 0.02


def workers_for(jobs: int, notebooks: int) -> int:
    """How many worker processes (each with its kernel) a run of `notebooks` with `jobs` turns uses.

        >>> workers_for(2, 3), workers_for(2, 2), workers_for(1, 5)
        (3, 2, 2)
    """
    return min(jobs + 1, notebooks)


class Turn:
    """One notebook's turn among `slots` (a multiprocessing semaphore shared by the run's workers).

        >>> import threading
        >>> from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
        >>> slots = threading.Semaphore(1); turn = Turn(slots)
        >>> asyncio.run(turn.take(new_notebook(cells=[new_code_cell("1"), new_markdown_cell("end")])))
        >>> slots.acquire(blocking=False)            # taken: no other notebook runs cells now
        False
        >>> asyncio.run(turn.after_cell(cell_index=0))   # its last code cell ran: the turn goes back
        >>> slots.acquire(blocking=False)
        True

    Its methods are nbclient's hooks (`hooks`): `take` when the kernel is
    ready, `after_cell` after each cell, `give_back` when a cell fails (no
    cell runs after it) and, always, when the notebook is done. Giving back
    twice gives back once.
    """

    def __init__(self, slots):
        self.slots, self.held, self.last = slots, False, -1

    async def take(self, notebook, **_) -> None:
        self.last = max((i for i, cell in enumerate(notebook.cells)
                         if cell.cell_type == "code" and cell.source.strip()), default=-1)
        while not self.slots.acquire(False):  # not blocking: the worker's event loop talks to the kernel meanwhile
            await asyncio.sleep(POLL)
        self.held = True

    async def after_cell(self, cell_index: int, **_) -> None:
        if cell_index >= self.last:
            self.give_back()

    def give_back(self, **_) -> None:
        if self.held:
            self.held = False
            self.slots.release()

    def hooks(self) -> dict:
        """The papermill (nbclient) options that make the notebook's execution keep this turn."""
        return {"on_notebook_start": self.take, "on_cell_executed": self.after_cell, "on_cell_error": self.give_back}
