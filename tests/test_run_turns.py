"""Turns to run cells: `jobs` notebooks run cells at a time while one more kernel starts."""

import asyncio
import json
import threading

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from histkit.run import run_notebooks
from histkit.run.turns import Turn, workers_for

from conftest import write_notebook

SPAN = '''import json, time
from pathlib import Path
began = time.time()
time.sleep(0.3)
Path(output_dir, f"span_{who}.json").write_text(json.dumps([began, time.time()]))'''


def notebook(*sources, markdown_last=False):
    cells = [new_code_cell(s) for s in sources] + ([new_markdown_cell("the end")] if markdown_last else [])
    return new_notebook(cells=cells)


def test_one_worker_more_than_jobs_so_the_next_kernel_starts_meanwhile():
    assert workers_for(2, 3) == 3


def test_no_more_workers_than_notebooks():
    assert workers_for(4, 3) == 3


def test_turn_is_held_until_the_last_code_cell_ran():
    slots = threading.Semaphore(1)
    turn = Turn((slots, [0]), 0)
    asyncio.run(turn.take(notebook("a = 1", "b = 2", markdown_last=True)))
    asyncio.run(turn.after_cell(cell_index=0))
    assert not slots.acquire(blocking=False)
    asyncio.run(turn.after_cell(cell_index=1))
    assert slots.acquire(blocking=False)


def test_empty_code_cells_at_the_end_do_not_hold_the_turn():
    slots = threading.Semaphore(1)
    turn = Turn((slots, [0]), 0)
    asyncio.run(turn.take(notebook("a = 1", "  ")))
    asyncio.run(turn.after_cell(cell_index=0))
    assert slots.acquire(blocking=False)


def test_a_failing_cell_gives_the_turn_back_once():
    slots = threading.BoundedSemaphore(1)
    turn = Turn((slots, [0]), 0)
    asyncio.run(turn.take(notebook("raise ValueError", "b = 2")))
    turn.give_back(cell_index=0)
    turn.give_back()  # again when the notebook is done: BoundedSemaphore would raise on a second release
    assert slots.acquire(blocking=False)


def test_a_kernel_waits_for_a_free_turn():
    shared = threading.Semaphore(1), [0, 0]
    first, second = Turn(shared, 0), Turn(shared, 1)

    async def both():
        await first.take(notebook("a = 1"))
        waiting = asyncio.ensure_future(second.take(notebook("b = 1")))
        await asyncio.sleep(0.1)
        assert not waiting.done()
        await first.after_cell(cell_index=0)
        await asyncio.wait_for(waiting, 5)

    asyncio.run(both())
    assert second.held and second.waited >= 0.1


def test_a_notebook_takes_its_turn_only_after_those_given_before_it():
    shared = threading.Semaphore(2), [0, 0, 0]
    second, third = Turn(shared, 1), Turn(shared, 2)

    async def ready_out_of_order():
        waiting = asyncio.ensure_future(third.take(notebook("c = 1")))
        await asyncio.sleep(0.1)
        assert not waiting.done()  # turns are free, but the first two notebooks have not taken theirs
        Turn(shared, 0).done()  # the first notebook's kernel never started
        await second.take(notebook("b = 1"))
        await asyncio.wait_for(waiting, 5)

    asyncio.run(ready_out_of_order())
    assert shared[1] == [1, 1, 1]


def test_with_one_job_two_notebooks_never_run_cells_at_once(tmp_path):
    paths = [write_notebook(tmp_path / f"{name}.ipynb", f'output_dir = "runs/dev"\nwho = "{name}"', SPAN)
             for name in ("one", "two")]
    result = run_notebooks(paths, name="turns", jobs=1, runs_dir=tmp_path / "runs", cwd=tmp_path)
    assert result.ok
    first, second = sorted(json.loads((result.run_dir / f"span_{name}.json").read_text()) for name in ("one", "two"))
    assert first[1] <= second[0]
