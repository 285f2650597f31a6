"""A web page's title read on into what says it has no date and where it is found: `Bestandsübersicht:
Bodenreformakten, o. J., abrufbar unter` (`…, o. J., abrufbar unter: https://…`), `Fondos, s. f., disponible en`.
The words before a link (``reference_words.csv``, kind ``online``: abrufbar unter, disponible en, Disponível em,
available at) and a no-date mark after a comma (``histkit/data/dates/undated.csv``: n.d., s.d., o. J., s. f.) end no
title: the title ends before them.
"""

from __future__ import annotations

import functools
import re

from ..dates import find_undated
from ..patterns import compiled
from .wordforms import forms_alternation


@functools.cache
def _online_end() -> re.Pattern:
    words = forms_alternation("reference_words.csv", {"online"})
    return compiled(rf"[,.]\s*(?:{words})\s*:?\s*$", re.IGNORECASE)


def title_without_online_end(title: str) -> str:
    """``title`` without the words for where it is found online and a no-date mark before them that end it.

    >>> title_without_online_end("Bestandsübersicht: Bodenreformakten, o. J., abrufbar unter")
    'Bestandsübersicht: Bodenreformakten'
    >>> title_without_online_end("Fondos de incautaciones, s. f., disponible en"), title_without_online_end("Online")
    ('Fondos de incautaciones', 'Online')
    """
    online = _online_end().search(title)
    if online is None or online.start() == 0:
        return title
    cut = title[:online.start()].rstrip()
    undated = [(a, b) for a, b in find_undated(cut) if b == len(cut) and cut[:a].rstrip().endswith(",")]
    if undated:
        cut = cut[:undated[-1][0]].rstrip().removesuffix(",").rstrip()
    return cut or title
