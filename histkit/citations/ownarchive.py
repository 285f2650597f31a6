"""An archive the authority file lacks, known by the article's own code, is named in the tables by its full name.

An article defines its own codes for the archives it cites (`Archivio di Stato di Lucca (d'ora in poi ASL)`,
`Stadtarchiv Biberach (im Folgenden StadtA BC)`), and the readers find the archive by that code in the later notes. A
code the authority file lists names one archive everywhere; an article's own code names it in that article only, and
another article gives the same letters to another archive (ASL is Lucca's in one, La Spezia's or Livorno's in the
next). Across a corpus such an archive is told by its name, so the row's archive is the name the article spells out,
as it is where the article gives no code (`Kreisarchiv Reutlingen`). The readers keep the code while they read the
document (a later note is found by it); the rows are renamed once the document is read.

A code the authority lists for another archive is renamed too (`Archives départementales du Gers (désormais ADG)`:
the authority's ADG is the Gironde's). Kept as read: a name read as the code, its gloss in another language as the
name (`Archifau Conwy (Conwy Archive Service)`); a code the authority lists for the archive the article names, however
typeset (`Archivesnationales (AN)`); and an archive the authority knows by the name (an article's code for one of its
branches, `PRAAD-K`, tells the branch from the archive).
"""

from __future__ import annotations

from .archives import ArchiveMatcher, looks_like_code
from ..text import strip_diacritics
from ..patterns import compiled

# a name's translation in brackets at its end, three words or more (`Markaz-e Asnād … (Centre des documents et de
# l'histoire diplomatique …)`): no part of the name, as a one-word bracket may be (`… Республики Саха (Якутия)`)
_GLOSS = compiled(r"\s*\((?:[^()\s]+\s+){2,}[^()\s]+\)$")


def named_by_article(rows: list[dict], authority: ArchiveMatcher) -> None:
    """Write in ``rows`` the full name of each archive the article coded and ``authority`` lacks, for its code.

    >>> from histkit.citations.archives import default_matcher
    >>> rows = [{"archive": "ASL", "archive_name": "Archivio di Stato di Lucca"},
    ...         {"archive": "TNA", "archive_name": "The National Archives"}]
    >>> named_by_article(rows, default_matcher()); [row["archive"] for row in rows]
    ['Archivio di Stato di Lucca', 'TNA']

    A translation the article brackets after the name is left out (`… (Centre des documents et de l'histoire …)`).
    """
    known: dict[tuple[str, str], bool] = {}  # (an article cites its archives again and again: each pair asked once)
    for row in rows:
        code, name = (row.get("archive") or "").strip(), (row.get("archive_name") or "").strip()
        if not code or not name or code == name:
            continue
        if (code, name) not in known:  # (a name with its gloss, `Archifau Conwy (Conwy Archive Service)`: no code)
            known[code, name] = looks_like_code(code) and not _listed(name, authority) and _not_its(code, name, authority)
        if known[code, name]:
            row["archive"] = _GLOSS.sub("", name)


def _not_its(code: str, name: str, authority: ArchiveMatcher) -> bool:
    """Whether ``code`` is no code of ``authority``'s, or the code of an archive it names otherwise than ``name`` does,
    letters apart (`ADG` the Gironde's, defined by an article for the Gers'; not `AN` spelt `Archivesnationales`)."""
    hit = authority.match(code)
    return hit is None or hit[1] < len(code) or _letters(hit[0].name) != _letters(name)


def _letters(name: str) -> str:
    return "".join(c for c in strip_diacritics(name).lower() if c.isalpha())


def _listed(text: str, authority: ArchiveMatcher) -> bool:
    """Whether ``text`` is, whole, a code or name ``authority`` lists."""
    hit = authority.match(text)
    return hit is not None and hit[1] >= len(text.rstrip(". "))
