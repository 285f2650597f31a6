"""A web work's title and year as its reading should give them: a post dated only to its day takes that day's year
(`dayyear`), the day its citer saw it is no year of it (`accessyear`), and its title ends before the words for its
link (`onlinetitle`). The merge asks it of every row."""

from __future__ import annotations

from .accessyear import year_not_seen
from .dayyear import day_date_year
from .onlinetitle import title_without_online_end
from .table import as_text


def web_fields(row: dict) -> tuple:
    """``row``'s title and year, each as it is unless a web work's dates or words ran into it.

    >>> web_fields({"authors": "Jahn", "title": "The Paris Effect", "year": "", "raw": "Jahn, The Paris Effect, 25.04.2024"})
    ('The Paris Effect', '2024')
    >>> web_fields({"authors": "", "title": "Fondos, s. f., disponible en", "year": "2020", "raw": "Fondos, s. f., "
    ...             "disponible en: https://a.es [fecha de consulta: 1 de mayo de 2020]"})
    ('Fondos', '')
    >>> web_fields({"authors": "", "title": float("nan"), "year": "1990", "raw": "Luhmann, 1990"})
    (nan, '1990')
    """
    year = row.get("year")
    if not as_text(year):
        year = day_date_year(*(as_text(row.get(c)) for c in ("authors", "title", "year", "raw"))) or year
    title = as_text(row.get("title"))
    new_title, new_year = title_without_online_end(title), year_not_seen(as_text(year), as_text(row.get("raw")))
    return new_title if new_title != title else row.get("title"), new_year if new_year != as_text(year) else year
