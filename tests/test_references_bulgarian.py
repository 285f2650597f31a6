"""Bulgarian references: `Фамилия, И.`, `С., Издател, 1986`, articles after `–`, `– В:`, `Ред.`, `Прев.`, repeats, lead-ins."""

import pytest

from conftest import cite, fields, one_citation

from histkit.citations import parse_reference


def test_book_with_the_publisher_after_the_abbreviated_place():
    ref = parse_reference("Колев, К. Тютюневите складове. С., Земиздат, 1975, с. 45.")
    assert fields(ref, "authors", "title", "place", "publisher", "year", "pages") == \
        ("Колев, К.", "Тютюневите складове", "С.", "Земиздат", "1975", "с. 45")


def test_publisher_of_several_words_after_a_place_in_full():
    ref = parse_reference("Колев, К. Тютюневите складове. Варна, Георги Бакалов, 1975, с. 45.")
    assert fields(ref, "place", "publisher", "year") == ("Варна", "Георги Бакалов", "1975")


def test_volume_before_the_imprint_is_not_the_place():
    ref = parse_reference("Колев, К. Тютюневите складове. Т. 2. С., Земиздат, 1975, с. 45.")
    assert fields(ref, "title", "volume", "place", "publisher") == ("Тютюневите складове", "2", "С.", "Земиздат")


@pytest.mark.parametrize("volume", ["", " Т. 12,"])
def test_article_after_a_dash_with_or_without_a_volume(volume):
    ref = parse_reference(f"Колев, К. Тютюнът. – Известия на Българското историческо дружество,{volume} 1975, № 4, с. 3–20.")
    assert fields(ref, "authors", "title", "container", "year", "pages") == \
        ("Колев, К.", "Тютюнът", "Известия на Българското историческо дружество", "1975", "с. 3–20")


def test_chapter_after_v_leaves_the_editor_out():
    ref = parse_reference("Колев, К. Тютюнът. – В: Стопанска история. Ред. П. Павлов. С., 1981, с. 10–20.")
    assert fields(ref, "title", "container", "place", "year") == ("Тютюнът", "Стопанска история", "С.", "1981")


def test_translator_is_not_part_of_the_title():
    assert parse_reference("Браун, Дж. Селото. Прев. от англ. С., 1992, с. 14.")["title"] == "Селото"


def test_a_title_with_years_in_brackets_keeps_its_imprint():
    ref = parse_reference("Колев, К. Тютюнът (1890–1912). С., 1975, с. 4.")
    assert fields(ref, "title", "place", "year") == ("Тютюнът (1890–1912)", "С.", "1975")


def test_two_authors_the_second_with_initials_first():
    ref = parse_reference("Колев, К., П. Павлов. Тютюнът. Пловдив, 1975, 240 с.")
    assert fields(ref, "authors", "title", "place", "year", "pages") == ("Колев, К., П. Павлов", "Тютюнът", "Пловдив", "1975", "")


def test_pak_tam_and_cit_sach_repeat_the_reference():
    cited = cite("Колев, К. Тютюнът. С., 1975, с. 4.", "Пак там, с. 5.", "Павлов, П. Селото. С., 1980.",
                 "Колев, К. Цит. съч., с. 9.")
    assert cited.citations[["kind", "ibid_of"]].values.tolist()[1] == ["ibid", "1:1"]
    assert cited.references.ref_of.tolist() == ["", "1:1", "", "1:1"]  # `Пак там` is a row of its own too


@pytest.mark.parametrize("same", ["Същият", "Същата"])
def test_the_same_author_takes_the_authors_of_the_reference_before(same):
    cited = cite("Колева, К. Тютюнът. С., 1975, с. 4.", f"{same}. Селото. С., 1980, с. 8.")
    assert cited.references[["authors", "title", "year"]].values.tolist()[-1] == ["Колева, К.", "Селото", "1980"]


@pytest.mark.parametrize("lead", ["Вж.", "Вж. също", "Цит. по:"])
def test_lead_ins_are_cut_off(lead):
    assert one_citation(f"{lead} Колев, К. Тютюнът. С., 1975, с. 4.").raw == "Колев, К. Тютюнът. С., 1975, с. 4."


def test_journal_abbreviated_after_the_dash():
    ref = parse_reference("Колев, К. Тютюнът. – Год. на СУ, 1975, т. 5, с. 3–20.")
    assert fields(ref, "authors", "title", "container", "year") == ("Колев, К.", "Тютюнът", "Год. на СУ", "1975")


def test_the_surname_alone_before_cit_sach_points_to_the_full_reference():
    cited = cite("Колев, К. Тютюнът. С., 1975, с. 4.", "Павлов, П. Селото. С., 1980.", "Колев. Цит. съч., с. 9.")
    assert cited.references[["authors", "pages", "ref_of"]].values.tolist()[-1] == ["Колев", "с. 9", "1:1"]


@pytest.mark.parametrize("paper", ["в. Мир", "Мир"])
def test_newspaper_issue_with_its_number_before_the_day(paper):
    cited = cite(f"{paper}, бр. 1234, 12 май 1910, с. 2.")
    assert cited.citations[["kind", "date_start"]].values.tolist() == [["press", "1910-05-12"]]
    ref = parse_reference(f"{paper}, бр. 1234, 12 май 1910, с. 2.")
    assert (ref["container"], ref["year"]) == ("Мир", "1910")


def test_edition_is_not_part_of_the_title():
    assert parse_reference("Колев, К. Тютюнът. 2. изд. С., 1975.")["title"] == "Тютюнът"
