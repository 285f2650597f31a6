"""environment.yml (conda users) and pyproject.toml (pip users) declare the same dependencies."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).parent.parent


def _name_and_spec(requirement: str) -> tuple[str, str]:
    match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(.*)", requirement)
    return match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")


def test_environment_yml_and_pyproject_declare_the_same_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pip_deps = dict(_name_and_spec(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"])
    conda = yaml.safe_load((ROOT / "environment.yml").read_text())["dependencies"]
    conda_deps = dict(_name_and_spec(r) for r in conda if isinstance(r, str) and not r.startswith("python"))
    for entry in conda:
        if isinstance(entry, dict):
            conda_deps.update(_name_and_spec(r) for r in entry.get("pip", []))
    assert conda_deps == pip_deps


def test_readme_opens_with_the_two_commands():
    head = (ROOT / "README.md").read_text().splitlines()[:12]
    assert any("make run" in line for line in head) and any("make test" in line for line in head)
