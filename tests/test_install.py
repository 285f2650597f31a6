"""histkit installs from a wheel and works outside the source checkout (authority files are package data)."""

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import REPO

ARTICLE = """Tito met Spaak in Brussels.1

1 AJ, 507/IX, CK SKJ, KMOV, Belgija, 11/II-19, Zabeleška, 30. jula 1952.
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the sources, so the build leaves nothing in the checkout."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "histkit", src / "histkit", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheels")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--wheel-dir", str(out), str(src)], check=True, capture_output=True)
    return next(out.glob("histkit-*.whl"))


@pytest.fixture(scope="module")
def venv(tmp_path_factory, wheel) -> Path:
    """A fresh virtual environment with the wheel installed; the dependencies come from the test's own environment."""
    root = tmp_path_factory.mktemp("venv")
    # without pip of its own (seeding one costs more than the rest of the fixture): this environment's pip installs
    # into it with --python, as the venv's own pip would
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True, capture_output=True)
    python = root / "bin" / "python"
    # with the checkout on PYTHONPATH pip would find histkit "already satisfied" and install nothing
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], env=_clean_env(), check=True, capture_output=True)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # pandas & co. from this environment; a path added by a .pth file is searched after the venv's own packages
    Path(site, "histkit_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return root


def _clean_env() -> dict:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


def test_the_wheel_carries_the_authority_files_as_package_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"histkit/data/authority/{n}" for n in ("actors.csv", "archives.csv", "periods.csv")} <= set(names)


def test_an_installed_histkit_is_imported_from_the_venv_not_from_the_checkout(venv, tmp_path):
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import histkit; print(histkit.__file__)"],
                           cwd=tmp_path, env=_clean_env(), check=True, capture_output=True, text=True).stdout
    assert Path(where).resolve().is_relative_to(venv.resolve())


def test_histkit_tables_runs_from_outside_the_repository_with_the_shipped_authority_files(venv, tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run([str(venv / "bin" / "histkit"), "tables", "article.txt", "--out", "tables"],
                          cwd=tmp_path, env=_clean_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    citations = (tmp_path / "tables" / "citations.csv").read_text(encoding="utf-8").splitlines()
    mentions = (tmp_path / "tables" / "mentions.csv").read_text(encoding="utf-8")
    assert len(citations) == 2 and ",archival,AJ," in citations[1]  # the archive is known from archives.csv
    assert ",tito," in mentions  # Tito is known from actors.csv
