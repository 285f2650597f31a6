"""A ministry or a government named by its seat or its capital, and the same words naming the place.

A historian's file lists the seat by which the sources name a ministry or a
government (`Quai d'Orsay`, `Wilhelmstraße`, `Palazzo Chigi`, `Kremlin`) and,
in diplomatic history, the capital that stands for a government (`Berlin
insisted`, `Vienna proclaimed the annexation`). The same words also name the
building, the street or the city: `stood in Downing Street`, `the Kremlin
walls`, `the rooms of Palazzo Chigi`, `University of Vienna`, a dateline
(`Henderson to Halifax, Berlin, 28 September 1938`), a place of publication
(`(Moscow, 1999)`, `ABC (Madrid)`), a book about the building (`Downing
Street: A History of the House`). `seat_as_place` tells those apart by the
words of ``histkit/data/actors/seat_words.csv``: ``preposition`` before the
seat (`in`, `on`, `im`), ``after`` it (`walls`, `district`, `City`),
``building`` words that make it the building when they precede it with `of`,
`on` … (`the rooms of Palazzo Chigi`) or follow it in a title (`Palazzo
Chigi: storia di un edificio`). A historian adds a language's words by adding
rows. Acronyms and the organisation's own name are never places (`in the
SPD`, `At the UN`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .authority import name_forms
from .reading import prepare


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, frozenset]]:
    """use → the folded words of `seat_words.csv` of that use → their languages."""
    out: dict[str, dict[str, set]] = {}
    for row in data_rows("actors", "seat_words.csv"):
        langs = out.setdefault(row["use"].strip(), {}).setdefault(row["form"].strip().casefold(), set())
        langs.update(row["language"].split())
    return {use: {w: frozenset(langs) for w, langs in words.items()} for use, words in out.items()}


def _stems(name: str) -> set[str]:
    return {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{4,}", name)}


def _acronym(alias: str) -> bool:
    """An alias with a word of two capitals or more: `SPD`, `PvdA`, `KPdSU`, `N.S.D.A.P.`."""
    return any(sum(c.isupper() for c in word) > 1 for word in alias.split())


def seat_aliases(actors) -> dict[str, tuple[str, ...]]:
    """actor_id → its aliases that may name a place: of an organisation, not an acronym, no word shared with its name.

    >>> import pandas as pd
    >>> seat_aliases(pd.DataFrame([{"actor_id": "fo", "name": "Auswärtiges Amt", "kind": "organisation",
    ...                             "aliases": "AA|Wilhelmstraße|Auswärtige Amt"}]))
    {'fo': ('Wilhelmstraße',)}
    """
    out = {}
    for row in actors.to_dict("records"):
        if row.get("kind") in ("person", "state"):
            continue  # (a state's names in other languages are its names: `Jugoslavija`)
        stems = _stems(row["name"])
        seats = tuple(prepare(a) for a, alias in name_forms(row)
                      if alias and not _acronym(a) and not _stems(a) & stems)
        if seats:
            out[row["actor_id"]] = seats
    return out


_BEFORE = compiled(r"(\w+)\s+(?:the\s+|der\s+|dem\s+|la\s+|le\s+|il\s+|el\s+)?$")
_BUILDING_OF = compiled(r"(\w+)\s+(?:of|on|in|at|du|de|des|di|della|del|am|an\s+der|der|des)\s+"
                        r"(?:the\s+|la\s+|le\s+|il\s+|el\s+)?$")
_AFTER = compiled(r"\s+(\w+)")
_LONGER_NAME_BEFORE = compiled(r"[A-Z]\w+(?:\s+[A-Z]\w+)*\s+(?:of|de|di|von|du|della)\s+$")
_LONGER_NAME_AFTER = compiled(r"\s+(?:de|di|del|of|von)\s+[A-Z]")
_IMPRINT = compiled(r"(?:\(|,\s)$")
_IMPRINT_AFTER = compiled(r"(?:\)|,\s*(?:\d{1,2}(?:[–-]\d{1,2})?\s+[^\W\d_]+\s+)?(?:1[5-9]|20)\d\d\b)")
_TITLE_AFTER = compiled(r"[:.]\s+((?:\S+\s+){0,7}\S+)")
#: A cited title opens after the author's comma, with an article or a preposition at most: `Lake, Downing Street:`.
_TITLE_BEFORE = compiled(r",\s+(?:[^\W\d_]{1,4}\s+|[^\W\d_]['’])?$")


def seat_as_place(text: str, start: int, end: int, owners, seats: dict[str, tuple[str, ...]],
                  languages: frozenset | None = None) -> bool:
    """Whether ``text[start:end]``, a seat or capital an organisation's file lists, names the place, not the body.

    >>> seats = {"g": ("London",)}
    >>> t = "London insisted; the minister in London (London, 1957)."
    >>> [seat_as_place(t, i, i + 6, [("g", "alias", False)], seats) for i in (0, 33, 41)]
    [False, True, True]
    """
    surface = " ".join(text[start:end].split()).casefold()
    if not owners or not all(o[0] in seats and any(surface.startswith(s.casefold()) for s in seats[o[0]])
                             for o in owners):
        return False
    words, head = _words(), text[max(0, start - 60):start]
    before, building_of = _BEFORE.search(head), _BUILDING_OF.search(head)
    after = _AFTER.match(text, end)
    prepositions = words.get("preposition", {})
    if before and before.group(1).casefold() in prepositions and (
            languages is None or prepositions[before.group(1).casefold()] & languages):
        return True  # `the minister in London`, `looked down on Whitehall` (Slovene `in` is `and`)
    if building_of and building_of.group(1).casefold() in words.get("building", ()):
        return True  # `the rooms of Palazzo Chigi`, `the building on the Ballhausplatz`
    if after and (after.group(1).casefold() in words.get("after", ())
                  or any(after.group(1).casefold().startswith(w) for w in words.get("after", ()) if len(w) > 5)):
        return True  # `the Kremlin walls`, `Vatican City`, `die Wilhelmstraße entlangging`
    if _LONGER_NAME_BEFORE.search(head) or _LONGER_NAME_AFTER.match(text, end):
        return True  # `University of Vienna`, `Pact of Madrid`, `Santa Cruz de Tenerife`
    if _IMPRINT.search(head) and _IMPRINT_AFTER.match(text, end):
        return True  # `(London, 1957)`, `ABC (Madrid)`, `Henderson to Halifax, Berlin, 28 September 1938`
    title = _TITLE_AFTER.match(text, end) if _TITLE_BEFORE.search(head) else None
    return bool(title and any(w.strip(",.;:").casefold() in words.get("building", ()) for w in title.group(1).split()))
