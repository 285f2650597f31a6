"""A span from a day of one month to a day of another may take its year after the joining word a day takes, as
Spanish and Portuguese write it (`del 30 de junio al 1 de julio de 1520`): one date, as `from 30 June to 1 July 1520`
is."""

import pytest

from histkit.dates.search import find_dates


@pytest.mark.parametrize("text, surface, start, end", [
    ("en la noche del 30 de junio al 1 de julio de 1520.", "30 de junio al 1 de julio de 1520", "1520-06-30",
     "1520-07-01"),
    ("de 28 de fevereiro a 3 de março de 1974", "28 de fevereiro a 3 de março de 1974", "1974-02-28", "1974-03-03"),
    ("from 30 June to 1 July 1520", "from 30 June to 1 July 1520", "1520-06-30", "1520-07-01"),
])
def test_a_span_across_two_months_with_its_year_after_de_is_one_date(text, surface, start, end):
    assert [(d.surface, d.date_start, d.date_end) for d in find_dates(text)] == [(surface, start, end)]
