"""Turns to run cells: `jobs` notebooks run their cells at a time, in the order given, while the next one's kernel starts.

A kernel takes a second or so to start, and a finished one half a second to
shut down; a worker that did both between two notebooks would leave its core
idle meanwhile. So the run has one worker more than `jobs`: every worker
starts its kernel at once, but runs the notebook's cells only in its *turn*,
one of `jobs`, taken when the kernel is ready and given back after the last
cell, before the kernel shuts down. The next notebook's kernel is then
started and waiting, and the cells of at most `jobs` notebooks run at a time,
as before. Turns are taken in the order the notebooks were given (whichever
kernel is ready first), so the run's order does not depend on which kernel
happened to start faster: a user who lists the longest notebooks first has
the shortest one last.
"""

from __future__ import annotations

import asyncio
import time

#: How often a ready kernel's worker looks whether its turn has come (seconds).
POLL = 0.02


def workers_for(jobs: int, notebooks: int) -> int:
    """How many worker processes (each with its kernel) a run of `notebooks` with `jobs` turns uses.

        >>> workers_for(2, 3), workers_for(2, 2), workers_for(1, 5)
        (3, 2, 2)
    """
    return min(jobs + 1, notebooks)


def shared_turns(context, jobs: int, notebooks: int) -> tuple:
    """What the run's workers share to take turns: `jobs` slots and, per notebook, whether its turn was taken.

        >>> import multiprocessing
        >>> slots, taken = shared_turns(multiprocessing.get_context(), 2, 3)
        >>> list(taken), list(shared_turns(multiprocessing.get_context(), 3, 3)[1])
        ([0, 0, 0], [1, 1, 1])
    """
    first = int(jobs >= notebooks)  # a turn for every notebook: none waits for those before it
    return context.BoundedSemaphore(jobs), context.Array("b", [first] * notebooks, lock=False)


class Turn:
    """The turn of notebook `index` of the run, among the workers' `shared` turns (see `shared_turns`).

        >>> import threading
        >>> from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
        >>> slots, taken = threading.Semaphore(1), [0, 0]
        >>> turn = Turn((slots, taken), 0)
        >>> asyncio.run(turn.take(new_notebook(cells=[new_code_cell("1"), new_markdown_cell("end")])))
        >>> slots.acquire(blocking=False), taken   # taken: no other notebook runs cells now
        (False, [1, 0])
        >>> asyncio.run(turn.after_cell(cell_index=0))   # its last code cell ran: the turn goes back
        >>> slots.acquire(blocking=False)
        True

    Its methods are nbclient's hooks (`hooks`): `take` when the kernel is
    ready (once the notebooks before it took theirs; `waited` says how long
    that took), `after_cell` after each cell, `give_back` when a cell fails (no cell runs after it); `done`,
    always, when the notebook is over: a notebook whose kernel never became
    ready does not hold up those after it. Giving back twice gives back once.
    """

    def __init__(self, shared: tuple, index: int):
        (self.slots, self.taken), self.index = shared, index
        self.held, self.last, self.waited = False, -1, 0.0

    async def take(self, notebook, **_) -> None:
        self.last = max((i for i, cell in enumerate(notebook.cells)
                         if cell.cell_type == "code" and cell.source.strip()), default=-1)
        began = time.perf_counter()
        # Polled, not blocking: the worker's event loop goes on talking to the kernel meanwhile.
        while not (all(self.taken[:self.index]) and self.slots.acquire(False)):
            await asyncio.sleep(POLL)
        self.held, self.taken[self.index] = True, 1
        self.waited = time.perf_counter() - began

    async def after_cell(self, cell_index: int, **_) -> None:
        if cell_index >= self.last:
            self.give_back()

    def give_back(self, **_) -> None:
        if self.held:
            self.held = False
            self.slots.release()

    def done(self) -> None:
        self.give_back()
        self.taken[self.index] = 1

    def hooks(self) -> dict:
        """The papermill (nbclient) options that make the notebook's execution keep this turn."""
        return {"on_notebook_start": self.take, "on_cell_executed": self.after_cell, "on_cell_error": self.give_back}
