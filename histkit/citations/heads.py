"""What stands before a reference's author and is no part of it: `Für ein berühmtes Beispiel: Hannah Arendt, …`,
`für das Unionsrecht Schrammel, …` (the lead words of `data/citations` are cut before, by `without_lead_in`).

A person's name begins with a capital or a particle (`von`, `de`); words before the author, of which one is none of
these, up to a colon or to a capital after words in small letters, are cut when a name and a comma follow them.
"""

from __future__ import annotations

import re
from typing import Callable

from .notetext import split_commas
from .words import UPPER

# (the words before a colon are letters only: `Нариси історії … – Львів: Світ, 1996` is a GOST imprint)
_WORDS_BEFORE_NAME = re.compile(rf"^(?:[^\W\d_]+\s+){{0,7}}[^\W\d_]+:\s+(?=[{UPPER}])"
                                rf"|^(?:[^\W\d_{UPPER}][^\W\d_]*(?:['’][^\W\d_]+)?\s+){{1,5}}(?=[{UPPER}])")


def without_words_before_name(text: str, is_name: Callable[[str], bool]) -> str:
    """``text`` without the words before its author (``is_name`` tells a name), unless they and the author are one
    name (`von Weizsäcker`, `Kovács István: Cím`).

    >>> def capitals(words): return all(w[:1].isupper() for w in words.split()[:3])
    >>> without_words_before_name("Für ein Beispiel: Hannah Arendt, Menschenrecht", capitals)
    'Hannah Arendt, Menschenrecht'
    >>> without_words_before_name("Kovács István: Cím, Budapest", capitals)
    'Kovács István: Cím, Budapest'
    """
    lead = _WORDS_BEFORE_NAME.match(text)
    if lead is None:
        return text
    rest = text[lead.end():]
    parts = split_commas(rest)
    if len(parts) < 2 or not is_name(parts[0]) or is_name(f"{lead.group().rstrip(': ')} {parts[0]}"):
        return text  # (`von Weizsäcker, …`, `Kovács István: Cím, …`: one name)
    return rest
