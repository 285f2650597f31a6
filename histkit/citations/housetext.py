"""The forms of a few houses written as the comma styles print them, before a piece is read.

The readers know a pinpoint after a comma, a journal's volume before its year in brackets and its pages after it, and
a repeat that opens with its author. The McGill Guide's French form prints its pinpoint with words and a town's
province in brackets (`mcgillfr`), the Swiss law reviews a half-volume between year and pages (`halfvolume`), the
French houses a case note cited again by its annotator after the words (`casenotes.annotator_first`), the South
African house a journal's year bare before its name (`yearjournal`).
"""

from __future__ import annotations

from .casenotes import annotator_first
from .halfvolume import without_half_volume
from .mcgillfr import mcgill_forms
from .yearjournal import square_year


def as_comma_style(text: str) -> str:
    """``text`` with those houses' forms written as the comma styles print them.

    >>> as_comma_style("L. Roy, « Le dol », Rev. suisse 12 (1998) I 201 à la p 215")
    'L. Roy, « Le dol », Rev. suisse 12 (1998) 201, p. 215'
    """
    return square_year(annotator_first(without_half_volume(mcgill_forms(text))))
