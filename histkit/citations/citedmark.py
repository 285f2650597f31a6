"""The Italian mark of a short title cited before: `Rossi, Le leghe, cit., p. 51` (`reference_words.csv`, kind
``cited_mark``).

The mark is no word of the title: the readers read the reference without it
(`without_cited_mark`), and a title a reader took with the mark still on it
loses it (`without_cited_mark_end`) — printed with the comma before it or, as
often, without (`Rossi, Le leghe cit., p. 51`, `I «domicilia»... cit.`).
"""

from __future__ import annotations

import re

from .words import alternation, forms
from ..patterns import compiled

_CITED_MARK = compiled(rf",\s*(?:{alternation('reference_words.csv', 'cited_mark')})(?=\s*,|\s*$)")
_MARKS = "|".join(re.escape(form.rstrip(".")) + r"\.?" for form in forms("reference_words.csv", "cited_mark"))
# (not the last word of a repeat's own words, `op. cit.`, `voce cit.`: such a reference is the repeat)
_REPEAT_HEADS = "".join(f"(?<!{re.escape(form[:-len(mark)].rstrip())})" for form in forms("reference_words.csv")
                        for mark in forms("reference_words.csv", "cited_mark") if form.endswith(" " + mark))
_CITED_MARK_END = compiled(rf"(?:,\s*|{_REPEAT_HEADS}\s+)(?:{_MARKS})$")


def without_cited_mark(text: str) -> str:
    """``text`` without the mark after its comma.

    >>> without_cited_mark("Rossi, Le leghe, cit., p. 51")
    'Rossi, Le leghe, p. 51'
    """
    return _CITED_MARK.sub("", text)


def without_cited_mark_end(title: str) -> str:
    """A title without the mark that ends it, with or without a comma before it; a repeat's own words stay.

    >>> without_cited_mark_end("Il doge Nicolò Contarini cit."), without_cited_mark_end("Gospodarka rolna, op. cit.")
    ('Il doge Nicolò Contarini', 'Gospodarka rolna, op. cit.')
    """
    return _CITED_MARK_END.sub("", title)


def cited_mark_at(text: str, at: int) -> bool:
    """Whether the mark follows ``text`` at ``at`` right after a comma: what stands before it is a short title cited
    before (`…, MOL, cit., par. 40`: the decision `MOL`, not Hungary's national archives by their code).

    >>> cited_mark_at("Court of Justice, Fifth Chamber, MOL, cit., par. 40.", 36)
    True
    """
    return _CITED_MARK.match(text, at) is not None
