"""What a run hands back: each notebook's result, its error if any, and the run as a whole.

Plain data classes shared by the steps of a run (execution, manifest, index
page), so that none of those steps needs to import another to name them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class NotebookError:
    """Where and how an executed notebook failed.

        >>> str(NotebookError(3, "y = 2", "ValueError", "no such archive: HDA"))
        "cell 3 ('y = 2'): ValueError: no such archive: HDA"
        >>> str(NotebookError(None, "", "NoSuchKernel", "No such kernel named py2"))
        'NoSuchKernel: No such kernel named py2'

    `cell_index` counts the cells of the source notebook from 0 (None when the
    failure is outside a cell: the kernel died or never started).
    """

    cell_index: int | None
    first_line: str
    ename: str
    evalue: str

    def __str__(self) -> str:
        where = "" if self.cell_index is None else f"cell {self.cell_index} ({self.first_line!r}): "
        return f"{where}{self.ename}: {self.evalue}"


@dataclass
class NotebookResult:
    """One notebook of a run: where it came from, where it went, how it ended.

        >>> done = NotebookResult(Path("notebooks/sizes.ipynb"), Path("runs/dev/sizes.ipynb"), {"top_n": 5})
        >>> done.ok, done.stem
        (True, 'sizes')
    """

    notebook: Path
    executed: Path
    parameters: dict
    seconds: float = 0.0
    error: NotebookError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def stem(self) -> str:
        return self.executed.stem


@dataclass
class RunResult:
    """A finished run: its folder, each notebook's result and the manifest written.

        >>> broken = NotebookResult(Path("b.ipynb"), Path("runs/dev/b.ipynb"), {}, 1.0, NotebookError(2, "x", "E", "v"))
        >>> run = RunResult("dev", Path("runs/dev"), [broken], {"outputs": {"tables/b.csv": "9f86d0..."}})
        >>> run.ok, [nb.stem for nb in run.failures], run.outputs
        (False, ['b'], {'tables/b.csv': '9f86d0...'})
    """

    name: str
    run_dir: Path
    notebooks: list[NotebookResult]
    manifest: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(nb.ok for nb in self.notebooks)

    @property
    def failures(self) -> list[NotebookResult]:
        return [nb for nb in self.notebooks if not nb.ok]

    @property
    def outputs(self) -> dict[str, str]:
        """sha256 of every figure and table, by path relative to the run folder."""
        return self.manifest.get("outputs", {})
