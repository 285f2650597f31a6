"""A note that only sends the reader to an earlier note, or to a part of the article's own text.

To an earlier note: `See n. 12 above.`, `Vgl. oben Anm. 12.`, `Voir supra, note
12.`, `Cf. supra note 12, at 4.`

It cites again the archival document that note cited first, as an Ibid. does the citation just before (its archive
and unit). A work that note cited is left alone: the house's reference gold counts such a note no reference
(`Voir supra, note 7.`; the reference rounds' READMEs: "a cross-reference"), and reading it as one put a row more in
twenty of them. The words are those of the note
references of short titles (``reference_words.csv``, kinds ``note_lead``, ``note`` and ``note_after``); the tail
after the number, a page or a paragraph, is read as an Ibid.'s is.

To the text (`infra Part IV.`, `supra text accompanying notes 67-75.`, `infra, section 4.1 of this paper.`): no
source is cited, so it is commentary, not a citation left unread (``reference_words.csv``, kinds ``cross_ref_lead``
and ``cross_ref_part``); a sentence or a bracket of prose after it goes with it.
"""

from __future__ import annotations

import functools
import re

from .words import forms
from ..dates import trie_alternation
from ..patterns import compiled


def _words(kind: str) -> str:
    """The forms of one kind of ``reference_words.csv`` as an alternation, any run of spaces matching one space."""
    return trie_alternation(forms("reference_words.csv", kind)).replace("\\ ", r"\s+")


@functools.cache
def _pattern() -> re.Pattern:
    return compiled(rf"(?:(?:{_words('note_lead')})\s*,?\s*)?(?:{_words('note')})\s*(?P<note>\d{{1,4}})(?!\d)"
                    rf"(?:\s*,?\s*(?:{_words('note_after')})(?!\w))?(?P<tail>\s*,\s*[^;]{{1,40}}?)?\s*\.?", re.IGNORECASE)


def note_cited_again(text: str) -> re.Match | None:
    """``text`` as a note reference and nothing else (a page or a paragraph after it): group ``note`` is the note's
    number, ``tail`` what follows it.

    >>> note_cited_again("n. 12 above.").group("note"), note_cited_again("supra note 3, at 4").group("tail")
    ('12', ', at 4')
    >>> note_cited_again("Smith, supra note 3, at 4") is None, note_cited_again("note 3 of the minutes shows") is None
    (True, True)
    """
    return _pattern().fullmatch(text.strip())


def first_cited_in(note: str, by_label: dict[str, dict]) -> dict | None:
    """The first citation of note ``note`` among the document's citations so far (``by_label``: label → row), if it
    is an archival document (or an Ibid. of one).

    >>> first_cited_in("1", {"1:1": {"kind": "archival", "archive": "TNA"}})["archive"]
    'TNA'
    >>> first_cited_in("1", {"1:1": {"kind": "literature", "archive": ""}}) is None
    True
    """
    row = by_label.get(f"{note}:1")
    return row if row is not None and row.get("kind") in ("archival", "ibid") and row.get("archive") else None


@functools.cache
def _text_reference() -> re.Pattern:
    return compiled(rf"(?:[^\W\d_]+\s+){{0,2}}?(?:{_words('cross_ref_lead')})\s*,?\s*(?:{_words('cross_ref_part')})\s*"
                    r"[\w.–-]*\d[\w.–-]*|(?:[^\W\d_]+\s+){0,2}?(?:"
                    rf"{_words('cross_ref_lead')})\s*,?\s*(?:{_words('cross_ref_part')})\s+[IVXL]+(?:\.[A-Z\d])*\.?(?:[–-][A-Z])?")


_AFTER = compiled(r"(?:\s+of\s+this\s+[^\W\d_]+)?\s*\.?\s*(?:\([^()]*\)\s*\.?\s*)?(?:[A-Z\d].*)?", re.DOTALL)


def text_reference(text: str) -> bool:
    """Whether ``text`` only sends the reader to a part of the article's own text, maybe with prose after it.

    >>> text_reference("infra Part IV."), text_reference("supra text accompanying notes 67-75. 302. The JCAH …")
    (True, True)
    >>> text_reference("infra, section 4.1 of this paper."), text_reference("Smith, supra note 4, at 5")
    (True, False)
    """
    found = _text_reference().match(text.strip())
    return found is not None and _AFTER.fullmatch(text.strip(), found.end()) is not None
