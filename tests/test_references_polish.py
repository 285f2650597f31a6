"""Polish references: place and year without a comma, the journal in quotes, `w:` and `red.`, `t.`, `tamże`, `dz. cyt.`."""

import pytest

from conftest import cite, fields, one_citation

from histkit.citations import parse_reference


@pytest.mark.parametrize("authors", ["J. Kowalski", "Kowalski J."])
def test_book_with_place_and_year(authors):
    ref = parse_reference(f"{authors}, Kasy oszczędnościowe w Galicji, Warszawa 1998, s. 45.")
    assert fields(ref, "authors", "title", "place", "year", "pages") == \
        (authors, "Kasy oszczędnościowe w Galicji", "Warszawa", "1998", "s. 45")


def test_article_with_the_journal_in_quotes_after_an_unquoted_title():
    ref = parse_reference("A. Nowak, Spółdzielczość wiejska, „Kwartalnik Historyczny” 1995, nr 3, s. 12–30.")
    assert fields(ref, "authors", "title", "container", "year", "issue", "pages") == \
        ("A. Nowak", "Spółdzielczość wiejska", "Kwartalnik Historyczny", "1995", "3", "s. 12–30")


@pytest.mark.parametrize("volume", ["R. 38", "t. 38"])
def test_journal_volume_before_the_year_and_the_issue_after_it(volume):
    ref = parse_reference(f"M. Wiśniewski, Bank Krajowy we Lwowie, „Studia Historyczne” {volume}, 1995, z. 2, s. 201–219.")
    assert fields(ref, "authors", "title", "container", "volume", "year", "issue") == \
        ("M. Wiśniewski", "Bank Krajowy we Lwowie", "Studia Historyczne", "38", "1995", "2")


@pytest.mark.parametrize("inside", ["w:", "[w:]"])
def test_chapter_in_an_edited_book_leaves_the_editor_out(inside):
    ref = parse_reference(f"K. Zielińska, Drobny kredyt na wsi, {inside} Dzieje wsi galicyjskiej, red. A. Nowak, Kraków 2001, s. 10–20.")
    assert fields(ref, "authors", "title", "container", "place", "year") == \
        ("K. Zielińska", "Drobny kredyt na wsi", "Dzieje wsi galicyjskiej", "Kraków", "2001")


def test_volume_and_edition_are_not_part_of_the_title():
    assert fields(parse_reference("T. Lewandowski, Historia gospodarcza Polski, t. 2, Warszawa 1978, s. 300."),
                   "title", "volume") == ("Historia gospodarcza Polski", "2")
    assert parse_reference("H. Dąbrowski, Towarzystwa zaliczkowe, wyd. 2, Poznań 1965, s. 12.")["title"] == "Towarzystwa zaliczkowe"


def test_translator_is_not_part_of_the_title():
    assert parse_reference("E. Smith, Rural credit in Europe, tłum. J. Nowak, Warszawa 1970, s. 8.")["title"] == "Rural credit in Europe"


def test_et_al_after_the_author():
    row = one_citation("Szerzej: R. Kamiński i in., Samorząd gminny w Galicji, Lwów 1910, s. 77.")
    assert row.kind == "literature"
    assert parse_reference(row.raw)["authors"] == "R. Kamiński"


@pytest.mark.parametrize("lead", ["Zob.", "Por.", "Szerzej:", "Zob. też:"])
def test_lead_ins_are_cut_off(lead):
    assert one_citation(f"{lead} W. Kula, Problemy i metody historii gospodarczej, Warszawa 1963, s. 120.").raw == \
        "W. Kula, Problemy i metody historii gospodarczej, Warszawa 1963, s. 120."


@pytest.mark.parametrize("short", ["J. Kowalski, dz. cyt., s. 60.", "J. Kowalski, op. cit., s. 60.",
                                   "J. Kowalski, Kasy oszczędnościowe…, s. 60.", "Kowalski, Kasy oszczędnościowe, s. 60."])
def test_short_forms_point_to_the_full_reference(short):
    cited = cite("J. Kowalski, Kasy oszczędnościowe w Galicji, Warszawa 1998, s. 45.", "A. Nowak, Spółdzielnie, Kraków 1990.", short)
    assert cited.references.ref_of.tolist() == ["", "", "1:1"]


def test_tamze_repeats_the_reference_before():
    cited = cite("J. Kowalski, Kasy oszczędnościowe w Galicji, Warszawa 1998, s. 45.", "Tamże, s. 50.")
    assert cited.citations[["kind", "ibid_of"]].values.tolist() == [["literature", ""], ["ibid", "1:1"]]


def test_quoted_article_title_before_a_quoted_journal():
    ref = parse_reference("A. Nowak, „Spółdzielczość wiejska”, „Kwartalnik Historyczny” 1995, nr 3, s. 12–30.")
    assert fields(ref, "title", "container", "year", "issue") == ("Spółdzielczość wiejska", "Kwartalnik Historyczny", "1995", "3")


def test_journal_volume_after_the_year():
    ref = parse_reference("J. Kowalski, Kasy, „Roczniki Dziejów Społecznych” 1960, t. 22, s. 1–20.")
    assert fields(ref, "authors", "title", "container", "year", "volume") == \
        ("J. Kowalski", "Kasy", "Roczniki Dziejów Społecznych", "1960", "22")


def test_and_following_pages_and_two_places():
    ref = parse_reference("Kowalski Jan, Kasy Stefczyka, Warszawa–Kraków 1990, s. 45 i n.")
    assert fields(ref, "authors", "title", "place", "year") == ("Kowalski Jan", "Kasy Stefczyka", "Warszawa–Kraków", "1990")


def test_edition_with_its_note_is_left_out_and_the_title_is_not_taken_for_a_name():
    ref = parse_reference("J. Kowalski, Kasy Stefczyka, wyd. 2 popr., Warszawa 1990, s. 45.")
    assert fields(ref, "authors", "title") == ("J. Kowalski", "Kasy Stefczyka")


def test_short_title_before_w_is_the_title_not_an_author():
    ref = parse_reference("Kowalski J., Nowak A., Kasy, [w:] Studia, red. B. Zieliński, Poznań 1970, s. 5–9.")
    assert fields(ref, "authors", "title", "container") == ("Kowalski J., Nowak A.", "Kasy", "Studia")


def test_newspaper_in_quotes_with_its_number_and_page():
    ref = parse_reference("„Gazeta Lwowska”, 12 marca 1905, nr 58, s. 2.")
    assert (ref["container"], ref["year"], ref["pages"]) == ("Gazeta Lwowska", "1905", "s. 2")
    assert cite("„Gazeta Lwowska”, 12 marca 1905, nr 58, s. 2.").citations.kind.tolist() == ["press"]


def test_tenze_takes_the_authors_of_the_reference_before():
    cited = cite("J. Kowalski, Kasy, Warszawa 1998, s. 45.", "Tenże, Towarzystwa kredytowe, Lwów 1912, s. 3.")
    assert cited.references[["authors", "title", "year"]].values.tolist()[1] == ["J. Kowalski", "Towarzystwa kredytowe", "1912"]


def test_journal_volume_with_the_year_in_brackets():
    ref = parse_reference("A. Nowak, Spółdzielczość wiejska, „Kwartalnik Historyczny” 102 (1995), nr 3, s. 12–30.")
    assert fields(ref, "container", "volume", "year", "issue") == ("Kwartalnik Historyczny", "102", "1995", "3")
