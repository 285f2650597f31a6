"""Which TEI `<note>`s are the article's notes, and the label a note carries at its head.

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
"""

from __future__ import annotations

import re

from .xmltext import local, squeeze

# Kinds of <note> that explain a word where it stands (a gloss): no number, no call, not the article's notes.
_GLOSSES = frozenset(("gloss",))
# Places of a note in the margin of the source (TEI's suggested values and their common spellings).
_MARGINS = frozenset(("left", "right", "inner", "outer", "opposite"))
# Types that make a note the editor's or the author's wherever it stands.
_EDITORS = frozenset(("editorial", "editor", "authorial", "author", "commentary", "footnote", "endnote"))
_LABEL_LENGTH = 4  # a note's label is a number, a letter or a few symbols, not a caption
# Letters that label a note: one letter, one letter doubled (after z), a roman number.
_LETTERS = re.compile(r"(\w)\1*|[ivxlc]+|[IVXLC]+")


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
