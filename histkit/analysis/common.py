"""Helpers that the three analyses and their figures share.

Table cells read the same whether a table comes from `build_tables` or back
from a CSV file; ISO dates become first and last days; a parameter outside its
choices is a `ParameterError`; long labels are shortened for figures.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from ..errors import ParameterError
from ..patterns import compiled

NO_SECTION = "(no section)"

_WORD = compiled(r"\w+(?:[-’']\w+)*", re.UNICODE)
_ISO = compiled(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def plain(value) -> str:
    """A table cell as text: '' for a missing value, `12` for a float 12.0 read back from a CSV.

        >>> plain(None), plain(float("nan")), plain(12.0), plain("Ђилас")
        ('', '', '12', 'Ђилас')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # "12.0" read back from a CSV column with gaps is note 12
    return str(value)


def as_strings(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """A copy whose `columns` are plain strings ('' for missing), as after a CSV round trip.

        >>> as_strings(pd.DataFrame({"note_no": [12.0, None]}), "note_no", "section").values.tolist()
        [['12', ''], ['', '']]

    A column the frame lacks is added, empty.
    """
    frame = frame.copy()
    for col in columns:
        if col not in frame.columns:
            frame[col] = ""
        frame[col] = pd.Series([plain(v) for v in frame[col]], index=frame.index, dtype=object)
    return frame


def as_flags(series: pd.Series) -> pd.Series:
    """True where a cell says true, 1 or yes (as bools or as text read from a CSV).

        >>> as_flags(pd.Series([True, "False", "yes", ""])).tolist()
        [True, False, True, False]
    """
    return series.map(lambda v: str(v).strip().lower() in ("true", "1", "yes"))


def check_choice(name: str, value, allowed) -> None:
    """Refuse a parameter value that is not one of `allowed`.

        >>> check_choice("zones", "body", ("body", "notes"))
        >>> check_choice("zones", "text", ("body", "notes"))
        Traceback (most recent call last):
        histkit.errors.ParameterError: zones='text' is not valid; use one of: body, notes

    Raises ParameterError naming the choices.
    """
    if value not in allowed:
        raise ParameterError(f"{name}={value!r} is not valid; use one of: {', '.join(map(str, allowed))}")


def word_count(text) -> int:
    """Words in a text cell; hyphenated and apostrophised words count once.

        >>> word_count("Tito’s non-aligned policy, 1955")
        4
    """
    return len(_WORD.findall(plain(text)))


def shorten(label, width: int = 38) -> str:
    """A label cut to `width` characters with an ellipsis, for axis labels.

        >>> shorten("Foreign Office, Southern Department", 16)
        'Foreign Office,…'
    """
    label = str(label)
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def section_order(frame: pd.DataFrame) -> list[str]:
    """Section titles in reading order (document, then offset), each once; '' is "(no section)".

        >>> section_order(pd.DataFrame({"doc_id": "d", "start": [90, 0, 40], "section": ["End", "", "End"]}))
        ['(no section)', 'End']
    """
    ordered = frame.sort_values(["doc_id", "start"], kind="stable")
    return list(dict.fromkeys(ordered["section"].replace("", NO_SECTION)))


def iso_bound(text, last: bool) -> pd.Timestamp | None:
    """The first (or `last`) day of an ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; None if unreadable.

        >>> iso_bound("1952-02", last=True).date(), iso_bound("spring 1952", last=False)
        (datetime.date(1952, 2, 29), None)
    """
    match = _ISO.fullmatch(plain(text).strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return pd.Timestamp(int(year), int(month), int(day))
        if month:
            first = pd.Timestamp(int(year), int(month), 1)
            return first + pd.offsets.MonthEnd(0) if last else first
        return pd.Timestamp(int(year), 12, 31) if last else pd.Timestamp(int(year), 1, 1)
    except ValueError:
        return None


def iso_span(start, end="") -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day of an ISO date or range; None if the start is unreadable.

        >>> [day.date().isoformat() for day in iso_span("1952", "1953-06")]
        ['1952-01-01', '1953-06-30']

    An end that is missing, unreadable or before the start is replaced by the
    start's last day.
    """
    first = iso_bound(start, last=False)
    if first is None:
        return None
    last = iso_bound(end or start, last=True)
    if last is None or last < first:
        last = iso_bound(start, last=True)
    return first, last
