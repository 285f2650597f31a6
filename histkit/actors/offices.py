"""An office a person's file lists as his alias (`Foreign Secretary`, `Reichskanzler`), and the same office naming
another holder: before or after him, of another state or body.

Rounds 13 and 15 count an office alone where the authority file lists it as
the person's alias, the period in ``note`` (`Foreign Secretary 1938-1940`).
The text often names another holder of the office in the same words: `The
Foreign Secretary of the day, Anthony Eden`, `der neue Reichskanzler`, `when
Antonio Segni was Prime Minister`, `His successor as First Secretary`, `The
Russian Foreign Minister`, `Director-General 1970–1973`. `office_of_another`
reads those shapes with the words of ``histkit/data/actors/office_words.csv``
(``qualifier`` before the office: `new`, `neue`, `premier`; ``successor``
before `as`; ``copula`` after another name: `was`, `war`; ``then`` between the
office and another name: `of the day`, `d'alors`). A historian adds a
language's words by adding rows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .authority import name_forms
from .reading import prepare
from .variants.names import is_given_name


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """use → the words of `office_words.csv` of that use (folded)."""
    out: dict[str, list] = {}
    for row in data_rows("actors", "office_words.csv"):
        out.setdefault(row["use"].strip(), []).append(prepare(row["form"].strip()).casefold())
    return {use: tuple(sorted(set(words), key=len, reverse=True)) for use, words in out.items()}


def _stems(text: str) -> set[str]:
    return {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{3,}", text)}


_YEAR = r"(?:1\d{3}|20\d\d)"


def held_office(office: str, note: str) -> bool:
    """Whether ``note`` gives ``office`` a period: `Foreign Secretary 1938-1940`, `Emperor of Austria 1848-1916`."""
    return bool(re.search(r"(?<!\w)%s\b[^;\d]{0,30}%s\s*[-–]\s*%s" % (re.escape(office), _YEAR, _YEAR), note,
                          re.IGNORECASE))


def _qualifiers(office: str, note: str) -> set[str]:
    """The stems of the capitalised words that tell whose office the note means: `Austro-Hungarian Foreign
    Minister`, `Emperor of Austria`, `Director-General of the ILO`."""
    found = re.search(r"((?:[A-Z][\w-]*\s+)*)%s((?:\s+(?:of|von|des|de|du|di|del|della)\s+(?:the\s+)?[A-Z][\w-]*)?)"
                      % re.escape(office), note)
    return _stems(found.group(1) + found.group(2)) - _stems(office) - {"the", "von", "del", "des", "della"} if found else set()


def office_holders(actors) -> dict[str, tuple]:
    """actor_id → (its office aliases, the stems of its name, of the note's words telling whose office, its periods).

    >>> import pandas as pd
    >>> office_holders(pd.DataFrame([{"actor_id": "h", "name": "Lord Halifax", "kind": "person",
    ...                               "aliases": "Edward Wood|Foreign Secretary", "note": "Foreign Secretary 1938-1940"}]))["h"][0]
    ('Foreign Secretary',)
    """
    out = {}
    for row in actors.to_dict("records"):
        if row.get("kind") != "person":
            continue
        name, note = str(row["name"]), str(row.get("note") or "")
        stems = _stems(name)
        # (an office the note gives him for a period, not a name he went by: `Kiaʻāina` of `kiaʻāina o Maui
        # 1846–1866`, never the pen name `Ardo` of `plumnomo Ardo`)
        offices = tuple(prepare(a) for a, alias in name_forms(row) if alias and not _stems(a) & stems
                        and not any(is_given_name(w) for w in a.split()) and held_office(a, note))
        if offices:
            periods = [(int(a), int(b)) for a, b in re.findall(r"\b(1\d{3}|20\d\d)\s*[-–]\s*(1\d{3}|20\d\d)\b", note)]
            qualifiers = {q for a in offices for q in _qualifiers(a, note)}
            out[row["actor_id"]] = (offices, stems, qualifiers, periods)
    return out


_ARTICLES = r"(?:the|der|die|das|den|dem|des|le|la|les|l'|il|lo|el|los|las|his|her|its|sein|seine|son|sa|suo|su)"
_BEFORE = compiled(r"(?<![\w'’])([^\W\d_][\w'’-]*)\s+(?:%s\s+)?$" % _ARTICLES, re.IGNORECASE)
_SUCCESSOR = compiled(r"(\w+)\s+(?:as|als|comme|come|como)\s+(?:%s\s+)?$" % _ARTICLES, re.IGNORECASE)
_COPULA = compiled(r"([A-Z]\w+)\s+(\w+)\s+(?:%s\s+)?$" % _ARTICLES)
_APPOSITION = compiled(r"(?:\s+([\w' ]{2,14}?))?,?\s+((?:[A-Z][\w'-]*\.?\s+){1,2}[A-Z][\w'-]+)")
_YEARS = compiled(r",?\s+(1\d{3}|20\d\d)(?:\s*[-–]\s*(1\d{3}|20\d\d))?\b")


def office_of_another(text: str, start: int, end: int, owners, holders: dict[str, tuple]) -> bool:
    """Whether the office at ``text[start:end]``, a person's listed alias, names another holder of it here.

    >>> h = {"h": (("Foreign Secretary",), {"lord", "halif"}, set(), [(1938, 1940)])}
    >>> t = "The Foreign Secretary of the day, Anthony Eden, resigned. The Foreign Secretary agreed."
    >>> [office_of_another(t, i, i + 17, [("h", "alias", False)], h) for i in (4, 62)]
    [True, False]
    """
    surface = re.sub(r"['’]s$", "", " ".join(text[start:end].split()))  # (`the German Emperor's`)
    if not owners or not all(o[0] in holders and surface in holders[o[0]][0] for o in owners):
        return False
    words, head = _words(), text[max(0, start - 60):start]
    own = set().union(*(holders[o[0]][1] for o in owners))
    whose = set().union(*(holders[o[0]][2] for o in owners))
    periods = [p for o in owners for p in holders[o[0]][3]]
    before, successor, copula = _BEFORE.search(head), _SUCCESSOR.search(head), _COPULA.search(head)
    if before and before.group(1).casefold() in words.get("qualifier", ()):
        return True  # `der neue Reichskanzler`, `A new Director-General`, `The WHO's first Director-General`
    if before and before.group(1)[:1].isupper() and whose and not _stems(before.group(1)) & (whose | own) \
            and before.group(1).casefold() not in _ARTICLE_WORDS:
        return True  # `The Russian Foreign Minister`, `the German Emperor's`: the file's holder is another state's
    if successor and successor.group(1).casefold() in words.get("successor", ()):
        return True  # `His successor as First Secretary`
    if copula and copula.group(2).casefold() in words.get("copula", ()) and not _stems(copula.group(1)) & own:
        return True  # `when Antonio Segni was Prime Minister`
    after = _APPOSITION.match(text, end)
    if after and (not after.group(1) or after.group(1).strip().casefold() in words.get("then", ())) \
            and not _stems(after.group(2)) & own and text[end:end + 1] != "\n":
        return True  # `le président du Conseil Paul Ramadier`, `the Foreign Secretary of the day, Anthony Eden`
    years = _YEARS.match(text, end)
    if years and periods:
        first, last = int(years.group(1)), int(years.group(2) or years.group(1))
        return not any(a <= first and last <= b for a, b in periods)  # `Wilfred Jenks, Director-General 1970–1973`
    return False


_ARTICLE_WORDS = frozenset({"the", "der", "die", "das", "den", "dem", "des", "le", "la", "les", "il", "lo", "el",
                            "los", "las", "a", "an", "ein", "un", "une"})
