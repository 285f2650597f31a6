"""Namesakes among the mentions: which actor a bare surname that several share goes to, and which surname-only
mentions come before their actor is first named in full (`resolve_by_last_full_name`, `flag_before_full_name`)."""

from __future__ import annotations

from typing import Iterator


def same_span_groups(rows: list[dict]) -> Iterator[list[dict]]:
    """The rows (in text order, one per candidate actor) in runs of one span each: the candidates of one mention.

    >>> [len(g) for g in same_span_groups([{"start": 0, "end": 4}, {"start": 0, "end": 4}, {"start": 9, "end": 12}])]
    [2, 1]
    """
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and (rows[j]["start"], rows[j]["end"]) == (rows[i]["start"], rows[i]["end"]):
            j += 1
        yield rows[i:j]
        i = j


def resolve_by_last_full_name(rows: list[dict]) -> list[dict]:
    """A surname shared by several actors goes to the one the text has named most before it, of those named in full.

    Named means a mention of the actor resolved so far, in full or by the
    surname alone: the protagonist keeps the bare surname, a namesake
    introduced once in full (a wife, a son: `Sylvi Kekkosen`, `Σοφοκλής
    Βενιζέλος`) does not take it over. On a tie, the one whose full name (or
    initials) came last: `John Foster Dulles met A. Dulles. Later Dulles's
    speech` is Allen's. The row keeps its candidates; with no full name
    before it, the mention stays ambiguous, one row per candidate.
    """
    out, last_full, named = [], {}, {}
    for group in same_span_groups(rows):
        if len(group) > 1 and all(r["surname_only"] and not r["several"] for r in group):
            seen = {r["actor_id"]: (named.get(r["actor_id"], 0), last_full[r["actor_id"]])
                    for r in group if r["actor_id"] in last_full}
            best = [r for r in group if seen and seen.get(r["actor_id"]) == max(seen.values())]
            if len(best) == 1:  # (a full name two namesakes share names neither: the tie stays ambiguous)
                best[0]["ambiguous"] = False
                group = best
        for r in group:
            if not r["surname_only"]:
                last_full[r["actor_id"]] = r["start"]
        if len(group) == 1:
            named[group[0]["actor_id"]] = named.get(group[0]["actor_id"], 0) + 1
        out += group
    return out


def flag_before_full_name(rows: list[dict], text_length: int) -> None:
    """Mark the surname-only rows that come before the first full-name mention of their actor."""
    first_full: dict[str, int] = {}
    for r in rows:
        if not r["surname_only"]:
            first_full.setdefault(r["actor_id"], r["start"])
    for r in rows:
        if r["surname_only"] and r["start"] < first_full.get(r["actor_id"], text_length + 1):
            r["before_full_name"] = True
