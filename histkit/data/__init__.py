"""The files shipped inside the package: the authority files a historian copies and edits.

>>> authority_file("actors.csv").name
'actors.csv'

They are package data, read through `importlib.resources`, so an installed
wheel finds them as a source checkout does.
"""

from __future__ import annotations

import csv
from importlib.resources import as_file, files
from pathlib import Path

AUTHORITY_FILES = ("actors.csv", "archives.csv", "periods.csv")


def authority_dir() -> Path:
    """The folder of the shipped authority files (actors, archives, periods).

    >>> sorted(path.name for path in authority_dir().glob("*.csv"))
    ['actors.csv', 'archives.csv', 'periods.csv']
    """
    with as_file(files(__name__) / "authority") as path:
        # setuptools installs package data as plain files, so the path outlives the context.
        return Path(path)


def authority_file(name: str) -> Path:
    """The path of one shipped authority file, one of ``AUTHORITY_FILES``.

    >>> authority_file("archives.csv").parent == authority_dir()
    True
    """
    return authority_dir() / name


def data_rows(folder: str, name: str) -> list[dict[str, str]]:
    """The rows of a word list or table shipped in ``histkit/data/<folder>/`` (layout, citations, dates).

    >>> data_rows("dates", "months.csv")[0].keys() >= {"language", "month", "name"}
    True

    A byte-order mark a spreadsheet left at the start is ignored.
    """
    text = (files(__name__) / folder / name).read_text(encoding="utf-8-sig")
    return list(csv.DictReader(text.splitlines()))


def word_column(folder: str, name: str, column: str) -> list[str]:
    """One column of a shipped word list, stripped, blank cells left out.

    >>> "downloaded from" in [w.casefold() for w in word_column("layout", "stamps.csv", "phrase")]
    True
    """
    return [row[column].strip() for row in data_rows(folder, name) if (row.get(column) or "").strip()]


def words_by_kind(folder: str, name: str, value: str) -> dict[str, dict[str, str]]:
    """A shipped word list whose rows say what kind each word is: kind → {word (case-folded) → its ``value`` cell}.

    >>> words_by_kind("dates", "roman_calendar.csv", "month")["kalends"]["kal."]
    ''
    """
    words: dict[str, dict[str, str]] = {}
    for row in data_rows(folder, name):
        word, kind = (row.get("word") or "").strip(), (row.get("kind") or "").strip()
        if word and kind:
            words.setdefault(kind, {})[word.casefold()] = (row.get(value) or "").strip()
    return words
