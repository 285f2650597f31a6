"""The code passes the linter configured in pyproject.toml ([tool.ruff])."""

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def _ruff() -> list[str]:
    beside = Path(sys.executable).with_name("ruff")
    return [str(beside)] if beside.exists() else [shutil.which("ruff") or "ruff"]


def test_ruff_finds_nothing_in_the_package_tests_scripts_and_benchmarks():
    done = subprocess.run([*_ruff(), "check", "--no-cache", "histkit", "tests", "scripts", "benchmarks"],
                          cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
