"""Czech and Slovak references as STN ISO 690 writes them (the ABNT reader's family): written for the test."""

from histkit.citations import split_citations
from histkit.citations.references import parse_reference


def test_a_book_with_a_spaced_colon_gives_its_imprint_and_not_its_extent_as_pages():
    ref = parse_reference("KOVÁČIK, Milan. Mlyny na Orave 1850 – 1900. Martin : Osveta, 1987. 214 s.")
    assert (ref["authors"], ref["title"]) == ("KOVÁČIK, Milan", "Mlyny na Orave 1850 – 1900")
    assert (ref["place"], ref["publisher"], ref["year"], ref["pages"]) == ("Martin", "Osveta", "1987", "")


def test_a_journal_after_in_gives_its_year_volume_and_issue():
    ref = parse_reference("BELANOVÁ, Jana. Cechy v Trnave. In Slovenská archivistika, 1979, roč. 14, č. 2, s. 77-90.")
    assert (ref["authors"], ref["title"], ref["container"]) == ("BELANOVÁ, Jana", "Cechy v Trnave",
                                                                 "Slovenská archivistika")
    assert (ref["year"], ref["volume"], ref["issue"]) == ("1979", "14", "2")


def test_two_authors_joined_by_a_spaced_dash_and_three_by_commas_are_the_authors():
    two = parse_reference("HOLEC, Ivan – MARKO, Pavol. Trhy v Nitre. Nitra : UKF, 2001, s. 12.")
    three = parse_reference("HOLEC, Ivan, MARKO, Pavol, SIVÁK, Eva. Trhy v Nitre. Nitra : UKF, 2001, s. 12.")
    assert two["authors"] == "HOLEC, Ivan – MARKO, Pavol"
    assert three["authors"] == "HOLEC, Ivan, MARKO, Pavol, SIVÁK, Eva"
    assert two["title"] == three["title"] == "Trhy v Nitre"


def test_the_translator_edition_and_volume_sentences_are_not_the_title():
    ref = parse_reference("DORN, Hans. Dejiny lesa. Prel. Ema Krátka. 2. vyd. Zv. 3. Bratislava : Veda, 1990, s. 8.")
    assert (ref["title"], ref["volume"], ref["year"], ref["pages"]) == ("Dejiny lesa", "3", "1990", "s. 8")


def test_the_same_authors_word_opens_a_reference_in_capitals():
    ref = parse_reference("TÍŽE. Dejiny lesa. Bratislava : Veda, 1990, s. 8.")
    assert (ref["title"], ref["place"], ref["year"]) == ("Dejiny lesa", "Bratislava", "1990")


def test_a_chapter_is_not_cut_at_the_full_stop_after_its_editors():
    note = "VAJDA, Ján. Pltníci. In BENKO, Eva (ed.). Rieky a ľudia. Žilina : EDIS, 2003, s. 40-52, tu s. 44."
    segments = [s.raw for s in split_citations(note) if s.role == "citation"]
    ref = parse_reference(segments[0])
    assert segments == [note]
    assert (ref["title"], ref["container"], ref["year"], ref["pages"]) == ("Pltníci", "Rieky a ľudia", "2003", "s. 44")
