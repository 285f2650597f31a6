"""Archival citations read by their shape (generality round 10's misses): each test one behaviour, on notes written
for it (invented documents, real kinds of archive)."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.dates import find_date_groups

COLUMNS = ["kind", "archive", "archive_name", "fond", "collection", "unit", "date_start", "date_end", "ibid_of"]


def _rows(*texts: str) -> list[list[str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    citations = extract_citations(notes).citations
    return citations[["note_no", *COLUMNS]].values.tolist()


def test_a_list_of_codes_among_the_lists_word_abbreviations_defines_its_archives_without_their_town():
    rows = _rows("Siglas: AHX, Archivo Histórico de Xàtiva, Xàtiva; leg., legajo; AMV, Archivo Municipal de Vic.",
                 "AHX, Justicia, leg. 45, 3 de mayo de 1801.")
    assert rows == [["2", "archival", "AHX", "Archivo Histórico de Xàtiva", "Justicia", "", "leg. 45", "1801-05-03",
                     "1801-05-03", ""]]


def test_a_listed_code_of_its_names_initials_defines_a_name_with_no_word_for_archive():
    rows = _rows("Siglas: RAC, Real Academia de Ciencias, Madrid; AMV, Archivo Municipal de Vic.",
                 "RAC, Actas, leg. 12, 3 de mayo de 1801.")
    assert [row[2:4] for row in rows] == [["RAC", "Real Academia de Ciencias"]]


def test_a_code_defined_between_commas_before_full_stopped_levels_is_learnt_and_skipped():
    rows = _rows("Доклад хранится в Омске (Исторический архив Омской области, далее – ИАОО. Ф. 3. Оп. 4. Д. 12. Л. 5).",
                 "ИАОО. Ф. 7. Оп. 1. Д. 9. Л. 3. Письмо, 2 марта 1931 г.")
    assert [row[2:8] for row in rows] == [
        ["ИАОО", "Исторический архив Омской области", "3", "", "Оп. 4, Д. 12", ""],
        ["ИАОО", "Исторический архив Омской области", "7", "", "Оп. 1, Д. 9", "1931-03-02"]]


def test_a_long_sentence_before_a_bracketed_citation_does_not_date_the_document():
    rows = _rows("Om hamnen 1870–1875 skrev man mycket i tidningarna, mest i de lokala bladen och i riksdagen "
                 "(Stadsarkivet i Lund, Hamnstyrelsen, A I:4).")
    assert [(row[2], row[7]) for row in rows] == [("Stadsarkivet i Lund", "")]


def test_the_word_for_the_same_and_a_containers_word_open_another_document_of_the_holding():
    rows = _rows("Riksarkivet, Kommerskollegium, E I:3, brev 12 mars 1894; samma volym, odaterad promemoria.",
                 "Archives de l'État à Liège, Préfecture, liasse 4, rapport du 3 mai 1890 ; même liasse, lettre s.d.")
    assert [(row[0], row[1], row[7]) for row in rows] == [
        ("1", "archival", "1894-03-12"), ("1", "archival", ""), ("2", "archival", "1890-05-03"), ("2", "archival", "")]


def test_a_code_after_a_sentence_running_into_the_archives_name_and_town_is_that_archives():
    rows = _rows("The letters are in the Arshif-i Milli-yi Tajikistan in Dushanbe (hereafter AMT), Wizarat, daftar 3, "
                 "12 May 1930.", "AMT, Wizarat, daftar 4, 1 June 1930.")
    assert [row[2:7] for row in rows] == [["AMT", "Arshif-i Milli-yi Tajikistan", "Wizarat", "", "daftar 3"],
                                          ["AMT", "Arshif-i Milli-yi Tajikistan", "Wizarat", "", "daftar 4"]]


def test_a_second_document_opening_with_the_sign_of_number_is_the_same_archives():
    rows = _rows("Archives de l'État à Liège, Préfecture, n° 12, lettre du 3 mai 1890 ; n° 13, s.d.")
    assert [(row[1], row[2], row[7]) for row in rows] == [
        ("archival", "Archives de l'État à Liège", "1890-05-03"), ("archival", "Archives de l'État à Liège", "")]


def test_a_second_document_opening_with_a_slashed_signature_is_the_same_archives():
    rows = _rows("Wellcome Collection, PP/ABC/A.1, letter, 3 May 1931; PP/ABC/A.2, reply, 9 May 1931.")
    assert [(row[1], row[2], row[7]) for row in rows] == [("archival", "Wellcome Collection", "1931-05-03"),
                                                          ("archival", "Wellcome Collection", "1931-05-09")]


def test_a_spaced_semicolon_inside_a_signature_does_not_cut_the_citation():
    rows = _rows("Archiv der Jugendbewegung, Kassel (im Folgenden: AdJ), N-12 ; 4, Brief vom 3.5.1927.")
    assert [(row[1], row[2], row[4], row[7]) for row in rows] == [("archival", "AdJ", "N-12 ; 4", "1927-05-03")]


def test_a_japanese_citation_names_the_archive_the_title_in_corner_brackets_and_the_call_number_in_round_ones():
    rows = _rows("東京都公文書館所蔵「震災救護書類」（救護 12）、大正12年9月3日。", "同上、大正12年9月5日。")
    assert rows == [["1", "archival", "東京都公文書館", "東京都公文書館", "救護", "", "12", "1923-09-03", "1923-09-03", ""],
                    ["2", "ibid", "東京都公文書館", "東京都公文書館", "救護", "", "12", "1923-09-05", "1923-09-05", "1:1"]]


def test_an_ibid_naming_a_unit_by_the_archival_citations_word_repeats_it_across_a_book():
    rows = _rows("Regionaal Archief Tilburg, toegang 12, Gemeentebestuur, inv.nr. 45, brief, 3 juni 1919.",
                 "Zie J. Jansen, De stad (Tilburg 1990) 12.", "Ibidem, inv.nr. 46, 9 juni 1919.")
    assert [(row[0], row[1], row[9]) for row in rows] == [("1", "archival", ""), ("2", "literature", ""),
                                                          ("3", "ibid", "1:1")]


def test_an_archives_code_ending_a_sentence_with_its_call_number_is_cited():
    rows = _rows("Smith's memoir (London, 1962, 44) dates it wrongly; the minutes are in TNA, CO 537/12, 12 September 1959.")
    assert [(row[1], row[2], row[7]) for row in rows] == [("archival", "TNA", "1959-09-12")]


def test_a_code_in_capitals_inside_a_sentence_without_a_call_number_cites_nothing():
    assert _rows("I thank the TNA staff, who helped me far beyond their duty.") == []


def test_an_unknown_archive_named_last_before_its_town_is_archival_though_a_volume_and_pages_come_first():
    rows = _rows("Dallas County Court, Minutes, vol. 3, 12–14 (4 May 1901), Dallas County Archives, Dallas.")
    assert [(row[1], row[2], row[7]) for row in rows] == [("archival", "Dallas County Archives", "1901-05-04")]


def test_a_chicago_holding_written_smallest_first_is_read_largest_first():
    rows = _rows("Smith to Jones, October 11, 1918, box 4, folder 12, Mayor's Papers, RG 7.1, Boston City Archives.")
    assert [row[4:8] for row in rows] == [["RG 7.1", "Mayor's Papers", "box 4, folder 12", "1918-10-11"]]


def test_a_span_of_months_with_de_before_the_year_and_a_span_of_years_joined_by_a_are_one_date():
    spans = [(d.date_start, d.date_end) for text in ("vol. 12, marzo-abril de 1871", "cuentas de 1765 a 1770")
             for d in find_date_groups(text)]
    assert spans == [("1871-03-01", "1871-04-30"), ("1765-01-01", "1770-12-31")]


def test_a_year_then_a_and_a_day_of_another_month_is_no_span_of_years():
    assert [(d.date_start, d.precision) for d in find_date_groups("de 1914 a 25 de mayo")] == [("1914-01-01", "year")]


def test_a_code_after_a_word_for_hereafter_in_a_script_without_capitals_is_still_learnt():
    rows = _rows("ქალაქის არქივი (შემდგომში – ქა), ფ. 12, აღ. 1, საქ. 45, 1921.", "ქა, ფ. 13, აღ. 2, საქ. 7, 1922.")
    assert [(row[1], row[2]) for row in rows] == [("archival", "ქა"), ("archival", "ქა")]


def test_a_bracket_after_the_leaves_ending_with_a_day_dates_the_document():
    rows = _rows("ГАРФ. Ф. Р-1. Оп. 2. Д. 33. Л. 5 (протокол от 8 января 1929 г.).")
    assert [(row[4], row[7]) for row in rows] == [("Р-1", "1929-01-08")]
