"""A translation printed after its original with no author of its own: the original's author wrote it.

`Montesquieu, De l'esprit des lois, Genève 1748; dt. Ausgabe: Vom Geist der Gesetze, übers. u. hrsg. v. Ernst
Forsthoff, …`, `Hermann Heller, Die Souveränität (…, 1927), 41; trans. as Sovereignty: …, ed. David Dyzenhaus, …`.
The piece after the semicolon opens with a word for a translation (``reference_words.csv``, kind ``translation``)
and names its translator or editor, whom the readers of a title-first reference take for its author. The reference
before it is the original: its authors are the translation's, the translator or editor its editors, and the word
for a translation no part of the title.
"""

from __future__ import annotations

import functools
import re

from .words import alternation
from ..patterns import compiled


@functools.cache
def _lead() -> re.Pattern:
    return compiled(rf"(?:{alternation('reference_words.csv', 'translation')})(?![^\W_])\s*:?\s*", re.IGNORECASE)


def translation_of_original(ref: dict, earlier: list[tuple[str, dict]]) -> dict:
    """``ref`` with the authors of the reference before it when it is a translation printed after it with none of
    its own (see the module's docstring); else ``ref`` as it is.

    >>> earlier = [("4:1", {"authors": "Montesquieu", "title": "De l'esprit des lois"})]
    >>> ref = {"authors": "Ernst Forsthoff", "title": "Vom Geist der Gesetze", "editors": "",
    ...        "raw": "dt. Ausgabe: Vom Geist der Gesetze, übers. u. hrsg. v. Ernst Forsthoff, Tübingen 1951, S. 170."}
    >>> [translation_of_original(ref, earlier)[k] for k in ("authors", "editors", "title")]
    ['Montesquieu', 'Ernst Forsthoff', 'Vom Geist der Gesetze']
    >>> own = dict(ref, authors="Rudolf fon Jering", raw="srpski prevod: Rudolf fon Jering, Borba za pravo, …")
    >>> translation_of_original(own, earlier)["authors"]
    'Rudolf fon Jering'
    """
    raw = (ref.get("raw") or "").strip()
    lead = _lead().match(raw) if earlier else None
    if lead is None or not earlier[-1][1].get("authors"):
        return ref
    authors = ref.get("authors") or ""
    if authors and raw[lead.end():].startswith(authors):  # (`srpski prevod: Rudolf fon Jering, …`: its own author)
        return ref
    title = _lead().sub("", ref.get("title") or "", count=1) if _lead().match(ref.get("title") or "") else ref.get("title")
    return dict(ref, authors=earlier[-1][1]["authors"], editors=ref.get("editors") or authors, title=title)
