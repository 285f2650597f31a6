"""Days written with a two-digit year, as letters, telegrams and forms write them, are read in the century of the
block's other days, else the twentieth (histkit.dates.shortyears); a quarter written `Q3` or with a Roman numeral is
its three months, and without its year in the year of the date before (quarter_words.csv)."""

import pytest

from histkit import Document, analyse_layout, dates_table


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return table[["surface", "date_start", "date_end", "precision"]].values.tolist()


@pytest.mark.parametrize("text, surface, day", [
    ("Der Vertrag wurde am 4.7.27 unterzeichnet.", "4.7.27", "1927-07-04"),
    ("Die Sitzung vom 4. 7. 27 vertagte sich.", "4. 7. 27", "1927-07-04"),
    ("De brief is gedateerd 4-7-'27.", "4-7-'27", "1927-07-04"),
    ("Cirkuläret är daterat 4/7-27.", "4/7-27", "1927-07-04"),
    ("Styrelsen beslöt 4/7 1927 att sälja.", "4/7 1927", "1927-07-04"),
])
def test_a_numeric_day_with_a_two_digit_year_is_read_day_first(text, surface, day):
    assert _table(text) == [[surface, day, day, "day"]]


def test_a_slashed_short_date_follows_the_documents_order():
    rows = _table("The memo of 4/27/27 answered the wire of 4/7/27.")
    assert [r[1] for r in rows] == ["1927-04-27", "1927-04-07"]


def test_a_telegrams_heading_is_its_day_and_the_time_after_it_no_year():
    assert _table("The wire read 'PARIS 16 MAY 27 1445 ARRIVING STOP'.") == [
        ["16 MAY 27", "1927-05-16", "1927-05-16", "day"]]


def test_a_date_time_group_is_its_day():
    assert _table("The order went out as 061200Z JUN 44.") == [["061200Z JUN 44", "1944-06-06", "1944-06-06", "day"]]


def test_a_month_in_small_letters_before_two_digits_is_no_telegram_date():
    assert _table("On 16 May 38 men were lost, in 1927.") == [["1927", "1927-01-01", "1927-12-31", "year"]]


def test_an_apostrophe_year_after_a_word_is_a_year_but_not_a_quotation_opening_with_a_day():
    assert _table("The crisis of the spring of '27 was over.") == [["'27", "1927-01-01", "1927-12-31", "year"]]
    assert ["'25", "1925-01-01", "1925-12-31", "year"] not in _table("The deed (dated '25 Ap. 1570') survives.")


def test_a_file_number_shaped_like_a_short_date_is_no_date():
    assert _table("Dutch archive, toegang 2.09.09, inv.nr. 12, letter of 3 May 1941.") == [
        ["3 May 1941", "1941-05-03", "1941-05-03", "day"]]


@pytest.mark.parametrize("text, surface, start, end", [
    ("Sales fell in Q3 1927.", "Q3 1927", "1927-07-01", "1927-09-30"),
    ("Der Absatz fiel im III. Quartal 1927.", "III. Quartal 1927", "1927-07-01", "1927-09-30"),
    ("La vente baissa au IIe trimestre 1927.", "IIe trimestre 1927", "1927-04-01", "1927-06-30"),
])
def test_a_quarter_written_short_or_with_a_roman_numeral_is_its_three_months(text, surface, start, end):
    assert _table(text) == [[surface, start, end, "month"]]


@pytest.mark.parametrize("note", [
    "1 Pietermaritzburg Archives Repository (PAR), 1/PMB 3/2/15, report of 2 April 1915.",
    "1 Nationaal Archief, Ministerie van Koloniën, 2.10.14, inv. nr. 3, letter of 2 April 1915.",
    "1 Provincial Archives, fonds 15-2-33, f. 4, letter of 2 April 1915.",
])
def test_a_signatures_number_shaped_like_a_short_date_is_no_date(note):
    rows = _table("The strike began on 2 April 1915.1\n\n" + note)
    assert [r[0] for r in rows] == ["2 April 1915", "2 April 1915"]


def test_a_fonds_number_is_no_year():
    rows = _table("The strike began on 2 April 1915.1\n\n1 HDA, fond 1561, letter of 2 April 1915.")
    assert [r[0] for r in rows] == ["2 April 1915", "2 April 1915"]


def test_a_quarter_without_its_year_is_in_the_year_of_the_date_before():
    rows = _table("L'exercice 1937 fut meilleur, surtout au IIe trimestre.")
    assert rows == [["1937", "1937-01-01", "1937-12-31", "year"], ["IIe trimestre", "1937-04-01", "1937-06-30", "month"]]
