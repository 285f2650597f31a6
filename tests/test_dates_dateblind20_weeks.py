"""A calendar week numbered in its year is the ISO week's seven days (the date rounds' rule 163): `KW 23/1941`; a week
numbered within an event and `KW` as a unit of power are no dates."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end", "precision"]].values.tolist()]


def test_a_calendar_week_with_its_year_is_its_seven_days_from_monday():
    assert _table("Der Lagebericht KW 23/1941 meldet die Verlegung.") == [
        ("KW 23/1941", "1941-06-02", "1941-06-08", "day")]


def test_a_week_of_a_strike_and_kilowatts_are_no_dates():
    assert _table("In Woche 3 des Streiks leistete das Kraftwerk 500 KW.") == []


def test_a_week_number_a_year_has_not_is_no_date():
    assert _table("Der Bericht KW 53/1941 fehlt.") == []
