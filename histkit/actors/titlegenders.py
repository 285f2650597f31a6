"""A woman's or a man's title before a family name that namesakes share picks the one of that gender.

A wife and her husband, a brother and a sister, share a family name; a text
that gives the bare name a title says which of them it means: `Mrs. Brown` is
the wife, `s-ino Nowak` the woman, `Herr Müller` the man. The titles are the
rows of ``histkit/data/actors/gendered_titles.csv``: a title as printed,
lower case and without its full stop (`mrs`, `frau`, `s-ino`, `г-жа`), its
gender (``f`` or ``m``) and language; a historian adds a title by adding a row.
A title that fits several candidates (`Mr.` before two brothers) decides
nothing, and the namesakes are told apart as before (`namesakes.resolve_by_last_full_name`).
"""

from __future__ import annotations

from functools import lru_cache

from ..data import data_rows
from .namesakes import same_span_groups
from .variants import gender_of, split_name


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """title (lower case, no full stop) → ``'f'`` or ``'m'``."""
    return {row["title"].strip().lower().rstrip("."): row["gender"].strip().lower()
            for row in data_rows("actors", "gendered_titles.csv")}


def title_gender(text: str, start: int) -> str:
    """``'f'`` or ``'m'`` when the word just before ``text[start:]`` is a gendered title, else ``''``.

    >>> title_gender("and Mrs. Brown", 9), title_gender("and Brown", 4), title_gender("s-ino Nowak", 6)
    ('f', '', 'f')
    """
    before = text[max(0, start - 30):start]
    if not before[-1:].isspace():
        return ""
    words = before.split()
    return _titles().get(words[-1].lower().rstrip("."), "") if words else ""


def actor_genders(actors) -> dict[str, str]:
    """actor_id → ``'m'``, ``'f'`` or ``'mf'`` (the name does not tell) of each person of an authority table.

    >>> import pandas as pd
    >>> actor_genders(pd.DataFrame([{"actor_id": "s", "name": "Samuel Brown", "kind": "person"},
    ...                             {"actor_id": "a", "name": "Anna Gorskaya", "kind": "person"},
    ...                             {"actor_id": "c", "name": "Catherine Gladstone", "kind": "person"}]))
    {'s': 'm', 'a': 'f', 'c': 'f'}

    The authority's ``gender`` column first, then a given name of `given_name_genders.csv`, then the name's endings
    (`gender_of`).
    """
    out = {}
    for row in actors.to_dict("records"):
        if row.get("kind") == "person":
            given, family = split_name(str(row["name"]))
            told = str(row.get("gender", "") or "")
            # (a woman's given name not on -a, `Catherine`, `Marie`, says what the endings cannot)
            out[row["actor_id"]] = (told[:1].lower() if told[:1].lower() in ("m", "f") else "") \
                or (given and _given_name_genders().get(given[0], "")) or gender_of(given, family, told)
    return out


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, str]:
    """given name → ``'f'`` or ``'m'`` of `given_name_genders.csv`: the names whose ending misleads (`Catherine`,
    `Irène` are women's, `Luca` a man's)."""
    return {row["name"].strip(): row["gender"].strip().lower()
            for row in data_rows("actors", "given_name_genders.csv")}


def pick_by_title(rows: list[dict], text: str, genders: dict[str, str]) -> list[dict]:
    """The rows (in text order, one per candidate) with a surname a gendered title precedes kept to the candidates of
    that gender, when some but not all of them are.

    >>> rows = [{"actor_id": a, "start": 9, "end": 14, "surname_only": True, "ambiguous": True} for a in "ls"]
    >>> [r["actor_id"] for r in pick_by_title(rows, "and Mrs. Brown", {"l": "mf", "s": "m"})]
    ['l']
    """
    out = []
    for group in same_span_groups(rows):
        # (a couple's titles, `Mr and Mrs Gladstone`, name both: `plurals.named_together` chose them)
        if len(group) > 1 and all(r["surname_only"] and not r.get("several") for r in group):
            gender = title_gender(text, group[0]["start"])
            # (one whose name says that gender before one whose name does not tell: `cusseglier Sialm` is Gion, not
            # Maria, a name some men bear too)
            fits = ([r for r in group if gender and gender == genders.get(r["actor_id"], "")]
                    or [r for r in group if gender and gender in genders.get(r["actor_id"], "")])
            if 0 < len(fits) < len(group):
                for r in fits:
                    r["ambiguous"] = len(fits) > 1
                group = fits
        out += group
    return out


#: The readings of a family name that a man and his wife share letter for letter (a case form of a language that
#: declines a woman's name apart, Slovak `Hruškovej`, may be his possessive adjective: the grammar tells, not this).
_SHARED_RULES = ("surname", "possessive")


def pick_the_man(rows: list[dict], genders: dict[str, str]) -> list[dict]:
    """The rows (in text order, one per candidate) with a bare family name that one man and one or more women of the
    file share, and no title marks, kept to the man, unless one of the women was named in full more recently than
    he in the same block (paragraph, note), who keeps it then.

    A historian names a wife in full or by her given name and her husband by the family name alone (`Mr and Mrs
    Gladstone … Catherine kept the book of callers … Gladstone answered`); a bare name just after her full name,
    in her paragraph, is hers (`Beatrice Webb … Webb signed`).

    >>> rows = [{"actor_id": a, "start": 0, "end": 5, "surname_only": True, "ambiguous": True, "block_id": 1,
    ...          "rule": "surname"} for a in "cw"]
    >>> [r["actor_id"] for r in pick_the_man(rows, {"c": "f", "w": "m"})]
    ['w']
    """
    out, last_full = [], {}
    for group in same_span_groups(rows):
        men = [r for r in group if genders.get(r["actor_id"]) == "m"]
        women = [r for r in group if genders.get(r["actor_id"]) == "f"]
        if (len(group) > 1 and len(men) == 1 and len(men) + len(women) == len(group)
                and all(r["surname_only"] and not r.get("several") and r["rule"] in _SHARED_RULES for r in group)):
            block = group[0].get("block_id")
            here = {r["actor_id"]: last_full[r["actor_id"]][1] for r in group
                    if r["actor_id"] in last_full and last_full[r["actor_id"]][0] == block}
            latest = max(here, key=here.get) if here else men[0]["actor_id"]
            group = [r for r in group if r["actor_id"] == latest]
            group[0]["ambiguous"] = False
        for r in group:
            if not r["surname_only"]:
                last_full[r["actor_id"]] = (r.get("block_id"), r["start"])
        out += group
    return out
