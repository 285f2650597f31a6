"""A book cited by its title with no author (a statistical yearbook, a census), read by its shape: a title with words
in small letters or a year, then an imprint; a preface's Roman page at a reference's end. The titles and names are made up."""

from histkit.citations.authorless import authorless_book, without_lead
from histkit.citations.references import looks_like_literature, parse_reference


def test_a_title_and_a_place_colon_publisher_and_year_are_a_book():
    assert authorless_book("Qarvo yllbok för Stada 1915, Qorn: Tryqkeri, 1916, s. 12").group("year") == "1916"


def test_a_title_and_a_place_and_year_in_brackets_are_a_book():
    assert authorless_book("Qarvo yllbok för Stada 1915 (Qorn 1916), s. 12").group("year") == "1916"


def test_a_title_and_a_place_and_a_publisher_of_two_words_are_a_book():
    assert authorless_book("Annuel qarvo de la Stada, Qorn, Imprimerie Vrolle, 1931, p. 8").group("year") == "1931"


def test_a_short_title_before_a_place_and_year_alone_is_not_enough():
    assert authorless_book("Qarvo yllbok, Qorn, 1916") is None


def test_a_long_title_before_a_place_and_year_alone_is_a_book():
    assert authorless_book("Qarvo yllbok för den Stada, Qorn, 1916, s. 4").group("year") == "1916"


def test_a_person_before_the_title_is_no_authorless_book():
    assert authorless_book("Jan Qarvo, Yllbok för Stada, Qorn: Tryqkeri, 1916") is None


def test_a_title_capitalised_throughout_without_a_year_is_a_body_not_a_title():
    assert authorless_book("Qorn Stada Tryqkeri, Qorn: Tryqkeri, 1916") is None


def test_an_archive_s_name_first_is_no_book():
    assert authorless_book("Archives de la Stada, fonds du qarvo, Qorn, Imprimerie Vrolle, 1901") is None


def test_an_authorless_book_is_literature_and_keeps_its_title_and_year():
    text = "Qarvo yllbok för Stada 1915, Qorn: Tryqkeri, 1916, s. 12."
    assert looks_like_literature(text)
    assert {k: parse_reference(text)[k] for k in ("authors", "title", "year")} == {
        "authors": "", "title": "Qarvo yllbok för Stada 1915", "year": "1916"}


def test_a_lead_abbreviation_before_an_authorless_book_is_cut():
    assert without_lead("qrv. Qarvo yllbok för Stada, Qorn: Tryqkeri, 1916") == "Qarvo yllbok för Stada, Qorn: Tryqkeri, 1916"


def test_a_lead_abbreviation_before_a_person_stays_for_the_name_readers():
    assert without_lead("Qrv. Jan Qarvo, Yllbok, Qorn: Tryqkeri, 1916") == "Qrv. Jan Qarvo, Yllbok, Qorn: Tryqkeri, 1916"


def test_a_roman_page_ends_a_reference_and_leaves_its_year():
    assert parse_reference("Jan Qarvo, Yllbok för Stada, Qorn, Tryqkeri Vrolle, 1938, p. XXIV.")["year"] == "1938"


def test_prose_that_names_the_author_before_the_work_is_no_authorless_book():
    assert authorless_book("Qu qarvo la vyllbok almeno Jan Qarvo Vrolle, Yllbok för Stada, Qorn: Tryqkeri, 1916") is None


def test_a_sentence_ending_in_a_short_word_before_the_title_is_no_authorless_book():
    assert authorless_book("Il qarvo è vyllbok in Yllbok för Stada, Qorn: Tryqkeri, 1916") is None


def test_prose_before_a_colon_is_no_authorless_book():
    assert authorless_book("Qarvo so vyllbok v: Yllbok för Stada, Qorn: Tryqkeri, 1916") is None


def test_an_editor_in_brackets_leaves_the_book_to_the_other_readers():
    assert authorless_book("Yllbok för Stada. Knj. 2 (qr. Jan Qarvo). Qorn : Tryqkeri, 1995") is None


def test_the_year_before_the_cited_pages_may_close_a_bracket_and_a_sentence():
    assert authorless_book("Qarvo yllbok för Stada 1915 (Qorn 1916)., s. 12").group("year") == "1916"


def test_a_piece_ending_in_no_year_and_citing_no_pages_after_one_is_no_book():
    assert authorless_book("Qarvo yllbok för Stada, Qorn: Tryqkeri, s. 12") is None
