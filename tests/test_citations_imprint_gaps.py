"""The marks of an imprint's missing place, publisher or year (`s.l.`, `o. O. o. J.`, `n.p., n.d.`, `Б. м.`) are no
field of the reference: the book is read without them (``reference_words.csv``, kind ``no_imprint``)."""

import pytest

from histkit.citations import parse_reference
from histkit.citations.archives import default_matcher
from histkit.citations.extract import cite_document


def _references(note: str) -> list[dict]:
    found = cite_document("d", [("1", note)], default_matcher().copy())
    return [row for row in found.rows if row["kind"] == "literature"]


@pytest.mark.parametrize("note, title", [
    ("Ludwig Stahl, Die Oberamtssparkassen. Ein Beitrag zur Verwaltungsgeschichte, o. O. o. J., S. 12.",
     "Die Oberamtssparkassen. Ein Beitrag zur Verwaltungsgeschichte"),
    ("Joseph Morin, Mémoire sur la librairie de Lyon, s.l., s.n., s.d., p. 4.", "Mémoire sur la librairie de Lyon"),
    ("Anselmo Riera, El arte de imprimir, [s. l.: s. n.], s. f., p. 3.", "El arte de imprimir"),
    ("Орлов П. Кредит и община. [Б. м., б. г.]. С. 9.", "Кредит и община"),
])
def test_a_book_without_place_or_year_is_read_without_the_marks(note, title):
    assert [row["title"] for row in _references(note)] == [title]


def test_a_missing_publisher_leaves_the_place_and_year():
    ref = parse_reference("Samuel Hart, Notes on the Foreign Presses of Soho (London: n.p., 1872).")
    assert (ref["title"], ref["place"], ref["year"]) == ("Notes on the Foreign Presses of Soho", "London", "1872")


@pytest.mark.parametrize("raw, year", [
    ("Вахтин С. Е. Записки кооператора. Б. м.: Изд. автора, 1911. С. 5.", "1911"),
    ("Mazur T. Kasy Stefczyka. B.m., 1936. S. 14.", "1936"),
])
def test_gost_reads_the_mark_of_no_place_as_its_place(raw, year):
    ref = parse_reference(raw)
    assert (ref["title"], ref["year"]) == (raw.split(". ")[1] if "Mazur" in raw else "Записки кооператора", year)


def test_initials_are_no_mark_of_a_missing_imprint():
    ref = parse_reference("N. P. Shilov, Rural Credit (Oxford: Clarendon Press, 1990), 12.")
    assert (ref["authors"], ref["year"]) == ("N. P. Shilov", "1990")


@pytest.mark.parametrize("raw", [
    "MEMORIAL DOS ESTIVADORES. Fotografias da greve. Santos, [s.d.]. Disponível em: <https://x.org>.",  # ABNT's date
    "COSTA, Renata. Matrículas. Versão 2.0. [S. l.]: Zenodo, 2021.",  # ABNT's place before the publisher
    "Lagos Harbour Heritage Centre. (n.d.). The 1945 general strike.",  # APA's year
])
def test_marks_standing_where_a_house_reads_its_place_or_year_stay(raw):
    from histkit.citations.imprintgaps import without_imprint_gaps

    assert without_imprint_gaps(raw) == raw
