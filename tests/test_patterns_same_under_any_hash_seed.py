"""The patterns made from a word list's set are the same in every process, whatever its hash seed: a pattern written
anew by each process is never found in the pattern bank (`histkit.patterns`), so every process made it again and
rewrote the whole bank (some 20 MB of JSON) at its exit."""

import subprocess
import sys
from pathlib import Path

import pytest

_SOURCES = """
from histkit.actors.members import _member_suffix
from histkit.actors.eponyms import _eponym_words
from histkit.citations.press import _weekday
from histkit.literature.proserepeat import _inner
print(repr([_member_suffix().pattern, *(p.pattern for p in _eponym_words()), _weekday().pattern, _inner().pattern]))
"""


def _sources(seed: str) -> str:
    env = {"PYTHONHASHSEED": seed, "HISTKIT_NO_CACHE": "1", "PATH": ""}
    return subprocess.run([sys.executable, "-c", _SOURCES], env=env, capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parent.parent).stdout  # (this checkout's histkit)


@pytest.mark.parametrize("seed", ["1", "2"])
def test_word_list_patterns_do_not_change_with_the_hash_seed(seed):
    assert _sources(seed) == _sources("0")
