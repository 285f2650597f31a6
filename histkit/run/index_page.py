"""The `index.html` page of a run: each notebook's status, parameters, figures and tables.

The page uses no external assets and nothing that changes between reruns,
so the same inputs give the same bytes. A figure or table belongs to the
notebook whose name starts its file name.
"""

from __future__ import annotations

import html
from pathlib import Path

from .folder import INDEX, OUTPUT_FOLDERS
from .manifest import files_under
from .params import dump_yaml
from .results import NotebookResult, RunResult

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>histkit run {name}</title>
<style>
body {{ font-family: "DejaVu Sans", sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }}
h1 {{ font-size: 1.5em; }} h2 {{ font-size: 1.2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }}
figure {{ margin: 1.5em 0; }} figure img {{ max-width: 100%; border: 1px solid #eee; }}
figcaption {{ font-size: .9em; color: #555; }} .failed {{ color: #D55E00; font-weight: bold; }} .ok {{ color: #009E73; }}
ul {{ padding-left: 1.2em; }} code {{ background: #f4f4f4; padding: 0 .2em; }}
</style>
</head>
<body>
<h1>histkit run <code>{name}</code></h1>
<p>{summary} &middot; <a href="manifest.json">manifest.json</a> &middot; <a href="params.yaml">params.yaml</a></p>
{sections}
</body>
</html>
"""


def write_index(result: RunResult) -> Path:
    """Write `index.html` in the run folder: each notebook's PNG figures and links.

        >>> import tempfile
        >>> scratch = tempfile.TemporaryDirectory()
        >>> run_dir = Path(scratch.name)
        >>> (run_dir / "tables").mkdir()
        >>> _ = (run_dir / "tables" / "sizes_per_file.csv").write_text("file,chars\\n")
        >>> sizes = NotebookResult(Path("sizes.ipynb"), run_dir / "sizes.ipynb", {"scale": 2})
        >>> page = write_index(RunResult("demo", run_dir, [sizes]))
        >>> page.name, '<a href="tables/sizes_per_file.csv">sizes_per_file.csv</a>' in page.read_text()
        ('index.html', True)
        >>> scratch.cleanup()

    Raises OSError when the folder cannot be written.
    """
    run_dir = result.run_dir
    stems = [nb.stem for nb in result.notebooks]
    files = {sub: [] for sub in OUTPUT_FOLDERS}
    for sub in files:
        if (run_dir / sub).is_dir():
            files[sub] = sorted(p.relative_to(run_dir).as_posix() for p in files_under(run_dir / sub))
    sections = [_notebook_section(nb, result.manifest, files, stems) for nb in result.notebooks]
    others = lambda f: _owner(Path(f).name, stems) is None  # noqa: E731
    if any(others(f) for f in files["figures"] + files["tables"]):
        parts = ['<h2 id="other">Other outputs</h2>']
        parts += _figures_html(files["figures"], others) + _tables_html(files["tables"], others)
        sections.append("\n".join(parts))
    failed = len(result.failures)
    summary = f"{len(result.notebooks)} notebooks, " + (f'<span class="failed">{failed} failed</span>' if failed else "all ran")
    page = _PAGE.format(name=html.escape(result.name), summary=summary, sections="\n".join(sections))
    path = run_dir / INDEX
    path.write_text(page, encoding="utf-8")
    return path


def _notebook_section(nb: NotebookResult, manifest: dict, files: dict[str, list[str]], stems: list[str]) -> str:
    esc = html.escape
    status = '<span class="ok">ran</span>' if nb.ok else f'<span class="failed">failed</span>: {esc(str(nb.error))}'
    parts = [f'<h2 id="{esc(nb.stem)}">{esc(nb.stem)}</h2>',
             f'<p>{status} &middot; executed notebook <a href="{esc(nb.executed.name)}">{esc(nb.executed.name)}</a></p>']
    shown = manifest.get("notebooks", {}).get(nb.stem, {}).get("parameters", nb.parameters)
    listed = dump_yaml(shown).strip()
    parts.append(f"<details><summary>parameters</summary><pre>{esc(listed)}</pre></details>")
    parts += _figures_html(files["figures"], lambda f: _owner(Path(f).name, stems) == nb.stem)
    parts += _tables_html(files["tables"], lambda f: _owner(Path(f).name, stems) == nb.stem)
    return "\n".join(parts)


def _owner(filename: str, stems: list[str]) -> str | None:
    # Longest stem first, so `period` does not claim the files of `period_comparison`.
    for stem in sorted(stems, key=len, reverse=True):
        base = filename.rsplit(".", 1)[0]
        if base == stem or base.startswith(stem + "_") or base.startswith(stem + "-"):
            return stem
    return None


def _figures_html(figures: list[str], mine) -> list[str]:
    esc = html.escape
    out = []
    for png in (f for f in figures if f.endswith(".png") and mine(f)):
        base = png[: -len(".png")]
        links = " ".join(f'<a href="{esc(base + ext)}">{ext[1:].upper()}</a>' for ext in (".pdf", ".svg") if base + ext in figures)
        out.append(f'<figure><img src="{esc(png)}" alt="{esc(Path(base).name)}">'
                   f"<figcaption>{esc(Path(base).name)} &middot; {links}</figcaption></figure>")
    return out


def _tables_html(tables: list[str], mine) -> list[str]:
    esc = html.escape
    items = [f'<li><a href="{esc(t)}">{esc(Path(t).name)}</a></li>' for t in tables if mine(t)]
    return ["<p>Tables:</p>", "<ul>", *items, "</ul>"] if items else []
