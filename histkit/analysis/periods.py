"""The periods a period comparison compares: from the shipped periods.csv, another CSV file, or a list.

``data/authority/periods.csv`` has one period a row (label, start, end, and an
optional note); start and end are years or ISO dates, inclusive. A malformed
file is an `AuthorityError` naming the file and the line; a malformed list
given as a parameter is a `ParameterError` naming the period.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pandas as pd

from ..data import authority_file
from ..errors import AuthorityError, ParameterError
from .common import iso_bound, plain
from .project import find_input

PERIOD_COLUMNS = ("label", "start", "end")


def parse_periods(periods=None) -> pd.DataFrame:
    """Periods as a table: label, start, end (inclusive ISO days).

        >>> parse_periods([["early", 1950, "1953-06"], ["late", "1953-07", 1956]]).values.tolist()
        [['early', '1950-01-01', '1953-06-30'], ['late', '1953-07-01', '1956-12-31']]
        >>> parse_periods().label.tolist()    # the shipped data/authority/periods.csv
        ['1950–1953', '1954–1956']

    `periods` is a list of `[label, start, end]`, the path of a CSV file with
    the columns label, start, end (see `read_periods_file`), or None or ''
    for the shipped periods.csv. Start and end are years or ISO dates
    (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); a year as end means its last day.
    Raises ParameterError for a malformed period in a list, an end before its
    start, a repeated label or overlapping periods (a date must belong to at
    most one period), and AuthorityError for the same faults in a file.
    """
    if periods is None or (isinstance(periods, str) and not periods.strip()):
        return read_periods_file(authority_file("periods.csv"))
    if isinstance(periods, (str, os.PathLike)):
        return read_periods_file(find_input(periods, "periods file"))
    rows = []
    for i, period in enumerate(periods, 1):
        if not isinstance(period, (list, tuple)) or len(period) != 3:
            raise ParameterError(f"period {i} is {period!r}; write each period as [label, start, end], e.g. ['1950–1953', 1950, 1953]")
        rows.append(_period(period, f"period {i}", ParameterError))
    if not rows:
        raise ParameterError("periods is empty; give at least one [label, start, end]")
    return _period_table(rows, "", ParameterError)


def read_periods_file(path: str | os.PathLike) -> pd.DataFrame:
    """The periods of a CSV file with the columns label, start, end (others, such as note, are ignored).

        >>> import tempfile; folder = tempfile.TemporaryDirectory(); path = Path(folder.name) / "periods.csv"
        >>> _ = path.write_text("label,start,end,note\\nwar,1939,1945-05-08,Europe\\n", encoding="utf-8")
        >>> read_periods_file(path).values.tolist()
        [['war', '1939-01-01', '1945-05-08']]
        >>> _ = path.write_text("label,start,end\\nwar,1945,1939\\n", encoding="utf-8")
        >>> read_periods_file(path)
        Traceback (most recent call last):
        histkit.errors.AuthorityError: .../periods.csv, line 2: period 'war' ends (1939) before it starts (1945); ...
        >>> folder.cleanup()

    Raises AuthorityError, naming the file and the line, when the file is
    missing or not UTF-8 CSV, lacks a column, or has a malformed period, a
    repeated label or overlapping periods; the message says what to change.
    """
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = _read_rows(csv.reader(handle), path)
    except FileNotFoundError:
        raise AuthorityError(f"{path}: no such periods file; give the path of a CSV with the columns label,start,end") from None
    except UnicodeDecodeError as exc:
        raise AuthorityError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8") from None
    except csv.Error as exc:
        raise AuthorityError(f"{path}: not valid CSV ({exc}); save it as comma-separated values") from None
    if not rows:
        raise AuthorityError(f"{path}: no periods; add one row label,start,end under the header, e.g. 1950–1953,1950,1953")
    return _period_table(rows, f"{path}, ", AuthorityError)


def _read_rows(reader, path: Path) -> list[dict]:
    header = [name.strip() for name in next(reader, [])]
    missing = [c for c in PERIOD_COLUMNS if c not in header]
    if missing:
        raise AuthorityError(f"{path}, line 1: the header lacks the column(s) {', '.join(missing)}; "
                             f"the first line must name label,start,end (and optionally note)")
    at = [header.index(c) for c in PERIOD_COLUMNS]
    rows = []
    for record in reader:
        if not any(field.strip() for field in record):
            continue  # blank lines and the empty rows spreadsheets leave at the end
        if len(record) > len(header):
            raise AuthorityError(f"{path}, line {reader.line_num}: more fields than the header has; "
                                 "quote a value that contains a comma")
        record = record + [""] * (len(header) - len(record))
        rows.append(_period([record[i] for i in at], f"line {reader.line_num}", AuthorityError, f"{path}, "))
    return rows


def _period(values, where: str, error: type[Exception], prefix: str = "") -> dict:
    """One period as {label, start, end (days), where}; `prefix` + `where` names it in an error."""
    label, start, end = (plain(v).strip() for v in values)
    first, last = iso_bound(start, last=False), iso_bound(end, last=True)
    if not label or first is None or last is None:
        raise error(f"{prefix}{where} {list(values)!r}: needs a label and start/end as years or ISO dates "
                    "(1950, 1950-03, 1950-03-01)")
    if last < first:
        raise error(f"{prefix}{where}: period {label!r} ends ({end}) before it starts ({start}); "
                    "give the earlier date as start")
    return {"label": label, "start": first, "end": last, "where": where}


def _period_table(rows: list[dict], prefix: str, error: type[Exception]) -> pd.DataFrame:
    """The periods as label, start, end (ISO days), after checking that labels and dates do not repeat."""
    first_use: dict[str, str] = {}
    for row in rows:
        if row["label"] in first_use:
            raise error(f"{prefix}{row['where']}: period labels repeat: {row['label']!r} is also {first_use[row['label']]}; "
                        "give each period its own label")
        first_use[row["label"]] = row["where"]
    ordered = sorted(rows, key=lambda r: r["start"])
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] <= a["end"]:
            raise error(f"{prefix}{a['where']} and {b['where']}: periods {a['label']!r} and {b['label']!r} overlap; "
                        "change their dates so that a date falls in at most one period")
    frame = pd.DataFrame(rows)
    frame["start"] = frame["start"].dt.strftime("%Y-%m-%d")
    frame["end"] = frame["end"].dt.strftime("%Y-%m-%d")
    return frame[["label", "start", "end"]]
