"""A word for elder or younger beside a family name that namesakes share picks the one of that generation.

Father and son, two brothers, bear one family name; a text that means one of them by the bare name
says which with a word beside it: `the younger Thorne`, `Dumas fils`, `der jüngere Lindow`, isiXhosa
`uJongilanga omncinci`, Sindhi `ننڍي لغاري`. The words are the rows of
``histkit/data/actors/generation_context_words.csv``: the word as printed (lower case), ``elder`` or
``younger``, whether it stands ``before`` or ``after`` the name, and its language; a historian adds a
word by adding a row. The authority file's years of birth say who is the elder; without them, or with
one candidate left unsure, the namesakes are told apart as before (`namesakes.resolve_by_last_full_name`).
"""

from __future__ import annotations

from functools import lru_cache

from ..data import data_rows
from .namesakes import same_span_groups


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], str]:
    """(word, position) → ``'elder'`` or ``'younger'``."""
    return {(r["form"].strip().casefold(), r["position"].strip()): r["generation"].strip()
            for r in data_rows("actors", "generation_context_words.csv")}


def generation_beside(text: str, start: int, end: int) -> str:
    """``'elder'`` or ``'younger'`` when such a word stands just before ``text[start:]`` or just after
    ``text[:end]``, else ``''``.

    >>> generation_beside("the younger Thorne sued", 12, 18), generation_beside("Dumas fils wrote", 0, 5)
    ('younger', 'younger')
    """
    before, after = text[max(0, start - 30):start].split(), text[end:end + 30].split()
    words = _words()
    if before and text[start - 1:start].isspace():
        found = words.get((before[-1].strip(",;:()").casefold(), "before"))
        if found:
            return found
    if after and text[end:end + 1].isspace():
        return words.get((after[0].strip(",.;:()").casefold(), "after"), "")
    return ""


def birth_years(actors) -> dict[str, int]:
    """actor_id → year of birth, where the authority table gives one."""
    out = {}
    for actor_id, birth in zip(actors.actor_id, actors["birth"] if "birth" in actors else [""] * len(actors)):
        digits = str(birth).strip().split(".")[0]
        if digits.lstrip("-").isdigit():
            out[actor_id] = int(digits)
    return out


def pick_by_generation(rows: list[dict], text: str, births: dict[str, int]) -> list[dict]:
    """The rows (in text order, one per candidate) with a shared family name beside a word for elder or younger
    kept to the eldest or the youngest candidate by year of birth.

    >>> rows = [{"actor_id": a, "start": 12, "end": 18, "surname_only": True, "ambiguous": True} for a in "fs"]
    >>> [r["actor_id"] for r in pick_by_generation(rows, "the younger Thorne", {"f": 1890, "s": 1925})]
    ['s']
    """
    out = []
    for group in same_span_groups(rows):
        if len(group) > 1 and all(r["surname_only"] for r in group) and all(r["actor_id"] in births for r in group):
            generation = generation_beside(text, group[0]["start"], group[0]["end"])
            if generation:
                years = [births[r["actor_id"]] for r in group]
                chosen = min(years) if generation == "elder" else max(years)
                if years.count(chosen) == 1:
                    group = [r for r in group if births[r["actor_id"]] == chosen]
                    group[0]["ambiguous"] = False
        out += group
    return out
