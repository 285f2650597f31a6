"""A family name naming several actors at once: a family or brothers (`cei doi Antonescu`, `the Luckievičs`).

A family name alone that several actors bear goes to the one the text named last (`mentions`), unless it
names them together: in the plural a paradigm row makes (case ``pl`` of `name_paradigms.csv`: Belarusian
`Луцкевічы`, Basque `Aranen`), or beside a word of `plural_words.csv` that says there are several (`los dos`,
`Hər iki`, `ორ`, `the … brothers`, Estonian `perekond`). A row's ``position`` says whether the word stands
before or after the name (a word after it is read as a word's beginning: `perekon` finds `perekonna`); an
``ending`` asks the name to end so (`the Manns`, not `the Mann case`); a ``gender`` ``m`` says the word names men
only (`the Hartley brothers`, `far och son`: not the wife of one of them), ``mf`` a man and his wife (`Mr and Mrs`,
`M. et Mme`: one man and one woman of the name, or none can be told). Each actor of the name is then mentioned.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled


@lru_cache(maxsize=1)
def _plural_patterns() -> tuple[tuple[re.Pattern, str, str, str], ...]:
    """(pattern, position, ending, gender) of each row of `plural_words.csv`; a pattern matches the text beside the
    name."""
    out = []
    for r in data_rows("actors", "plural_words.csv"):
        words = r"\s+".join(re.escape(w) for w in r["form"].split())
        position = r["position"].strip()
        pattern = rf"(?<!\w){words}\s+$" if position == "before" else rf"[\s-]+{words}"
        out.append((compiled(pattern, re.IGNORECASE), position, (r.get("ending") or "").strip(),
                    (r.get("gender") or "").strip()))
    return tuple(out)


def named_together(text: str, start: int, end: int, owners, genders: dict) -> tuple:
    """The readings of ``owners`` that the family name ``text[start:end]`` names together (`names_several`), the
    women left out where the word beside it names men (``genders``: `actor_genders`); ``()`` where it names one.

    >>> owners = [("e", "surname", True), ("m", "surname", True), ("s", "surname", True)]
    >>> [o[0] for o in named_together("the Hartley brothers", 4, 11, owners, {"m": "f", "e": "m", "s": "m"})]
    ['e', 's']
    >>> [o[0] for o in named_together("Mr and Mrs Hartley", 11, 18, owners, {"m": "f", "e": "m", "s": "m"})]
    []
    """
    gender = names_several(text, start, end, owners)
    if not gender:
        return ()
    if gender == "mf":  # (a man and his wife: one of each, or the name alone says not which)
        men, women = ([o for o in owners if genders.get(o[0]) == g] for g in ("m", "f"))
        return (*men, *women) if len(men) == len(women) == 1 else ()
    kept = tuple(o for o in owners if gender != "m" or genders.get(o[0]) != "f")
    return kept if len(kept) > 1 else ()


def names_several(text: str, start: int, end: int, owners) -> bool | str:
    """Whether the family name ``text[start:end]`` names together every actor of its readings ``owners``.

    >>> several = [("a", "surname", True), ("b", "surname", True)]
    >>> names_several("cei doi Antonescu", 8, 17, several), names_several("lui Antonescu", 4, 13, several)
    (True, False)
    >>> names_several("Луцкевічы", 0, 9, [("a", "plural", True), ("b", "plural", True)])
    True
    """
    if not all(only for _, _, only in owners):
        return False
    if all(rule == "plural" for _, rule, _ in owners):
        return True
    before, after, name = text[max(0, start - 30):start], text[end:end + 30], text[start:end]
    for pattern, position, ending, gender in _plural_patterns():
        if ending and not name.endswith(ending):
            continue
        if pattern.search(before) if position == "before" else pattern.match(after):
            return gender or True  # (`m`: a word that names men only)
    return False
