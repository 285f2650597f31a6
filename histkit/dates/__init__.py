"""The dates stage: dates and date ranges in historians' prose and notes, as ISO 8601 with a precision.

Every match is a range: ``date_start``/``date_end`` are ISO days
(``1951-03-01``/``1951-03-31`` for ``mart 1951``) and ``precision`` is
``day``, ``month`` or ``year``. `words` holds the month names, `pattern` the
date forms as one regular expression, `values` what each form means,
`search` finds them in a text, `sameyear` the days named without their year after a dated one, `shortyears` the
days written with a two-digit year (`12.5.38`, `16 MAY 38`), `relative` the days a letter dates by its own month or
year (`the 11th inst.`), `centuries` the centuries of the body,
`textlayer` reads a paragraph's dates as typed where a PDF's text layer or an OCR layer broke them (`Sep- tember`,
`l939`), `table` makes the dates table of a layout,
`undated` finds the no-date marks (``n.d.``, ``b. d.``), `dayorder` decides per
document whether its slashed dates put the day first, `clashes` in which language it writes a month name that
languages read differently (`listopad`), and `reading` reads a document's dates both ways.
"""

from .clashes import month_languages_in, reading_months_of
from .dayorder import day_first_in, reading_day_first
from .erayears import BUDDHIST_YEAR
from .locators import is_series_reference
from .quarters import with_quarters
from .marks import joining_words, year_word_after
from .reading import reading_dates_of
from .search import find_date_groups, find_dates, find_days_without_year, parse_date
from .table import DATE_ZONES, DATES_COLUMNS, dates_table
from .undated import find_undated, says_undated
from .values import DateMatch, DateValue
from .words import LANGUAGES, month_names, trie_alternation

__all__ = [
    "BUDDHIST_YEAR",
    "DATES_COLUMNS",
    "DATE_ZONES",
    "LANGUAGES",
    "DateMatch",
    "DateValue",
    "dates_table",
    "day_first_in",
    "find_date_groups",
    "find_dates",
    "find_days_without_year",
    "find_undated",
    "is_series_reference",
    "joining_words",
    "month_languages_in",
    "month_names",
    "parse_date",
    "reading_dates_of",
    "reading_day_first",
    "reading_months_of",
    "says_undated",
    "trie_alternation",
    "with_quarters",
    "year_word_after",
]
