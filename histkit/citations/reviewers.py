"""A review or a reply cited by its writer: `Tomasz Lewandowicz, „Kwartalnik Historyczny” 2009, R. 116, …`, `die
Besprechungen von Gudrun Asmussen, in: ZRG GA 129 (2012), …`, `dazu die Replik von Kallweit, Titel, in: ZNR 36 …`.

A note that surveys the discussion of a book cites its reviews by the reviewer and the journal, with no title, and
the author's reply with the word for it before the name. The readers take a review's name for its title (no title
follows it), or keep the sentence's words before the name in the title or the authors. A row with a journal is read
again: a title that is a person's full name alone is the writer; a title or authors naming a review or a reply (the
words of ``review_words.csv``, which a historian extends) and a word for "by" (``by_words.csv``) before a name end at
that name, which is the writer.
"""

from __future__ import annotations

import re

import pandas as pd

from .names import is_name
from .reviewed import review_word
from .topicref import name_start
from .words import UPPER, alternation
from ..patterns import compiled

# a review's or a reply's word, at most three words more (`the review by`, `die Besprechungen von`, `Replik von`),
# a word for "by", then the name to the end
_REVIEW_BY = compiled(rf"(?<![^\W\d_])(?:{alternation('review_words.csv')})(?![^\W\d_])(?:\s+[^\W\d_]+){{0,3}}?"
                      rf"\s+(?:{alternation('by_words.csv')})\s+(?P<name>(?-i:[{UPPER}])[^,;:()\d]*)$", re.IGNORECASE)


def writer_read(ref: dict) -> dict:
    """``ref`` with the writer of a review or reply as its author, where it names a journal (see the module's
    docstring); else as it is.

    >>> writer_read({"authors": "", "title": "Tomasz Lewandowicz", "container": "Kwartalnik Historyczny"})["authors"]
    'Tomasz Lewandowicz'
    >>> writer_read({"authors": "", "title": "Besprechungen von Gudrun Asmussen", "container": "ZRG GA"})["authors"]
    'Gudrun Asmussen'
    >>> writer_read({"authors": "Replik von Kallweit", "title": "Eine Antwort", "container": "ZNR"})["authors"]
    'Kallweit'
    >>> writer_read({"authors": "S. Pawlak", "title": "rec.", "container": "Kwartalnik Historyczny"})["title"]
    ''
    >>> writer_read({"authors": "", "title": "Thomas Cromwell", "container": ""})["authors"]
    ''
    >>> writer_read({"authors": "", "title": "Theodor Winter", "container": "Widerstandskämpfer",
    ...              "raw": "‘Theodor Winter’, Widerstandskämpfer, vol. 2 (Berlin, 1970)"})["authors"]
    ''
    """
    if not ref.get("container"):
        return ref
    title, authors = str(ref.get("title") or ""), str(ref.get("authors") or "")
    if authors and review_word(title):  # (`Name, review of, in: Journal …`: `reviewed`'s review by its writer)
        return dict(ref, title="")
    # (a name the note quotes is a title, an entry on that person: `‘Theodor Winter’, Deutsche Widerstandskämpfer …`)
    if not authors and _full_name(title) and not re.search(rf"[‘“\"'«„‚]\s*{re.escape(title)}", str(ref.get("raw") or "")):
        return dict(ref, authors=title, title="")
    named = _named_by(authors or title)
    if named is None:
        return ref
    return dict(ref, authors=named) if authors else dict(ref, authors=named, title="")


def writers_read(references: pd.DataFrame) -> pd.DataFrame:
    """The references table with `writer_read` on each row that names a journal."""
    if references.empty or "container" not in references.columns:
        return references
    rows = references[references["container"].fillna("").astype(str) != ""]
    read = {index: (row, writer_read(row)) for index, row in zip(rows.index, rows.to_dict("records"))}
    changed = {index: ref for index, (row, ref) in read.items() if ref is not row}
    if not changed:
        return references
    references = references.copy()
    for index, ref in changed.items():
        references.loc[index, ["authors", "title"]] = [ref["authors"], ref["title"]]
    return references


def _full_name(text: str) -> bool:
    """Whether ``text`` is a person's full name alone: two to four words opening with a first name or an initial."""
    words = text.split()
    return 2 <= len(words) <= 4 and name_start(words) == 0 and is_name(text)


def _named_by(text: str) -> str | None:
    """The name after a review's or reply's word and a word for "by" ending ``text``, if it reads as a name."""
    found = _REVIEW_BY.search(text)
    name = found.group("name").strip() if found else ""
    return name if name and is_name(name) else None
