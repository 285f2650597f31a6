"""Which TEI `<note>`s are the article's notes, the label a note carries at its head, and the number it has.

A `<note>` is not always a note of the article. A gloss (``type="gloss"``)
explains a word where it stands. In an edition, ``@place`` says where a note
stands *in the source*: a note in the margin of the edited manuscript
(``place="margin"``, ``margin-left``, ``left`` …) is part of the document
edited, a marginal heading or remark of its scribe, not the editor's note —
unless the encoding makes it the editor's or the author's: a number (``@n``:
side notes of an article printed in its margin are numbered like footnotes),
a responsible party (``@resp``, which TEI uses for the annotator; a scribe's
hand is ``@hand``), or a ``@type`` saying so. Such notes are neither notes
nor the text (their words are not the sentence's).

Files converted from JATS keep the note's number in a `<label>` at its head
(``<note xml:id="fn1"><label>1</label><p>…</p></note>``), as ``@n`` would:
it is the note's label, not its text.

A note's number is what its ``@n`` or label means, without the punctuation
around it (``1)`` is note 1), counted on where the numbers start from 1
again; notes marked only by symbols or letters are numbered in reading order
(`by_symbols`).

Two kinds of `<note>` are no note of the article's wherever they stand. The
markup shown in an example (`<egXML>`, whose content TEI puts in its own
Examples namespace) is a sample of code: its `<note n="1">` is the example's
words, not a note (`tei_note`). And an edition's commentary note keyed to a
passage (``type="commentary"``, ``@target`` naming the passage, no number)
is printed in a commentary keyed by the passage's words, not called in the
text as the numbered or lettered footnotes beside it are (`keyed_commentary`).
"""

from __future__ import annotations


from .xmltext import first_words, local, squeeze
from ..errors import Problem
from ..patterns import compiled

# Kinds of <note> that explain a word where it stands (a gloss): no number, no call, not the article's notes.
_GLOSSES = frozenset(("gloss",))
# Places of a note in the margin of the source (TEI's suggested values and their common spellings).
_MARGINS = frozenset(("left", "right", "inner", "outer", "opposite"))
# Types that make a note the editor's or the author's wherever it stands.
_EDITORS = frozenset(("editorial", "editor", "authorial", "author", "commentary", "footnote", "endnote"))
_LABEL_LENGTH = 4  # a note's label is a number, a letter or a few symbols, not a caption
# Letters that label a note: one letter, one letter doubled (after z), a roman number.
_LETTERS = compiled(r"(\w)\1*|[ivxlc]+|[IVXLC]+")
# The namespace TEI gives the markup shown in an example (`<egXML>`): a sample of code, not the file's own markup.
_EXAMPLES = "{http://www.tei-c.org/ns/Examples}"
# Types of a note commenting a passage of the edited text, printed in a commentary keyed by the passage's words.
_COMMENTARY = frozenset(("commentary", "comment"))


def tei_note(element) -> bool:
    """Whether an element is a `<note>` of the file's own markup (not one shown in an `<egXML>` example).

    >>> import xml.etree.ElementTree as ET
    >>> [tei_note(ET.fromstring(x)) for x in ('<note xmlns="http://www.tei-c.org/ns/1.0">AJ</note>',
    ...  '<note xmlns="http://www.tei-c.org/ns/Examples" n="1">AJ</note>', '<p>AJ</p>')]
    [True, False, False]
    """
    return isinstance(element.tag, str) and not element.tag.startswith(_EXAMPLES) and local(element.tag) == "note"


def keyed_commentary(note) -> bool:
    """Whether a note is a commentary note keyed to the passage its ``@target`` names, with no number of its own.

    Only where the file's other notes are numbered or lettered (the caller
    knows) is such a note no footnote: an edition whose notes are all
    commentary has no other notes to read.

    >>> import xml.etree.ElementTree as ET
    >>> [keyed_commentary(ET.fromstring(x)) for x in ('<note type="commentary" target="#k1">AJ</note>',
    ...  '<note type="commentary" target="#k1" n="2">AJ</note>', '<note type="commentary">AJ</note>')]
    [True, False, False]
    """
    typed = (note.get("type") or "").strip().casefold() in _COMMENTARY
    return typed and bool((note.get("target") or "").strip()) and not printed_mark(note)


def not_a_note(note) -> bool:
    """Whether a `<note>` is a gloss or a marginal note of the source edited: neither a note nor the text.

    >>> import xml.etree.ElementTree as ET
    >>> [not_a_note(ET.fromstring(x)) for x in ('<note type="gloss">deed</note>', '<note place="margin">Mill</note>',
    ...  '<note place="margin" n="3">AJ</note>', '<note place="margin" resp="#ed">sic</note>', '<note>AJ</note>')]
    [True, True, False, False, False]
    """
    if (note.get("type") or "").strip().casefold() in _GLOSSES:
        return True
    places = (note.get("place") or "").casefold().split()
    if not any(p.startswith("margin") or p in _MARGINS for p in places):
        return False
    typed = (note.get("type") or "").strip().casefold() in _EDITORS
    return not ((note.get("n") or "").strip() or (note.get("resp") or "").strip() or typed)


def set_aside(notes: list) -> Problem | None:
    """The problem naming the `<note>`s read neither as notes nor as text, so that their words are not lost unsaid.

    >>> import xml.etree.ElementTree as ET
    >>> print(set_aside([ET.fromstring('<note place="margin">Zamek</note>')]).message)
    1 <note> set aside, neither a note nor text (a gloss, a note in the source's margin without a number, a commentary keyed to a passage): «Zamek»; give it an @n or @resp to read it as a note
    >>> set_aside([]) is None
    True
    """
    if not notes:
        return None
    shown = first_words([squeeze(" ".join(n.itertext())) for n in notes])
    one = len(notes) == 1
    return Problem("", "read", f"{len(notes)} <note>{'' if one else 's'} set aside, neither a note nor text (a gloss, "
                               "a note in the source's margin without a number, a commentary keyed to a passage): "
                               f"{shown}; give {'it' if one else 'them'} an @n or @resp to read "
                               f"{'it as a note' if one else 'them as notes'}")


def head_label(note):
    """The `<label>` a note opens with when it holds the note's number (a number, letter or symbol), else None.

    >>> import xml.etree.ElementTree as ET
    >>> head_label(ET.fromstring('<note><label>1</label><p>AJ</p></note>')).text
    '1'
    >>> [head_label(ET.fromstring(f'<note><label>{x}</label>AJ</note>')).text for x in ("b", "aa", "iv", "†")]
    ['b', 'aa', 'iv', '†']
    >>> head_label(ET.fromstring('<note>See <label>1</label></note>')), head_label(ET.fromstring(
    ...  '<note><label>Sources and methods</label>AJ</note>'))
    (None, None)
    """
    if (note.text or "").strip() or not len(note) or local(note[0].tag) != "label":
        return None
    shown = squeeze("".join(note[0].itertext()))
    if not shown or len(shown) > _LABEL_LENGTH or (shown.isalpha() and not _LETTERS.fullmatch(shown)):
        return None
    return note[0]


def printed_mark(note) -> str:
    """The number a note is printed with: its ``@n``, else the `<label>` at its head; empty when it has none."""
    label = head_label(note)
    return (note.get("n") or "").strip() or (squeeze("".join(label.itertext())) if label is not None else "")


class NoteSeries:
    """Note numbers counted on where the file numbers from 1 again (a second article, endnotes by chapter).

    A number met again after a higher one, or a first number no higher than
    the numbers before it in a corpus's next article, starts a new series,
    numbered on from the highest number before it: printed 1–6 and 1–6 are
    notes 1–12 (the printed number stays the marker). Symbols and letters are
    as they are. A file whose numbers start above 1 (``first``: an edition's
    part, a chapter going on from the one before) is numbered from 1 too,
    as Word's notes from a later ``numStart`` are: printed 34–36 are notes 1–3.

    >>> series = NoteSeries(first=34)
    >>> [series.number(n) for n in ("34", "35", "*", "36")]
    ['1', '2', '*', '3']
    """

    def __init__(self, first: int = 1) -> None:
        self.offset = 1 - first if first > 1 else 0
        self.top = 0
        self.last: int | None = None
        self.seen: set[int] = set()
        self.fresh = False  # a corpus's next article began and no numbered note of it has been met

    def number(self, label: str) -> str:
        if not label.isdecimal():
            return label
        n = int(label)
        if (self.fresh and self.offset + n <= self.top) or (n in self.seen and self.last is not None and n < self.last):
            self.offset, self.seen = self.top, set()
        self.fresh = False
        self.seen.add(n)
        self.last = n
        self.top = max(self.top, self.offset + n)
        return str(self.offset + n)


_LABEL = compiled(r"[(\[{]*\s*(\w+)\s*[)\]}.:]*")


def by_symbols(notes: list) -> bool:
    """Whether every note is marked by a symbol or a letter (``*``, ``†``, ``a``, ``iv``) and none by a number.

    Early printed books, marginalia and some editions mark their notes so,
    each page or passage afresh: the marks tell the notes apart only near
    their calls, so the notes are numbered in reading order and the mark is
    what the text prints. One starred note among numbered ones (an author's
    note on the title) keeps its mark as its number.
    """
    labels = [note_number(printed_mark(n)) for n in notes]
    return bool(labels) and all(label and not label.isdecimal() for label in labels)


def note_number(label: str) -> str:
    """The number a note's ``@n`` gives: the label without the punctuation printed around it; a symbol as it is.

    >>> [note_number(n) for n in ("1)", "(12)", "[3]", "4.", "a", "*", "")]
    ['1', '12', '3', '4', 'a', '*', '']
    """
    found = _LABEL.fullmatch(label)
    return found.group(1) if found else label
