"""Which reference of an earlier note a note reference (`Luhmann (Fn. 3)`, `Kelsen, Pure Theory (n 2)`) repeats.

A note may cite two works of one author: a book and its translation (`Niklas Luhmann, Das Recht der Gesellschaft,
… 1993 … Niklas Luhmann, Law as a Social System, trans. …, 2004`, a bilingual article's notes print both), or two
of its books. The short title printed before the note's number tells them apart; the author alone names the first.
"""

from __future__ import annotations

from typing import Callable

from .archives import normalise


def in_note(note_no: str, by_author: Callable[[dict], bool], title: str, earlier: list[tuple[str, dict]]) -> str:
    """The label of the reference ``by_author`` accepts in note ``note_no`` — where it accepts several, the first
    whose title holds the short ``title`` — else of the note's only reference when it is a full one (not itself a
    repeat); "" for none.

    >>> earlier = [("1:1", {"authors": "Niklas Luhmann", "title": "Das Recht der Gesellschaft"}),
    ...            ("1:2", {"authors": "Niklas Luhmann", "title": "Law as a Social System"})]
    >>> luhmann = lambda full: "Luhmann" in full["authors"]
    >>> in_note("1", luhmann, "Law as a Social System", earlier), in_note("1", luhmann, "", earlier)
    ('1:2', '1:1')
    """
    # (a label is `note:seq`: its note is what comes before its last colon; asked of every earlier reference, so
    # by its start first, without cutting it)
    prefix, after = note_no + ":", len(note_no) + 1
    cited = [(label, full) for label, full in earlier if label.startswith(prefix) and ":" not in label[after:]]
    same = [(label, full) for label, full in cited if by_author(full)]
    short = normalise(title) if len(same) > 1 else ""
    titled = [(label, full) for label, full in same if short and short in normalise(full.get("title") or "")]
    if titled or same:
        label, full = (titled or same)[0]
        return full.get("ref_of") or label
    return cited[0][0] if len(cited) == 1 and not cited[0][1].get("ref_of") else ""
