"""The shipped knowledge files (histkit/data/*/*.csv) a historian extends by hand."""

from collections import Counter
from pathlib import Path

import pytest

import histkit

DATA = Path(histkit.__file__).resolve().parent / "data"
FILES = sorted(DATA.glob("*/*.csv"))


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_no_knowledge_file_lists_the_same_row_twice(path):
    # A row added twice is harmless to the readers but hides which entry a later edit should change.
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(r for r, n in Counter(rows).items() if n > 1) == []
