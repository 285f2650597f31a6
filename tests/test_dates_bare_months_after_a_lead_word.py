"""A month named alone after a word that leads into it is a month of the year of the date before; after "the
following" the first such month after it (the date rounds' rules 7 and 113)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_a_month_after_a_lead_word_is_in_the_year_of_the_date_before():
    assert _table("A Ferragosto del 1943 la città contava i morti dei bombardamenti di agosto.") == [
        ("Ferragosto del 1943", "1943-08-15", "1943-08-15"), ("agosto", "1943-08-01", "1943-08-31")]


def test_the_following_month_earlier_in_the_year_is_in_the_next_year():
    assert _table("The Treaty was signed in December 1921; the Dáil approved it the following January.") == [
        ("December 1921", "1921-12-01", "1921-12-31"), ("January", "1922-01-01", "1922-01-31")]


def test_a_month_alone_after_a_span_of_years_or_without_a_lead_word_is_no_date():
    assert _table("Between 1914 and 1918, in May, they may march.") == [("1914 and 1918", "1914-01-01", "1918-12-31")]


def test_a_month_another_year_follows_is_no_date():
    assert _table("He came in September 1950. In September the following year he wrote again.") == [
        ("September 1950", "1950-09-01", "1950-09-30")]


def test_a_swedish_month_after_i_and_an_english_one_after_end_of_are_in_the_year_before():
    assert _table("Under 1942 sänktes ransonerna i mars och i oktober.") == [
        ("1942", "1942-01-01", "1942-12-31"), ("mars", "1942-03-01", "1942-03-31"),
        ("oktober", "1942-10-01", "1942-10-31")]
    assert _table("In 1926 the owners had locked the miners out by the end of April.") == [
        ("1926", "1926-01-01", "1926-12-31"), ("April", "1926-04-01", "1926-04-30")]
