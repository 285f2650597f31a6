"""A full stop after the authors' names where other styles put a comma (`Eesnimi Nimi. Pealkiri. Tallinn: …`): the
names are the authors and what follows the title, in a language no list holds, and in the short form
(`Nimi. Pealkiri, lk 60`); a lead word, an archive's name or GOST's initials before a full stop are no authors."""

from histkit.citations import parse_reference
from histkit.citations.namestop import name_stop
from histkit.citations.references import looks_like_literature


def test_the_names_before_a_full_stop_are_the_authors_of_a_book():
    ref = parse_reference("Mart Kask. Küla koolid 1850–1900. Tartu: Ilmamaa, 1999, lk 14–20.")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"]) == ("Mart Kask", "Küla koolid 1850–1900", "Tartu", "1999")


def test_initials_before_the_surname_stay_with_it():
    ref = parse_reference("K. Ozols. Dzirnavas Kurzemē. Rīga: Liesma, 1977, 12. lpp.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("K. Ozols", "Dzirnavas Kurzemē", "1977")


def test_a_surname_before_a_full_stop_and_a_short_title_with_its_page_is_a_short_form():
    ref = parse_reference("Kask. Küla koolid, lk 60.")
    assert (ref["authors"], ref["title"]) == ("Kask", "Küla koolid")


def test_a_whole_reference_in_the_full_stop_style_reads_as_literature():
    assert looks_like_literature("Mart Kask. Küla koolid. Tartu: Ilmamaa, 1999, lk 14.")


def test_one_word_before_a_full_stop_and_a_whole_reference_is_no_author():
    assert name_stop("Qrzv. KASK, Mart. Küla koolid. Tartu : Ilmamaa, 1999, s. 77.") is None


def test_an_archive_or_gost_initials_before_a_full_stop_are_no_authors():
    assert name_stop("Staatsarchiv Hamburg. Senat, Cl. VII") is None
    assert name_stop("Петров Дж. Указ. соч. С. 95") is None


def test_a_full_stop_style_reference_after_a_lead_word_reads_as_literature():
    assert looks_like_literature("vt ka K. Ozols. Dzirnavas. Kurzemes Vēstis, 1999, Nr. 2, 40.–52. lpp.")
