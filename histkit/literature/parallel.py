"""Repeats of a note printed in two languages: each points to the work of its own language.

A bilingual article prints every note twice, once in each language (`Hans Kelsen, Reine Rechtslehre, … 1960, S. 196.
Hans Kelsen, Pure Theory of Law, trans. Max Knight, … 1967, p. 193.`), and its next note repeats both works, each in
its language's words (`Ebd., S. 201. Ibid., p. 197.`, `Weber, a. a. O., S. 390. Weber, op. cit., vol. 2, p. 645.`).
Read one by one, both repeats point to the last work, the English one, and the note seems to repeat it twice. Where
a note's repeats of one work are as many as the full references of the note that cites it (by the same author, when
they name one), and each says so in other words (so not `Ibid., 5; ibid., 7`), they repeat those references in
order.
"""

from __future__ import annotations

import re

import pandas as pd

from .ibids import records
from .repeats import repeat_patterns, surname

#: The fields a repeat takes from the work it repeats (an Ibid.'s row takes them all: `ibids.py`).
_TAKEN = ("authors", "title", "container", "volume", "issue", "place", "publisher", "year", "editors")


def parallel_repeats(rows: list[dict]) -> list[dict]:
    """``rows`` (the references of a corpus as dicts, each with ``doc_id``, ``note_no``, ``seq``, ``ref_of``,
    ``authors`` and ``raw``) with the repeats of a note printed in two languages pointed each to the work of its
    language, taking that work's fields in place of those they took from the other.

    >>> rows = [dict(doc_id="d", note_no="2", seq=1, ref_of="", authors="Hans Kelsen", title="Reine Rechtslehre", raw="…"),
    ...         dict(doc_id="d", note_no="2", seq=2, ref_of="", authors="Hans Kelsen", title="Pure Theory of Law", raw="…"),
    ...         dict(doc_id="d", note_no="3", seq=1, ref_of="2:2", authors="Hans Kelsen", title="Pure Theory of Law",
    ...              raw="Ebd., S. 201."),
    ...         dict(doc_id="d", note_no="3", seq=2, ref_of="2:2", authors="Hans Kelsen", title="Pure Theory of Law",
    ...              raw="Ibid., p. 197.")]
    >>> [(row["ref_of"], row["title"]) for row in parallel_repeats(rows)[2:]]
    [('2:1', 'Reine Rechtslehre'), ('2:2', 'Pure Theory of Law')]
    """
    full: dict = {}
    repeats: dict = {}
    for k, row in enumerate(rows):
        ref_of = str(row.get("ref_of") or "")
        if ref_of:
            repeats.setdefault((row["doc_id"], str(row["note_no"]), ref_of), []).append(k)
        else:
            full.setdefault((row["doc_id"], str(row["note_no"])), []).append(k)
    out = list(rows)
    for (doc_id, _, target), members in repeats.items():
        works = _works(rows, full.get((doc_id, target.rsplit(":", 1)[0]), []), [rows[k] for k in members])
        labels = [f"{rows[k]['note_no']}:{rows[k]['seq']}" for k in works]
        if len(members) < 2 or len(works) != len(members) or target not in labels or not _worded_apart(
                [rows[k] for k in members]) or not all(_says_only_repeat(rows[k]) for k in members):
            continue
        old = rows[works[labels.index(target)]]
        for k, work, label in zip(sorted(members, key=lambda k: int(rows[k]["seq"])), works, labels):
            taken = {f: rows[work].get(f) for f in _TAKEN if f in out[k] and out[k].get(f) == old.get(f)}
            out[k] = dict(out[k], ref_of=label, **taken)
    return out


def _works(rows: list[dict], cited: list[int], repeats: list[dict]) -> list[int]:
    """Of the full references ``cited`` (positions in ``rows``) of a note, those ``repeats`` may repeat: by the same
    first author when every repeat names one, in the order of the note."""
    names = {surname(str(row.get("authors") or "")) for row in repeats if not _is_ibid(row)}
    if len(names) == 1 and all(not _is_ibid(row) for row in repeats):
        cited = [k for k in cited if surname(str(rows[k].get("authors") or "")) in names]
    return sorted(cited, key=lambda k: int(rows[k]["seq"]))


def _is_ibid(row: dict) -> bool:
    """Whether a repeat's row was made for an Ibid. (it took the work's authors: it names none of its own)."""
    raw = str(row.get("raw") or "")
    return not surname(str(row.get("authors") or "")) or surname(raw.split(",")[0]) != surname(str(row.get("authors")))


def _says_only_repeat(row: dict) -> bool:
    """Whether a repeat names no work of its own: an Ibid., or an author's op. cit. (`Weber, a. a. O.`), not a short
    title (`Montesquieu, Vom Geist der Gesetze (wie Anm. 4)` names the translation it repeats)."""
    raw = str(row.get("raw") or "")
    return _is_ibid(row) or any(kind in ("author", "book", "article") and pattern.search(raw)
                                for pattern, kind in repeat_patterns())


def _worded_apart(repeats: list[dict]) -> bool:
    """Whether each repeat says so in a word of its own: its first word after the author it names (`Ebd.` and
    `Ibid.`, `a. a. O.` and `op. cit.`; not `Ibid., 5; ibid., 7`).

    >>> _worded_apart([dict(authors="Weber", raw="Weber, a. a. O., S. 390."), dict(authors="Weber", raw="Weber, op. cit.")])
    True
    """
    words = []
    for row in repeats:
        raw = str(row.get("raw") or "")
        raw = raw if _is_ibid(row) else raw.partition(",")[2]
        first = re.match(r"[\W\d_]*([^\W\d_]+)", raw)
        words.append(first.group(1).casefold() if first else "")
    return all(words) and len(set(words)) == len(words)


def parallel_repeat_rows(references: pd.DataFrame) -> pd.DataFrame:
    """`parallel_repeats` of a references table (the Ibid.'s rows among them, which `with_ibid_rows` makes last)."""
    if references.empty or "ref_of" not in references.columns:
        return references
    rows = records(references)
    now = parallel_repeats(rows)
    if now == rows:
        return references
    return pd.DataFrame(now, columns=references.columns, index=references.index).astype(references.dtypes.to_dict())
