"""In a notebook, a figure saved with `save_figure` is shown from the PNG written, not drawn once more."""

import base64

import nbformat
import pytest

from histkit.run import run_notebooks

from conftest import write_notebook

SAVES = '''from histkit import plots
plots.use_style("column")
fig, ax = plots.new_figure()
ax.bar(["a", "b"], [1, 2])
plots.save_figure(fig, "shown", output_dir)'''

DRAWS_ONLY = '''import matplotlib.pyplot as plt
plt.subplots()'''


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    root = tmp_path_factory.mktemp("shown")
    notebook = write_notebook(root / "figure.ipynb", 'output_dir = "runs/dev"', SAVES, DRAWS_ONLY)
    result = run_notebooks([notebook], name="shown", runs_dir=root / "runs", cwd=root)
    assert result.ok, result.failures
    return result.run_dir, nbformat.read(result.notebooks[0].executed, as_version=4)


def images(cell) -> list[dict]:
    return [o for o in cell.outputs if "image/png" in o.get("data", {})]


def test_a_saved_figure_is_shown_once_from_the_png_file_written(executed):
    run_dir, nb = executed
    (shown,) = images(nb.cells[-2])
    assert base64.b64decode(shown["data"]["image/png"]) == (run_dir / "shown.png").read_bytes()


def test_the_saved_png_is_shown_at_the_size_the_inline_backend_would_draw_it(executed):
    _, nb = executed
    (shown,) = images(nb.cells[-2])
    assert shown["metadata"]["image/png"]["width"] < 3.5 * 100 + 1  # a column-wide figure at the figure's 100 dpi


def test_a_figure_that_is_not_saved_is_still_drawn_by_the_inline_backend(executed):
    _, nb = executed
    (drawn,) = images(nb.cells[-1])
    assert "metadata" not in drawn or "width" not in drawn["metadata"].get("image/png", {})
