"""Given names or initials that share one family name printed once: each names its own actor.

A text names two or three relatives at once by printing their family name once: `Joseph, Austen and Neville
Chamberlain`, `J. and A. Chamberlain`, `A. W. und F. Schlegel`, `F. et I. Joliot-Curie`, `C. e N. Rosselli`, and a
citation inverts it (`Chamberlain, Joseph and Austen`, `Grimm, Jacob und Wilhelm`, the police's `Rosselli Carlo e
Nello`). The automaton reads the last (or, inverted, the first) of them with the family name; the others are
found by reading each with the family name joined to it (`J. Chamberlain`, `Austen Chamberlain`): where that names
another person of the file in full, he is mentioned there too.
"""

from __future__ import annotations

from ..patterns import compiled
from .reading import prepare

#: The words that join names in a list (`and`, `und`, `u.`, `et`, `e`, `y`, `i`, `и`, `&`).
_JOIN = r"(?:and|und|u\.|et|e|y|i|и|&)"
#: A given name (one or two capitalised words) or initials (`A. W.`, `P.-H.`).
_NAME = r"(?:(?:[^\W\d_]\.[ \t]?-?)+|[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*)?)"
#: The names before the one read with the family name: `Joseph, Austen and `, `J. and `.
_BEFORE = compiled(rf"(?<![\w.])((?:{_NAME},\s+)*{_NAME})\s+{_JOIN}\s+$")
#: The names after an inverted one: ` and Austen`, ` e Nello`.
_AFTER = compiled(rf"\s+{_JOIN}\s+({_NAME})(?![\w'’-])")
_SEPARATOR = compiled(r",\s+")
#: The rules of a reading that holds its own given name or initials beside the family name.
_FULL_RULES = ("name", "alias", "initials", "case", "possessive", "diacritics", "script")


def shared_family_names(rows: list[dict], text: str, scan, readings, persons: frozenset) -> list[dict]:
    """``rows`` (mention rows in text order) with a row for each given name or initials that shares the family name
    of a person's mention printed once beside it, and names another person of the file.

    ``scan`` and ``readings`` are the matcher's (`ActorMatcher.scan`, `mentions.readings_of`).

    >>> from histkit.actors.mentions import build_matcher, readings_of
    >>> import pandas as pd
    >>> m = build_matcher(pd.DataFrame([{"actor_id": a, "name": n, "kind": "person", "aliases": ""} for a, n in
    ...     (("j", "Jacob Grimm"), ("w", "Wilhelm Grimm"))]), cache=False)
    >>> text = "J. u. W. Grimm, Wörterbuch"
    >>> row = {"actor_id": "w", "start": 6, "end": 14, "surface": "W. Grimm", "rule": "initials",
    ...        "surname_only": False, "ambiguous": False}
    >>> [(r["actor_id"], r["surface"]) for r in shared_family_names([row], text, m.scan, readings_of(m, None),
    ...                                                            frozenset("jw"))]
    [('j', 'J.'), ('w', 'W. Grimm')]
    """
    taken = [(r["start"], r["end"]) for r in rows]
    added = []
    for r in rows:
        if r["actor_id"] not in persons or r["surname_only"] or r.get("ambiguous"):
            continue
        surface = text[r["start"]:r["end"]]
        if r["rule"] == "inverted":
            family, names = _inverted_family(surface), _names_after(text, r["end"])
        elif r["rule"] in _FULL_RULES:
            family, names = None, _names_before(text, r["start"])
        else:
            continue
        for start, end in names:
            span, owners = _named(text, start, end, family or surface, scan, readings, r["actor_id"], persons)
            there = [o for o in rows if (o["start"], o["end"]) == span]
            if owners and there and {o["actor_id"] for o in there} == set(owners):
                for o in there:  # (read as a given name alone: it is one named in full, `Joseph and Austen Chamberlain`)
                    o.update(rule="shared_family", surname_only=False)
                continue
            if not owners or any(s < span[1] and span[0] < e for s, e in taken):
                continue  # (none, or another reading there)
            taken.append(span)
            added += [{**r, "actor_id": a, "rule": "shared_family", "start": span[0], "end": span[1],
                       "surface": text[span[0]:span[1]], "ambiguous": len(owners) > 1,
                       "candidates": "|".join(owners) if len(owners) > 1 else ""} for a in owners]
    return sorted(rows + added, key=lambda r: (r["start"], r["end"], r["actor_id"])) if added else rows


def _names_before(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the names listed just before ``start`` and joined to it: `Joseph, Austen and `."""
    m = _BEFORE.search(text, max(0, start - 80), start)
    if not m:
        return []
    spans, at = [], m.start(1)
    for part in _SEPARATOR.split(m.group(1)):
        at = text.index(part, at)
        spans.append((at, at + len(part)))
        at += len(part)
    return spans


def _names_after(text: str, end: int) -> list[tuple[int, int]]:
    """The span of the name joined after an inverted one: ` and Austen`."""
    m = _AFTER.match(text, end)
    return [m.span(1)] if m else []


def _inverted_family(surface: str) -> str:
    """The family name of an inverted name: before its comma (`Chamberlain, Joseph`), else all but its last word."""
    if "," in surface:
        return surface.split(",")[0].strip()
    words = surface.split()
    return " ".join(words[:-1])


def _named(text: str, start: int, end: int, surface: str, scan, readings, actor: str,
           persons: frozenset) -> tuple[tuple[int, int], tuple[str, ...]]:
    """The span of the given name or initials ``text[start:end]`` (or of its last or first word: `Mr Joseph`, `Nello
    tra`) and the persons
    other than ``actor`` it names in full joined to a tail of ``surface`` (its family name), the shortest tail
    first; ``()`` where it names none."""
    given = text[start:end]
    words, first, last = surface.split(), given.split()[0], given.split()[-1]
    for span, part in (((start, end), given), ((end - len(last), end), last), ((start, start + len(first)), first)):
        if not part[:1].isupper():
            continue
        for n in range(1, len(words) + 1):
            candidate = prepare(f"{part} {' '.join(words[-n:])}")
            whole = [e for i, j, e in scan(candidate, keep=readings) if (i, j) == (0, len(candidate))]
            owners = tuple(sorted({a for a, rule, only in (readings(whole[0]) if whole else ())
                                   if a != actor and a in persons and not only}))
            if owners:
                return span, owners
    return (start, end), ()
