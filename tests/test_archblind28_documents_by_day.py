"""Several documents of one holding told apart by their days give a row each, with its own day (`daylists`)."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str, kinds=("archival",)) -> list[tuple[str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    rows = rows[rows.kind.isin(kinds)]
    return [(f"{r.note_no}:{r.seq}", r.unit, r.date_start, r.date_end) for r in rows.itertuples()]


def test_letters_of_three_days_of_different_months_are_three_rows_of_one_file():
    assert _rows("Letters of Ames to Bright of 4 April, 9 May and 2 July 1931, The National Archives (TNA), "
                 "CO 323/1120.") == [("1:1", "1120", "1931-04-04", "1931-04-04"),
                                     ("1:2", "1120", "1931-05-09", "1931-05-09"),
                                     ("1:3", "1120", "1931-07-02", "1931-07-02")]


def test_a_list_of_days_in_another_language_takes_the_year_of_its_last_day():
    rows = _rows("Oficios del gobernador de 4 de abril, 9 de mayo y 2 de julio de 1931, Archivo General de la "
                 "Nación (AGN), Gobernación, caja 12.")
    assert [date for _, _, date, _ in rows] == ["1931-04-04", "1931-05-09", "1931-07-02"]


def test_sittings_of_one_month_stay_one_document_spanning_them():
    assert _rows("Minutes of the board, 4, 9 and 21 April 1931, The National Archives (TNA), CO 323/1121.") \
        == [("1:1", "1121", "1931-04-04", "1931-04-21")]


def test_days_that_end_the_citation_may_date_one_document():
    assert len(_rows("The National Archives (TNA), CO 323/1122, Ames to Bright, 4 April, 9 May and 2 July 1931.")) == 1


def test_days_after_a_word_for_between_are_a_span():
    assert len(_rows("Reports written between 4 April, 9 May and 2 July 1931, The National Archives (TNA), "
                     "CO 323/1123.")) == 1


def test_two_whole_dates_joined_by_and_before_the_holding_are_a_letter_and_its_reply():
    assert _rows("Ames to Bright, 4 April 1931, and Bright to Ames, 9 May 1931, both in The National Archives (TNA), "
                 "CO 323/1124.") == [("1:1", "1124", "1931-04-04", "1931-04-04"),
                                     ("1:2", "1124", "1931-05-09", "1931-05-09")]


def test_an_ibid_after_the_list_repeats_its_last_document():
    rows = _rows("Letters of Ames to Bright of 4 April, 9 May and 2 July 1931, The National Archives (TNA), "
                 "CO 323/1120.", "Ibid., f. 12.", kinds=("ibid",))
    assert rows == [("2:1", "1120", "1931-07-02", "1931-07-02")]


def test_a_book_with_a_list_of_days_keeps_one_row():
    assert len(_rows("Ann Ames, Three Speeches: 4 April, 9 May and 2 July 1931 (London: Macmillan, 1990), 12.",
                     kinds=("literature",))) == 1


def test_numbered_documents_after_a_plural_no_are_a_row_each_under_their_box():
    assert [unit for _, unit, _, _ in _rows("The National Archives (TNA), CO 323/1125, box 3, nos. 4, 7 and 9.")] \
        == ["1125, box 3, no. 4", "1125, box 3, no. 7", "1125, box 3, no. 9"]


def test_files_after_a_gost_file_word_and_a_word_for_and_are_a_row_each():
    assert [unit for _, unit, _, _ in _rows("ГАРФ, ф. Р-1235, оп. 2, д. 14, 17 и 19.")] \
        == ["оп. 2, д. 14", "оп. 2, д. 17", "оп. 2, д. 19"]


def test_chinese_files_parted_by_the_enumeration_comma_are_a_row_each():
    assert len(_rows("北京市档案馆藏，全宗号J1，目录号2，案卷号14、15。")) == 2


def test_a_chinese_file_list_after_a_full_signature_keeps_its_fonds_and_catalogue():
    assert [unit[-4:] for _, unit, _, _ in _rows("北京市档案馆藏，档号J1-2-14、17、19。")] == ["2-14", "2-17", "2-19"]


def test_two_chinese_signatures_parted_by_the_enumeration_comma_are_two_rows():
    assert len(_rows("北京市档案馆藏，档号J1-2-14、J1-2-17。")) == 2


def test_a_code_defined_after_a_known_name_with_a_comma_and_its_town_stands_for_that_archive():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "Note du résident, 3 mai 1921, Archives nationales du Vietnam, centre n° 1, Hanoï (ci-après ANV1), fonds RST, "
        "dossier 12.", "ANV1, RST, dossier 13."]})
    assert list(extract_citations(notes).citations.archive) == ["TTLTQG I", "TTLTQG I"]


def test_an_enclosure_is_dated_by_its_own_day_not_its_covering_letters():
    assert [date for _, _, date, _ in _rows("Ames to Bright, 4 April 1931, enclosed in Bright to Colonial Office, "
                                            "19 April 1931, The National Archives (TNA), CO 323/1126.")] == ["1931-04-04"]


def test_an_enclosure_with_no_date_of_its_own_keeps_the_covering_letters():
    assert [date for _, _, date, _ in _rows("Petition of the villagers, enclosed in Bright to Colonial Office, "
                                            "19 April 1931, The National Archives (TNA), CO 323/1127.")] == ["1931-04-19"]


def test_a_chinese_see_also_before_a_held_archive_is_no_part_of_its_name():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "《某县报告》，1935年8月14日，另见南京市档案馆藏，全宗号1001，目录号2，案卷号81。"]})
    assert list(extract_citations(notes).citations.archive) == ["南京市档案馆"]


def test_prose_ending_in_a_bracket_that_names_a_document_its_date_and_archive_cites_it():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "„Die Lage ist ruhig“, meldete der Landrat am 3. Mai 1896 (Landrat an Regierungspräsident, 3.5.1896, "
        "Geheimes Staatsarchiv Preußischer Kulturbesitz, I. HA Rep. 77, Nr. 12, Bl. 4)."]})
    rows = extract_citations(notes).citations
    assert rows[["kind", "archive", "date_start"]].values.tolist() == [["archival", "GStA PK", "1896-05-03"]]


def test_two_telegrams_each_with_its_day_and_number_are_two_rows():
    assert [date for _, _, date, _ in _rows("Telegram, Ames to Colonial Office, 4 April 1931, no. 21, and Colonial "
                                            "Office to Ames, 9 April 1931, no. 8, The National Archives (TNA), "
                                            "CO 323/1128.")] == ["1931-04-04", "1931-04-09"]


def test_a_chinese_despatch_and_its_reply_each_dated_in_brackets_are_two_rows():
    rows = _rows("内政部致江苏省政府咨文（1936年2月4日）及江苏省政府复文（1936年3月9日），均见南京市档案馆藏，全宗号1001，"
                 "案卷号12。")
    assert [date for _, _, date, _ in rows] == ["1936-02-04", "1936-03-09"]


def test_a_list_whose_last_month_has_a_short_name_gives_each_day_its_own_month():
    assert [date for _, _, date, _ in _rows("Letters of Ames to Bright of 4 April, 12 June and 9 May 1931, The "
                                            "National Archives (TNA), CO 323/1129.")] \
        == ["1931-04-04", "1931-06-12", "1931-05-09"]


def test_a_journals_issues_and_their_year_are_one_article():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Ann Ames, \"Gold and Silver\", Annales, nos. 3 and 4 (1933), pp. 12-30."]})
    assert len(extract_citations(notes).citations) == 1


def test_an_answer_named_after_and_is_a_second_document_where_the_dates_end_the_citation():
    assert _rows("Haus-, Hof- und Staatsarchiv (HHStA), Politisches Archiv XII, Karton 9, Weisung an den Internuntius, "
                 "Wien, 4. 5. 1840 (Konzept), und dessen Antwort, Konstantinopel, 20. 5. 1840.") \
        == [("1:1", "Karton 9", "1840-05-04", "1840-05-04"), ("1:2", "Karton 9", "1840-05-20", "1840-05-20")]


def test_two_days_joined_by_and_alone_where_they_end_the_citation_stay_one_document():
    assert len(_rows("Archivo General de Indias (AGI), Estado, tomo 46, 3-IV-1812 y 9-IV-1812.")) == 1
