"""A day named by its number alone after a lead word is a day of the month of the date before it (the date rounds'
rule 146): `On 14 July 1789 … on the 16th`, `am 10.`, `le 26`, `23-го`, `den 12:e`; a number that orders a noun, or
sits in a telegram's capitals, is none."""

import pytest

from histkit.dates.baredays import find_bare_days
from histkit.dates.search import find_dates
from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def _bare(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_bare_days(text, find_dates(text))]


@pytest.mark.parametrize("text, surface, day", [
    ("On 14 July 1789 the crowd took the Bastille; on the 16th Necker was recalled.", "16th", "1789-07-16"),
    ("Am 9. November 1923 scheiterte der Putsch; am 10. saß die Führung in Haft.", "10.", "1923-11-10"),
    ("Le 18 mars 1871, l'armée marcha sur Montmartre ; le 26, Paris élut son conseil.", "26", "1871-03-26"),
    ("Il 3 settembre 1943 fu firmato l'armistizio, reso noto soltanto l'8.", "8", "1943-09-08"),
    ("Указ от 21 сентября 1993 г. распустил Съезд; 23-го открылся съезд.", "23-го", "1993-09-23"),
    ("Op 10 mei 1940 vielen Duitse troepen binnen; op de 13e vertrok de koningin.", "13e", "1940-05-13"),
    ("Den 9 april 1940 ockuperade Tyskland Danmark. Den 12:e begärde Berlin transit.", "12:e", "1940-04-12"),
    ("Ve dnech 23.–26. srpna 1968 jednali v Moskvě; 22. se v Praze sešel sjezd.", "22.", "1968-08-22"),
])
def test_a_bare_day_after_a_lead_word_is_in_the_month_of_the_date_before(text, surface, day):
    assert (surface, day, day) in _table(text)


def test_two_bare_days_a_word_for_to_parts_are_one_span_and_an_and_two_days():
    assert _bare("The strike began on 4 May 1926; the Gazette appeared from the 5th to the 13th.") == [
        ("5th to the 13th", "1926-05-05", "1926-05-13")]
    assert _bare("Gaceta de Madrid, 6 de octubre de 1934, p. 146; núms. 280 y 281, del 7 y 8.") == [
        ("7", "1934-10-07", "1934-10-07"), ("8", "1934-10-08", "1934-10-08")]


@pytest.mark.parametrize("text", [
    "On 4 August 1789, at the defection of the 6th company, the guards wavered.",
    "Am 9. November 1923 sprach er am 10. Parteitag der Partei.",
    "Le 18 mars 1871, dans le 18e arrondissement, on se battit.",
    "Lettre du 14 mai 1938 ; télégramme « LYON 16 MAI 1938 RECU VOTRE DU 14 STOP ».",
    "Le 12 mai 1938, le chiffre du 1er semestre 1938 fut connu.",
    "Tras el 23 de febrero de 1981 y el 23-F, los años ochenta se leyeron de otro modo.",
    "Bethlen to Horthy, 19 August 1931, Magyar Nemzeti Levéltár, K 589, 12. cs.",
])
def test_a_number_that_orders_a_noun_or_sits_in_capitals_is_no_bare_day(text):
    dates = find_dates(text)
    assert find_bare_days(text, dates) == []


def test_a_bare_day_after_a_year_alone_is_no_date():
    assert _bare("In 1926 the coal dispute came to a head, and on the 12th it ended.") == []


def test_the_first_day_of_a_night_whose_second_names_the_month_is_left_to_the_date_forms():
    text = "Im Februar 1932 stieg die Zahl; in der Nacht vom 27. auf den 28. Februar 1933 brannte der Reichstag."
    assert _bare(text) == []
