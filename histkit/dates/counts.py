"""Round hundreds that count people or things, not years: `over 1000 soldater`, `больш за 1200 прадпрыемстваў`.

A bare 1000, 1100, … 1400 in a paragraph whose other dates all lie five centuries or more later is a count (the date
rounds' rule 10): a history of the twentieth century names 1200 workers, not the year 1200, beside 1945. A medieval
year stands among dates near it, or alone, and stays a year.
"""

from __future__ import annotations

from .values import DateMatch

_GAP = 500  # years between the round hundred and the paragraph's earliest other date


def counts_among(dates: list[DateMatch]) -> set[int]:
    """The starts of the ``dates`` (those of one paragraph) that are round hundreds counting, not dating.

    >>> from histkit.dates import find_dates
    >>> text = "In 1944 over 1200 workers struck; in 1200 the town was founded."
    >>> sorted(d.surface for d in find_dates(text) if d.start in counts_among(find_dates(text)))
    ['1200', '1200']
    >>> counts_among(find_dates("The town was founded in 1200."))
    set()
    """
    hundreds = [d for d in dates if d.surface.isdigit() and len(d.surface) == 4 and d.precision == "year"
                and int(d.date_start[:4]) % 100 == 0 and int(d.date_start[:4]) < 1500]
    others = [int(d.date_start[:4]) for d in dates if d not in hundreds]
    if not hundreds or not others:
        return set()
    return {d.start for d in hundreds if min(others) >= int(d.date_start[:4]) + _GAP}
