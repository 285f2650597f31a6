"""When two readings of one note are one work printed twice: their titles alike (`same_title`), or the same author
and year where one of them was read without its title (`untitled_again`), or their authors and titles alike once
the lead words of either are passed (`alike_after_lead`). A bilingual article prints every note in
both languages; a note cites a work once (merge.py's `printed_twice`).
"""

from __future__ import annotations

import difflib

from ..evaluate import similar_enough

#: How similar (difflib's ratio of the folded titles) two references of a note must be to be one printed twice.
SAME_TITLE = 0.8
#: How long a folded title must be for a longer one beginning with it to be the same title run on (`same_title`).
PREFIX_CHARACTERS = 20


def same_title(mine: str, other: str) -> bool:
    """Whether two folded titles of one author and year in a note are one work's: at least `SAME_TITLE` similar, or
    one of `PREFIX_CHARACTERS` or more that the other begins with (`Die Konsistenz des Menschlichen …` and the same
    title run on into its book, `…, in: Autonomie im Recht …`).

    >>> same_title("die konsistenz des menschlichen", "die konsistenz des menschlichen in autonomie im recht hg von")
    True
    >>> same_title("recht", "recht und gesellschaft")
    False
    """
    short, long = sorted((mine, other), key=len)
    return similar_enough(mine, other, SAME_TITLE) or len(short) >= PREFIX_CHARACTERS and long.startswith(short)


def untitled_again(mine: tuple, earlier: list[tuple]) -> bool:
    """Whether a reading naming no title (``mine``: surname, year, folded title, folded authors and title) is one an
    earlier reading of its note printed: the same first author's surname and the same year, and one of the two
    without a title (`Gustav Radbruch, Rechtsphilosophie, 1932, § 14` and its second language's `… (1932), § 14`,
    read with the title in neither; `Rebhahn, ZEuP 2002, 446` after `Rebhahn, Ziele …, ZEuP 2002, 445 f.`).

    >>> untitled_again(("radbruch", "1932", "", "gustav radbruch"), [("radbruch", "1932", "", "gustav radbruch")])
    True
    >>> untitled_again(("radbruch", "1932", "", "radbruch"), [("radbruch", "1929", "", "radbruch")])
    False
    """
    return bool(mine[0] and mine[1]) and any(other[0] == mine[0] and other[1] == mine[1] for other in earlier)


def alike_after_lead(mine: str, other: str) -> bool:
    """Whether two folded readings (authors and title) of a note are one reference once the words the longer one
    keeps before it are passed (`hierzu Domenico Siciliano, Juristen …` and `on this Domenico Siciliano, Juristen …`,
    `RW 250, Sozialwissenschaftliche Modelle …` read as authors `RW 250` or as a title): the longer is cut where its
    longest stretch in common with the shorter begins, less what the shorter prints before that stretch.

    >>> alike_after_lead("hierzu domenico siciliano juristen sind nicht", "domenico siciliano juristen sind nicht")
    True
    >>> alike_after_lead("luhmann das recht der gesellschaft", "luhmann recht")
    False
    """
    short, long = sorted((mine, other), key=len)
    if not short:
        return False
    common = difflib.SequenceMatcher(None, long, short, autojunk=False).find_longest_match(0, len(long), 0, len(short))
    return similar_enough(short, long[max(0, common.a - common.b):], SAME_TITLE)
