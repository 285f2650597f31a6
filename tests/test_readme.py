"""The README's code blocks run as written: the Python examples and the five commands for your own corpus."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

FENCE = re.compile(r"(?:<!-- not run: (?P<why>[^>]*?) -->\n)?```(?P<lang>\w*)\n(?P<code>.*?)\n```", re.S)


def blocks(lang: str | None = None) -> list[tuple[str, str, str]]:
    """(language, code, reason not run) of every fenced block of README.md."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    found = [(m["lang"], m["code"], m["why"] or "") for m in FENCE.finditer(text)]
    return [b for b in found if lang is None or b[0] == lang]


def test_every_code_block_is_run_here_or_says_why_not():
    for lang, code, why in blocks():
        assert lang in ("python", "sh"), f"a README block has no language: {code[:60]!r}"
        assert lang == "python" or why or "histkit" in code, f"a shell block neither runs nor says why: {code[:60]!r}"


@pytest.mark.parametrize("code", [code for _, code, why in blocks("python") if not why])
def test_python_example_of_the_readme_runs(code):
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_five_commands_for_your_own_corpus_run_and_give_figures(tmp_path):
    [code] = [code for _, code, why in blocks("sh") if not why and "my_corpus" in code]
    (tmp_path / "my_corpus").mkdir()
    for article in sorted((REPO / "data" / "corpus").glob("*.txt")):
        shutil.copy(article, tmp_path / "my_corpus" / article.name)
    (tmp_path / "notebooks").mkdir()
    for notebook in (REPO / "notebooks").glob("*.ipynb"):
        shutil.copy(notebook, tmp_path / "notebooks" / notebook.name)
    shutil.copytree(REPO / "data" / "authority", tmp_path / "data" / "authority")
    histkit = Path(sys.executable).with_name("histkit")
    script = "set -e\n" + code.replace(".venv/bin/histkit", str(histkit))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "candidates.csv").read_text(encoding="utf-8").startswith("candidate,count")
    assert (tmp_path / "my_tables" / "notes.csv").exists()
    figures = {p.name for p in (tmp_path / "runs" / "mine" / "figures").glob("*.png")}
    assert {"actor_frequency_ranking.png", "archival_sources_timeline.png", "period_comparison_actors.png"} <= figures
