"""An archive the authority file lacks, known by the article's own code, is named in the tables by its full name.

An article defines its own codes for the archives it cites (`Archivio di Stato di Lucca (d'ora in poi ASL)`,
`Stadtarchiv Biberach (im Folgenden StadtA BC)`), and the readers find the archive by that code in the later notes. A
code the authority file lists names one archive everywhere; an article's own code names it in that article only, and
another article gives the same letters to another archive (ASL is Lucca's in one, La Spezia's or Livorno's in the
next). Across a corpus such an archive is told by its name, so the row's archive is the name the article spells out,
as it is where the article gives no code (`Kreisarchiv Reutlingen`). The readers keep the code while they read the
document (a later note is found by it); the rows are renamed once the document is read.

Kept as read: a name read as the code, its gloss in another language as the name (`Archifau Conwy (Conwy Archive
Service)`); any code the authority lists, whatever name the article spells with it: the authority's own archive in
another language or typeset otherwise (`Rossijskij gosudarstvennyj archiv … (RGASPI)`, `Archivesnationales (AN)`), or
another archive the same letters stand for there (`ADG`, the Gironde's, defined for the Gers', keeps its code and the
article's name beside it); and an archive the authority knows by the name (an article's code for one of its branches,
`PRAAD-K`, tells the branch from the archive).
"""

from __future__ import annotations

from .archives import ArchiveMatcher, looks_like_code
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
            known[code, name] = looks_like_code(code) and not (_listed(code, authority) or _listed(name, authority))
        if known[code, name]:
            row["archive"] = _GLOSS.sub("", name)


def _listed(text: str, authority: ArchiveMatcher) -> bool:
    """Whether ``text`` is, whole, a code or name ``authority`` lists."""
    hit = authority.match(text)
    return hit is not None and hit[1] >= len(text.rstrip(". "))
