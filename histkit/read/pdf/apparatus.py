"""A critical apparatus in a page's foot: variants keyed by line number, which are not notes.

A source edition prints its text with numbered lines and, in the foot, the
readings of other witnesses: `7 argenti] om. B`, `5 Zenthmihal] Szentmihály B`,
several run in on one line, above or below the editor's notes. Each entry
opens with the number of the text's line (or lines, `12–13`), then the
lemma — the edited text's words, closed by a bracket — then the variant.
That number is no note label: read as one, it would start a false note and
throw the count of the real ones. An apparatus line is told by that shape
alone, entry after entry, wherever on the page it is printed; a line that
runs an entry over (no number, no bracket) goes with the apparatus line
above it.
"""

from __future__ import annotations


from .lines import Line
from ...patterns import compiled

# an entry's start: a line number (or range) and the lemma up to its closing bracket: words of the text, no
# figures or parentheses (a note's words before a bracket have them: `p. 12 (the reading 1389]`), at most six
_ENTRY = compiled(r"(?:^|\s)\d{1,4}(?:[-–]\d{1,4})?\s+([^\[\]()\d\s][^\[\]()\d]{0,80}?)\]")
_STARTS = compiled(r"\s*\d{1,4}(?:[-–]\d{1,4})?\s+[^\[\]\d\s]")
_WORDS = 6
_NEXT = compiled(r"(?<=\s)\d{1,4}(?:[-–]\d{1,4})?\s+[^\[\]\d\s]")  # where the next entry may start in a line


def is_apparatus(text: str) -> bool:
    """Whether a note-area line is entries of a critical apparatus: it opens with one, and each bracket closes one.

    >>> is_apparatus("5 Zenthmihal] Szentmihály B 6 siluis] sylvis B 7 argenti] om. B")
    True
    >>> is_apparatus("12–13 quod constitutus] quod constituti B, quod")
    True
    >>> is_apparatus("3 Der Text [lautet] anders, vgl. fol. 12.")
    False
    >>> is_apparatus("4 Ibid., p. 12 (the reading 1389] is wrong).")
    False
    >>> is_apparatus("Ibid., p. 12.")
    False
    """
    if not _STARTS.match(text) or "]" not in text:
        return False
    entries = list(_ENTRY.finditer(text))
    if len(entries) != text.count("]") or entries[0].start() > len(text) - len(text.lstrip()):
        return False
    return all(len(e.group(1).split()) <= _WORDS for e in entries)


def _runs_over(text: str) -> bool:
    """Whether a line may end an entry run over from the line before: no bracket, or entries after its first words.

    >>> _runs_over("Transilvanae H 2 Mykola] Mikola B"), _runs_over("sylvis C"), _runs_over("see p. 4] here")
    (True, True, False)
    """
    if "]" not in text:
        return True
    start = _NEXT.search(text)
    return start is not None and "]" not in text[:start.start()] and is_apparatus(text[start.start():])


def apparatus_lines(columns: list[list[Line]]) -> set[int]:
    """The ids of a page's note lines that are apparatus: entries, and the unnumbered lines running one over.

    Only a full apparatus line runs over: the line after one that reaches the
    column's right edge continues it, unless it opens with a number or a raised
    label (a note, the next entry); after a short one, a note may go on from
    the page before.
    """
    found: set[int] = set()
    for column in columns:
        right = max((ln.x1 for ln in column), default=0.0)
        after = False
        for line in column:
            text = line.text
            if line.lead() is None and is_apparatus(text):
                found.add(id(line))
            elif after and line.lead() is None and not text.lstrip()[:1].isdigit() and _runs_over(text):
                found.add(id(line))
            else:
                after = False
                continue
            after = line.x1 > right - 2 * line.size
    return found
