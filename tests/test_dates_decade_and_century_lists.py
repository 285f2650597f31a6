"""A list of two decades or centuries that writes its words once: the bare item is a row of its own (the date rounds'
rules 28, 36, 117 and 120); decades written with an apostrophe, `anni '60`, and an English hundred's plural, `the
1800s`, are the decade and the century they name."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_a_bare_decade_before_the_one_with_its_words_is_in_its_century():
    assert _table("V roce 1848, ve 30. a 40. letech 19. století, se z vlastenců stali politici.")[1:] == [
        ("30.", "1830-01-01", "1839-12-31"), ("40. letech 19. století", "1840-01-01", "1849-12-31")]


def test_a_bare_decade_after_one_takes_the_century_read_after_it_or_the_first_ones():
    assert _table("W 1981 r., w latach 70. i 80. XX wieku, strajki wróciły.")[1:] == [
        ("latach 70.", "1970-01-01", "1979-12-31"), ("80. XX wieku", "1980-01-01", "1989-12-31")]
    assert _table("Em 1969 eram quase todos nascidos nos anos 30 ou 40.")[1:] == [
        ("anos 30", "1930-01-01", "1939-12-31"), ("40", "1940-01-01", "1949-12-31")]


def test_a_bare_number_after_a_decade_before_a_word_is_no_row():
    assert [r[0] for r in _table("Em 1969, nos anos 30 ou 40 mil pessoas partiram.")] == ["1969", "anos 30"]


def test_a_bare_century_before_one_with_its_word_is_a_century():
    assert _table("De ijkpunten van de zeventiende en achttiende eeuw.") == [
        ("zeventiende", "1600-01-01", "1699-12-31"), ("achttiende eeuw", "1700-01-01", "1799-12-31")]


def test_a_decade_with_an_apostrophe_is_the_decade_not_its_first_year():
    assert _table("Negli anni '60, dopo il 1960, l'università crebbe.")[0] == ("anni '60", "1960-01-01", "1969-12-31")
    assert _table("In de jaren ’30 kende Amsterdam in 1934 het Jordaanoproer.")[0] == (
        "jaren ’30", "1930-01-01", "1939-12-31")


def test_an_english_hundred_in_the_plural_is_its_century():
    assert _table("The budget was small in the 1800s and in the 1850s.") == [
        ("1800s", "1800-01-01", "1899-12-31"), ("1850s", "1850-01-01", "1859-12-31")]
