"""Russian (GOST) references and the Ukrainian, Belarusian and Bulgarian notes written the same way: invented notes."""

import pytest

from conftest import cite, fields, one_citation

from histkit.citations import parse_reference


def test_gost_book_with_subtitle_and_publisher_after_spaced_colons():
    ref = parse_reference("Иванов И. И. Земство и школа : очерки истории. М. : Наука, 1991. С. 12–15.")
    assert fields(ref, "authors", "title", "place", "publisher", "year", "pages") == \
        ("Иванов И. И.", "Земство и школа : очерки истории", "М.", "Наука", "1991", "С. 12–15")


def test_gost_book_with_initials_before_the_surname():
    ref = parse_reference("И. И. Иванов, Земская школа в пореформенной России. М., 1987. С. 45.")
    assert fields(ref, "authors", "title", "place", "year", "pages") == \
        ("И. И. Иванов", "Земская школа в пореформенной России", "М.", "1987", "С. 45")


def test_older_notes_with_commas_between_all_parts():
    ref = parse_reference("Г. Ф. Морозов, Сельский учитель, М., 1925, с. 33.")
    assert fields(ref, "authors", "title", "place", "year", "pages") == ("Г. Ф. Морозов", "Сельский учитель", "М.", "1925", "с. 33")


def test_gost_journal_article_after_double_slash_with_year_and_number():
    ref = parse_reference("Петров П. П. Учительские съезды // Вопросы истории. 1995. № 3. С. 12–30.")
    assert fields(ref, "authors", "title", "container", "year", "issue", "pages") == \
        ("Петров П. П.", "Учительские съезды", "Вопросы истории", "1995", "3", "С. 12–30")


def test_gost_chapter_in_an_edited_volume_leaves_the_editor_out_of_the_container():
    ref = parse_reference("Сидоров А. В. Народная школа // Земская Россия : сборник / под ред. В. И. Петрова. СПб., 2003. С. 45–60.")
    assert fields(ref, "title", "container", "place", "year", "pages") == \
        ("Народная школа", "Земская Россия : сборник", "СПб.", "2003", "С. 45–60")


def test_volume_and_issue_marks_of_a_series_are_read():
    ref = parse_reference("Волков Е. Ф. Статистика школ // Известия АН СССР. Сер. История. 1980. Т. 3, вып. 2. С. 5–9.")
    assert fields(ref, "container", "volume", "issue", "year") == ("Известия АН СССР. Сер. История", "3", "2", "1980")


def test_volume_after_the_imprint_of_a_book_is_its_volume_not_its_title():
    ref = parse_reference("Смирнов К. Л. История сельской школы. Л., 1968. Т. 2. С. 100.")
    assert fields(ref, "title", "volume", "place", "year") == ("История сельской школы", "2", "Л.", "1968")


@pytest.mark.parametrize("responsible", ["/ отв. ред. С. П. Рыбаков", "/ сост. Н. В. Чехов", "/ пер. с англ. А. Н. Миронова"])
def test_those_responsible_after_a_slash_are_not_part_of_the_title(responsible):
    ref = parse_reference(f"Очерки истории школы {responsible}. М. : Прогресс, 1960. С. 33.")
    assert fields(ref, "authors", "title", "publisher", "year") == ("", "Очерки истории школы", "Прогресс", "1960")


def test_several_authors_and_et_al_are_the_authors():
    assert parse_reference("Кузнецов Н. Н., Орлов Д. В. Губернские земства. Пг., 1916. 320 с.")["authors"] == \
        "Кузнецов Н. Н., Орлов Д. В."
    assert parse_reference("Жуков А. А. и др. Земства в Сибири. Новосибирск, 1999. С. 4.")["authors"] == "Жуков А. А."


def test_book_length_is_not_the_pages_cited_and_the_edition_is_not_the_title():
    ref = parse_reference("Фёдоров В. А. Крестьянство и просвещение. 2-е изд. М. : Изд-во МГУ, 2001. 320 с.")
    assert fields(ref, "title", "publisher", "pages") == ("Крестьянство и просвещение", "Изд-во МГУ", "")


def test_areas_parted_by_dashes_as_gost_7_1_writes_them():
    ref = parse_reference("Белов Г. М. Земская статистика. – М. : Наука, 1972. – 240 с.")
    assert fields(ref, "authors", "title", "place", "publisher", "year") == ("Белов Г. М.", "Земская статистика", "М.", "Наука", "1972")


@pytest.mark.parametrize("place", ["М.", "Л.", "СПб.", "Пг.", "К.", "Мн.", "М.; Л.", "Новосибирск"])
def test_abbreviated_and_full_places_of_publication(place):
    assert parse_reference(f"Лебедев В. Школьное дело. {place}, 1985. С. 9.")["place"] == place


@pytest.mark.parametrize("lead", ["См.:", "Ср.:", "Подробнее см.:", "Цит. по:", "Див.:"])
def test_lead_ins_are_cut_off(lead):
    row = one_citation(f"{lead} Смирнов К. Л. История сельской школы. Л., 1968. С. 100.")
    assert (row.kind, row.raw) == ("literature", "Смирнов К. Л. История сельской школы. Л., 1968. С. 100.")


def test_short_title_points_to_the_full_reference():
    cited = cite("Смирнов К. Л. История сельской школы. Л., 1968. С. 100.", "Смирнов К. Л. История сельской школы. С. 120.")
    assert cited.citations.kind.tolist() == ["literature", "literature"]
    assert cited.references.ref_of.tolist() == ["", "1:1"]


@pytest.mark.parametrize("op_cit", ["Указ. соч.", "Вказ. праця.", "Цит. съч."])
def test_op_cit_after_the_author_points_to_that_authors_reference(op_cit):
    cited = cite("Петров П. П. Учительские съезды // Вопросы истории. 1995. № 3. С. 12–30.",
                 "Павлов П. П. Земство. М., 1990.", f"Петров П. П. {op_cit} С. 15.")
    assert cited.references.ref_of.tolist() == ["", "", "1:1"]


@pytest.mark.parametrize("ibid", ["Там же. С. 50.", "Там само. С. 50.", "Пак там. С. 50.", "Там жа. С. 50."])
def test_ibid_repeats_the_reference_before(ibid):
    cited = cite("Лебедев В. Школьное дело. Мн., 1985. С. 9.", ibid)
    assert cited.citations[["kind", "ibid_of"]].values.tolist() == [["literature", ""], ["ibid", "1:1"]]


def test_archival_shelfmark_is_not_literature():
    row = one_citation("ГАРФ. Ф. 102. Оп. 1. Д. 12. Л. 3 об.")
    assert (row.kind, row.archive) == ("archival", "GARF")


def test_serbian_comma_style_is_left_to_the_general_reader():
    ref = parse_reference("Н. Мијатов, Југославија и Запад, Београд 2000, 45.")
    assert fields(ref, "authors", "title", "place", "year", "pages") == ("Н. Мијатов", "Југославија и Запад", "Београд", "2000", "45")


def test_older_notes_put_the_journal_in_quotes_after_a_dash():
    ref = parse_reference("И. И. Иванов. Земская школа. — «Вопросы истории», 1995, № 3, с. 12.")
    assert fields(ref, "authors", "title", "container", "year", "issue", "pages") == \
        ("И. И. Иванов", "Земская школа", "Вопросы истории", "1995", "3", "с. 12")


def test_chapter_after_v_kn_is_in_that_book():
    ref = parse_reference("Иванов И. И. Земская школа. — В кн.: Очерки истории школы. М., 1980, с. 5–20.")
    assert fields(ref, "title", "container", "place", "year", "pages") == \
        ("Земская школа", "Очерки истории школы", "М.", "1980", "с. 5–20")


def test_two_places_of_one_imprint_do_not_cut_the_note():
    row = one_citation("Петров П. П. Земство. М.; Л., 1930. С. 3.")
    assert (row.kind, parse_reference(row.raw)["place"]) == ("literature", "М.; Л.")


def test_edition_before_the_imprint_is_not_the_title():
    assert parse_reference("Иванов И. И. Земская школа. Изд. 2-е. М., 1980. 200 с.")["title"] == "Земская школа"


def test_foreign_book_in_a_russian_note_keeps_its_latin_pages():
    ref = parse_reference("Smith J. Rural Schools in Russia. L., 1990. P. 15.")
    assert fields(ref, "authors", "title", "place", "year", "pages") == ("Smith J.", "Rural Schools in Russia", "L.", "1990", "P. 15")


def test_bulgarian_surname_comma_initials_and_sofia_abbreviated():
    ref = parse_reference("Иванов, И. История на България. С., 1990, с. 45.")
    assert fields(ref, "authors", "title", "place", "year", "pages") == ("Иванов, И.", "История на България", "С.", "1990", "с. 45")


def test_dash_before_an_unquoted_journal_of_several_words_opens_the_container():
    ref = parse_reference("Петров, П. Статия за училищата. – Исторически преглед, 1990, № 3, с. 5–20.")
    assert fields(ref, "title", "container", "year", "issue") == ("Статия за училищата", "Исторически преглед", "1990", "3")


def test_dash_before_a_place_stays_the_imprint():
    ref = parse_reference("Иванов И. И. Земство. – 2-е изд. – М. : Наука, 1991. – С. 5.")
    assert fields(ref, "title", "container", "place", "publisher", "year", "pages") == ("Земство", "", "М.", "Наука", "1991", "С. 5")


def test_ukrainian_et_al_after_several_authors():
    assert parse_reference("Коваленко М. П., Шевчук О. І. та ін. Земство. К., 1995. С. 3.")["authors"] == "Коваленко М. П., Шевчук О. І."


def test_collected_works_without_imprint_keep_their_volume():
    ref = parse_reference("Ленин В. И. Полн. собр. соч. Т. 38. С. 12.")
    assert fields(ref, "authors", "title", "volume", "pages") == ("Ленин В. И.", "Полн. собр. соч", "38", "С. 12")


@pytest.mark.parametrize("issue", ["Правда. 1925. 12 мая. С. 2.", "«Правда», 12 мая 1925 г."])
def test_newspaper_issue_is_a_press_citation_read_with_the_paper_as_container(issue):
    cited = cite(issue)
    assert cited.citations.kind.tolist() == ["press"]
    assert cited.citations.date_start.tolist() == ["1925-05-12"]
    assert fields(parse_reference(issue), "container", "year") == ("Правда", "1925")


def test_lead_in_with_for_example_is_cut_off():
    assert one_citation("См., например: Лебедев В. Школьное дело. Мн., 1985. С. 9.").raw == "Лебедев В. Школьное дело. Мн., 1985. С. 9."


def test_cyrillic_reference_naming_its_author_before_a_comma_keeps_that_author():
    assert parse_reference("Милетић, Преломна времена. Београд, 2000.")["authors"] == "Милетић"


def test_ego_zhe_takes_the_authors_of_the_reference_before():
    cited = cite("Иванов И. И. Земство. М., 1991. С. 5.", "Его же. Школа и земство. М., 1995. С. 7.")
    assert cited.references[["authors", "title", "year"]].values.tolist()[1] == ["Иванов И. И.", "Школа и земство", "1995"]


def test_foreign_journal_in_a_russian_note_reads_vol_and_number():
    ref = parse_reference("Smith J. Schools in Russia // Slavic Review. 1990. Vol. 49, № 3. P. 5–20.")
    assert fields(ref, "container", "year", "volume", "issue", "pages") == ("Slavic Review", "1990", "49", "3", "P. 5–20")


def test_article_without_authors_after_double_slash_is_literature():
    cited = cite("Записка о школах // Красный архив. 1925. Т. 8. С. 5–20.")
    assert cited.citations.kind.tolist() == ["literature"]
    assert cited.references[["title", "container", "volume", "year"]].values.tolist() == \
        [["Записка о школах", "Красный архив", "8", "1925"]]


def test_bracketed_et_al_and_and_following_pages():
    ref = parse_reference("Иванов И. И. [и др.] Земство. М., 1991. С. 5 и сл.")
    assert fields(ref, "authors", "title", "pages") == ("Иванов И. И.", "Земство", "С. 5 и сл")
