"""Kernels started by `histkit run` talk to their worker over Unix sockets of their own, not TCP ports."""

import os
import tempfile
from pathlib import Path

import pytest

from histkit.run import run_notebooks

from conftest import write_notebook

# Each kernel writes how it is connected, in a file named after the folder of its sockets.
TRANSPORT = '''import json
from pathlib import Path
from ipykernel.connect import get_connection_info
info = json.loads(get_connection_info())
Path(output_dir, Path(info["ip"]).parent.name + ".transport").write_text(info["transport"], encoding="utf-8")'''


@pytest.mark.skipif(os.name != "posix", reason="Unix sockets: POSIX only; elsewhere kernels keep TCP")
def test_two_kernels_started_at_once_each_use_socket_files_in_a_folder_of_their_own(tmp_path):
    notebooks = [write_notebook(tmp_path / f"{name}.ipynb", 'output_dir = "runs/dev"', TRANSPORT) for name in "ab"]
    result = run_notebooks(notebooks, name="sockets", jobs=2, runs_dir=tmp_path / "runs", cwd=tmp_path)
    assert result.ok, result.failures
    written = sorted(result.run_dir.glob("*.transport"))
    assert len(written) == 2 and [path.read_text() for path in written] == ["ipc", "ipc"]
    assert not any((Path(tempfile.gettempdir()) / path.stem).exists() for path in written)  # removed after the run
