"""What a reader of a structured format (PDF, Word, TEI) knows beyond the text: the role of each span.

A plain text file gives only characters, and layout recovery must guess
which lines are notes. A PDF's geometry, a Word file's footnotes part and a
TEI file's `<note>` elements say it outright: their readers build a
reading-order text and mark each span of it with its zone, note number,
page and box, and each place where the text calls a note.

>>> built = TextBuilder()
>>> built.add("Tito met Spaak.", "body", page=1)
>>> built.mark("1")
>>> built.add("AJ, 507.", "note", note_no="1", page=1)
>>> text, regions, marks = built.result()
>>> text
'Tito met Spaak.1\\n\\n1 AJ, 507.\\n'
>>> [(r.zone, text[r.start:r.end]) for r in regions], marks
([('body', 'Tito met Spaak.1'), ('note', '1 AJ, 507.')], (NoteMark(note_no='1', start=15, end=16),))
"""

from __future__ import annotations

from dataclasses import dataclass

#: The zones a reader may give a region (as layout's blocks have them).
REGION_ZONES = ("front", "heading", "body", "note", "running_head", "back")

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, origin at the top left of the page


@dataclass(frozen=True)
class Region:
    """A span ``text[start:end]`` whose zone the source states; a note region starts with its label."""

    start: int
    end: int
    zone: str
    note_no: str | None = None
    page: int | None = None
    box: Box | None = None


@dataclass(frozen=True)
class NoteMark:
    """Where the text calls note ``note_no``: the marker is ``text[start:end]``."""

    note_no: str
    start: int
    end: int


class TextBuilder:
    """Builds a reading-order text from regions, one paragraph each, separated by a blank line.

    A note region is written as ``"<label> <text>"``, as a printed note reads;
    `mark` writes a note's marker glued to the text before it. Within a
    region, line breaks of the source may be kept (``"\\n"`` in ``text``).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._regions: list[Region] = []
        self._marks: list[NoteMark] = []
        self._open: tuple[int, str, str | None, int | None, Box | None] | None = None

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def add(self, text: str, zone: str, note_no: str | None = None, page: int | None = None,
            box: Box | None = None) -> None:
        """Start a new region (closing the one before) and write its first text."""
        if zone not in REGION_ZONES:
            raise ValueError(f"unknown zone {zone!r}; use one of {', '.join(REGION_ZONES)}")
        self._close()
        if self._length:
            self._write("\n\n")
        start = self._length
        if zone == "note" and note_no is not None:
            self._write(f"{note_no} ")
        self._write(text)
        self._open = (start, zone, note_no, page, box)

    def extend(self, text: str) -> None:
        """Write more text into the open region (a run of a paragraph, a line after a line break)."""
        if self._open is None:
            raise ValueError("extend() before add(): there is no region to write into")
        self._write(text)

    def mark(self, note_no: str, marker: str | None = None) -> None:
        """Write the marker of note ``note_no`` (its number unless ``marker`` is given) where the text is.

        An empty ``marker`` marks a call where the text prints none of its own
        (a note called inside another note, whose words the marker would join).
        """
        if self._open is None:
            raise ValueError("mark() before add(): a marker belongs to a region's text")
        start = self._length
        self._write(note_no if marker is None else marker)  # "" marks a call printed nowhere in the text
        self._marks.append(NoteMark(note_no, start, self._length))

    def _close(self) -> None:
        if self._open is None:
            return
        start, zone, note_no, page, box = self._open
        self._regions.append(Region(start, self._length, zone, note_no, page, box))
        self._open = None

    def result(self) -> tuple[str, tuple[Region, ...], tuple[NoteMark, ...]]:
        """The text (ending with a newline), its regions and its note marks."""
        self._close()
        text = "".join(self._parts)
        if text and not text.endswith("\n"):
            text += "\n"
        return text, tuple(self._regions), tuple(self._marks)
