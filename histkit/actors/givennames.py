"""A given name alone naming one of several actors who share a family name: brothers, father and son, a couple.

Where the authority holds several people of one family name (`Антон Луцкевіч` and `Іван Луцкевіч`, `Mário
Soares` and `João Soares`), a text tells them apart by the given name, alone and in its cases (`Антону`,
`Sabinoren`). Such a given name is a mention only once the actor has been named in full before it in the
document, and not where a capitalised word follows it (`Luis Companys`: another man's full name). A given name
another actor's name or alias makes too (`Mihai`, a king) is left to them. A given name alone that a language's
custom makes (`given_name_languages.csv`: Icelandic `Ólafur`) is not one before a capitalised word either
(`Ólafur Teitur Guðnason`, an author).
"""

from __future__ import annotations

from collections import Counter

from .variants import gender_of, split_name
from .variants.names import PARTICLES, is_title, mans_family_name
from .variants.paradigms import PLURAL_CASE, POSSESSIVE_CASE, closing_honorifics, decline
from ..patterns import compiled

#: The rule of a given name alone of a family's member (`mentions.variant_table`).
FAMILY_GIVEN_NAME = "family_given_name"
#: The rule of a given name alone after a title (`профессор Николай`, `báhppa Jovnna`, `ks. Paweł`).
TITLED_GIVEN_NAME = "titled_given_name"
_NEXT_WORD = compiled(r"[ \t]*\n?[ \t]*(\w+)")


def family_given_names(rows) -> dict[tuple[str, str], str]:
    """(actor_id, form) → the languages whose paradigms alone make it (``""``: the given name as written).

    >>> made = family_given_names([("a", "person", "", "Антон Луцкевіч", []), ("i", "person", "", "Іван Луцкевіч", [])])
    >>> made[("a", "Антон")], ("a", "Антону") in made, ("i", "Іван") in made
    ('', True, True)

    ``rows`` are (actor_id, kind, gender, name, name_forms) of each actor; only persons whose family name (of the
    name, or of an alias with the same first given name: `Caroline Schlegel`) another person of the authority
    bears, each with a given name of their own, get one (a woman's form of it too:
    `Варвара Ятмарова`, daughter of `Михаил Ятмаров`); an honour that closes names (`closing_honorifics.csv`) is
    no family name they share.
    """
    families: dict[str, dict[str, tuple[str, str, str]]] = {}
    for actor_id, kind, gender, name, forms in rows:
        for full in [name] + _same_given_name_aliases(name, forms) if kind == "person" else ():
            given, family = split_name(full)
            if given and family and given[0][:1].isalpha() and not given[0].endswith("."):
                told = gender_of(given, family, gender)
                # a woman's form of the family name is the family's (`Ятмарова`, `Mùrawskô`: `mans_family_name`)
                key = family[:-1] + [mans_family_name(family[-1]) if told in ("f", "mf") else family[-1]]
                families.setdefault(" ".join(key).casefold(), {}).setdefault(actor_id, (actor_id, told, given[0]))
    out: dict[tuple[str, str], str] = {}
    for family_name, members in families.items():
        if family_name in closing_honorifics():
            continue  # men whose names close with an honour (`خان`, `Khan`) are no family: `Ayub` is no brother's name
        members = list(members.values())
        firsts = Counter(first.casefold() for _, _, first in members)
        for actor_id, gender, first in members if len(members) > 1 else ():
            if firsts[first.casefold()] > 1:
                continue
            _add_forms(out, actor_id, first, gender)
    return out


def _same_given_name_aliases(name: str, forms) -> list[str]:
    """The aliases of a person that keep the name's first given name with another family name: a maiden or married
    name (`Caroline Schlegel` of `Caroline Schlegel-Schelling`), by which she belongs to that family too."""
    first = name.split()[0] if name.split() else ""
    return [f for f, is_alias in forms if is_alias and f != name and len(f.split()) > 1 and f.split()[0] == first]


def titled_given_names(rows) -> dict[tuple[str, str], str]:
    """(actor_id, form) → the languages whose paradigms alone make it, of each person's first given name, which
    names them after a title of `titles.csv` once they are named in full (`named_in_full_first`).

    >>> made = titled_given_names([("n", "person", "", "Николай Уйпа", []), ("p", "person", "", "Paweł Szëca", [])])
    >>> made[("n", "Николай")], ("p", "Paweł") in made
    ('', True)

    A given name two persons of the authority share names neither.
    """
    firsts: dict[str, list[tuple[str, str, str]]] = {}
    for actor_id, kind, gender, name, _ in rows:
        given, family = split_name(name) if kind == "person" else ([], [])
        given = [g for g in given if not is_title(g)]
        if given and family and given[0][:1].isalpha() and not given[0].endswith("."):
            firsts.setdefault(given[0].casefold(), []).append((actor_id, gender_of(given, family, gender), given[0]))
    out: dict[tuple[str, str], str] = {}
    for (actor_id, gender, first), in (m for m in firsts.values() if len(m) == 1):
        _add_forms(out, actor_id, first, gender)
    return out


def _add_forms(out: dict[tuple[str, str], str], actor_id: str, first: str, gender: str) -> None:
    """A given name and its declined forms (not the possessive nor the plural) into ``out``: (actor_id, form) → the
    languages whose paradigms alone make the form ("" where the name is itself)."""
    out[(actor_id, first)] = ""
    for (lang, case), forms in sorted(decline(first, gender).items()):
        for form in forms if case not in (POSSESSIVE_CASE, PLURAL_CASE) else ():
            known = out.get((actor_id, form))
            out[(actor_id, form)] = "" if known == "" else " ".join(sorted(set((known or "").split()) | {lang}))


def _after_title(text: str, start: int) -> bool:
    """Whether a title of `titles.csv` is the word just before ``text[start:]`` (`ks. `, `профессор `)."""
    words = text[max(0, start - 40):start].split()
    return bool(words) and text[start - 1:start].isspace() and (is_title(words[-1]) or is_title(words[-1].rstrip(".")))


#: A short word joining two names (`en`, `i`, `ja`, `and`, Odia `ଓ`, Sorani `و`), white space about it.
_JOINING = compiled(r"\s+[^\W\d_]{1,3}\s+")


def _joined_to_a_full_name(rows: list[dict], k: int, text: str) -> bool:
    """Whether the given name of row ``k`` is joined by a short word to another actor's full name just after it:
    `Jelle en Pieter Hoekstra`, `Francëszk i Ana Mùrawskô` (rows in text order)."""
    r = rows[k]
    nxt = next((q for q in rows[k + 1:] if q["start"] >= r["end"]), None)
    return (nxt is not None and nxt["actor_id"] != r["actor_id"] and not nxt["surname_only"]
            and _JOINING.fullmatch(text, r["end"], nxt["start"]) is not None)


def name_words(actors) -> dict[str, set[str]]:
    """actor_id → the words of its name and aliases (an authority table), which may follow its given name.

    >>> import pandas as pd
    >>> sorted(name_words(pd.DataFrame([{"actor_id": "j", "name": "Jónas Jónsson frá Hriflu", "aliases": ""}]))["j"])
    ['Hriflu', 'Jónas', 'Jónsson', 'frá']
    """
    return {r["actor_id"]: set(f"{r['name']} {r.get('aliases') or ''}".replace("|", " ").split())
            for r in actors.to_dict("records")}


def named_in_full_first(rows: list[dict], text: str, own: dict[str, set[str]] | None = None,
                        custom: bool = False) -> list[dict]:
    """The mention rows without a family's given name alone that comes before the actor is named in full, nor a
    given name alone (a family's, or one of `given_name_languages.csv`) that a capitalised word follows, unless
    it is a word of the actor's own name (``own``, `name_words`: `Jónas Jónsson`, of `Jónas Jónsson frá Hriflu`) (rows in text order, with ``rule``, ``surname_only``, ``actor_id``, ``start``, ``end``).
    A family's given name joined by a short word to another actor's full name (`Jelle en Pieter Hoekstra`) is kept
    before the actor is named in full.
    A given name alone after no title (`TITLED_GIVEN_NAME`) is kept only in a text of a language whose custom is to
    name people so (``custom``: `given_name_languages.csv`), as the rule ``given_name`` it then is.

    >>> rows = [{"actor_id": "a", "rule": FAMILY_GIVEN_NAME, "surname_only": True, "start": 0, "end": 5},
    ...         {"actor_id": "a", "rule": "name", "surname_only": False, "start": 8, "end": 22},
    ...         {"actor_id": "a", "rule": FAMILY_GIVEN_NAME, "surname_only": True, "start": 30, "end": 35}]
    >>> [r["end"] for r in named_in_full_first(rows, "Антон і Антон Луцкевіч. Потым Антон пісаў.")]
    [22, 35]
    """
    full: set[str] = set()
    out = []
    for k, r in enumerate(rows):
        if custom and r["rule"] == TITLED_GIVEN_NAME:
            r["rule"] = "given_name"
        if r["rule"] in (FAMILY_GIVEN_NAME, TITLED_GIVEN_NAME, "given_name"):
            nxt = _NEXT_WORD.match(text, r["end"])
            if nxt and nxt.group(1) in PARTICLES:  # (a particle and a family name: `Friedrich von Uechtritz`)
                nxt = _NEXT_WORD.match(text, nxt.end()) or nxt
            unnamed = r["rule"] in (FAMILY_GIVEN_NAME, TITLED_GIVEN_NAME) and r["actor_id"] not in full
            if unnamed and r["rule"] == FAMILY_GIVEN_NAME and _joined_to_a_full_name(rows, k, text):
                unnamed = False  # `Jelle en Pieter Hoekstra`: the brothers named together, the family name once
            if nxt and nxt.group(1)[0].isupper() and nxt.group(1) not in (own or {}).get(r["actor_id"], ()) or unnamed:
                continue
            if r["rule"] == TITLED_GIVEN_NAME and not _after_title(text, r["start"]):
                continue
        elif not r["surname_only"]:
            full.add(r["actor_id"])
        out.append(r)
    return out
