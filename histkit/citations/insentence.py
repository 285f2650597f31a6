"""An archive named inside the author's sentence, its call number after it: `La relazione … inviò a Mussolini il 12
ottobre 1928, oggi all'Archivio centrale dello Stato (d'ora in poi ACS), Segreteria particolare del Duce, Carteggio
ordinario, fasc. 509.412, mostra che …`.

A note that argues names the document in its own sentence and says where it lies in the middle of it: the archive's
name (perhaps with the short name the article gives it), then its fonds and units as in any citation, then the
sentence goes on. The reader that finds the archive's name anywhere in such a sentence reads no holding; read from
where the name stands, the holding is the fonds and units that follow it, and the sentence's words around it are
description. The document's date is the one the sentence gives (`find_date_groups` over the whole text).
"""

from __future__ import annotations

from .archives import Archive, ArchiveMatcher
from .holdings import parse_archival
from .notetext import set_date
from ..dates import find_date_groups
from ..patterns import compiled

_WORD_START = compiled(r"(?:^|(?<=[\s(–—,']))(?=[^\W\d_])")
_HOLDING_PARTS = ("fond", "collection", "unit")
# a town right after the archive's name, before its comma or its bracket
_TOWN = compiled(r"\s+[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?(?=\s*[,(])")


def named_in_sentence(text: str, raw: str, archive: Archive, matcher: ArchiveMatcher) -> dict:
    """The fields of a citation ``text`` (``raw`` as written) whose ``archive`` stands inside a sentence.

    >>> from histkit.citations.archives import default_matcher
    >>> matcher = default_matcher().copy()
    >>> text = "The minute of 3 May 1921, now in The National Archives, FO 371/5432, shows the doubt."
    >>> fields = named_in_sentence(text, text, matcher.find_name(text), matcher)
    >>> [fields[k] for k in ("archive", "fond", "unit", "date_start")]
    ['TNA', 'FO 371', '5432', '1921-05-03']
    """
    row = {"archive": archive.code, "archive_name": archive.name, "title": raw}
    set_date(row, find_date_groups(text))
    at = _name_at(text, archive, matcher)
    if at is None:
        return row
    start, end = at
    town = _TOWN.match(text, end)  # (`BArch-MA Freiburg, Nachlass Moltke, …`: the name goes on with its town)
    fields = parse_archival(text[start:], archive, (town.end() if town else end) - start, matcher)
    if any(fields.get(k) for k in _HOLDING_PARTS):  # (the date stays the sentence's: a fond's years date no document)
        row.update({k: fields[k] for k in _HOLDING_PARTS if k in fields})
    return row


def _name_at(text: str, archive: Archive, matcher: ArchiveMatcher) -> tuple[int, int] | None:
    """Where in ``text`` the first mention of ``archive`` (by name or code) starts and ends."""
    for w in _WORD_START.finditer(text):
        hit = matcher.match(text[w.start():])
        if hit is not None and hit[1] > 0 and hit[0].code == archive.code:
            end = w.start() + hit[1]
            if text.count("(", 0, w.start()) > text.count(")", 0, w.start()) and ")" in text[end:]:
                end = text.index(")", end) + 1  # (`… (National Archives of Nepal, hereafter NAN), Jaisi Kotha …`)
            return w.start(), end
    return None
