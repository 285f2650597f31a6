"""The words that describe a thesis between its title and its university: `Title, tese de doutoramento inédita,
Universidade de Santiago, 1998`, `Title, PhD thesis, University of London, 1998`.

The reference gold records a thesis as a book (its university the publisher) and leaves out the words saying it is
one; the readers, which know a title, a place and a publisher, stop at them. `without_thesis_clause` takes out the
part between commas that holds a word of the list (``reference_words.csv``, kind ``thesis_clause``: `tese de
doutoramento`, `PhD thesis`, `Dissertation`, `ատենախոսություն` …), with whatever few words qualify it (`inédita`,
`unpublished`, `պատմ. գիտ. թեկն.`), where more of the reference follows it (a comma after it).
"""

from __future__ import annotations

import functools
import re

from .words import LOWER, UPPER, YEAR, alternation


@functools.cache
def _clause() -> re.Pattern:
    words = alternation("reference_words.csv", "thesis_clause")
    # (a part opening with one of the words, or with a few words in small letters before it, `պատմ. գիտ. թեկն.`, and
    # after it, `inédita`; a comma after it: a title's part, `Dissertation und Buch`, `Die Dissertation`, reads otherwise)
    # (after a title's full stop, the German house's `Titel. Diss. phil. Universität Kassel 1998`: the university follows
    # without a comma, and the clause's place becomes a comma)
    # (the comma or the full stop first, what stands before the stop looked behind from after it: a search goes from
    # one comma or full stop to the next, where a look-behind first was tried at every position)
    return re.compile(rf"(?:,|\.(?<=[^\W_]{{2}}\.))\s*(?:{LOWER}[^\s,()]*\s+){{0,4}}(?i:{words})(?![^\W_])"
                      rf"(?:\s+{LOWER}[^\s,()]*){{0,3}}(?:(?=,\s*\S)|(?<=\.)\s+(?=[{UPPER}][^\W\d_]+\s.*?{YEAR}))")


def without_thesis_clause(text: str) -> str:
    """``text`` without the part that says it is a thesis, when a part follows it.

    >>> without_thesis_clause("L. Dopazo, As sociedades, tese de doutoramento inédita, Universidade de Vigo, 1998, p. 4")
    'L. Dopazo, As sociedades, Universidade de Vigo, 1998, p. 4'
    >>> without_thesis_clause("J. Smith, Title, PhD thesis"), without_thesis_clause("K. Alt, Die Dissertation als Gattung, 4")
    ('J. Smith, Title, PhD thesis', 'K. Alt, Die Dissertation als Gattung, 4')
    >>> without_thesis_clause("M. Alt: Aus dem Dorf. Diss. phil. Universität Kassel 1998, S. 4")
    'M. Alt: Aus dem Dorf, Universität Kassel 1998, S. 4'
    >>> without_thesis_clause("G. Kern: Die Wohnung, Diss. phil. Bonn 1972, S. 1")
    'G. Kern: Die Wohnung, Bonn 1972, S. 1'
    """
    found = _clause().search(text)
    if found is None:
        return text
    rest = text[found.end():]
    return f"{text[:found.start()]}{'' if rest.startswith(',') else ', '}{rest}"
