"""A kernel that imports what its notebook begins by importing while it starts, not in the notebook's turn.

A notebook's first cell after its parameters usually opens with its imports
(pandas, matplotlib, histkit: a second of CPU). A kernel that waits for its
turn (see `turns`) can do them meanwhile, so its turn begins with the work.
The kernel runs those very statements at startup (IPython's `exec_lines`), in
a namespace of their own: nothing is bound in the notebook's, the execution
counts are the same, and the cell's own imports then find the modules loaded.
Only the import statements that open that cell are run: nothing but the
parameters' assignments runs before them in the notebook either, so nothing
a notebook does first is skipped over; a cell IPython must translate first
(a `%magic`) and a relative import are left to the cell. An import that fails at startup fails again in its cell, where
the notebook reports it.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path


def leading_imports(notebook: str | Path) -> list[str]:
    """The import statements that open the notebook's first code cell that is not its parameters cell.

        >>> import tempfile
        >>> from nbformat.v4 import new_code_cell, new_notebook
        >>> scratch = tempfile.TemporaryDirectory(); path = Path(scratch.name) / "n.ipynb"
        >>> cells = [new_code_cell("corpus = 'x'", metadata={"tags": ["parameters"]}),
        ...          new_code_cell("import pandas as pd\\nfrom histkit import plots\\nplots.use_style()\\nimport numpy")]
        >>> _ = path.write_text(json.dumps(new_notebook(cells=cells)))
        >>> leading_imports(path)
        ['import pandas as pd', 'from histkit import plots']
        >>> scratch.cleanup()

    Empty when that cell opens with other code, or the notebook cannot be read.
    """
    try:
        cells = json.loads(Path(notebook).read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError, AttributeError):
        return []
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            continue
        source = "".join(cell.get("source", ""))
        try:
            body = ast.parse(source).body
        except SyntaxError:  # IPython syntax (magics, shell escapes)
            return []
        statements = []
        for node in body:
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or getattr(node, "level", 0):
                break
            statements.append(ast.get_source_segment(source, node))
        return statements
    return []


#: The kernels known to be IPython's, which take its options (nbclient tells them the same way).
IPYTHON_KERNELS = ("python", "python2", "python3")


def warm_arguments(notebook: str | Path, kernel: str = "python3") -> list[str]:
    """The kernel's command-line options that run the notebook's leading imports at startup, out of its namespace.

        >>> warm_arguments("no/such.ipynb")
        []

    None for a kernel not in IPYTHON_KERNELS: another kernel would not know the option.
    """
    if kernel not in IPYTHON_KERNELS:
        return []
    imports = "\n".join(leading_imports(notebook))
    return [f"--IPKernelApp.exec_lines=exec({imports!r}, {{}})"] if imports else []
