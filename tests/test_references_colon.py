"""The Slovene, Czech and Slovak colon style: `Ime Priimek: Naslov. Kraj : Založba, leto, str. 45.`, `Priimek, Ime:`."""

import pytest

from conftest import cite, fields

from histkit.citations import parse_reference, split_citations


def test_slovene_book_with_place_colon_publisher_and_str_pages():
    ref = parse_reference("Janez Novak: Kmetje in mesto. Ljubljana : Slovenska matica, 1990, str. 45.")
    assert fields(ref, "authors", "title", "place", "publisher", "year", "pages") == \
        ("Janez Novak", "Kmetje in mesto", "Ljubljana", "Slovenska matica", "1990", "45")


def test_slovene_article_with_volume_year_and_issue_after_commas():
    ref = parse_reference("Mojca Kralj: Sirarne. Zgodovinski časopis, 44, 1990, št. 2, str. 12–30.")
    assert fields(ref, "authors", "title", "container", "volume", "year", "issue", "pages") == \
        ("Mojca Kralj", "Sirarne", "Zgodovinski časopis", "44", "1990", "2", "12–30")


def test_chapter_after_v_leaves_the_editor_in_brackets_out():
    ref = parse_reference("Tone Zorn: Zadruge. V: Kmetijstvo na Slovenskem (ur. Ivo Kos). Maribor : Obzorja, 2001, str. 1–9.")
    assert fields(ref, "authors", "title", "container", "place", "year", "pages") == \
        ("Tone Zorn", "Zadruge", "Kmetijstvo na Slovenskem", "Maribor", "2001", "1–9")


def test_volume_word_before_its_number_is_the_volume_not_the_title():
    ref = parse_reference("Ivo Lesar: Gospodarstvo. Zv. 2. Celje : Mohorjeva, 1979, str. 310.")
    assert fields(ref, "title", "volume", "year") == ("Gospodarstvo", "2", "1979")


def test_two_authors_joined_by_the_languages_and():
    assert parse_reference("Ana Vrh in Jože Dol: Planine. Kranj : Gorenjski muzej, 1912.")["authors"] == \
        "Ana Vrh in Jože Dol"


@pytest.mark.parametrize("text, authors, place, publisher", [
    ("Novák, Jan: Dějiny spolků. Praha 1990, s. 45.", "Novák, Jan", "Praha", ""),
    ("NOVÁK, Ján: Dejiny družstiev. Bratislava : Veda, 1990, s. 12–14.", "NOVÁK, Ján", "Bratislava", "Veda"),
])
def test_czech_and_slovak_family_name_comma_given_name_colon(text, authors, place, publisher):
    assert fields(parse_reference(text), "authors", "place", "publisher") == (authors, place, publisher)


def test_czech_article_with_c_for_the_issue():
    ref = parse_reference("Jan Novák: Spolky. Český časopis historický, 95, 1997, č. 2, s. 301–330.")
    assert fields(ref, "container", "volume", "year", "issue", "pages") == \
        ("Český časopis historický", "95", "1997", "2", "301–330")


@pytest.mark.parametrize("note", ["Prim. Janez Novak: Kmetje. Ljubljana : Slovenska matica, 1990.",
                                  "Gl. Janez Novak: Kmetje. Ljubljana : Slovenska matica, 1990.",
                                  "O tem več v: Janez Novak: Kmetje. Ljubljana : Slovenska matica, 1990."])
def test_lead_in_before_the_authors_colon_is_not_the_author(note):
    assert parse_reference(note)["authors"] == "Janez Novak"
    assert [s.role for s in split_citations(note)][-1] == "citation"


def test_a_reference_with_the_authors_colon_alone_in_its_note_is_a_citation_not_commentary():
    assert [s.role for s in split_citations("Janez Novak: Kmetje. Ljubljana : Slovenska matica, 1990, str. 45.")] == \
        ["citation"]


def test_short_form_with_colon_and_str_points_to_the_full_reference():
    cited = cite("Janez Novak: Kmetje in mesto. Ljubljana : Slovenska matica, 1990, str. 45.", "Novak: Kmetje, str. 50.")
    assert cited.references[["ref_of", "year", "pages"]].values.tolist()[-1] == ["1:1", "1990", "50"]


def test_ista_with_a_colon_takes_the_authors_of_the_reference_before():
    cited = cite("Mojca Kralj: Sirarne. Kranj : Gorenjski muzej, 1990.", "Ista: Kmečka žena. Kranj : Gorenjski muzej, 1995.")
    assert cited.references[["authors", "title", "year"]].values.tolist()[-1] == ["Mojca Kralj", "Kmečka žena", "1995"]


def test_ista_before_a_quoted_title_keeps_the_title_and_takes_the_authors_before():
    cited = cite("Ana Šumi, »Spomin«, Kronika 60, št. 1 (2012), str. 1–9.", "Ista, »Vas in oblast«, Kronika 62, št. 3 (2014).")
    assert cited.references[["authors", "title"]].values.tolist()[-1] == ["Ana Šumi", "Vas in oblast"]


def test_semicolon_after_a_slovene_quotation_separates_two_citations():
    note = "Praprotnik, »Kolektivizacija«, str. 12; Jože Praprotnik, Agrarna politika, Ljubljana, 1979, str. 301."
    assert [s.raw for s in split_citations(note) if s.role == "citation"] == \
        ["Praprotnik, »Kolektivizacija«, str. 12", "Jože Praprotnik, Agrarna politika, Ljubljana, 1979, str. 301."]


def test_a_cyrillic_title_colon_is_left_to_gost():
    ref = parse_reference("Иванов И. И. Земство : очерки. М., 1995. С. 12.")
    assert fields(ref, "authors", "title") == ("Иванов И. И.", "Земство : очерки")
