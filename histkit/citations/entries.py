"""An encyclopaedia's or a dictionary's entry cited by its headword: `E. Name, voce Usi civici, in Enc. dir., XLV, …`,
`s.v. Allmende`, `Stichwort Markgenossenschaft`.

The word saying "the entry" (``reference_words.csv``, kind ``entry``: voce, s.v., sub voce, Stichwort …) is no part
of the entry's title: the reference gold records the headword alone, as it records a chapter's title without `in`.
"""

from __future__ import annotations

import functools
import re

from .words import alternation
from ..patterns import compiled


@functools.cache
def _entry() -> re.Pattern:
    # (the word as the list prints it, then the headword: something must follow it, `voce cit.` is a repeat's mark,
    # read elsewhere; a title opening with the word's capital, `Voce del popolo`, is a title)
    return compiled(rf"^(?:{alternation('reference_words.csv', 'entry')})\s+(?=\S)(?!cit\b)")


def without_entry_word(title: str) -> str:
    """``title`` without the word for an entry that opens it.

    >>> without_entry_word("voce Usi civici"), without_entry_word("s.v. Allmende"), without_entry_word("Voce del popolo")
    ('Usi civici', 'Allmende', 'Voce del popolo')
    """
    found = _entry().match(title)
    return title[found.end():] if found else title
