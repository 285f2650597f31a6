"""Shapes of reference round 12 that recur beyond it: a title's bracketed translation, a reprint's bracket opening with
the original's year, a lead of two words with a comma between them, the words saying a work is a thesis, an ordinal
with a suffix before an edition word, GOST's style in Turkic Latin letters, and a newspaper's issue with its place
in brackets or its page after a page mark without a full stop."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference
from histkit.citations.editions import without_reprint_original
from histkit.citations.glosses import without_glosses
from histkit.citations.theses import without_thesis_clause


def _kinds(text: str) -> list[str]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).citations.kind.tolist()


def test_a_bracketed_translation_after_a_title_is_no_part_of_it():
    ref = parse_reference("Mori Akira, Mura no keizai [The village economy] (Kyoto: Hōzōkan, 1972), p. 8.")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"]) == ("Mori Akira", "Mura no keizai", "Kyoto", "1972")


def test_a_bracketed_translation_after_a_quoted_title_is_no_part_of_it():
    ref = parse_reference('Mori Akira, "Kome no ichiba" [The rice market], Keizai shi 41:2 (1972), pp. 3–20.')
    assert (ref["title"], ref["year"]) == ("Kome no ichiba", "1972")


def test_brackets_holding_a_number_or_one_word_are_no_translation():
    assert without_glosses("Mori, Mura (Kyoto, 1972 [1st ed. 1950])") == "Mori, Mura (Kyoto, 1972 [1st ed. 1950])"
    assert without_glosses("Mori, Mura [sic], p. 4") == "Mori, Mura [sic], p. 4"


def test_the_original_year_opening_a_reprint_bracket_leaves_the_reprint_imprint():
    assert without_reprint_original("Mori, Mura (1802; repr., Osaka: Seibundō, 1980), p. 5") \
        == "Mori, Mura (Osaka: Seibundō, 1980), p. 5"


def test_a_reprint_is_read_with_its_own_year():
    ref = parse_reference("Mori Akira, Mura no keizai (1802; repr., Osaka: Seibundō, 1980), p. 5.")
    assert (ref["title"], ref["place"], ref["publisher"], ref["year"]) == ("Mura no keizai", "Osaka", "Seibundō", "1980")


def test_a_lead_of_two_words_with_a_comma_between_them_is_no_author():
    ref = parse_reference("Ikus, halaber, Miren Etxeberria, Herriko eskolak (Iruñea: Pamiela, 1999), 45. or.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("Miren Etxeberria", "Herriko eskolak", "1999")


def test_the_words_saying_a_work_is_a_thesis_are_taken_out():
    assert without_thesis_clause("A. Brown, Mill towns, unpublished PhD thesis, University of Leeds, 1990") \
        == "A. Brown, Mill towns, University of Leeds, 1990"


def test_thesis_words_ending_the_reference_or_opening_a_title_stay():
    assert without_thesis_clause("A. Brown, Mill towns, PhD thesis") == "A. Brown, Mill towns, PhD thesis"
    assert without_thesis_clause("A. Braun, Dissertation und Buch, 1990") == "A. Braun, Dissertation und Buch, 1990"


def test_an_edition_after_a_hyphenated_ordinal_is_no_part_of_the_title():
    ref = parse_reference("Hüseynova L.Ə. Kənd məktəbləri. 3-cü nəşr. Bakı: Maarif, 1988, s. 14.")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"]) == ("Hüseynova L.Ə.", "Kənd məktəbləri", "Bakı", "1988")


def test_a_gost_reference_in_turkic_latin_letters_reads_its_initials():
    ref = parse_reference("Əliyev Ş.Ə. Kənd məktəbləri. Bakı: Maarif, 1988, s. 14.")
    assert (ref["authors"], ref["title"], ref["publisher"]) == ("Əliyev Ş.Ə.", "Kənd məktəbləri", "Maarif")


def test_a_newspaper_with_its_place_of_two_words_in_brackets_is_an_issue():
    assert _kinds("El Diario (San Juan), 4 de mayo de 1920, p. 2.") == ["press"]


def test_a_newspaper_issue_with_a_page_mark_without_a_full_stop_is_an_issue():
    assert _kinds("An Nuacht, 4 Márta 1920, lch 2.") == ["press"]


def test_a_gost_chapter_in_a_volume_cited_before_needs_no_year():
    ref = parse_reference("Əliyev Ş.Ə. Kənd məktəbləri // Maarif tarixi. C. 3, s. 40–52.")
    assert (ref["authors"], ref["title"], ref["container"], ref["volume"], ref["year"]) == (
        "Əliyev Ş.Ə.", "Kənd məktəbləri", "Maarif tarixi", "3", "")


def test_a_gost_container_with_neither_year_nor_volume_is_no_chapter():
    ref = parse_reference("Əliyev Ş.Ə. Kənd məktəbləri // Maarif tarixi, s. 40–52.")
    assert ref["container"] != "Maarif tarixi"


def test_a_journal_volume_and_issue_joined_by_a_colon():
    ref = parse_reference('Mori Akira, "Kome no ichiba", Keizai shi 41:2 (1972), pp. 3–20.')
    assert (ref["container"], ref["volume"], ref["issue"], ref["year"]) == ("Keizai shi", "41", "2", "1972")


def test_an_edited_volume_cited_by_its_title_reads_its_editor_title_and_imprint():
    ref = parse_reference("Village schools, ed. L. Smith, vol. 2, London, Grove, 1999, pp. 20–31.")
    assert (ref["authors"], ref["title"], ref["volume"], ref["place"], ref["year"]) == (
        "L. Smith", "Village schools", "2", "London", "1999")


def test_a_book_with_an_author_keeps_its_editor_after_the_title():
    ref = parse_reference("J. Brown, Village schools, ed. L. Smith, London, Grove, 1999, p. 20.")
    assert (ref["authors"], ref["title"]) == ("J. Brown", "Village schools")
