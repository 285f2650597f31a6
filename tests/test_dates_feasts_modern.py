"""The great feasts that are no surname date a day in every century: `Easter 1916`, `Weihnachten 1918`, `la Toussaint
1954` (the date rounds' rule 112)."""

from histkit.dates.feasts import find_feast_days
from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end", "precision"]].values.tolist()]


def test_easter_in_a_modern_year_is_its_gregorian_sunday():
    assert _table("Few of the men who fought at Easter 1916 were older.") == [
        ("Easter 1916", "1916-04-23", "1916-04-23", "day")]


def test_christmas_in_a_modern_year_is_the_25th_of_december_whatever_the_language():
    assert [(d.surface, d.date_start) for d in find_feast_days(
        "Weihnachten 1918 kehrten sie heim; il Natale 1943; la Navidad de 1936; Na Kerstmis 1944")] == [
        ("Weihnachten 1918", "1918-12-25"), ("Natale 1943", "1943-12-25"), ("Navidad de 1936", "1936-12-25"),
        ("Kerstmis 1944", "1944-12-25")]


def test_the_article_a_feast_is_listed_with_is_not_of_its_surface():
    assert [(d.surface, d.date_start) for d in find_feast_days("dans la nuit de la Toussaint 1954")] == [
        ("Toussaint 1954", "1954-11-01")]


def test_a_years_mark_after_a_feasts_year_is_of_its_surface():
    assert _table("Boże Narodzenie 1981 r. wielu działaczy spędziło w internowaniu.") == [
        ("Boże Narodzenie 1981 r.", "1981-12-25", "1981-12-25", "day")]


def test_a_feast_of_a_modern_year_cited_as_an_authors_year_is_no_feast():
    assert find_feast_days("as (Christmas 1999, p. 12) shows") == []
