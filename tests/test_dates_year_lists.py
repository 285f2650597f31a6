"""Two years a word for "and" joins are two rows in running text, a list or an alternative; after a word for "between",
or before one written after them, they are a span (the date rounds' rules 5, 36 and 117)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_two_years_joined_by_and_without_between_are_two_rows():
    assert _table("The harvests of 1845 and 1846 failed across Europe.") == [
        ("1845", "1845-01-01", "1845-12-31"), ("1846", "1846-01-01", "1846-12-31")]
    assert _table("Зимы 1941 и 1942 гг. были самыми суровыми.") == [
        ("1941", "1941-01-01", "1941-12-31"), ("1942 гг.", "1942-01-01", "1942-12-31")]


def test_the_last_two_years_of_a_list_are_two_rows_also_with_the_czech_a():
    assert [r[0] for r in _table("Les enquêtes de 1978, 1988 et 1998 ont suivi.")] == ["1978", "1988", "1998"]
    assert [r[0] for r in _table("Roky 1918, 1938, 1948 a 1968 patří k paměti.")] == ["1918", "1938", "1948", "1968"]


def test_two_years_after_a_word_for_between_or_before_one_after_them_stay_a_span():
    assert _table("Between 1845 and 1850 many left Ireland.") == [("1845 and 1850", "1845-01-01", "1850-12-31")]
    assert _table("Rhwng 1979 a 1997 bu'r ddadl yn hir.") == [("1979 a 1997", "1979-01-01", "1997-12-31")]
    assert _table("Az 1957 és 1961 között hozott ítéletek.") == [("1957 és 1961", "1957-01-01", "1961-12-31")]


def test_the_romance_a_between_two_years_is_to_a_span():
    assert _table("De 1920 a 1930 creció la ciudad.")[0][1:] == ("1920-01-01", "1930-12-31")
