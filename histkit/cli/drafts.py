"""The periods and archives files `histkit init` drafts from a corpus's tables (the actors draft is `histkit.actors`).

`draft_periods` splits the years the texts name where half of the dated
passages fall before and half after; `draft_archives` lists the archives the
citations name that the archives authority does not know.
"""

from __future__ import annotations

import pandas as pd

PERIOD_FILE_COLUMNS = ["label", "start", "end", "note"]
ARCHIVE_FILE_COLUMNS = ["code", "name", "variants", "country", "city", "cues", "source"]


def dated_years(tables) -> list[int]:
    """The years of the dates a passage is dated by: dates in the body, and dates of cited archival documents.

    >>> tables = {"dates": pd.DataFrame({"zone": ["body", "note"], "date_start": ["1950-01-01", "1999-01-01"]}),
    ...           "citations": pd.DataFrame({"kind": ["archival"], "date_start": ["1954-03-02"]})}
    >>> dated_years(tables)
    [1950, 1954]
    """
    dates = tables["dates"]
    citations = tables["citations"]
    values = list(dates.loc[dates["zone"] == "body", "date_start"])
    values += list(citations.loc[citations["kind"] == "archival", "date_start"])
    years = [int(str(v)[:4]) for v in values if str(v)[:4].isdecimal()]
    return sorted(years)


def draft_periods(tables, parts: int = 2) -> pd.DataFrame:
    """Periods cut where the dated passages of the corpus split into ``parts`` equal shares (the rows of periods.csv).

    >>> tables = {"dates": pd.DataFrame({"zone": ["body"] * 6, "date_start": ["1950", "1951", "1952", "1954", "1955", "1956"]}),
    ...           "citations": pd.DataFrame({"kind": [], "date_start": []})}
    >>> draft_periods(tables)[["label", "start", "end"]].values.tolist()
    [['1950–1953', 1950, 1953], ['1954–1956', 1954, 1956]]

    The years run from the 5th to the 95th percentile of the dates (a stray
    date of 1848 in a paragraph of background does not stretch them); a
    corpus with dates in a single year gives one period, with none no period.
    """
    years = dated_years(tables)
    if not years:
        return pd.DataFrame(columns=PERIOD_FILE_COLUMNS)
    series = pd.Series(years)
    low, high = int(series.quantile(0.05, interpolation="lower")), int(series.quantile(0.95, interpolation="higher"))
    inside = series[(series >= low) & (series <= high)]
    cuts = sorted({int(inside.quantile(k / parts, interpolation="higher")) for k in range(1, parts)} - {low})
    bounds = [low, *cuts, high + 1]
    rows = []
    for start, stop in zip(bounds, bounds[1:]):
        if stop <= start:
            continue
        n = int(((inside >= start) & (inside < stop)).sum())
        label = f"{start}–{stop - 1}" if stop - 1 > start else str(start)
        rows.append({"label": label, "start": start, "end": stop - 1,
                     "note": f"drafted by histkit init: {n} of the {len(years)} dates the texts name"})
    return pd.DataFrame(rows, columns=PERIOD_FILE_COLUMNS)


def draft_archives(tables, archives: pd.DataFrame) -> pd.DataFrame:
    """The archives the citations name that ``archives`` (an archives authority table) lacks, most cited first.

    >>> tables = {"citations": pd.DataFrame({"kind": ["archival"] * 3, "archive": ["AGNM", "AGNM", "AJ"],
    ...     "archive_name": ["Arhiv grada Novog Mesta", "", "Arhiv Jugoslavije"], "raw": ["AGNM, f. 1", "AGNM, 2", "AJ, 507"]})}
    >>> draft_archives(tables, pd.DataFrame({"code": ["AJ"]}))[["code", "name", "source"]].values.tolist()
    [['AGNM', 'Arhiv grada Novog Mesta', 'drafted by histkit init: cited 2 times, e.g. AGNM, f. 1']]

    A name that is only the code, from a text that never spells the archive out, does not outvote the name:

    >>> tables = {"citations": pd.DataFrame({"kind": ["archival"] * 4, "archive": ["AGNM"] * 4, "raw": ["AGNM, 1"] * 4,
    ...     "archive_name": ["Arhiv grada Novog Mesta", "Arhiv grada Novog Mesta", "AGNM", "AGNM"]})}
    >>> draft_archives(tables, pd.DataFrame({"code": ["AJ"]}))["name"].tolist()
    ['Arhiv grada Novog Mesta']
    """
    citations = tables["citations"]
    cited = citations[(citations["kind"] == "archival") & (citations["archive"].astype(str).str.strip() != "")]
    cited = cited[~cited["archive"].isin(set(archives["code"]))]
    rows = []
    for code, group in cited.groupby("archive", sort=False):
        # (a name that is the code itself names nothing; between names cited as often, the longer, then the first in
        # alphabetical order: a set's order changes with the process, and the drafted file must not)
        names = [n for n in group["archive_name"].astype(str) if n.strip() and n.strip() != code]
        name = min(set(names), key=lambda n: (-names.count(n), -len(n), n)) if names else code
        rows.append({"code": code, "name": name, "variants": "",
                     "country": "", "city": "", "cues": "",
                     "source": f"drafted by histkit init: cited {len(group)} times, e.g. {group['raw'].iloc[0][:80]}",
                     "_n": len(group)})
    rows.sort(key=lambda r: (-r["_n"], r["code"]))
    return pd.DataFrame(rows, columns=ARCHIVE_FILE_COLUMNS)
