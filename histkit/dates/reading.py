"""How one document's dates are read: the order of its ambiguous slashed dates and the language of its clashing
month names, each settled by the document's own dates (`dayorder`, `clashes`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .clashes import month_languages_in, reading_months_of
from .dayorder import day_first_in, reading_day_first


@contextmanager
def reading_dates_of(texts: Iterable[str]) -> Iterator[None]:
    """The date readers read as the document whose texts are ``texts`` writes its dates, within the block.

    >>> from histkit.dates import find_dates
    >>> notes = ["NA, f. 12, 3. října 1948", "tamtéž, 12. listopadu 1948", "minute, 10/3/1931, 23/4/1931"]
    >>> with reading_dates_of(notes):
    ...     [d.date_start for d in find_dates(notes[1] + "; " + notes[2])]
    ['1948-11-12', '1931-03-10', '1931-04-23']
    """
    texts = [t for t in texts if t]
    with reading_day_first(day_first_in(texts)), reading_months_of(month_languages_in(texts)):
        yield
