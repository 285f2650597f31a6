"""Archival citations read by their shape (generality round 7, in-sample): an archive's code defined after the word
saying it holds the papers (`藏`, `所蔵`), after a word for "hereafter" in Uzbek, Mongolian and Arabic and after a
town given with an Arabic comma; an archive the authority lacks before `所蔵` and a quoted title; a Russian holding
whose levels end with full stops, in brackets after a sentence; the next document after a French cote, a manuscript
number or words for the same holding; a book's title before its imprint that has a word like an archive's; each on
invented input."""

from conftest import cite


def rows_of(*texts):
    rows = cite(*texts).citations
    return rows[rows.kind == "archival"].reset_index(drop=True)


def test_a_code_defined_after_the_chinese_held_word_names_the_archive_without_it():
    rows = rows_of("泉州市档案馆藏（以下简称泉档），Q1-2-345，1948年3月。", "泉档，Q1-2-346。")
    assert list(rows.archive_name) == ["泉州市档案馆", "泉州市档案馆"]


def test_a_japanese_library_room_defined_before_its_code_is_an_archive():
    rows = rows_of("東北大学附属図書館資料室所蔵（以下、東北資料室）「某家文書」、一二―三、昭和5年4月2日。")
    assert list(rows.archive_name) == ["東北大学附属図書館資料室"]
    assert list(rows.date_start) == ["1930-04-02"]


def test_an_archive_before_the_japanese_held_word_and_a_quoted_title_opens_a_citation():
    rows = rows_of("某県公文書館所蔵「県会議事録 第二冊」、請求番号一二・Ａ三、昭和3年5月1日。")
    assert list(rows.archive_name) == ["某県公文書館"]
    assert list(rows.unit) == ["請求番号一二・Ａ三"]


def test_an_uzbek_hereafter_word_defines_the_code():
    rows = rows_of("Buxoro viloyati davlat arxivi (bundan keyin – BVDA), 5-fond, 2-ro'yxat, 1930-yil 3-may.",
                   "BVDA, 5-fond, 2-ro'yxat, 14-yig'ma jild.")
    assert list(rows.archive_name) == ["Buxoro viloyati davlat arxivi"] * 2
    assert list(rows.date_start) == ["1930-05-03", ""]


def test_a_mongolian_hereafter_word_defines_the_code():
    rows = rows_of("Дорнод аймгийн архив (цаашид ДАА), ф. 3, д. 1, х/н 12, 1950 оны 4 дүгээр сар.", "ДАА, ф. 3, д. 2.")
    assert list(rows.archive_name) == ["Дорнод аймгийн архив"] * 2


def test_an_arabic_hereafter_word_defines_the_code_after_a_town_given_with_an_arabic_comma():
    rows = rows_of("مركز الوثائق التاريخية، المنامة (فيما بعد: موت)، ملف 3/12، 4 آذار 1935.", "موت، ملف 3/14.")
    assert list(rows.archive_name) == ["مركز الوثائق التاريخية"] * 2
    assert list(rows.date_start) == ["1935-03-04", ""]


def test_a_russian_holding_with_full_stops_in_brackets_after_a_sentence_is_cited():
    rows = rows_of("Губернатор писал об этом не раз (Государственный архив Омской области. Ф. 3. Оп. 2. Д. 45. "
                   "Л. 6. Май 1910 г.).")
    assert list(rows.archive_name) == ["Государственный архив Омской области"]
    assert list(rows.date_start) == ["1910-05-01"]


def test_a_bracket_of_words_after_a_sentence_stays_commentary():
    rows = rows_of("Губернатор писал об этом не раз (в мае и в июне. Так писал и его помощник).")
    assert rows.empty


def test_a_french_cote_after_a_semicolon_is_another_file_of_the_same_archive():
    rows = rows_of("Archives départementales de l'Aude, 5 M 12, 3 mai 1905 ; 5 M 14, s.d.")
    assert list(zip(rows.fond, rows.unit)) == [("5 M", "12"), ("5 M", "14")]
    assert list(rows.date_start) == ["1905-05-03", ""]


def test_a_manuscript_number_after_a_semicolon_is_another_file_of_the_same_archive():
    rows = rows_of("Kent Record Office (hereafter KRO), Add MS 4,512, letter, 2 May 1760; Add MS 4,513, n.d.")
    assert list(rows.archive) == ["KRO", "KRO"]
    # (a library's shelfmark is the unit, whole, with no fond: round 32's rule, as rounds 12-23 wrote manuscripts)
    assert list(rows.unit) == ["Add MS 4,512", "Add MS 4,513"]


def test_words_for_the_same_holding_without_a_unit_keep_the_unit_cited_before():
    rows = rows_of("Archives de la wilaya de Constantine, carton B 12, rapport, 3 mai 1930 ; même carton, note, s.d.")
    assert list(rows.unit) == ["carton B 12", "carton B 12"]
    assert list(rows.date_start) == ["1930-05-03", ""]


def test_a_korean_registry_number_after_words_for_the_same_file_is_another_document():
    rows = rows_of("서울기록원(이하 서기원) 소장, 「시정 보고」, 관리번호 ABC012_01, 1955. 3. 2.; "
                   "같은 문서철, 관리번호 ABC012_02, 날짜 미상.")
    assert list(rows.unit) == ["관리번호 ABC012_01", "관리번호 ABC012_02"]


def test_a_books_title_with_a_word_like_an_archives_before_its_imprint_is_no_archive():
    rows = cite("Jean Dupont, L'institution préfectorale en Algérie, 1848-1870, Paris, Karthala, 1990, t. 2, p. 4."
                ).citations
    assert "archival" not in list(rows.kind)


def test_a_mongolian_span_of_years_with_its_word_at_the_notes_end_is_the_date_not_a_unit():
    rows = rows_of("Дорнод аймгийн архив (цаашид ДАА), ф. 3, д. 1, х/н 12, 1921–1923 он.")
    assert list(rows.unit) == ["д. 1, х/н 12"]
    assert list(zip(rows.date_start, rows.date_end)) == [("1921-01-01", "1923-12-31")]


def test_an_archive_then_the_chinese_held_word_then_the_papers_name_is_the_archive_alone():
    rows = rows_of("当时的统计另有出入（泉州市档案馆藏泉州专署档案，档号12-3-45，1951年4月）。")
    assert list(rows.archive_name) == ["泉州市档案馆"]


def test_the_mongolian_uzbek_and_arabic_words_for_ibid_repeat_the_citation_before():
    for first, again in [("Дорнод аймгийн архив (цаашид ДАА), ф. 3, д. 1, х/н 12.", "Мөн тэнд, х. 4."),
                         ("Buxoro viloyati davlat arxivi (bundan keyin – BVDA), 5-fond, 2-ro'yxat.", "O'sha joyda, 3-varaq."),
                         ("مركز الوثائق التاريخية، المنامة (فيما بعد: موت)، ملف 3/12.", "المصدر نفسه، وثيقة رقم 4.")]:
        rows = cite(first, again).citations
        assert list(zip(rows.kind, rows.ibid_of)) == [("archival", ""), ("ibid", "1:1")], first
