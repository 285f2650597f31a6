"""Cover pages and first-page notices: what a platform or publisher adds around an article.

A platform may put a cover page before the article (journal, issue, ISSN,
DOI, a licence, URLs, "To cite this article"); a journal may print a
citation or licence notice on the first page (`Для цитирования: …`,
`© A. Author, 2023`). Both are front matter, never body text, notes or
calls. The labels that open such notices, in several languages, are in
``histkit/data/layout/cover_labels.csv``, a list a user can extend.

>>> from histkit.layout.lines import split_lines
>>> lines = split_lines("Journal of X\\nISSN 1234-5678\\nDOI 10.1/x\\nhttps://x.org/12\\n\\fTitle\\nText.1\\n")
>>> sorted(cover_lines(lines, ["body"] * 6))
[0, 1, 2, 3]
"""

from __future__ import annotations

from functools import lru_cache

from ..data import word_column
from ..text import plain_typography
from .lines import Line
from ..patterns import compiled

# what marks a line as a cover's: an ISSN, ISBN or DOI, a URL, a copyright sign
_COVER_MARK = compiled(r"\bISSNe?\b|\bISBN\b|\bDOI\b|https?://|\bwww\.|©|\([cC]\)\s*\d{4}")
_MIN_COVER_LINES = 3


@lru_cache(maxsize=1)
def cover_labels() -> tuple[str, ...]:
    """The labels that open a citation, licence or platform notice (`to cite this article`), lower-cased.

    >>> "pour citer cet article" in cover_labels()
    True
    """
    return tuple(w.casefold() for w in word_column("layout", "cover_labels.csv", "label"))


def _labelled(s: str) -> bool:
    """Does a notice label (or a copyright sign) open the line?"""
    t = " ".join(plain_typography(s).lstrip("\f ").casefold().split())
    return t.startswith(("©", "(c) ")) or t.startswith(cover_labels())


def _cover_line(s: str) -> bool:
    return _labelled(s) or _COVER_MARK.search(s) is not None


def is_cover(lines: list[str]) -> bool:
    """Do these lines (of a page before the article's text) show the marks of a cover?

    >>> is_cover(["Journal of X", "ISSN 1234-5678", "DOI 10.1/x", "https://x.org/12"]), is_cover(["Tito met Spaak."])
    (True, False)
    """
    return sum(map(_cover_line, lines)) >= _MIN_COVER_LINES


def cover_lines(lines: list[Line], kind: list[str]) -> set[int]:
    """The body lines of a cover page, by the walk's ``kind`` of each line.

    A cover is the text before the first form feed when it holds no note and
    at least three of its lines show cover marks (ISSN, DOI, a URL, `©`, a notice label).
    """
    first_break = next((ln.no for ln in lines if ln.s.startswith("\f")), None)
    if first_break:
        before = range(first_break)
        body = [i for i in before if kind[i] == "body"]
        if body and not any(kind[i] == "note" for i in before) \
                and is_cover([lines[i].s for i in body]):
            return set(body)
    return set()


def notice_lines(lines: list[Line], kind: list[str]) -> set[int]:
    """The body lines of citation and licence notices: paragraphs a notice label (or `©`) opens.

    Publishers print them on the first page, under the notes or at the foot;
    the labels are specific enough to be looked for on every page.

    >>> from histkit.layout.lines import split_lines
    >>> lines = split_lines("Tito met Spaak.1\\n\\nTo cite this article: M. Horvat,\\nTito, 2019.\\n")
    >>> sorted(notice_lines(lines, ["body", "blank", "body", "body"]))
    [2, 3]
    """
    found: set[int] = set()
    opened = False
    for i, ln in enumerate(lines):
        if kind[i] != "body":
            opened = False
            continue
        # a notice opens a paragraph, and runs to the paragraph's end
        opened = opened or ((i == 0 or kind[i - 1] != "body") and _labelled(ln.s))
        if opened:
            found.add(i)
    return found
