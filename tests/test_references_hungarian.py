"""Hungarian references: `Név: Cím.`, the imprint and pages without `p.`, `(év)` journals, `In:`, `szerk.`, `Uo.`, `Uő`, `i. m.`."""

import pytest

from conftest import cite, fields, one_citation

from histkit.citations import parse_reference


def test_book_with_the_authors_colon_and_pages_without_a_mark():
    ref = parse_reference("Kiss Ferenc: A tanyák világa. Falu és puszta. Budapest, Gondolat Kiadó, 1984. 45–50.")
    assert fields(ref, "authors", "title", "place", "publisher", "year", "pages") == \
        ("Kiss Ferenc", "A tanyák világa. Falu és puszta", "Budapest", "Gondolat Kiadó", "1984", "45–50")


def test_article_with_the_volume_the_year_in_brackets_and_the_issue():
    ref = parse_reference("Lakatos Mária: Uradalmi cselédek. Történelmi Figyelő, 61. évf. (1987) 2. sz. 101–130.")
    assert fields(ref, "authors", "title", "container", "volume", "year", "issue", "pages") == \
        ("Lakatos Mária", "Uradalmi cselédek", "Történelmi Figyelő", "61", "1987", "2", "101–130")


@pytest.mark.parametrize("inside", ["In: Szerk. Bodó Imre: Vidéki városok.", "In: Bodó Imre (szerk.): Vidéki városok.",
                                    "In: Vidéki városok. Szerk. Bodó Imre.", "In: Vidéki városok. Szerk.: Bodó Imre.",
                                    "In: Szerk.: Bodó Imre: Vidéki városok."])
def test_chapter_in_an_edited_book_leaves_the_editor_out(inside):
    ref = parse_reference(f"Papp Gizella: A piactér. {inside} Debrecen, 1993. 12–30.")
    assert fields(ref, "authors", "title", "container", "place", "year", "pages") == \
        ("Papp Gizella", "A piactér", "Vidéki városok", "Debrecen", "1993", "12–30")


def test_two_authors_joined_by_a_dash():
    assert parse_reference("Kiss Ferenc – Papp Gizella: Vásárok. Pécs, 1999.")["authors"] == "Kiss Ferenc – Papp Gizella"


def test_a_colon_inside_an_english_title_is_not_an_authors_colon():
    ref = parse_reference("Mark Hale, Sheep: A Study (London: Longman, 1970), 8.")
    assert fields(ref, "authors", "title", "publisher") == ("Mark Hale", "Sheep: A Study", "Longman")


@pytest.mark.parametrize("lead", ["Lásd", "Lásd még", "Vö.", "Ld."])
def test_lead_ins_before_the_authors_colon_are_cut_off(lead):
    assert one_citation(f"{lead} Kiss Ferenc: A tanyák világa. Budapest, 1984. 45.").raw == \
        "Kiss Ferenc: A tanyák világa. Budapest, 1984. 45."


def test_i_m_points_to_the_full_reference_by_the_family_name():
    cited = cite("Kiss Ferenc: A tanyák világa. Budapest, 1984. 45.", "Papp Gizella: Vásárok. Pécs, 1999.", "Kiss: i. m. 47.")
    assert cited.references.ref_of.tolist() == ["", "", "1:1"]
    assert cited.references.pages.tolist()[-1] == "47"


def test_uo_with_a_page_repeats_the_reference_before():
    cited = cite("Kiss Ferenc: A tanyák világa. Budapest, 1984. 45.", "Uo. 52.")
    assert cited.citations[["kind", "ibid_of", "pages"]].values.tolist() == [["literature", "", "45"], ["ibid", "1:1", "52"]]


@pytest.mark.parametrize("same", ["Uő:", "Uő."])
def test_uo_the_same_author_takes_the_authors_of_the_reference_before(same):
    cited = cite("Kiss Ferenc: A tanyák világa. Budapest, 1984. 45.", f"{same} Vásárok. Pécs, 1999. 8.")
    assert cited.references[["authors", "title", "year"]].values.tolist()[-1] == ["Kiss Ferenc", "Vásárok", "1999"]


@pytest.mark.parametrize("journal", ["Századok, 1987. 2. sz.", "Századok 1987/2."])
def test_article_with_the_year_and_the_issue_but_no_volume(journal):
    ref = parse_reference(f"Lakatos Mária: Uradalmi cselédek. {journal} 101–130.")
    assert fields(ref, "title", "container", "year", "issue", "pages") == ("Uradalmi cselédek", "Századok", "1987", "2", "101–130")


def test_pages_may_end_with_o():
    assert parse_reference("Kiss Ferenc: A tanyák világa. Budapest, 1984. 45–50. o.")["pages"] == "45–50"


@pytest.mark.parametrize("short", ["Kiss: A tanyák világa. 47.", "Kiss: A tanyák… 47."])
def test_short_title_points_to_the_full_reference(short):
    cited = cite("Kiss Ferenc: A tanyák világa. Budapest, 1984. 45.", "Papp Gizella: Vásárok. Pécs, 1999.", short)
    assert cited.references.ref_of.tolist() == ["", "", "1:1"]


def test_a_reference_with_a_year_is_not_read_as_a_short_title():
    ref = parse_reference("Taubman W. Kennedy: The Man. New York, 2003. P. 266.")
    assert (ref["title"], ref["pages"]) != ("The Man. New York, 2003. P", "266")


@pytest.mark.parametrize("lead", ["Lásd pl.", "Lásd erről", "Vö. részletesen"])
def test_words_qualifying_the_lead_in_are_cut_off_with_it(lead):
    assert one_citation(f"{lead} Kiss Ferenc: A tanyák világa. Budapest, 1984. 45.").raw == \
        "Kiss Ferenc: A tanyák világa. Budapest, 1984. 45."


def test_article_in_a_journal_after_in():
    ref = parse_reference("Papp Gizella: A piactér. In: Századok, 124. (1990) 3. sz. 5–9.")
    assert fields(ref, "title", "container", "volume", "year", "issue") == ("A piactér", "Századok", "124", "1990", "3")


def test_prose_before_the_authors_is_not_read_as_their_names():
    ref = parse_reference("A kérdésről részletesen Kiss Ferenc: A tanyák világa. Budapest, 1984. 45.")
    assert fields(ref, "authors", "title", "year") == ("Kiss Ferenc", "A tanyák világa", "1984")


@pytest.mark.parametrize("page", [" 5.", ", 5. o."])
def test_newspaper_issue_dated_year_first_with_its_page_after_the_day(page):
    cited = cite(f"Pesti Napló, 1890. május 3.{page}")
    assert cited.citations[["kind", "date_start"]].values.tolist() == [["press", "1890-05-03"]]
    assert parse_reference(f"Pesti Napló, 1890. május 3.{page}")["container"] == "Pesti Napló"


def test_ifj_before_a_name_belongs_to_it():
    assert parse_reference("ifj. Kiss Ferenc: Vásárok. Pécs, 1999.")["authors"] == "ifj. Kiss Ferenc"
