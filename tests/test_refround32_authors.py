"""Authors and editors written the many ways notes write them (reference round 32): written for the test."""

from histkit.citations.colist import co_authors_named
from histkit.citations.colon import colon_op_cit
from histkit.citations.corporate import corporate_head
from histkit.citations.editedfirst import editor_first
from histkit.citations.extract import cite_document, default_matcher
from histkit.citations.namecolon import name_colon
from histkit.citations.names import is_name, names_joined
from histkit.citations.references import parse_reference
from histkit.dates import find_dates


def _references(*notes: str) -> list[dict]:
    found = cite_document("d", [(str(n), text) for n, text in enumerate(notes, 1)], default_matcher().copy())
    return found.references


def test_an_iso_690_book_in_cyrillic_marks_its_pages_with_the_cyrillic_s():
    ref = parse_reference("ПЕТРЕНКО, Іван. Млини на Латориці. Ужгород: Карпати, 2001, с. 12.")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("ПЕТРЕНКО, Іван", "Млини на Латориці", "с. 12")


def test_an_iso_690_journal_may_print_its_volume_before_its_year():
    ref = parse_reference("ПЕТРЕНКО, Іван. Млини. In: Русин, роч. 3, 2010, ч. 2, с. 5–20.")
    assert (ref["container"], ref["year"], ref["volume"], ref["issue"]) == ("Русин", "2010", "3", "2")


def test_an_iso_690_chapter_may_join_its_two_editors_by_a_word_for_and():
    ref = parse_reference("ГАЙ, Іван. Млини. In: ЛЕШКО, Олена і ТКАЧ, Петро (ред.). Села. Ужгород: Карпати, 2005, с. 11–30.")
    assert (ref["title"], ref["container"], ref["year"]) == ("Млини", "Села", "2005")


def test_an_op_cit_naming_three_surnames_repeats_their_work_not_an_edition_one_of_them_edited_later():
    refs = _references("A. Baker, C. Dunn, E. Frost, Mills of the Wye, Hereford, Logaston, 1990, p. 3.",
                       "Letters of the Wye, ed. E. Frost and G. Hale, London, Pitman, 1995, p. 4.",
                       "Baker, Dunn, Frost, op. cit., p. 9.")
    assert (refs[-1]["authors"], refs[-1]["ref_of"]) == ("Baker, Dunn, Frost", "1:1")


def test_a_short_title_that_only_looks_like_names_stays_a_title():
    ref = {"authors": "Smith", "title": "War and Peace", "raw": "Smith, War and Peace, op. cit., 4"}
    assert co_authors_named(ref, [("1:1", {"authors": "John Smith"})])["title"] == "War and Peace"


def test_names_before_an_op_cit_colon_may_hold_a_particle():
    assert colon_op_cit("FERNÁNDEZ GARCÍA y de la Fuente: ob. cit., p. 60.")


def test_several_full_names_before_a_colon_are_the_authors_when_a_word_for_and_closes_the_list():
    head = name_colon('Ana Pérez, Luis Gil y Eva Sanz: "Los molinos", Hispania, 12 (1990), pp. 1-20.')
    assert head.group("authors") == "Ana Pérez, Luis Gil y Eva Sanz"


def test_a_name_then_a_title_before_a_subtitle_colon_is_no_list_of_authors():
    assert name_colon("John Whitfield, Tito's Western Bargain: Yugoslavia and the West, London, 1970") is None
    assert name_colon("Anna Smith, Bread and Roses: The Mill Strikes of 1912, London, 1990") is None


def test_an_edition_cited_by_its_title_keeps_the_dates_in_brackets_in_its_title():
    text = "Le carte del porto (1750-1860), a cura di Rita Sanna, Cagliari, Edes, 1995, p. 3."
    assert editor_first(text) == "Rita Sanna (ed.), Le carte del porto (1750-1860), Cagliari, Edes, 1995, p. 3."


def test_a_ministry_may_name_its_last_remits_with_capitals_joined_by_and():
    text = "Ministry of Agriculture, Fisheries and Food, Report on farming, London, HMSO, 1960."
    assert text[:corporate_head(text)] == "Ministry of Agriculture, Fisheries and Food, "


def test_a_second_person_may_bear_a_surname_that_opens_with_an_article():
    assert names_joined("Kerjean et Le Gall", short=True)
    assert not is_name("Le Monde")


def test_glued_initials_may_hold_two_letters():
    assert is_name("Ch.R. Thompson")


def test_breton_ha_joins_two_authors():
    ref = parse_reference("Yann Kerjean ha Mari Le Gall, Bagoù Konk, Brest, Emgleo Breiz, 1998, p. 4.")
    assert ref["authors"] == "Yann Kerjean ha Mari Le Gall"


def test_sardinian_breton_and_romansh_days_are_dates():
    found = [find_dates(text)[0].date_start for text in ("3 martzu 1895", "3 a viz Meurzh 1911", "3 da mars 1911")]
    assert found == ["1895-03-03", "1911-03-03", "1911-03-03"]
